import { fail, ok, type Parsed } from './result';
import { cleanPastedText } from './text';

// Microsoft partner (MPN / Partner Center) ids are digits only; the guide's example is 619911.
// Published ids run from 6 to 8 digits; 5 to 10 is accepted so an old or new id is never refused.
const MPN_ID = /^\d{5,10}$/;

/** The reseller's Microsoft partner id, digits only (e.g. `619911`). */
export function parseMpnId(input: string): Parsed<string> {
  const text = cleanPastedText(input).replace(/^(mpn|partner)\s*(id)?[:\s]*/i, '');
  if (text === '') return fail('Enter the Microsoft partner (MPN) id, digits only, e.g. 619911.');
  const digits = text.replace(/[\s-]/g, '');
  if (!/^\d+$/.test(digits)) return fail(`The MPN id is digits only; "${text}" has other characters.`);
  if (!MPN_ID.test(digits))
    return fail(`The MPN id "${digits}" has ${digits.length} digits; Microsoft partner ids have 5 to 10.`);
  return ok(digits);
}
