import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restore } from '../../utils/csv/clients-csv';
import { adminCenterFixtures } from '../fixtures/m365';
import { GUIDE_ORDER } from '../fixtures/orders/guide-order';
import { portalFixture } from '../fixtures/portal';
import {
  type ExtensionSession,
  GRANTED_BUILD,
  launchWithExtension,
  ROOT,
  serveAdminCenter,
  storedValues,
} from '../tools/launch.ts';
import { openStep } from './portal-page';
import { storeSample } from './sample';

type StoredOrder = {
  submittedAt: string;
  subscriptions: { name: string; quantity: number; activationDate?: string; billingCycle?: string }[];
  totals?: Record<string, string>;
  differences?: unknown[];
  remindAt?: string;
  licencesSeenAt?: string;
};
type StoredClient = { id: string; status: string; order?: StoredOrder };

// The worker's `chrome`, as far as these tests use it.
type WorkerChrome = {
  chrome: {
    alarms: {
      getAll(): Promise<{ name: string; scheduledTime: number }[]>;
      create(name: string, info: { when: number }): Promise<void>;
    };
    notifications: { getAll(): Promise<Record<string, boolean>> };
  };
};

const admin = adminCenterFixtures();
const CLIENT = 'c-360business';

// After the order, in Chromium: the confirmation kept (rendered late), the reminder's alarm, the
// licence check against saved admin center pages, and the orders CSV.
describe('after the order, in Chromium', () => {
  let session: ExtensionSession;
  const client = async () =>
    ((await storedValues(session)).clients as StoredClient[]).find((c) => c.id === CLIENT);

  beforeAll(async () => {
    session = await launchWithExtension({ extensionDir: GRANTED_BUILD });
    await serveAdminCenter(session, Object.values(admin));
    await storeSample(session);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('keeps a late confirmation as the client’s order, with the totals seen on Service Details', async () => {
    const page = await session.context.newPage();
    await openStep(session, page, portalFixture('material-like', 'service-details'));
    await expect.poll(async () => (await client()) && (await storedValues(session)).clients).toBeTruthy();
    await expect
      .poll(async () => ((await client()) as { basketTotals?: unknown } | undefined)?.basketTotals)
      .toMatchObject({ beforeTax: '$121.95', gst: '$12.20', finalPrice: '$134.15', monthly: '$121.95' });

    session.showPortal(readFileSync(join(ROOT, 'tests/fixtures/orders/confirmation-late.html'), 'utf8'));
    await page.goto('https://hub.leadercloud.com.au/checkout/confirmation?late');
    const host = page.locator('leader-csp-assistant');
    expect(await host.getAttribute('data-step')).not.toBe('confirmation');
    await expect.poll(() => host.getAttribute('data-step'), { timeout: 5000 }).toBe('confirmation');
    await expect.poll(async () => (await client())?.order?.subscriptions.length, { timeout: 5000 }).toBe(2);
    const stored = await client();
    expect(stored?.status).toBe('ordered');
    expect(stored?.order).toMatchObject({
      subscriptions: GUIDE_ORDER,
      totals: { monthly: '$121.95', beforeTax: '$121.95', gst: '$12.20', finalPrice: '$134.15' },
      // The sample client wanted E3 × 3 and E1 × 1: what was ordered.
      differences: [],
    });
    await page.close();
  });

  it('sets the reminder alarm about five minutes on, and its notification when it goes off', async () => {
    const order = (await client())?.order;
    const submitted = Date.parse(order?.submittedAt ?? '');
    const alarms = () =>
      session.worker.evaluate(() => (globalThis as unknown as WorkerChrome).chrome.alarms.getAll());
    const reminders = async () => (await alarms()).filter((a) => a.name.startsWith('licences:'));
    await expect.poll(async () => (await reminders()).map((a) => a.name)).toEqual([`licences:${CLIENT}`]);
    expect((await reminders())[0]?.scheduledTime).toBe(submitted + 5 * 60_000);
    expect(order?.remindAt).toBe(new Date(submitted + 5 * 60_000).toISOString());
    // Time moved on: the same alarm, due now (an unpacked extension's alarms may fire at once).
    await session.worker.evaluate(
      (name) => (globalThis as unknown as WorkerChrome).chrome.alarms.create(name, { when: Date.now() + 50 }),
      `licences:${CLIENT}`,
    );
    await expect
      .poll(
        () =>
          session.worker.evaluate(() =>
            (globalThis as unknown as WorkerChrome).chrome.notifications.getAll(),
          ),
        { timeout: 10_000 },
      )
      .toHaveProperty(`licences:${CLIENT}`);
  });

  const openClientView = async (query = '') => {
    // Where the notification's click goes: the queue, open on the client.
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 420, height: 900 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?client=${CLIENT}${query}`);
    await popup.getByTestId('check-licences').waitFor();
    return popup;
  };
  const openAdminTab = async (name: string) => {
    const tab = await session.context.newPage();
    await tab.goto(admin[name]?.url ?? '');
    return tab;
  };

  it('checks the licences in Microsoft 365: some missing, then all there', async () => {
    const licences = await openAdminTab('licenses-table');
    // As the notification's button opens it: the view checks at once (the permission is granted).
    const popup = await openClientView('&check=1');
    const result = popup.getByTestId('licence-check-result');
    await expect
      .poll(() => result.getAttribute('data-licence-check'), { timeout: 15_000 })
      .toBe('some-missing');
    expect(await result.textContent()).toContain('Office 365 E3 (New Commerce) (2 of 3)');
    await popup.getByTestId('remind-again').waitFor();
    expect((await client())?.status).toBe('ordered');
    await licences.close();

    const products = await openAdminTab('products-grid');
    await popup.getByTestId('check-licences').click();
    await expect.poll(() => result.getAttribute('data-licence-check'), { timeout: 15_000 }).toBe('all-there');
    await expect.poll(async () => (await client())?.status).toBe('licences-seen');
    expect((await client())?.order?.licencesSeenAt).toBeTruthy();
    mkdirSync(join(ROOT, '.reports/screenshots'), { recursive: true });
    await popup.screenshot({
      path: join(ROOT, '.reports/screenshots/order-client-view.png'),
      fullPage: true,
    });
    await products.close();
    await popup.close();
  });

  it('exports the orders CSV from the popup, one row per ordered product', async () => {
    const popup: Page = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByTestId('export-orders').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^leader-csp-assistant-orders-\d{4}-\d{2}-\d{2}\.csv$/);
    const path = join(ROOT, '.reports', download.suggestedFilename());
    await download.saveAs(path);
    const [header, ...rows] = Papa.parse<string[]>(readFileSync(path, 'utf8'), { skipEmptyLines: true }).data;
    expect(header?.slice(0, 3)).toEqual(['companyName', 'product', 'quantity']);
    const cells = (row: string[] | undefined) => (row ?? []).map(restore);
    expect(rows.map((row) => cells(row).slice(0, 3))).toEqual([
      ['360 Business', '360 Business - M365 - Office 365 E1 (New Commerce)', '1'],
      ['360 Business', '360 Business - M365 - Office 365 E3 (New Commerce)', '3'],
      // The sample's other order, kept from a backup of before (no totals, no licences seen).
      ['Northside Café Co', 'Northside Café Co - M365 - Business Basic', '2'],
    ]);
    expect(cells(rows[2])[7]).toBe('');
    // The licences were seen: the row says when.
    expect(cells(rows[0])[7]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await popup.close();
  });
});
