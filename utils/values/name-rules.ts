import { comparableText } from './text';

// Microsoft Partner Center's validation of a new customer's names ("Validate company names,
// customer names, and email addresses", learn.microsoft.com/partner-center/customers/
// validate-names-addresses, rules in force from 5 February 2024). Company names may not be: one
// character; only special characters; only spaces; single characters spaced out ("1 2 3"); a
// standalone abbreviation from the restricted list ("LLC", "INC"); one character repeated three or
// more times ("999"); 256 characters or more. Contact names: not one character (Chinese names
// excepted); placeholder names (test, admin, nobody); only digits or special characters; over 40
// characters (the 40 is from a distributor's copy of the rules; Partner Center's API allows 50).

/** The restricted abbreviations, as the published list gives them (case-insensitive). */
const STANDALONE_ABBREVIATIONS = new Set(
  [
    'c p a',
    'c.p.a.',
    'c. p. a.',
    'l. l. c.',
    'l.l.c.',
    'l l c',
    'llc',
    'llc.',
    'l.l.p.',
    'l l p',
    'l. l. p.',
    'llp',
    'llp.',
    'pty',
    'pty ltd',
    'pte ltd',
    'gmbh',
    'kft',
    'incorporated',
    'plc',
    'ltd',
    'ltd.',
    'limited',
    'corp',
    'corp.',
    'corporation',
    'private limited',
    'pvt',
    'pvt ltd',
    'lda',
    'sdn bhd',
    'wll',
    'sarl',
    'inc',
    'ooo',
    'zrt',
  ].map((a) => a.toLowerCase()),
);

// "such as test, admin, or nobody": the published examples, and their obvious kin.
const PLACEHOLDER_NAMES = new Set([
  'test',
  'testing',
  'tester',
  'admin',
  'administrator',
  'nobody',
  'none',
  'na',
  'n/a',
  'unknown',
  'fake',
  'dummy',
  'sample',
  'demo',
  'xxx',
  'asdf',
  'abc',
]);

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DOMAIN_ENDING = /\.(com|net|org|edu|gov|biz|info|io|co|au|nz|uk|club)\b/i;

/** Why Partner Center would refuse this company name, or null. */
export function companyNameProblem(name: string): string | null {
  const text = name.trim();
  if (text === '') return null;
  if (text.length === 1) return `"${text}" is one character: Microsoft refuses one-character company names.`;
  if (text.length > 255)
    return `The company name is ${text.length} characters: Microsoft allows at most 255.`;
  if (!LETTER_OR_DIGIT.test(text))
    return `"${text}" has only special characters: Microsoft refuses such company names.`;
  if (/^(\S\s+)+\S$/.test(text))
    return `"${text}" is single characters with spaces between: Microsoft refuses it.`;
  if (/^(.)\1{2,}$/u.test(text)) return `"${text}" is one character repeated: Microsoft refuses it.`;
  if (STANDALONE_ABBREVIATIONS.has(comparableText(text)))
    return `"${text}" on its own is a restricted abbreviation: use the full company name.`;
  if (PLACEHOLDER_NAMES.has(text.toLowerCase()))
    return `"${text}" looks like a placeholder, not the client's company name.`;
  if (DOMAIN_ENDING.test(text))
    return `"${text}" contains a domain ending: Microsoft advises against it in a company name.`;
  return null;
}

/** Why Partner Center would refuse this contact first or last name, or null. */
export function contactNameProblem(name: string, which: 'first name' | 'last name'): string | null {
  const text = name.trim();
  if (text === '') return null;
  if ([...text].length === 1 && !CJK.test(text))
    return `The contact's ${which} "${text}" is one character: Microsoft refuses it.`;
  if (text.length > 40) return `The contact's ${which} is ${text.length} characters: keep it to 40.`;
  if (!/\p{L}/u.test(text)) return `The contact's ${which} "${text}" has no letters: Microsoft refuses it.`;
  if (PLACEHOLDER_NAMES.has(text.toLowerCase()))
    return `The contact's ${which} "${text}" is a placeholder name: Microsoft refuses it.`;
  return null;
}
