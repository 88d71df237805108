import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abnChecksumHolds, parseAbn } from '../../../utils/values/abn';

// An ABN's first two digits are its check digits: find them for any 9-digit body.
const validAbns = fc
  .stringMatching(/^\d{9}$/)
  .map((body) => {
    for (let prefix = 10; prefix <= 99; prefix++)
      if (abnChecksumHolds(`${prefix}${body}`)) return `${prefix}${body}`;
    return null;
  })
  .filter((abn): abn is string => abn !== null);

describe('parseAbn', () => {
  it('accepts the ATO’s published example and formats it', () => {
    expect(parseAbn('51824753556')).toEqual({ ok: true, value: '51 824 753 556' });
    expect(parseAbn('ABN: 51 824 753 556')).toEqual({ ok: true, value: '51 824 753 556' });
  });

  it.each([
    ['', /Enter the ABN/],
    ['51 824 753 55', /11 digits; "51 824 753 55" has 10/],
    ['51 824 753 557', /check digits/],
    ['5I 824 753 556', /characters other than digits/],
  ])('refuses %j', (input, message) => {
    const parsed = parseAbn(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  it('accepts every ABN whose check digits hold, however it is spaced', () => {
    fc.assert(
      fc.property(validAbns, fc.constantFrom('', ' ', '-'), (abn, sep) => {
        const written = [abn.slice(0, 2), abn.slice(2, 5), abn.slice(5, 8), abn.slice(8)].join(sep);
        expect(parseAbn(written)).toEqual({
          ok: true,
          value: `${abn.slice(0, 2)} ${abn.slice(2, 5)} ${abn.slice(5, 8)} ${abn.slice(8)}`,
        });
      }),
    );
  });

  it('catches every single mistyped digit', () => {
    fc.assert(
      fc.property(validAbns, fc.nat(10), fc.integer({ min: 1, max: 9 }), (abn, position, delta) => {
        const digit = (Number(abn[position]) + delta) % 10;
        fc.pre(!(position === 0 && digit === 0));
        const typo = `${abn.slice(0, position)}${digit}${abn.slice(position + 1)}`;
        expect(parseAbn(typo).ok).toBe(false);
      }),
    );
  });
});
