import { z } from 'zod';
import { licenceCheckSchema } from './client';
import { m365OutcomeSchema } from './m365';

const tabSchema = z.object({ id: z.number().int(), title: z.string().max(500), url: z.string().max(4000) });

/** What the admin center showed for one ordered product. */
export const productSeenSchema = z.object({
  ordered: z.string().max(300),
  quantity: z.number().int().min(0),
  /** The admin center's name for it, when found. */
  shown: z.string().max(300).optional(),
  /** Licences the admin center shows for it, when it says. */
  total: z.number().int().min(0).optional(),
});
export type ProductSeen = z.infer<typeof productSeenSchema>;

// The outcomes the Domains read has too (no tab, not ready, pick a tab, consent), then the check's own.
const shared = m365OutcomeSchema.options.filter((option) => option.shape.kind.value !== 'domains');

/** Each outcome of "Check in Microsoft 365". */
export const licenceCheckOutcomeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('checked'),
    tab: tabSchema,
    check: licenceCheckSchema,
    products: z.array(productSeenSchema).max(200),
  }),
  ...(shared as [(typeof shared)[number], ...(typeof shared)[number][]]),
]);
export type LicenceCheckOutcome = z.infer<typeof licenceCheckOutcomeSchema>;
