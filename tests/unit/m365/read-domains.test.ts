import { describe, expect, it } from 'vitest';
import { summariseDomains, tabLabel, tenantMismatch } from '../../../utils/m365/domains';
import { ADMIN_HOSTS, isDomainsList } from '../../../utils/m365/hosts';
import { readDomainsInTab, type TabRead } from '../../../utils/m365/read-domains';
import { showAdminPage } from './admin-page';

const show = showAdminPage;

const ready = (read: TabRead) => {
  if (read.state !== 'ready') throw new Error(`not ready: ${JSON.stringify(read)}`);
  return read;
};

describe('reading the admin center’s Domains list in its tab', () => {
  it('waits for a Fluent-like grid rendered late, and reads names, default and status without icon glyphs', async () => {
    show('fluent-grid');
    expect(document.querySelector('[role="grid"]')).toBeNull();
    const read = ready(await readDomainsInTab(5000, ADMIN_HOSTS));
    expect(read.domains).toEqual([
      { name: '360business.com.au', status: 'Healthy', isDefault: true },
      { name: '360business.onmicrosoft.com', status: 'Healthy', isDefault: false },
      { name: '360business.mail.onmicrosoft.com', status: 'Healthy', isDefault: false },
      { name: '360BUSINESS.NET.AU', status: 'Incomplete setup', isDefault: false },
      { name: 'shop.360business.com.au', status: 'Possible service issues', isDefault: false },
    ]);
    expect(read.complete).toBe(true);
    const summary = summariseDomains(read);
    expect(summary.prefixes).toEqual(['360business']);
    expect(summary.defaultDomain).toBe('360business.com.au');
    // The hybrid tenant's mail domain is Microsoft's, and not the initial domain.
    const mail = summary.domains.find((d) => d.name === '360business.mail.onmicrosoft.com');
    expect(mail).toMatchObject({ isMicrosoft: true, isInitialCandidate: false });
    expect(summary.domains.find((d) => d.name === '360business.net.au')).toBeTruthy();
  });

  it('reads a plain table on the newer host: the default mark in its own element, a punycoded name, two onmicrosoft.com prefixes', async () => {
    show('cloud-table');
    const summary = summariseDomains(ready(await readDomainsInTab(5000, ADMIN_HOSTS)));
    expect(summary.domains.map((d) => [d.name, d.status, d.isDefault])).toEqual([
      ['koaladental.com.au', 'Healthy', true],
      ['koaladental.onmicrosoft.com', 'Healthy', false],
      ['koaladentalau.onmicrosoft.com', 'Healthy', false],
      ['xn--zahnrzte-koala-8hb.de', 'No services selected', false],
    ]);
    expect(summary.prefixes).toEqual(['koaladental', 'koaladentalau']);
    expect(summary.defaultDomain).toBe('koaladental.com.au');
  });

  // The default domain however the list marks it; an action "Set as default" marks nothing.
  it.each([
    ['badge-grid', 'a "Default" badge beside the name', 'wattleplumbing.com.au', 3],
    ['icon-default', 'an icon named "Default domain"', 'banksialegal.com.au', 3],
    ['default-column', 'a tick in a "Default" column', 'ironbarkjoinery.com.au', 3],
  ])('%s: finds the default domain marked by %s', async (page, _, expected, count) => {
    show(page);
    const read = ready(await readDomainsInTab(1000, ADMIN_HOSTS));
    expect(read.domains).toHaveLength(count);
    expect(read.domains.filter((d) => d.isDefault).map((d) => d.name)).toEqual([expected]);
    // The mark is not part of the name, and the status is the status column's.
    for (const domain of read.domains) {
      expect(domain.name).not.toMatch(/default/i);
      expect(domain.status).toMatch(/^(Healthy|Incomplete setup|No services selected)$/);
    }
    expect(summariseDomains(read).defaultDomain).toBe(expected);
  });

  it('says a tab still signing in is not ready, after the bounded wait', async () => {
    show('signing-in');
    const started = Date.now();
    expect(await readDomainsInTab(600, ADMIN_HOSTS)).toEqual({
      state: 'not-ready',
      reason: 'signing-in',
      title: 'Microsoft 365 admin center',
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(550);
  });

  it('says "loading" when the list never comes and nothing asks to sign in', async () => {
    document.title = 'Microsoft 365 admin center';
    document.body.innerHTML = '<div role="progressbar"></div>';
    expect(await readDomainsInTab(300, ADMIN_HOSTS)).toMatchObject({ state: 'not-ready', reason: 'loading' });
  });

  it('says when a list that renders only the rows in view was not read whole (no layout here; Chromium scrolls it: e2e)', async () => {
    show('long-list');
    const read = ready(await readDomainsInTab(1000, ADMIN_HOSTS));
    expect(read.domains.length).toBeLessThan(40);
    expect(read.complete).toBe(false);
    expect(
      tenantMismatch({ defaultDomain: 'brand39.bigfirm.com.au', tenantPrefix: '' }, summariseDomains(read)),
    ).toMatch(/not read whole/);
  });
});

describe('what the domains say about the client', () => {
  const read = (domains: [string, boolean][]) =>
    summariseDomains({
      state: 'ready',
      title: '',
      complete: true,
      domains: domains.map(([name, isDefault]) => ({ name, status: 'Healthy', isDefault })),
    });

  it('gives an empty default domain when the default is the onmicrosoft.com one', () => {
    const summary = read([['cafe.onmicrosoft.com', true]]);
    expect(summary).toMatchObject({ defaultDomain: '', prefixes: ['cafe'] });
  });

  it('keeps a verified www. name apart from the bare one', () => {
    expect(
      read([
        ['www.example.com.au', false],
        ['example.com.au', true],
      ]).domains.map((d) => d.name),
    ).toEqual(['www.example.com.au', 'example.com.au']);
  });

  it('warns when the client’s recorded default domain or prefix is not in this tenant', () => {
    const tenant = read([
      ['360business.com.au', true],
      ['360business.onmicrosoft.com', false],
    ]);
    expect(
      tenantMismatch({ defaultDomain: '360business.com.au', tenantPrefix: '360business' }, tenant),
    ).toBeNull();
    expect(tenantMismatch({ defaultDomain: '', tenantPrefix: '' }, tenant)).toBeNull();
    expect(tenantMismatch({ defaultDomain: 'koaladental.com.au', tenantPrefix: '' }, tenant)).toMatch(
      /does not have koaladental\.com\.au/,
    );
    expect(tenantMismatch({ defaultDomain: '', tenantPrefix: 'koala' }, tenant)).toMatch(
      /koala\.onmicrosoft\.com/,
    );
  });

  it('labels a tab by what tells tenants apart', () => {
    const grid: TabRead = {
      state: 'ready',
      title: 'Domains',
      complete: true,
      domains: [
        { name: '360business.com.au', status: '', isDefault: true },
        { name: '360business.onmicrosoft.com', status: '', isDefault: false },
      ],
    };
    expect(tabLabel(grid, 'Domains')).toBe('360business.com.au (360business.onmicrosoft.com)');
    expect(tabLabel(null, 'Domains - Microsoft 365 admin center')).toBe(
      'Domains - Microsoft 365 admin center',
    );
  });

  it.each([
    ['https://admin.microsoft.com/Adminportal/Home#/Domains', true],
    ['https://admin.microsoft.com/#/Domains', true],
    ['https://admin.cloud.microsoft/#/Domains', true],
    ['https://admin.cloud.microsoft/?auth_upn=x#/domains/', true],
    ['https://admin.microsoft.com/#/Domains/Details/360business.com.au', false],
    ['https://admin.microsoft.com/#/users', false],
    ['https://admin.microsoft.com.evil.example/#/Domains', false],
    ['http://admin.microsoft.com/#/Domains', false],
  ])('%s is the Domains list: %s', (url, expected) => {
    expect(isDomainsList(url)).toBe(expected);
  });
});
