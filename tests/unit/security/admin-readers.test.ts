import { describe, expect, it, vi } from 'vitest';
import { browserAdminCenterAccess, fetchDomains } from '../../../utils/m365/fetch-domains';
import { ADMIN_HOSTS } from '../../../utils/m365/hosts';
import { checkLicences } from '../../../utils/m365/licence-check';
import { readDomainsInTab } from '../../../utils/m365/read-domains';
import { readProductsInTab } from '../../../utils/m365/read-products';
import { showAdminPage } from '../m365/admin-page';

const DOMAINS = 'https://admin.microsoft.com/Adminportal/Home#/Domains';

describe('the injected readers read only on the admin center', () => {
  it.each([
    ['another site', 'https://evil.example/Adminportal/Home#/Domains'],
    ['a look-alike host', 'https://admin.microsoft.com.evil.example/#/Domains'],
    ['plain http', 'http://admin.microsoft.com/#/Domains'],
    ['another port', 'https://admin.microsoft.com:8443/#/Domains'],
    ['the portal', 'https://hub.leadercloud.com.au/checkout'],
  ])('on %s, the Domains reader reads nothing, though the list is there', async (_, url) => {
    showAdminPage('default-column', url);
    expect(document.querySelector('table, [role="grid"]')).not.toBeNull();
    expect(await readDomainsInTab(0, ADMIN_HOSTS)).toEqual({ state: 'not-admin-center' });
  });

  it('on the admin center, at either host, it reads', async () => {
    for (const url of [DOMAINS, 'https://admin.cloud.microsoft/#/Domains']) {
      showAdminPage('default-column', url);
      expect((await readDomainsInTab(0, ADMIN_HOSTS)).state).toBe('ready');
    }
  });

  it('the products reader likewise', async () => {
    showAdminPage('licenses-table', 'https://evil.example/#/subscriptions');
    expect(await readProductsInTab(0, ADMIN_HOSTS)).toEqual({ state: 'not-admin-center' });
    showAdminPage('licenses-table', 'https://admin.microsoft.com/Adminportal/Home#/subscriptions');
    expect((await readProductsInTab(0, ADMIN_HOSTS)).state).toBe('ready');
  });
});

/** The browser's APIs, the tab at `url` now (it was on the Domains list when the tabs were listed). */
function browserWithTabAt(url: string) {
  const executeScript = vi.fn(async () => [{ result: { state: 'not-ready', reason: 'loading', title: '' } }]);
  const api = {
    permissions: { contains: async () => true },
    tabs: { query: async () => [{ id: 4, title: 'Domains', url: DOMAINS }], get: async () => ({ url }) },
    scripting: { executeScript },
  };
  return { api, executeScript };
}

describe('before injecting, the tab’s address is checked', () => {
  it('a tab that has left the admin center gets nothing injected, and the technician is told', async () => {
    const { api, executeScript } = browserWithTabAt('https://evil.example/');
    const outcome = await fetchDomains(browserAdminCenterAccess(api, readDomainsInTab), { waitMs: 0 });
    expect(executeScript).not.toHaveBeenCalled();
    expect(outcome).toEqual({
      kind: 'error',
      message: expect.stringMatching(/no longer on the Microsoft 365 admin center/),
    });
  });

  it('the licence check likewise', async () => {
    const { api, executeScript } = browserWithTabAt('https://evil.example/');
    api.tabs.query = async () => [
      { id: 4, title: 'Your products', url: 'https://admin.microsoft.com/#/subscriptions' },
    ];
    const outcome = await checkLicences(browserAdminCenterAccess(api, readProductsInTab), [], {
      waitMs: 0,
      now: new Date(),
    });
    expect(executeScript).not.toHaveBeenCalled();
    expect(outcome).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(/no longer on the Microsoft 365/),
    });
  });

  it('a tab still on the admin center is read, the reader given the admin center’s hosts', async () => {
    const { api, executeScript } = browserWithTabAt(DOMAINS);
    await fetchDomains(browserAdminCenterAccess(api, readDomainsInTab), { waitMs: 5 });
    expect(executeScript).toHaveBeenCalledExactlyOnceWith({
      target: { tabId: 4 },
      func: readDomainsInTab,
      args: [5, ['admin.microsoft.com', 'admin.cloud.microsoft']],
    });
  });
});
