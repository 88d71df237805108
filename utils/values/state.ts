import { fail, ok, type Parsed } from './result';
import { cleanPastedText } from './text';

export const AUSTRALIAN_STATES = {
  NSW: 'New South Wales',
  VIC: 'Victoria',
  QLD: 'Queensland',
  WA: 'Western Australia',
  SA: 'South Australia',
  TAS: 'Tasmania',
  ACT: 'Australian Capital Territory',
  NT: 'Northern Territory',
} as const;

export type AustralianState = keyof typeof AUSTRALIAN_STATES;
export const AUSTRALIAN_STATE_CODES = Object.keys(AUSTRALIAN_STATES) as [
  AustralianState,
  ...AustralianState[],
];

/** `NSW`, `nsw` or `New South Wales` give `NSW`. */
export function parseAustralianState(input: string): Parsed<AustralianState> {
  const text = cleanPastedText(input).replace(/\./g, '');
  const upper = text.toUpperCase();
  const byCode = AUSTRALIAN_STATE_CODES.find((code) => code === upper);
  if (byCode) return ok(byCode);
  const byName = AUSTRALIAN_STATE_CODES.find((code) => AUSTRALIAN_STATES[code].toUpperCase() === upper);
  if (byName) return ok(byName);
  return fail(`"${text}" is not an Australian state or territory: use ${AUSTRALIAN_STATE_CODES.join(', ')}.`);
}

/** A four-digit Australian postcode. */
export function parsePostcode(input: string): Parsed<string> {
  const text = cleanPastedText(input);
  if (!/^\d{4}$/.test(text)) return fail(`A postcode is 4 digits, e.g. 2000; "${text}" is not.`);
  return ok(text);
}
