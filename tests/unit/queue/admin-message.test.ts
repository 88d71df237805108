import { describe, expect, it } from 'vitest';
import { composeAdminMessage, mailtoHref } from '../../../utils/queue/admin-message';
import { sampleData } from '../portal-page';

const { reseller } = sampleData();
const LINK =
  'https://portal.partnercenter.microsoft.com/dashboard/v2/customer/invite?partnerId=a1b2&msppId=0&indirectCSPId=c3d4';

describe('the message for the client’s Global Administrator', () => {
  it('names the client, says what accepting does, holds the link and the reseller’s contact', () => {
    const { subject, body } = composeAdminMessage({ companyName: '360 Business', link: LINK, reseller });
    expect(subject).toBe('Microsoft authorisation for 360 Business');
    expect(body).toContain('Microsoft 365 licences for 360 Business');
    expect(body).toContain('reseller relationship');
    expect(body).toMatch(/does not give .* access to your organisation's data/);
    expect(body).toContain('delegated administration');
    // The link on a line of its own, exactly as the portal gave it.
    expect(body.split('\n')).toContain(LINK);
    const name = `${reseller.contactFirstName} ${reseller.contactLastName}`;
    expect(body).toContain(
      `please contact ${name} at ${reseller.companyName}, ${reseller.contactEmail}, ${reseller.contactPhone}.`,
    );
    expect(body.endsWith(`Thank you,\n${name}\n${reseller.companyName}`)).toBe(true);
    // Australian English.
    expect(`${subject} ${body}`).not.toMatch(/authoriz|organiz/i);
  });

  it('without a reseller profile, asks for a reply instead of naming a contact', () => {
    const { body } = composeAdminMessage({
      companyName: 'Bluegum Physiotherapy',
      link: LINK,
      reseller: null,
    });
    expect(body).toContain('If you have any questions, please reply to this email.');
    expect(body).toContain('a reseller relationship with us');
    expect(body).not.toMatch(/undefined|null|\bat ,/);
    expect(body.endsWith('Thank you.')).toBe(true);
  });

  it('keeps a company name with odd characters as it is, on one line', () => {
    const odd = '  O\'Brien & Sons <Plumbing> "Pty" Ltd\n (Café №2)  ';
    const { subject, body } = composeAdminMessage({ companyName: odd, link: LINK, reseller });
    const clean = 'O\'Brien & Sons <Plumbing> "Pty" Ltd (Café №2)';
    expect(subject).toBe(`Microsoft authorisation for ${clean}`);
    expect(body).toContain(`licences for ${clean}. To complete`);
    expect(body).not.toContain('&amp;');
  });

  it('an empty company name reads as “your organisation”', () => {
    expect(composeAdminMessage({ companyName: ' ', link: LINK, reseller }).subject).toBe(
      'Microsoft authorisation for your organisation',
    );
  });
});

describe('mailto: for the Global Administrator', () => {
  const message = composeAdminMessage({ companyName: "O'Brien & Sons + Co", link: LINK, reseller });

  it('encodes the subject and body (RFC 6068): %20 for spaces, CRLF line breaks, & ? = # in the text', () => {
    const href = mailtoHref('it.admin@obrien.com.au', message);
    expect(href).not.toBeNull();
    const url = href as string;
    expect(url.startsWith('mailto:it.admin@obrien.com.au?subject=')).toBe(true);
    expect(url).not.toMatch(/\+/);
    expect(url).not.toMatch(/ /);
    expect(url).toContain('%0D%0A');
    // The query has exactly the two parameters: the & in the name and the link are encoded.
    const query = url.slice(url.indexOf('?') + 1).split('&');
    expect(query.map((part) => part.split('=')[0])).toEqual(['subject', 'body']);
    const decoded = Object.fromEntries(query.map((part) => part.split('=').map(decodeURIComponent)));
    expect(decoded.subject).toBe(message.subject);
    expect(decoded.body).toBe(message.body.replace(/\n/g, '\r\n'));
    expect(decoded.body).toContain(LINK);
  });

  it('is refused for an address that could be read as more than one, or none', () => {
    for (const bad of [
      '',
      'admin',
      'a@b.com,c@d.com',
      'a@b.com?cc=x@y.com',
      'a b@c.com',
      'a@b.com&bcc=x@y.com',
    ]) {
      expect(mailtoHref(bad, message), bad).toBeNull();
    }
  });
});
