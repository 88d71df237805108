import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portalFixture } from '../fixtures/portal';
import { type ExtensionSession, launchWithExtension, storedValues } from '../tools/launch.ts';
import { inPanel, panel, panelHost, topmostAtPanel } from './panel';
import { openStep, showOverlay } from './portal-page';
import { storeSample } from './sample';

// A portal page whose scripts and styles go after the panel, in a real Chromium: defining the
// contract's element name first, styling the panel's host away over a decoy, covering the panel
// with its own popover or fullscreen element, and clicking for the technician in teach mode.
// (faults.e2e.ts has the page that reads the DOM and scripts the panel's buttons.)

type Hostile = Window & {
  __constructed: number;
  __internals: ElementInternals[];
};

const NEW_CUSTOMER = portalFixture('table-layout', 'new-customer');

describe('a hostile portal page, in Chromium', () => {
  let session: ExtensionSession;
  let page: Page | null = null;

  beforeAll(async () => {
    session = await launchWithExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  /**
   * A fresh tab whose page runs `script` before any of its own (and before the content script).
   * Playwright runs init scripts in every frame, the panel's extension page too, where no page
   * script can run: each script starts by leaving any frame that is not the portal's.
   */
  async function hostilePage(script?: (arg: boolean) => void, arg = false): Promise<Page> {
    await page?.close();
    await storeSample(session);
    page = await session.context.newPage();
    if (script) await page.addInitScript(script, arg);
    // In front, as the technician has it: a tab behind another is not painted.
    await page.bringToFront();
    return page;
  }

  // Once Chromium has seen the panel whole again (its visibility is told at least 100 ms late).
  const fillFromPanel = async (p: Page) => {
    await (await panel(p)).locator('section.lca-panel[data-clicks="open"]').waitFor();
    await (await inPanel(p, 'fill-step')).click();
    await expect
      .poll(async () => (await inPanel(p, 'overlay-message')).textContent(), { timeout: 8000 })
      .toMatch(/^Filled \d+ field/);
  };
  const companyName = (p: Page) => p.locator('[data-expect="companyName"]').inputValue();

  /** The page's own <leader-csp-assistant>, defined before anything else runs. */
  const defineContractFirst = (throws: boolean) => {
    if (location.protocol !== 'https:') return;
    const w = window as unknown as Hostile;
    w.__constructed = 0;
    w.__internals = [];
    customElements.define(
      'leader-csp-assistant',
      class extends HTMLElement {
        constructor() {
          super();
          w.__constructed++;
          if (throws) throw new Error('the page’s constructor');
          w.__internals.push(this.attachInternals());
        }
      },
    );
  };

  it.each([
    ['takes the element internals of each one made', false],
    ['throws in its constructor', true],
  ])(
    'defines <leader-csp-assistant> before the content script, and %s: the step still shows, the panel stays out of reach and fills',
    async (_, throws) => {
      const p = await hostilePage(defineContractFirst, throws);
      await openStep(session, p, NEW_CUSTOMER);
      const seen = await p.evaluate(() => {
        const w = window as unknown as Hostile;
        const contract = document.querySelector('leader-csp-assistant');
        return {
          constructed: w.__constructed,
          roots: w.__internals.map((internals) => internals.shadowRoot),
          contractHolds: contract?.childNodes.length ?? -1,
          contractRoot: contract?.shadowRoot ?? null,
        };
      });
      // The page's constructor ran on the contract's element: the threat was real…
      expect(seen.constructed).toBeGreaterThan(0);
      // …and it got nothing: no shadow root through the internals, no panel in the element.
      expect(seen.roots.every((root) => root === null)).toBe(true);
      expect(seen.contractHolds).toBe(0);
      expect(seen.contractRoot).toBeNull();
      const host = await panelHost(p);
      expect(await host.evaluate((el) => el.localName)).toMatch(/^lca-[a-z]{12}$/);
      expect(await host.evaluate((el) => el.shadowRoot)).toBeNull();
      await showOverlay(p);
      await fillFromPanel(p);
      expect(await companyName(p)).not.toBe('');
    },
  );

  it('gets a new host name on each page load', async () => {
    const p = await hostilePage();
    await openStep(session, p, NEW_CUSTOMER);
    const first = await (await panelHost(p)).evaluate((el) => el.localName);
    await openStep(session, p, NEW_CUSTOMER);
    await expect.poll(async () => (await panelHost(p)).evaluate((el) => el.localName)).not.toBe(first);
  });

  it('styles every element it can name, and the root, transparent and away over a decoy: the panel stays opaque, on top, and its real click fills', async () => {
    const p = await hostilePage(() => {
      if (location.protocol !== 'https:') return;
      const away =
        'opacity: 0 !important; filter: opacity(0) !important; transform: translate(-4000px) scale(0.1) !important; ' +
        'visibility: hidden !important; clip-path: inset(50%) !important; z-index: -1 !important; ' +
        'position: static !important; display: none !important; pointer-events: none !important;';
      const style = document.createElement('style');
      // Every name the page can guess, every element of the body but its own form, whatever sits
      // in the top layer; and the root itself transparent, which no style on the host can undo,
      // with the decoy in the top layer, where the root's opacity does not reach.
      style.textContent = `leader-csp-assistant, iframe, [popover]:not(.decoy), :popover-open:not(.decoy), :modal,
        :fullscreen, body > :not(form, script, .decoy), html > :not(head, body), body > :last-child:not(.decoy) { ${away} }
        html { opacity: 0 !important; }
        .decoy { position: fixed; inset: auto 0 0 auto; margin: 0; width: 420px; height: 300px;
          font-size: 24px; background: gold; pointer-events: none; }`;
      // And any element added to the body or the root, through its attributes. (An init script
      // runs before the document has a root: the page's observer watches the document.)
      const spoil = (records: MutationRecord[]) => {
        for (const record of records)
          for (const node of record.addedNodes)
            if (
              node instanceof HTMLElement &&
              (node.parentNode === document.body || node.parentNode === document.documentElement) &&
              !node.matches('head, body, form, script, style, .decoy')
            ) {
              node.setAttribute('style', away);
              node.className = 'hidden';
              node.setAttribute('inert', '');
            }
      };
      new MutationObserver(spoil).observe(document, { childList: true, subtree: true });
      document.addEventListener('DOMContentLoaded', () => {
        document.head.append(style);
        // Clicks go through the decoy (pointer-events: none) to whatever is under it.
        const decoy = document.createElement('div');
        decoy.className = 'decoy';
        decoy.popover = 'manual';
        decoy.textContent = 'Claim your prize';
        document.body.append(decoy);
        decoy.showPopover();
      });
    });
    await openStep(session, p, NEW_CUSTOMER);
    const host = await panelHost(p);
    const look = () =>
      host.evaluate((el) => {
        const style = getComputedStyle(el);
        return [
          style.opacity,
          style.visibility,
          style.display,
          style.transform,
          style.filter,
          style.clipPath,
        ];
      });
    await expect.poll(look).toEqual(['1', 'visible', 'block', 'none', 'none', 'none']);
    expect(await host.evaluate((el) => el.matches(':popover-open'))).toBe(true);
    expect((await topmostAtPanel(p)).onTop).toBe(true);
    await showOverlay(p);
    expect((await topmostAtPanel(p)).onTop).toBe(true);
    // Chromium itself says the panel is drawn whole (the click gate lets the click through).
    await fillFromPanel(p);
  });

  it('opens a popover over the panel’s corner: the panel is shown again above it, topmost at its centre, and takes a real click', async () => {
    const p = await hostilePage();
    await openStep(session, p, NEW_CUSTOMER);
    await showOverlay(p);
    await p.evaluate(() => {
      const menu = document.createElement('div');
      menu.id = 'page-menu';
      menu.popover = 'auto';
      menu.textContent = 'Account menu';
      menu.style.cssText =
        'position: fixed; inset: auto 0 0 auto; margin: 0; width: 600px; height: 600px; background: tomato;';
      document.body.append(menu);
      menu.showPopover();
    });
    expect(await p.evaluate(() => document.querySelector('#page-menu')?.matches(':popover-open'))).toBe(true);
    await expect.poll(async () => (await topmostAtPanel(p)).onTop).toBe(true);
    // A real click lands on the panel (Playwright refuses one that another element would take).
    // The title bar's: Chromium's visibility tracking sometimes still counts the panel covered
    // under a page's open popover (then its body's clicks are paused, failing safe).
    await (await panel(p)).locator('button[aria-label="Hide the assistant"]').click({ timeout: 2000 });
    await expect
      .poll(async () => (await panel(p)).locator('.lca-panel').getAttribute('data-collapsed'))
      .toBe('true');
    // The page's menu stays open: the panel's showing does not close the page's popovers.
    expect(await p.evaluate(() => document.querySelector('#page-menu')?.matches(':popover-open'))).toBe(true);
  });

  it('puts an element in fullscreen: the panel moves into it, topmost at its centre, and back after', async () => {
    const p = await hostilePage();
    await openStep(session, p, NEW_CUSTOMER);
    await showOverlay(p);
    await p.evaluate(async () => {
      const cover = document.createElement('div');
      cover.id = 'cover';
      cover.style.background = 'navy';
      document.body.append(cover);
      await cover.requestFullscreen();
    });
    expect(await p.evaluate(() => document.fullscreenElement?.id)).toBe('cover');
    await expect.poll(async () => (await topmostAtPanel(p)).onTop).toBe(true);
    await (await panel(p)).locator('button[aria-label="Hide the assistant"]').click({ timeout: 2000 });
    await expect
      .poll(async () => (await panel(p)).locator('.lca-panel').getAttribute('data-collapsed'))
      .toBe('true');
    await p.evaluate(() => document.exitFullscreen());
    await expect
      .poll(async () => (await panelHost(p)).evaluate((el) => el.parentElement?.tagName))
      .toBe('BODY');
  });

  it('covers the panel with a decoy it keeps on top (swallowing the events that raise the panel): the panel’s clicks are paused, and it says why', async () => {
    const p = await hostilePage(() => {
      if (location.protocol !== 'https:') return;
      // Heard first, in the capture phase on the window: the assistant never learns of the decoy.
      for (const type of ['toggle', 'beforetoggle', 'fullscreenchange'])
        window.addEventListener(type, (event) => event.stopImmediatePropagation(), true);
    });
    await openStep(session, p, NEW_CUSTOMER);
    await showOverlay(p);
    const fill = await inPanel(p, 'fill-step');
    const box = await fill.boundingBox();
    if (!box) throw new Error('no Fill button');
    // Drawn over the panel; clicks go through it (pointer-events: none) to what is under it.
    await p.evaluate((at) => {
      const decoy = document.createElement('div');
      decoy.id = 'decoy';
      decoy.popover = 'manual';
      decoy.textContent = 'Claim your prize';
      decoy.style.cssText = `position: fixed; margin: 0; inset: ${at.y - 100}px auto auto ${at.x - 100}px;
        width: ${at.width + 200}px; height: ${at.height + 200}px; background: gold; pointer-events: none;`;
      document.body.append(decoy);
      decoy.showPopover();
    }, box);
    expect((await topmostAtPanel(p)).found).not.toBe('div');
    // The technician's real click, on what looks like the decoy, lands on "Fill this step".
    await p.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect
      .poll(async () => (await inPanel(p, 'clicks-paused')).textContent())
      .toBe('The page is covering the assistant; clicks are paused.');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await companyName(p)).toBe('');
    expect(await (await inPanel(p, 'overlay-message')).count()).toBe(0);

    // The decoy gone, the panel is seen whole again: the note goes and the same click fills.
    await p.evaluate(() => (document.querySelector('#decoy') as HTMLElement).hidePopover());
    await expect.poll(async () => (await inPanel(p, 'clicks-paused')).count()).toBe(0);
    await fillFromPanel(p);
    expect(await companyName(p)).not.toBe('');
  });

  it('clicks fields with scripted events in teach mode: none is taught; the technician’s real click is', async () => {
    const p = await hostilePage();
    await openStep(session, p, NEW_CUSTOMER);
    await showOverlay(p);
    await (await inPanel(p, 'teach-field')).selectOption('companyName');
    await expect.poll(async () => (await inPanel(p, 'teach-field')).inputValue()).toBe('companyName');
    const before = await storedValues(session);

    const forged = await p.evaluate(async () => {
      let forgedTrust = 'refused';
      // The fields and their labels (not the page's own buttons, which would submit its form).
      for (const el of document.querySelectorAll<HTMLElement>('[data-lca-field], label')) {
        for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])
          el.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, cancelable: true }));
        el.click();
        const event = new MouseEvent('click', { bubbles: true, composed: true });
        try {
          // isTrusted is an unforgeable own property of each event.
          Object.defineProperty(event, 'isTrusted', { value: true });
          forgedTrust = 'accepted';
        } catch {}
        el.dispatchEvent(event);
      }
      await new Promise((resolve) => setTimeout(resolve, 800));
      return forgedTrust;
    });
    expect(forged).toBe('refused');
    expect(await storedValues(session)).toEqual(before);
    expect(await (await inPanel(p, 'teach-field')).inputValue()).toBe('companyName');
    expect((await (await panel(p)).textContent()) ?? '').not.toMatch(/Remembered for this step/);

    // The technician's own click on a field (Playwright's mouse: a trusted event) is taken.
    await p.mouse.click(...(await centre(p, '[data-expect="companyName"]')));
    await expect
      .poll(async () => (await inPanel(p, 'overlay-message')).textContent())
      .toBe('Remembered for this step.');
    expect(await storedValues(session)).not.toEqual(before);
  });
});

async function centre(p: Page, selector: string): Promise<[number, number]> {
  const box = await p.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} has no box`);
  return [box.x + box.width / 2, box.y + box.height / 2];
}
