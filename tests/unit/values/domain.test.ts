import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOnMicrosoftDomain, parseDefaultDomain, parseDomain } from '../../../utils/values/domain';

const value = (input: string) => {
  const parsed = parseDomain(input);
  if (!parsed.ok) throw new Error(`expected "${input}" to parse, got: ${parsed.message}`);
  return parsed.value;
};

describe('parseDomain', () => {
  it.each([
    ['https://www.360Business.com.au/', '360business.com.au'],
    ['360business.com.au.', '360business.com.au'],
    ['360BUSINESS.COM.AU', '360business.com.au'],
    ['  360business.com.au  ', '360business.com.au'],
    ['admin@360business.com.au', '360business.com.au'],
    ['mailto:admin@360business.com.au', '360business.com.au'],
    ['http://360business.com.au:8080/login?x=1#top', '360business.com.au'],
    ['360business.com.au (Default)', '360business.com.au'],
    // Icon-font glyph and a non-breaking space, as copied from the admin center's grid.
    ['\uE73E 360business.com.au\u00A0(Default)', '360business.com.au'],
    ['bücher.de', 'xn--bcher-kva.de'],
    // IDNA2008 as browsers apply it keeps ß (UTS #46 non-transitional).
    ['Straße.com.au', 'xn--strae-oqa.com.au'],
    ['例え.jp', 'xn--r8jz45g.jp'],
    ['xn--bcher-kva.de', 'xn--bcher-kva.de'],
    ['360business.onmicrosoft.com', '360business.onmicrosoft.com'],
  ])('%s gives %s', (input, expected) => {
    expect(value(input)).toBe(expected);
  });

  it.each([
    ['', /Enter a domain/],
    ['360business', /needs a dot/],
    ['360 business.com.au', /space/],
    ['360business..com.au', /two dots/],
    ['-360business.com.au', /not allowed/],
    ['360_business.com.au', /not a domain name|not allowed/],
    ['192.168.1.10', /IP address/],
    ['360business.c0m', /top-level domain/],
    [`${'a'.repeat(64)}.com.au`, /1–63/],
  ])('refuses %j with a message naming the problem', (input, message) => {
    const parsed = parseDomain(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  it('accepts every valid domain name and gives it back in lower case without www', () => {
    fc.assert(
      fc.property(fc.domain(), (domain) => {
        const parsed = parseDomain(domain);
        // fast-check's domains may have a numeric TLD-less shape we refuse: only check those we accept.
        fc.pre(parsed.ok);
        expect(parsed.ok && parsed.value).toBe(domain.toLowerCase().replace(/^www\./, ''));
      }),
    );
  });

  it('gives the same domain however it is pasted', () => {
    fc.assert(
      fc.property(
        fc.domain().filter((d) => parseDomain(d).ok),
        fc.constantFrom('https://', 'http://www.', 'HTTPS://WWW.', ''),
        fc.constantFrom('', '/', '/login?refurl=%2f', '.', ' (Default)'),
        fc.boolean(),
        (domain, before, after, upper) => {
          const pasted = `${before}${upper ? domain.toUpperCase() : domain}${after}`;
          expect(value(pasted)).toBe(value(domain));
        },
      ),
    );
  });

  it('is idempotent: a parsed domain parses to itself', () => {
    fc.assert(
      fc.property(fc.oneof(fc.domain(), fc.string(), fc.webUrl()), (input) => {
        const once = parseDomain(input);
        if (once.ok) expect(value(once.value)).toBe(once.value);
      }),
    );
  });

  it('never throws, whatever is pasted', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (input) => {
        const parsed = parseDomain(input);
        expect(parsed.ok || parsed.message.length > 0).toBe(true);
      }),
    );
  });
});

describe('parseDefaultDomain', () => {
  it('is empty when the default is the onmicrosoft.com domain (the guide: leave the field empty)', () => {
    expect(parseDefaultDomain('360business.onmicrosoft.com')).toEqual({ ok: true, value: '' });
    expect(parseDefaultDomain('')).toEqual({ ok: true, value: '' });
    expect(parseDefaultDomain('https://www.360Business.com.au/')).toEqual({
      ok: true,
      value: '360business.com.au',
    });
  });

  it('treats every *.onmicrosoft.com name as Microsoft’s, including hybrid mail domains', () => {
    expect(isOnMicrosoftDomain('360business.mail.onmicrosoft.com')).toBe(true);
    expect(isOnMicrosoftDomain('onmicrosoft.com.au')).toBe(false);
    expect(isOnMicrosoftDomain('notonmicrosoft.com')).toBe(false);
  });
});
