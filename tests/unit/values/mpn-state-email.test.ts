import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEmail } from '../../../utils/values/email';
import { parseMpnId } from '../../../utils/values/mpn-id';
import {
  AUSTRALIAN_STATE_CODES,
  AUSTRALIAN_STATES,
  parseAustralianState,
  parsePostcode,
} from '../../../utils/values/state';

describe('parseMpnId', () => {
  it.each([
    ['619911', '619911'],
    [' 619911 ', '619911'],
    ['MPN ID: 619911', '619911'],
    ['6199 11', '619911'],
  ])('%j gives %s', (input, expected) => {
    expect(parseMpnId(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', /Enter the Microsoft partner/],
    ['61991A', /digits only/],
    ['1234', /has 4 digits/],
  ])('refuses %j', (input, message) => {
    const parsed = parseMpnId(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  it('accepts every id of 5 to 10 digits as itself', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{5,10}$/), (id) => {
        expect(parseMpnId(id)).toEqual({ ok: true, value: id });
      }),
    );
  });
});

describe('parseAustralianState', () => {
  it('takes a code or a full name in any case', () => {
    for (const code of AUSTRALIAN_STATE_CODES) {
      expect(parseAustralianState(code.toLowerCase())).toEqual({ ok: true, value: code });
      expect(parseAustralianState(AUSTRALIAN_STATES[code].toUpperCase())).toEqual({ ok: true, value: code });
    }
    expect(parseAustralianState('N.S.W.')).toEqual({ ok: true, value: 'NSW' });
  });

  it('names the allowed codes when refusing', () => {
    const parsed = parseAustralianState('Auckland');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain('NSW, VIC, QLD, WA, SA, TAS, ACT, NT');
  });

  it('checks postcodes are four digits', () => {
    expect(parsePostcode('2000')).toEqual({ ok: true, value: '2000' });
    expect(parsePostcode('200').ok).toBe(false);
  });
});

describe('parseEmail', () => {
  it('lower-cases and ASCII-encodes the domain only', () => {
    expect(parseEmail('Jane.Citizen@360Business.COM.AU')).toEqual({
      ok: true,
      value: 'Jane.Citizen@360business.com.au',
    });
    expect(parseEmail('mailto:info@bücher.de')).toEqual({ ok: true, value: 'info@xn--bcher-kva.de' });
  });

  it('refuses what is not an address', () => {
    expect(parseEmail('jane').ok).toBe(false);
    expect(parseEmail('@360business.com.au').ok).toBe(false);
    expect(parseEmail('jane@360business').ok).toBe(false);
  });

  it('accepts generated addresses with real domains', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (email) => {
        const parsed = parseEmail(email);
        const domain = email.slice(email.lastIndexOf('@') + 1);
        fc.pre(/^[^\s@"(),:;<>[\\\]]{1,64}$/.test(email.slice(0, email.lastIndexOf('@'))));
        fc.pre(/\.[a-z]{2,}$/i.test(domain));
        expect(parsed.ok).toBe(true);
      }),
    );
  });
});
