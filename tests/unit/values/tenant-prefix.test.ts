import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTenantPrefix, suggestTenantPrefix } from '../../../utils/values/tenant-prefix';

const prefixes = fc.stringMatching(/^[a-zA-Z0-9]{1,63}$/);

describe('parseTenantPrefix', () => {
  it.each([
    ['360business', '360business'],
    ['360Business', '360business'],
    ['360business.onmicrosoft.com', '360business'],
    ['360BUSINESS.ONMICROSOFT.COM.', '360business'],
    ['https://360business.onmicrosoft.com/', '360business'],
    ['admin@360business.onmicrosoft.com', '360business'],
    ['360business.mail.onmicrosoft.com', '360business'],
    ['\uE8A7 360business.onmicrosoft.com\u00A0', '360business'],
  ])('%s gives %s', (input, expected) => {
    expect(parseTenantPrefix(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', /Enter the tenant prefix/],
    ['360-business', /only contain letters \(a–z\) and digits: remove "-"/],
    ['360 business', /remove spaces/],
    ['360_busi-ness', /remove "_", "-"/],
    ['café', /remove "é"/],
    ['360business.com.au', /not an onmicrosoft\.com domain/],
    ['a'.repeat(64), /64 characters long/],
  ])('refuses %j with a message naming the problem', (input, message) => {
    const parsed = parseTenantPrefix(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  it('accepts every prefix of Latin letters and digits, in every pasted form, as the same lower-case prefix', () => {
    fc.assert(
      fc.property(
        prefixes,
        fc.constantFrom(
          '{p}',
          '{p}.onmicrosoft.com',
          'https://{p}.onmicrosoft.com/',
          'user@{p}.onmicrosoft.com',
        ),
        (prefix, form) => {
          expect(parseTenantPrefix(form.replace('{p}', prefix))).toEqual({
            ok: true,
            value: prefix.toLowerCase(),
          });
        },
      ),
    );
  });

  it('refuses any prefix with a character other than a Latin letter or digit, naming it', () => {
    fc.assert(
      fc.property(
        prefixes,
        fc
          .string({ minLength: 1, maxLength: 1 })
          .filter((c) => /[^a-zA-Z0-9.@/:]/.test(c) && c.trim() !== ''),
        (prefix, bad) => {
          const parsed = parseTenantPrefix(`${prefix.slice(0, 30)}${bad}${prefix.slice(30)}`);
          expect(parsed.ok).toBe(false);
          if (!parsed.ok) expect(parsed.message).toContain(`"${bad}"`);
        },
      ),
    );
  });

  it('suggests a valid prefix from a domain', () => {
    expect(suggestTenantPrefix('360business.com.au')).toBe('360business');
    expect(suggestTenantPrefix('smith-and-co.com.au')).toBe('smithandco');
    fc.assert(
      fc.property(fc.domain(), (domain) => {
        const suggestion = suggestTenantPrefix(domain);
        if (suggestion !== '') expect(parseTenantPrefix(suggestion).ok).toBe(true);
      }),
    );
  });
});
