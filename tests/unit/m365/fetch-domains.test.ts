import { describe, expect, it, vi } from 'vitest';
import { type AdminCenterAccess, fetchDomains } from '../../../utils/m365/fetch-domains';
import type { TabRead } from '../../../utils/m365/read-domains';
import type { AdminTab } from '../../../utils/model/m365';

const tab = (id: number, url: string, title = 'Domains - Microsoft 365 admin center'): AdminTab => ({
  id,
  url,
  title,
});
const tenant = (own: string, prefix: string): TabRead => ({
  state: 'ready',
  title: 'Domains - Microsoft 365 admin center',
  complete: true,
  domains: [
    { name: `${own} (Default)`, status: 'Healthy', isDefault: true },
    { name: `${prefix}.onmicrosoft.com`, status: 'Healthy', isDefault: false },
  ],
});

function access(tabs: AdminTab[], reads: Record<number, unknown>, granted = true) {
  const readTab = vi.fn(async (id: number, _wait: number) => reads[id]);
  const api: AdminCenterAccess = { granted: async () => granted, adminTabs: async () => tabs, readTab };
  return { api, readTab };
}

describe('finding and reading the admin center’s Domains tab', () => {
  it('asks for consent first when the permission is not granted, and reads nothing', async () => {
    const { api, readTab } = access([tab(1, 'https://admin.microsoft.com/#/Domains')], {}, false);
    expect(await fetchDomains(api)).toEqual({ kind: 'needs-consent' });
    expect(readTab).not.toHaveBeenCalled();
  });

  it('says no tab, and counts admin center tabs that are elsewhere than Domains', async () => {
    expect(await fetchDomains(access([], {}).api)).toEqual({ kind: 'no-tab', adminTabs: 0 });
    const elsewhere = access([tab(3, 'https://admin.microsoft.com/#/users')], {});
    expect(await fetchDomains(elsewhere.api)).toEqual({ kind: 'no-tab', adminTabs: 1 });
    expect(elsewhere.readTab).not.toHaveBeenCalled();
  });

  it('reads the one Domains tab, with the bounded wait', async () => {
    const { api, readTab } = access(
      [
        tab(7, 'https://admin.cloud.microsoft/#/Domains'),
        tab(8, 'https://admin.microsoft.com/#/Domains/Details/x.com'),
      ],
      { 7: tenant('360business.com.au', '360business') },
    );
    const outcome = await fetchDomains(api, { waitMs: 1234 });
    expect(readTab).toHaveBeenCalledExactlyOnceWith(7, 1234);
    expect(outcome).toMatchObject({
      kind: 'domains',
      tab: { id: 7 },
      read: { prefixes: ['360business'], defaultDomain: '360business.com.au' },
    });
  });

  it('offers several Domains tabs by what tells them apart, then reads the one picked', async () => {
    const tabs = [
      tab(1, 'https://admin.microsoft.com/#/Domains'),
      tab(2, 'https://admin.cloud.microsoft/#/Domains'),
    ];
    const reads = {
      1: tenant('360business.com.au', '360business'),
      2: tenant('koaladental.com.au', 'koaladental'),
    };
    const { api, readTab } = access(tabs, reads);
    expect(await fetchDomains(api)).toMatchObject({
      kind: 'pick-tab',
      tabs: [
        { id: 1, label: '360business.com.au (360business.onmicrosoft.com)' },
        { id: 2, label: 'koaladental.com.au (koaladental.onmicrosoft.com)' },
      ],
    });
    // The labels come from a shorter look than a read's.
    expect(readTab.mock.calls.map((c) => c[1])).toEqual([3000, 3000]);
    expect(await fetchDomains(api, { tabId: 2 })).toMatchObject({ kind: 'domains', tab: { id: 2 } });
  });

  it('says when the picked tab has gone, when a tab is not ready, and when it answers nonsense', async () => {
    const tabs = [tab(1, 'https://admin.microsoft.com/#/Domains')];
    expect(await fetchDomains(access(tabs, {}).api, { tabId: 9 })).toMatchObject({ kind: 'error' });
    const signingIn = { state: 'not-ready', reason: 'signing-in', title: 'Sign in' };
    expect(await fetchDomains(access(tabs, { 1: signingIn }).api)).toMatchObject({
      kind: 'not-ready',
      reason: 'signing-in',
    });
    expect(await fetchDomains(access(tabs, { 1: { state: 'ready', domains: 'lots' } }).api)).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(/not a domain list/),
    });
    const empty: TabRead = {
      state: 'ready',
      title: '',
      complete: true,
      domains: [{ name: 'not a domain', status: '', isDefault: false }],
    };
    expect(await fetchDomains(access(tabs, { 1: empty }).api)).toMatchObject({ kind: 'error' });
  });
});
