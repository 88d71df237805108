import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PortalFixture, portalFixture } from '../fixtures/portal.ts';
import { type FirefoxSession, launchFirefox } from '../tools/firefox.ts';
import { PORTAL, ROOT } from '../tools/launch.ts';
import { waitForPanel } from './panel.ts';

type FixtureWindow = Window & { __pressed: string[]; __rerender(): void };
type ExtensionPageGlobals = {
  browser: { permissions: { getAll(): Promise<{ origins?: string[]; permissions?: string[] }> } };
};

const BACKUP = join(ROOT, 'tests/fixtures/backups/v1-full.json');
const sample = JSON.parse(readFileSync(BACKUP, 'utf8')) as {
  reseller: Record<string, string>;
  clients: { id: string; companyName: string }[];
  activeClientId: string;
};
const activeClient = sample.clients.find((c) => c.id === sample.activeClientId);

// A tiny add-on standing in for the panel as a framed extension page (tests/fixtures/framed-panel).
// Firefox gives each add-on a random moz-extension:// host per profile: this preference pins the
// stand-in's, so that a page can frame it.
const STAND_IN = {
  dir: join(ROOT, 'tests/fixtures/framed-panel'),
  id: 'framed-panel@tests.invalid',
  uuid: '0b6f3a52-9d1e-4c7a-8e2b-5f4d3c2a1b09',
  page: 'https://framed-panel.test/checkout',
};

describe('the Firefox build in Firefox ESR', () => {
  let ff: FirefoxSession;
  let settings: Page | undefined;

  // One browser for the whole file: starting Firefox is most of this layer's time.
  beforeAll(async () => {
    ff = await launchFirefox({
      extraAddons: [STAND_IN.dir],
      prefs: { 'extensions.webextensions.uuids': JSON.stringify({ [STAND_IN.id]: STAND_IN.uuid }) },
    });
  });
  afterAll(async () => {
    await ff?.close();
  });

  const stepShown = () =>
    ff.page.evaluate(() => document.querySelector('leader-csp-assistant')?.getAttribute('data-step') ?? null);
  const open = async (fixture: PortalFixture) => {
    ff.serve(fixture.url, fixture.html);
    // The settings tab an earlier test opened is in front otherwise: a background tab's timers are
    // throttled and its frames are not where a click lands.
    await ff.page.bringToFront();
    await ff.page.goto(fixture.url);
    await expect.poll(stepShown, { timeout: 3000 }).toBe(fixture.step);
  };

  it('installs under the id of its manifest', () => {
    expect(ff.addonId).toBe('leader-csp-assistant@msp-tools.invalid');
  });

  // Content script, detection and the host element in Gecko: its layout and visibility decide
  // what the assistant reads as visible, so every markup style gets a look.
  it.each(
    ['material-like', 'mui-like', 'table-layout'].flatMap((style) =>
      ['service-details', 'new-customer'].map(
        (name) => [`${style}/${name}`, portalFixture(style, name)] as const,
      ),
    ),
  )('recognises the saved page %s: <leader-csp-assistant data-step> names its step', async (_, fixture) => {
    await open(fixture);
  });

  it('opens its settings from the panel when no reseller profile is stored, and restores the sample backup there', async () => {
    await open(portalFixture('mui-like', 'new-customer'));
    const before = new Set(await ff.browser.pages());
    await (await waitForPanel(ff.page, 'button::-p-text(open the settings)')).click();
    settings = await extensionTab(before, '/options.html');
    const input = await settings.waitForSelector('input[data-testid="restore-backup"]', { timeout: 5000 });
    await input?.uploadFile(BACKUP);
    const result = await settings.waitForSelector('[data-testid="restore-result"][data-outcome]', {
      timeout: 5000,
    });
    expect(await result?.evaluate((el) => el.getAttribute('data-outcome'))).toBe('restored');
  });

  it('holds the portal host permission from install, and the Microsoft hosts only on request', async () => {
    // Firefox MV3 treats host permissions as the user's to withdraw (about:addons, Permissions);
    // Firefox 127 and later grant the manifest's at install. Without it no content script runs.
    expect(settings, 'the settings tab opened by the previous test').toBeDefined();
    const granted = await settings?.evaluate(() =>
      (globalThis as unknown as ExtensionPageGlobals).browser.permissions.getAll(),
    );
    expect(granted?.origins).toEqual([`${PORTAL}/*`]);
  });

  it('"Fill this step" fills new-customer with the client’s name and the reseller’s contact, pressing nothing', async () => {
    expect(settings, 'the sample restored by the earlier test').toBeDefined();
    expect(activeClient?.companyName).toBe('360 Business');
    // A fresh load, so the content script starts with the restored reseller and client.
    await open(portalFixture('mui-like', 'new-customer'));
    // Enabled once the panel has the client and the step's fields.
    await (await waitForPanel(ff.page, '[data-testid="fill-step"]:not([disabled])')).click();
    const fields = () =>
      ff.page.evaluate(() => {
        // The page's framework writes its state back into the fields: a value that only sat in the
        // DOM, unseen by the framework, is gone after this.
        (window as unknown as FixtureWindow).__rerender();
        return Object.fromEntries(
          [...document.querySelectorAll<HTMLInputElement>('[data-lca-field]')].map((el) => [
            el.dataset.lcaField,
            el.value,
          ]),
        );
      });
    await expect.poll(async () => (await fields()).companyName, { timeout: 3000 }).toBe('360 Business');
    expect(await fields()).toMatchObject({
      companyName: activeClient?.companyName,
      contactFirstName: sample.reseller.contactFirstName,
      contactLastName: sample.reseller.contactLastName,
      contactEmail: sample.reseller.contactEmail,
      contactPhone: sample.reseller.contactPhone,
    });
    expect(
      await ff.page.evaluate(() => (window as unknown as FixtureWindow).__pressed),
      'buttons pressed on the page',
    ).toEqual([]);
  });

  it('finds a panel framed as a moz-extension:// page behind a closed shadow root (where the panel is moving)', async () => {
    ff.serve(
      STAND_IN.page,
      `<!doctype html><title>Checkout</title><h1>Checkout</h1>
<script>
  const host = document.body.appendChild(document.createElement('leader-csp-assistant'));
  const frame = document.createElement('iframe');
  frame.src = 'moz-extension://${STAND_IN.uuid}/panel.html';
  host.attachShadow({ mode: 'closed' }).append(frame);
</script>`,
    );
    await ff.page.goto(STAND_IN.page);
    expect(
      await ff.page.evaluate(() => document.querySelector('leader-csp-assistant')?.shadowRoot),
    ).toBeNull();
    const fill = await waitForPanel(ff.page, '[data-testid="fill-step"]');
    expect(await fill.evaluate((el) => el.ownerDocument.location.protocol)).toBe('moz-extension:');
    await fill.click();
    await expect
      .poll(() => fill.evaluate((el) => el.ownerDocument.body.dataset.pressed ?? 'not pressed'))
      .toBe('trusted');
  });

  /** The tab the extension opened at `path` of its moz-extension:// address (not among `before`). */
  async function extensionTab(before: Set<Page>, path: string): Promise<Page> {
    const until = Date.now() + 5000;
    while (Date.now() < until) {
      for (const page of await ff.browser.pages()) {
        if (before.has(page)) continue;
        // page.url() stays about:blank for a tab an extension opened (puppeteer-core 25 over BiDi).
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (href.startsWith('moz-extension://') && new URL(href).pathname === path) return page;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`no extension tab at ${path} opened within 5 s`);
  }
});
