import { fail, ok, type Parsed } from './result';
import { cleanPastedText } from './text';

// The ATO's check: subtract 1 from the first digit, weight the 11 digits, the sum divides by 89.
const WEIGHTS = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];

export function abnChecksumHolds(digits: string): boolean {
  if (!/^\d{11}$/.test(digits) || digits.startsWith('0')) return false;
  const sum = [...digits].reduce(
    (total, d, i) => total + (Number(d) - (i === 0 ? 1 : 0)) * (WEIGHTS[i] ?? 0),
    0,
  );
  return sum % 89 === 0;
}

/** An Australian Business Number, written `51 824 753 556`. */
export function parseAbn(input: string): Parsed<string> {
  const text = cleanPastedText(input).replace(/^abn:?\s*/i, '');
  if (text === '') return fail('Enter the ABN: 11 digits, e.g. 51 824 753 556.');
  if (/[^\d\s.-]/.test(text)) return fail(`"${text}" is not an ABN: it has characters other than digits.`);
  const digits = text.replace(/\D/g, '');
  if (digits.length !== 11) return fail(`An ABN has 11 digits; "${text}" has ${digits.length}.`);
  if (!abnChecksumHolds(digits))
    return fail(`"${text}" fails the ABN check digits: check for a mistyped digit.`);
  return ok(`${digits.slice(0, 2)} ${digits.slice(2, 5)} ${digits.slice(5, 8)} ${digits.slice(8)}`);
}
