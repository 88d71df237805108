import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portalFixture } from '../fixtures/portal.ts';
import { type FirefoxSession, launchFirefox } from '../tools/firefox.ts';
import { waitForPanel } from './panel.ts';

// The hostile-page cases of tests/e2e/hostile.e2e.ts that do not need Chromium's visibility
// tracking, in Firefox ESR: there the panel's host (top layer, inline !important style) and the
// content script's own isTrusted check are all that hold.

type Hostile = Window & { __constructed: number; __internals: ElementInternals[] };

const NEW_CUSTOMER = portalFixture('mui-like', 'new-customer');

/** What the page finds where the panel sits folded (bottom right, 16 px in): the host when it is on top. */
const atPanel = (page: Page) =>
  page.evaluate(() => {
    const found = document.elementFromPoint(innerWidth - 40, innerHeight - 30);
    const host = document.querySelector(':popover-open');
    return { onTop: found !== null && found === host, found: found?.localName ?? 'nothing' };
  });

describe('a hostile portal page, in Firefox ESR', () => {
  let ff: FirefoxSession;
  let page: Page;

  beforeAll(async () => {
    ff = await launchFirefox();
    page = ff.page;
  });
  afterAll(async () => {
    await ff?.close();
  });

  /** Loads the saved page with `script` run before any of its own, and waits for its step. */
  async function open(script: string) {
    const html = NEW_CUSTOMER.html.replace(/<head([^>]*)>/i, `<head$1><script>${script}</script>`);
    ff.serve(NEW_CUSTOMER.url, html);
    await page.bringToFront();
    await page.goto(NEW_CUSTOMER.url);
    await expect
      .poll(
        () => page.evaluate(() => document.querySelector('leader-csp-assistant')?.getAttribute('data-step')),
        { timeout: 5000 },
      )
      .toBe(NEW_CUSTOMER.step);
    await waitForPanel(page, 'section.lca-panel');
  }

  it('defines <leader-csp-assistant> first and takes its internals: the step shows, the page gets no shadow root', async () => {
    await open(`window.__constructed = 0; window.__internals = [];
      customElements.define('leader-csp-assistant', class extends HTMLElement {
        constructor() { super(); window.__constructed++; window.__internals.push(this.attachInternals()); }
      });`);
    const seen = await page.evaluate(() => {
      const w = window as unknown as Hostile;
      const host = document.querySelector(':popover-open');
      return {
        constructed: w.__constructed,
        roots: w.__internals.map((internals) => internals.shadowRoot),
        host: host?.localName ?? null,
        hostRoot: host?.shadowRoot ?? null,
      };
    });
    expect(seen.constructed).toBeGreaterThan(0);
    expect(seen.roots.every((root) => root === null)).toBe(true);
    expect(seen.host).toMatch(/^lca-[a-z]{12}$/);
    expect(seen.hostRoot).toBeNull();
  });

  it('styles every element it can name transparent and away: the host stays opaque and on top', async () => {
    await open(`const away = 'opacity:0 !important; transform:scale(0.1) !important; filter:opacity(0) !important; visibility:hidden !important; display:none !important;';
      const style = document.createElement('style');
      style.textContent = 'leader-csp-assistant, iframe, [popover], :popover-open, body > :not(header, main, footer, div, form, script), body > :last-child { ' + away + ' }';
      document.documentElement.append(style);`);
    const look = () =>
      page.evaluate(() => {
        const host = document.querySelector(':popover-open');
        if (!host) return null;
        const style = getComputedStyle(host);
        return [host.localName.slice(0, 4), style.opacity, style.visibility, style.display, style.transform];
      });
    await expect.poll(look).toEqual(['lca-', '1', 'visible', 'block', 'none']);
    expect((await atPanel(page)).onTop).toBe(true);
  });

  it('opens a popover over the panel’s corner: the panel is shown again above it', async () => {
    await open('');
    await page.evaluate(() => {
      const menu = document.createElement('div');
      menu.id = 'page-menu';
      menu.popover = 'auto';
      menu.style.cssText =
        'position:fixed; inset:auto 0 0 auto; margin:0; width:600px; height:600px; background:tomato;';
      document.body.append(menu);
      menu.showPopover();
    });
    await expect.poll(async () => (await atPanel(page)).onTop).toBe(true);
  });

  it('clicks fields with scripted events in teach mode: none is taught; a real click is', async () => {
    await open('');
    const teach = await waitForPanel(page, '[data-testid="teach-field"]');
    await teach.select('companyName');
    await page.evaluate(async () => {
      for (const el of document.querySelectorAll<HTMLElement>('[data-lca-field], label')) {
        for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])
          el.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, cancelable: true }));
        el.click();
      }
      await new Promise((resolve) => setTimeout(resolve, 800));
    });
    const message = async () =>
      (await (await waitForPanel(page, 'section.lca-panel')).evaluate((el) => el.textContent)) ?? '';
    expect(await message()).not.toMatch(/Remembered for this step/);
    expect(await teach.evaluate((el) => (el as HTMLSelectElement).value)).toBe('companyName');
    // A click through the browser's input (WebDriver BiDi): a trusted event.
    await page.click('[data-lca-field="companyName"]');
    await expect.poll(message).toMatch(/Remembered for this step/);
  });
});
