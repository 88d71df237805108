import { describe, expect, it } from 'vitest';
import type { AdminCenterAccess } from '../../../utils/m365/fetch-domains';
import { ADMIN_HOSTS, isProductsList } from '../../../utils/m365/hosts';
import { checkLicences, compareWithProducts, productKey } from '../../../utils/m365/licence-check';
import { type ProductsRead, readProductsInTab } from '../../../utils/m365/read-products';
import { showAdminPage } from '../m365/admin-page';

const NOW = new Date('2026-12-01T10:00:00Z');
const ORDER = [
  { name: '360 Business - M365 - Office 365 E1 (New Commerce)', quantity: 1 },
  { name: '360 Business - M365 - Office 365 E3 (New Commerce)', quantity: 3 },
];

const show = showAdminPage;

const ready = (read: ProductsRead) => {
  if (read.state !== 'ready') throw new Error(`not ready: ${JSON.stringify(read)}`);
  return read.products;
};

describe('reading the admin center’s products in its tab', () => {
  it('waits for Your products rendered late, and counts assigned plus available', async () => {
    show('products-grid');
    expect(ready(await readProductsInTab(5000, ADMIN_HOSTS))).toEqual([
      { name: 'Office 365 E1', total: 1 },
      { name: 'Office 365 E3', total: 3 },
      { name: 'Microsoft Teams Exploratory', total: 100 },
    ]);
  });

  it('reads the Licenses page’s "1 of 2" as two bought', async () => {
    show('licenses-table');
    expect(ready(await readProductsInTab(1000, ADMIN_HOSTS))).toEqual([
      { name: 'Office 365 E1', total: 1 },
      { name: 'Office 365 E3', total: 2 },
    ]);
  });

  it('says a tab still signing in is not ready', async () => {
    document.body.innerHTML = '<input type="email" name="loginfmt"><p>Sign in</p>';
    expect(await readProductsInTab(50, ADMIN_HOSTS)).toMatchObject({
      state: 'not-ready',
      reason: 'signing-in',
    });
  });

  it('knows the products pages by their address, on both hosts', () => {
    expect(isProductsList('https://admin.microsoft.com/Adminportal/Home#/subscriptions')).toBe(true);
    expect(isProductsList('https://admin.cloud.microsoft/#/licenses')).toBe(true);
    expect(isProductsList('https://admin.microsoft.com/#/Domains')).toBe(false);
    expect(isProductsList('https://admin.microsoft.com/#/subscriptions/details/1')).toBe(false);
    expect(isProductsList('https://example.com/#/subscriptions')).toBe(false);
  });
});

describe('the order against the admin center’s products', () => {
  it('all there: every product with at least the licences ordered', () => {
    const { check, products } = compareWithProducts(
      ORDER,
      [
        { name: 'Office 365 E1', total: 1 },
        { name: 'Office 365 E3', total: 5 },
      ],
      NOW,
    );
    expect(check).toEqual({ at: NOW.toISOString(), result: 'all-there', missing: [] });
    expect(products.map((p) => p.shown)).toEqual(['Office 365 E1', 'Office 365 E3']);
  });

  it('some missing: a product not shown, or with fewer licences than ordered', () => {
    expect(compareWithProducts(ORDER, [{ name: 'Office 365 E3', total: 2 }], NOW).check).toEqual({
      at: NOW.toISOString(),
      result: 'some-missing',
      missing: [
        '360 Business - M365 - Office 365 E1 (New Commerce) (not found)',
        '360 Business - M365 - Office 365 E3 (New Commerce) (2 of 3)',
      ],
    });
  });

  it('not yet: none of the ordered products shows', () => {
    expect(
      compareWithProducts(ORDER, [{ name: 'Microsoft Teams Exploratory', total: 100 }], NOW).check.result,
    ).toBe('not-yet');
  });

  it('compares exact names only: M365 is not guessed to be Microsoft 365, E3 is not E5', () => {
    const order = [{ name: 'Harbour - M365 Business Premium (New Commerce)', quantity: 2 }];
    const { check } = compareWithProducts(order, [{ name: 'Microsoft 365 Business Premium', total: 2 }], NOW);
    expect(check.result).toBe('not-yet');
    expect(check.missing).toEqual(['Harbour - M365 Business Premium (New Commerce) (not found)']);
    expect(
      compareWithProducts(
        [{ name: 'Office 365 E3', quantity: 1 }],
        [{ name: 'Office 365 E5', total: 1 }],
        NOW,
      ).check.result,
    ).toBe('not-yet');
  });

  it('normalises case, punctuation, the portal’s decorations and the older "Enterprise"', () => {
    expect(productKey('Office 365 Enterprise E3')).toBe(productKey('office 365 E3 (NCE) - Monthly'));
    const { check } = compareWithProducts(
      [{ name: 'Exchange Online (Plan 1) (New Commerce)', quantity: 2 }],
      [{ name: 'Exchange Online (Plan 1)' }],
      NOW,
    );
    // No count on the page: the product is there; its quantity cannot be checked.
    expect(check.result).toBe('all-there');
  });

  it('finds the products tab, and says when there is none', async () => {
    const access = (tabs: { id: number; url: string }[], read: unknown): AdminCenterAccess => ({
      granted: async () => true,
      adminTabs: async () => tabs.map((t) => ({ ...t, title: 'Admin' })),
      readTab: async () => read,
    });
    const none = await checkLicences(
      access([{ id: 1, url: 'https://admin.microsoft.com/#/Domains' }], null),
      ORDER,
      {
        waitMs: 0,
        now: NOW,
      },
    );
    expect(none).toEqual({ kind: 'no-tab', adminTabs: 1 });
    const read = { state: 'ready', title: 'Your products', products: [{ name: 'Office 365 E1', total: 1 }] };
    const some = await checkLicences(
      access([{ id: 2, url: 'https://admin.microsoft.com/#/subscriptions' }], read),
      ORDER,
      { waitMs: 0, now: NOW },
    );
    expect(some).toMatchObject({ kind: 'checked', check: { result: 'some-missing' } });
    const nonsense = await checkLicences(
      access([{ id: 2, url: 'https://admin.microsoft.com/#/subscriptions' }], {
        state: 'ready',
        products: 'x',
      }),
      ORDER,
      { waitMs: 0, now: NOW },
    );
    expect(nonsense.kind).toBe('error');
  });
});
