import { z } from 'zod';
import { parseEmail } from '../values/email';
import { parseMpnId } from '../values/mpn-id';
import { parseAustralianPhone } from '../values/phone';
import { parseAustralianState, parsePostcode } from '../values/state';
import { parsedString } from './from-parser';

const requiredText = (what: string, max = 120) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .min(1, `${what} is required`)
    .max(max, `${what} is longer than ${max} characters`);

/**
 * The reseller's own details. The portal's customer form gets these, not the client's, so that
 * Microsoft contacts the reseller (the guide: "use your reseller information").
 * Keys are the page contract's field keys.
 */
export const resellerSchema = z.object({
  companyName: requiredText('Company name'),
  contactFirstName: requiredText('First name', 60),
  contactLastName: requiredText('Last name', 60),
  contactEmail: parsedString(parseEmail),
  contactPhone: parsedString(parseAustralianPhone),
  addressLine1: requiredText('Address line 1'),
  addressLine2: z
    .string()
    .trim()
    .max(120, 'Address line 2 is longer than 120 characters')
    .optional()
    .default(''),
  city: requiredText('Suburb or city', 60),
  state: parsedString(parseAustralianState),
  // A hand-written file may give the postcode as a number (0800 becomes 800).
  postcode: z
    .union([
      z.string(),
      z
        .number()
        .int()
        .nonnegative()
        .transform((n) => String(n).padStart(4, '0')),
    ])
    .pipe(parsedString(parsePostcode)),
  country: z
    .string()
    .trim()
    .max(60)
    .optional()
    .default('Australia')
    .transform((c) => c || 'Australia'),
  mpnId: z
    .union([z.string(), z.number().int().nonnegative().transform(String)])
    .pipe(parsedString(parseMpnId)),
});

export type Reseller = z.output<typeof resellerSchema>;
export type ResellerInput = z.input<typeof resellerSchema>;
export type ResellerField = keyof Reseller;
export const RESELLER_FIELDS = Object.keys(resellerSchema.shape) as ResellerField[];
