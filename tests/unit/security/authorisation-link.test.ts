import { describe, expect, it } from 'vitest';
import { PageSession } from '../../../utils/assistant/page-session';
import { readMessage } from '../../../utils/messaging';
import { isAuthorisationLinkHost, isOnHosts } from '../../../utils/model/hosts';
import { EMPTY_SNAPSHOT, pageSnapshotSchema } from '../../../utils/model/panel';
import { portalFixture } from '../../fixtures/portal';
import { loadPortalPage, sampleData } from '../portal-page';

const GUIDE_LINK =
  'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=3f1b2c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d&msppId=0&DAP=true#/BillingAccounts/partner-invitation';

describe('the hosts an authorisation link may lead to', () => {
  it.each([
    GUIDE_LINK,
    'https://admin.cloud.microsoft/?#/partners/invitation/granularAdminRelationships/1',
    'https://portal.office.com/partner/partnersignup.aspx?type=ResellerRelationship&id=1&csp=1&msppid=0',
    'https://ADMIN.Microsoft.com:443/Adminportal/Home',
  ])('takes %s', (url) => {
    expect(isAuthorisationLinkHost(url)).toBe(true);
  });

  it.each([
    ['plain http', 'http://admin.microsoft.com/Adminportal/Home'],
    ['a look-alike host ending in the name', 'https://admin.microsoft.com.evil.example/'],
    ['a host only starting with it', 'https://xadmin.microsoft.com/'],
    ['the name in the path', 'https://evil.example/admin.microsoft.com'],
    ['the name as a user name', 'https://admin.microsoft.com@evil.example/'],
    ['a user name on the right host', 'https://someone:secret@admin.microsoft.com/'],
    ['another port', 'https://admin.microsoft.com:8443/'],
    ['a backslash trick', 'https://evil.example\\@admin.microsoft.com/'],
    ['a trailing dot', 'https://admin.microsoft.com./'],
    [
      'Microsoft’s sign-in (admin consent to any app)',
      'https://login.microsoftonline.com/common/adminconsent?client_id=x',
    ],
    ['Partner Center', 'https://partner.microsoft.com/dashboard'],
    ['a script address', 'javascript:alert(1)'],
    ['not an address', 'admin.microsoft.com'],
    ['nothing', undefined],
  ])('refuses %s', (_, url) => {
    expect(isAuthorisationLinkHost(url)).toBe(false);
  });

  it('an entry with a leading dot takes the names under it, never the name itself or a longer one', () => {
    expect(isOnHosts('https://a.b.example/', ['.b.example'])).toBe(true);
    expect(isOnHosts('https://b.example/', ['.b.example'])).toBe(false);
    expect(isOnHosts('https://ab.example/', ['.b.example'])).toBe(false);
    expect(isOnHosts('https://b.example/', ['b.example'])).toBe(true);
    expect(isOnHosts('https://a.b.example/', ['b.example'])).toBe(false);
  });
});

/** The authorisation screen with its AUTHORIZATION link pointed at `href`, as the panel would be told of it. */
function authorisationScreen(href: string) {
  loadPortalPage(portalFixture('bootstrap-like', 'authorization'));
  const link = [...document.querySelectorAll('a')].find((a) => /AUTHORI[SZ]ATION/.test(a.textContent ?? ''));
  if (!link) throw new Error('the fixture has no AUTHORIZATION link');
  link.setAttribute('href', href);
  const page = new PageSession(document, async () => ({ ok: true }) as never);
  page.look({ data: null, client: sampleData().client, accepted: false });
  return page.report();
}

describe('the authorisation step with a link elsewhere', () => {
  it('offers a link to Microsoft’s admin center, with no warning', () => {
    const report = authorisationScreen(GUIDE_LINK);
    expect(report.step).toBe('authorization');
    expect(report.authorisationLink).toBe(GUIDE_LINK);
    expect(report.warnings.map((w) => w.code)).not.toContain('authorisation-link-host');
  });

  it('warns of a link to another host, naming the host, and offers no link for the message', () => {
    const report = authorisationScreen('https://admin-microsoft.evil.example/accept?partner=1');
    expect(report.step).toBe('authorization');
    expect(report.authorisationLink).toBeNull();
    const warning = report.warnings.find((w) => w.code === 'authorisation-link-host');
    expect(warning?.message).toContain('admin-microsoft.evil.example');
    expect(warning?.message).not.toContain('accept?partner');
  });

  it('the panel’s snapshot cannot carry such a link, nor the background’s "authorisation-sent"', () => {
    const evil = 'https://evil.example/accept';
    expect(pageSnapshotSchema.safeParse({ ...EMPTY_SNAPSHOT, authorisationLink: evil }).success).toBe(false);
    expect(pageSnapshotSchema.safeParse({ ...EMPTY_SNAPSHOT, authorisationLink: GUIDE_LINK }).success).toBe(
      true,
    );
    const sent = (link: string) =>
      readMessage({ type: 'authorisation-sent', clientId: 'c-1', link, how: 'copied' });
    expect(sent(evil).ok).toBe(false);
    expect(sent(GUIDE_LINK).ok).toBe(true);
  });
});
