import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAustralianPhone } from '../../../utils/values/phone';

describe('parseAustralianPhone', () => {
  it.each([
    ['0298765432', '02 9876 5432'],
    ['(02) 9876 5432', '02 9876 5432'],
    ['+61 2 9876 5432', '02 9876 5432'],
    ['+61 (0)2 9876 5432', '02 9876 5432'],
    ['0061 2 9876 5432', '02 9876 5432'],
    ['61298765432', '02 9876 5432'],
    ['0412345678', '0412 345 678'],
    ['0412-345-678', '0412 345 678'],
    ['+61412345678', '0412 345 678'],
    ['1300 123 456', '1300 123 456'],
    ['1800123456', '1800 123 456'],
    ['131313', '13 13 13'],
    ['08 8123 4567', '08 8123 4567'],
  ])('%s gives %s', (input, expected) => {
    expect(parseAustralianPhone(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', /Enter a phone number/],
    ['02 9876 543', /not an Australian phone number/],
    ['05 1234 5678', /not an Australian phone number/],
    ['+64 9 123 4567', /should start \+61/],
    ['call 0412 345 678', /characters a phone number does not/],
  ])('refuses %j', (input, message) => {
    const parsed = parseAustralianPhone(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  const nationalNumbers = fc.oneof(
    fc.tuple(fc.constantFrom('02', '03', '07', '08'), fc.stringMatching(/^\d{8}$/)).map(([a, b]) => a + b),
    fc.stringMatching(/^04\d{8}$/),
  );

  it('gives the same number for national, international and spaced forms', () => {
    fc.assert(
      fc.property(
        nationalNumbers,
        fc.constantFrom('national', '+61', '+61 (0)', '0061'),
        fc.boolean(),
        (digits, form, spaced) => {
          const rest = digits.slice(1);
          const space = (s: string) => (spaced ? s.replace(/(\d{3})(?=\d)/g, '$1 ') : s);
          const written =
            form === 'national'
              ? space(digits)
              : form === '+61'
                ? `+61${space(rest)}`
                : form === '0061'
                  ? `0061 ${space(rest)}`
                  : `+61 (0)${space(rest)}`;
          const parsed = parseAustralianPhone(written);
          expect(parsed.ok).toBe(true);
          if (parsed.ok) expect(parsed.value.replace(/ /g, '')).toBe(digits);
        },
      ),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const once = parseAustralianPhone(input);
        if (once.ok) expect(parseAustralianPhone(once.value)).toEqual(once);
      }),
    );
  });
});
