import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portalFixture } from '../fixtures/portal';
import { type ExtensionSession, launchWithExtension, PORTAL, ROOT } from '../tools/launch.ts';
import { panel } from './panel';

const manifest = (target: string) =>
  JSON.parse(readFileSync(join(ROOT, '.output', target, 'manifest.json'), 'utf8'));
const fixture = portalFixture;

describe('the built manifest', () => {
  // sidePanel (Chrome, Edge) lets the client queue stay open beside the portal; it shows no
  // permission warning. Firefox has a sidebar without a permission. scripting (no warning either)
  // reads the admin center's Domains list, which needs its optional host permission too. alarms and
  // notifications: the licences reminder five minutes after an order.
  it.each([
    ['chrome-mv3', ['storage', 'scripting', 'alarms', 'notifications', 'sidePanel']],
    ['firefox-mv3', ['storage', 'scripting', 'alarms', 'notifications']],
  ])(
    '%s asks for storage and the portal host; Microsoft hosts only as optional ones',
    (target, permissions) => {
      const m = manifest(target);
      expect(m.manifest_version).toBe(3);
      expect(m.permissions).toEqual(permissions);
      expect(m.host_permissions).toEqual([`${PORTAL}/*`]);
      expect(m.optional_permissions ?? []).toEqual([]);
      expect(m.optional_host_permissions).toEqual([
        'https://admin.microsoft.com/*',
        'https://admin.cloud.microsoft/*',
        'https://login.microsoftonline.com/*',
      ]);
      expect(m.content_scripts.flatMap((c: { matches: string[] }) => c.matches)).toEqual([`${PORTAL}/*`]);
      expect(m.web_accessible_resources.flatMap((w: { matches: string[] }) => w.matches)).toEqual([
        `${PORTAL}/*`,
      ]);
      // No remote code: no page may load scripts from anywhere but the extension itself.
      expect(JSON.stringify(m.content_security_policy ?? {})).not.toMatch(/https?:/);
    },
  );
});

describe('the extension in Chromium', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('loads, with its service worker running', () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    expect(session.worker.url()).toBe(`chrome-extension://${session.extensionId}/background.js`);
  });

  it('puts the assistant on a portal page: the step it sees, and the panel out of the page’s reach', async () => {
    const login = fixture('table-layout', 'login');
    session.showPortal(login.html);
    const page = await session.context.newPage();
    await page.goto(login.url);
    const host = page.locator('leader-csp-assistant');
    await expect.poll(() => host.getAttribute('data-step')).toBe('login');
    expect(await host.count()).toBe(1);
    // A closed shadow root: the page's scripts get nothing from it. The panel is an extension page
    // framed inside it (Playwright lists it among the page's frames).
    expect(await host.evaluate((el) => el.shadowRoot)).toBeNull();
    expect(await page.evaluate(() => document.querySelectorAll('iframe').length)).toBe(0);
    await expect
      .poll(async () => (await panel(page)).locator('.lca-title').textContent())
      .toBe('Leader CSP Assistant');
    await page.close();
  });

  it('follows the single-page app: a screen replaced without navigation changes data-step', async () => {
    const dashboard = fixture('material-like', 'unknown-dashboard');
    const confirmation = fixture('material-like', 'confirmation');
    session.showPortal(dashboard.html);
    const page = await session.context.newPage();
    await page.goto(dashboard.url);
    const host = page.locator('leader-csp-assistant');
    await expect.poll(() => host.getAttribute('data-step')).toBe('unknown');
    // The app's router swaps the screen: the confirmation's content replaces the dashboard's main.
    const main = confirmation.html.match(/<main[\s\S]*<\/main>/)?.[0];
    if (!main) throw new Error('no <main> in the confirmation page');
    await page.evaluate((html) => {
      const current = document.querySelector('main');
      if (current) current.outerHTML = html;
    }, main);
    await expect
      .poll(() => host.getAttribute('data-step'), { timeout: 500, interval: 50 })
      .toBe('confirmation');
    await page.close();
  });

  it('stays off every other site', async () => {
    const page = await session.context.newPage();
    await page.route('https://example.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<p>elsewhere</p>' }),
    );
    await page.goto('https://example.com/');
    await page.waitForTimeout(300);
    expect(await page.locator('leader-csp-assistant').count()).toBe(0);
    await page.close();
  });
});
