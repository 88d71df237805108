import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { adminCenterFixtures } from '../fixtures/m365';
import { microsoftAnswer } from '../fixtures/m365/fake-microsoft';
import { portalFixture } from '../fixtures/portal';
import {
  type ExtensionSession,
  GRANTED_BUILD,
  launchWithExtension,
  ROOT,
  serveAdminCenter,
  serveMicrosoftSignIn,
  storedValues,
} from '../tools/launch.ts';
import { seriousViolations } from './axe';
import { panel, panelFrame } from './panel';
import { openStep, showOverlay } from './portal-page';
import { storeSample } from './sample';

const SCREENSHOTS = join(ROOT, '.reports/screenshots');

type StoredClient = { id: string; defaultDomain: string; tenantPrefix: string; existingTenant: boolean };

const admin = adminCenterFixtures();
const adminPage = (name: string) => {
  const page = admin[name];
  if (!page) throw new Error(name);
  return page;
};

// A test build whose manifest grants the optional Microsoft hosts (Chromium's prompt cannot be
// clicked by a test; the consent path itself is unit-tested with the permissions API faked).
describe('Microsoft 365 domains and the tenant check, in Chromium', () => {
  let session: ExtensionSession;
  let signInRequests: { url: string; cookie: string | undefined }[];
  const adminTabs: Page[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    session = await launchWithExtension({ extensionDir: GRANTED_BUILD });
    await serveAdminCenter(session, Object.values(admin));
    signInRequests = await serveMicrosoftSignIn(session, (url) => microsoftAnswer(url, 2500));
  });
  afterAll(async () => {
    await session?.close();
  });
  beforeEach(async () => {
    for (const tab of adminTabs.splice(0)) await tab.close();
    // The client's own domains not known yet: the read fills them.
    await storeSample(session, (backup) => {
      const client = backup.clients.find((c) => c.id === 'c-360business');
      if (client) Object.assign(client, { defaultDomain: '', tenantPrefix: '' });
    });
  });

  const openAdminTab = async (name: string) => {
    const tab = await session.context.newPage();
    await tab.goto(adminPage(name).url);
    adminTabs.push(tab);
    return tab;
  };
  const openClient = async (id: string) => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 420, height: 800 });
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await page.locator(`[data-client-id="${id}"] .queue-open`).click();
    await page.getByTestId('fetch-m365').waitFor();
    return page;
  };
  const client = async (id: string) =>
    ((await storedValues(session)).clients as StoredClient[]).find((c) => c.id === id);
  const domainsShown = (page: Page) =>
    page
      .locator('[data-testid="m365-result"] [data-m365-domain]')
      .evaluateAll((els) =>
        els.map(
          (e) =>
            `${e.getAttribute('data-m365-domain')}${e.hasAttribute('data-m365-default') ? ' (default)' : ''}`,
        ),
      );

  it('from a client in the popup: reads the Domains tab (rendered late), and saves only once confirmed', async () => {
    await openAdminTab('fluent-grid');
    const popup = await openClient('c-360business');
    await popup.getByTestId('fetch-m365').click();
    await popup.getByTestId('m365-result').waitFor({ timeout: 15_000 });
    expect(await domainsShown(popup)).toEqual([
      '360business.com.au (default)',
      '360business.onmicrosoft.com',
      '360business.mail.onmicrosoft.com',
      '360business.net.au',
      'shop.360business.com.au',
    ]);
    expect(await popup.getByTestId('m365-result').textContent()).toMatch(
      /Domains - Microsoft 365 admin center/,
    );
    expect(await popup.locator('[data-lca-warning="tenant-mismatch"]').count()).toBe(0);
    // Nothing is saved before the technician confirms.
    expect(await client('c-360business')).toMatchObject({ defaultDomain: '', tenantPrefix: '' });
    await popup.getByTestId('m365-use').click();
    await expect
      .poll(() => client('c-360business'))
      .toMatchObject({
        defaultDomain: '360business.com.au',
        tenantPrefix: '360business',
        existingTenant: true,
      });
    await popup.getByTestId('m365-saved').waitFor();
    await popup.close();
  });

  it('says when no admin center tab is open, and when the only one is elsewhere than Domains', async () => {
    const popup = await openClient('c-360business');
    await popup.getByTestId('fetch-m365').click();
    await popup.locator('[data-lca-message="m365-no-tab"]').waitFor();
    expect(await popup.locator('[data-lca-message="m365-no-tab"]').textContent()).toMatch(
      /No Microsoft 365 admin center tab/,
    );
    await popup.close();
  });

  it('says a tab still signing in is not ready, after the bounded wait', async () => {
    await openAdminTab('signing-in');
    const popup = await openClient('c-360business');
    await popup.getByTestId('fetch-m365').click();
    await popup.locator('[data-lca-message="m365-reading"]').waitFor();
    await popup.locator('[data-lca-message="m365-not-ready"]').waitFor({ timeout: 15_000 });
    expect(await popup.locator('[data-lca-message="m365-not-ready"]').textContent()).toMatch(
      /still signing in/,
    );
    await popup.close();
  });

  it('offers two tenants’ tabs by their domains; another tenant’s raises tenant-mismatch', async () => {
    await storeSample(session); // 360 Business with its recorded domains
    await openAdminTab('fluent-grid');
    await openAdminTab('cloud-table');
    const popup = await openClient('c-360business');
    await popup.getByTestId('fetch-m365').click();
    const pick = popup.locator('[data-lca-message="m365-pick-tab"]');
    await pick.waitFor({ timeout: 15_000 });
    const offered = await pick.locator('[data-m365-tab]').allTextContents();
    expect(offered.sort()).toEqual([
      '360business.com.au (360business.onmicrosoft.com)',
      'koaladental.com.au (koaladental.onmicrosoft.com)',
    ]);
    await pick.locator('[data-m365-tab]', { hasText: 'koaladental' }).click();
    await popup.getByTestId('m365-result').waitFor({ timeout: 15_000 });
    expect(await domainsShown(popup)).toContain('xn--zahnrzte-koala-8hb.de');
    const warning = popup.locator('[data-lca-warning="tenant-mismatch"]');
    expect(await warning.textContent()).toMatch(
      /does not have 360business\.com\.au or 360business\.onmicrosoft\.com/,
    );
    await popup.getByTestId('m365-result').scrollIntoViewIfNeeded();
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-m365-other-tenant.png') });
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('reads a long list that renders only the rows in view, whole', async () => {
    await openAdminTab('long-list');
    const popup = await openClient('c-bluegum');
    await popup.getByTestId('fetch-m365').click();
    await popup.getByTestId('m365-result').waitFor({ timeout: 15_000 });
    const domains = await domainsShown(popup);
    expect(domains).toHaveLength(40);
    expect(domains).toContain('brand39.bigfirm.com.au');
    expect(await popup.getByTestId('m365-result').textContent()).not.toMatch(/not every row/);
    await popup.close();
  });

  /** A portal page of this style and step in a tab of its own, the overlay unfolded. */
  const overlayOn = async (style: string, name: string) => {
    const page = await session.context.newPage();
    await openStep(session, page, portalFixture(style, name));
    await showOverlay(page);
    return page;
  };

  describe('from the portal’s overlay', () => {
    it.each([
      ['material-like', 'service-details', 'domainPrefix', '360business', { tenantPrefix: '360business' }],
      [
        'mui-like',
        'default-domain',
        'defaultDomain',
        '360business.com.au',
        { defaultDomain: '360business.com.au' },
      ],
      [
        'table-layout',
        'new-tenant',
        'defaultDomain',
        '360business.com.au',
        { defaultDomain: '360business.com.au' },
      ],
    ])(
      '%s %s: the value read lands in the client record and the field',
      async (style, name, key, value, saved) => {
        await openAdminTab('fluent-grid');
        const page = await overlayOn(style, name);
        await (await panel(page)).locator('[data-testid="fetch-m365"]').click();
        await (await panel(page)).locator('[data-testid="m365-result"]').waitFor({ timeout: 15_000 });
        expect(
          await (await panel(page))
            .locator('[data-m365-domain="360business.com.au"][data-m365-default]')
            .count(),
        ).toBe(1);
        expect(await page.locator(`[data-lca-field="${key}"]`).inputValue()).toBe('');
        await page.screenshot({ path: join(SCREENSHOTS, `overlay-m365-${name}.png`) });
        const frame = await panelFrame(page);
        expect(await seriousViolations(frame)).toEqual([]);
        // The check sees into the panel's frame: an unlabelled field put there is caught.
        await frame.evaluate(() => {
          const probe = document.createElement('input');
          probe.id = 'axe-probe';
          document.querySelector('.lca-body')?.append(probe);
        });
        expect((await seriousViolations(frame)).join('\n')).toMatch(/^label/m);
        await frame.evaluate(() => document.getElementById('axe-probe')?.remove());
        await (await panel(page)).locator('[data-testid="m365-use"]').click();
        await expect.poll(() => page.locator(`[data-lca-field="${key}"]`).inputValue()).toBe(value);
        await expect.poll(() => client('c-360business')).toMatchObject(saved);
        // The page's own framework saw the value (its state, not only the DOM).
        const state = await page.evaluate(
          () => (window as unknown as { __fixtureState?: Record<string, unknown> }).__fixtureState,
        );
        if (state) expect(Object.values(state)).toContain(value);
        await page.close();
      },
    );
  });

  it('another tenant’s tab alone: the overlay warns tenant-mismatch before anything is used', async () => {
    await storeSample(session); // 360 Business with its recorded domains
    await openAdminTab('cloud-table');
    const page = await overlayOn('table-layout', 'service-details');
    await (await panel(page)).locator('[data-testid="fetch-m365"]').click();
    const warning = (await panel(page)).locator('[data-lca-warning="tenant-mismatch"]');
    await warning.waitFor({ timeout: 15_000 });
    expect(await warning.textContent()).toMatch(/may be another client’s tenant/);
    expect(
      await (await panel(page)).locator('[data-m365-domain="koaladental.com.au"][data-m365-default]').count(),
    ).toBe(1);
    expect(await client('c-360business')).toMatchObject({
      defaultDomain: '360business.com.au',
      tenantPrefix: '360business',
    });
    await page.close();
  });

  describe('the tenant check', () => {
    const withDomain = async (defaultDomain: string, tenantPrefix = '') => {
      await storeSample(session, (backup) => {
        const c = backup.clients.find((x) => x.id === 'c-360business');
        if (c) Object.assign(c, { defaultDomain, tenantPrefix });
      });
      const popup = await openClient('c-360business');
      await popup.getByTestId('check-tenant').click();
      return popup;
    };
    it.each([
      ['360business.com.au', '', 'managed', /managed Microsoft 365 tenant \(360 Business Pty Ltd\)/],
      ['harbourlaw.com.au', '', 'federated', /federated.*Harbour Law|Harbour Law.*federated/],
      ['northsidecafe.com.au', '', 'unmanaged', /self-service directory that nobody administers/],
      ['', 'freshprefix', 'none', /freshprefix\.onmicrosoft\.com has no tenant: the prefix is still free/],
      ['garbled.com.au', '', 'error', /answered something unexpected/],
      ['slowanswer.com.au', '', 'managed', /managed/],
    ])('%s%s: %s', async (domain, prefix, kind, text) => {
      const popup = await withDomain(domain, prefix);
      const result = popup.getByTestId('tenant-result');
      await result.waitFor({ timeout: 15_000 });
      expect(await result.getAttribute('data-tenant')).toBe(kind);
      expect(await result.textContent()).toMatch(text);
      if (kind === 'unmanaged') {
        await result.scrollIntoViewIfNeeded();
        await popup.screenshot({ path: join(SCREENSHOTS, 'popup-tenant-unmanaged.png') });
        expect(await seriousViolations(popup)).toEqual([]);
      }
      await popup.close();
    });

    it('suggests the portal’s “already using Office 365” choice, and records it in a click', async () => {
      const popup = await withDomain('', 'freshprefix');
      await popup.getByTestId('tenant-result').waitFor({ timeout: 15_000 });
      // The sample's 360 Business is marked as having a tenant; no tenant has this prefix.
      await popup.getByTestId('tenant-apply').click();
      await expect.poll(async () => (await client('c-360business'))?.existingTenant).toBe(false);
      await expect.poll(() => popup.getByTestId('tenant-apply').count()).toBe(0);
      await popup.close();
    });

    it('asks without cookies, for a made-up user, never for the technician', async () => {
      // The technician is signed in to Microsoft in this browser: a cookie for the sign-in host.
      await session.context.addCookies([
        {
          name: 'ESTSAUTHPERSISTENT',
          value: 'technician-session',
          domain: 'login.microsoftonline.com',
          path: '/',
          secure: true,
          httpOnly: true,
          sameSite: 'None',
        },
      ]);
      const popup = await withDomain('360business.com.au');
      await popup.getByTestId('tenant-result').waitFor();
      // The cookie is real: a request that does send credentials carries it.
      await popup.evaluate(() =>
        fetch(
          'https://login.microsoftonline.com/common/userrealm/probe@cookie-check.invalid?api-version=2.1',
          {
            credentials: 'include',
          },
        ).catch(() => undefined),
      );
      const probe = signInRequests.find((r) => r.url.includes('cookie-check.invalid'));
      expect(probe?.cookie).toContain('ESTSAUTHPERSISTENT=technician-session');
      const mine = signInRequests.filter((r) => r.url.includes('360business.com.au'));
      expect(mine.length).toBeGreaterThan(0);
      for (const request of mine) {
        expect(request.cookie).toBeUndefined();
        if (request.url.includes('userrealm') || request.url.includes('getuserrealm'))
          expect(decodeURIComponent(request.url)).toContain(
            'tenant-check.leader-csp-assistant@360business.com.au',
          );
      }
      await popup.close();
    });

    it('says when Microsoft cannot be reached, after retrying', async () => {
      const popup = await withDomain('offline.com.au');
      const result = popup.getByTestId('tenant-result');
      await result.waitFor({ timeout: 20_000 });
      expect(await result.getAttribute('data-tenant')).toBe('error');
      expect(await result.textContent()).toMatch(/No answer from Microsoft/);
      expect(signInRequests.filter((r) => r.url.includes('offline.com.au'))).toHaveLength(3);
      await popup.close();
    });
  });

  it('the settings page lists the Microsoft hosts granted', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    const list = page.getByTestId('optional-permissions');
    await expect
      .poll(() =>
        list
          .locator('[data-permission]')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-permission'))),
      )
      .toEqual([
        'https://admin.microsoft.com/*',
        'https://admin.cloud.microsoft/*',
        'https://login.microsoftonline.com/*',
      ]);
    await page.close();
  });
});
