import { fail, ok, type Parsed } from './result';
import { cleanPastedText } from './text';

// Australian numbering plan (ACMA): geographic 0[2378] + 8 digits, mobiles 04 + 8 digits, 1300/1800
// + 6 digits, 13 + 4 digits. International form +61 drops the leading 0 (a "(0)" may be pasted).
type PhoneKind = { pattern: RegExp; groups: number[] };
const KINDS: PhoneKind[] = [
  { pattern: /^04\d{8}$/, groups: [4, 3, 3] },
  { pattern: /^0[2378]\d{8}$/, groups: [2, 4, 4] },
  { pattern: /^1[38]00\d{6}$/, groups: [4, 3, 3] },
  { pattern: /^13\d{4}$/, groups: [2, 2, 2] },
];

/** An Australian phone number in its usual written form: `0412 345 678`, `02 9876 5432`, `1300 123 456`. */
export function parseAustralianPhone(input: string): Parsed<string> {
  const text = cleanPastedText(input);
  if (text === '') return fail('Enter a phone number, e.g. 02 9876 5432 or 0412 345 678.');
  if (/[^\d\s()+.-]/.test(text))
    return fail(`"${text}" has characters a phone number does not: use digits, spaces and +61.`);
  const compact = text.replace(/\(0\)/g, '').replace(/[\s().-]/g, '');
  let digits: string;
  if (compact.startsWith('+61')) digits = `0${compact.slice(3)}`;
  else if (compact.startsWith('0061')) digits = `0${compact.slice(4)}`;
  else if (compact.startsWith('+'))
    return fail(`"${text}" is not an Australian number: it should start +61 or 0.`);
  else if (/^61[2-478]\d{8}$/.test(compact)) digits = `0${compact.slice(2)}`;
  else digits = compact;
  const kind = KINDS.find((k) => k.pattern.test(digits));
  if (!kind) {
    return fail(
      `"${text}" is not an Australian phone number: a landline is 10 digits starting 02, 03, 07 or 08, a mobile 10 digits starting 04.`,
    );
  }
  const parts: string[] = [];
  let at = 0;
  for (const size of kind.groups) {
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  return ok(parts.join(' '));
}
