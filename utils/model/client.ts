import { z } from 'zod';
import { parseAbn } from '../values/abn';
import { parseDefaultDomain } from '../values/domain';
import { parseEmail } from '../values/email';
import { parseTenantPrefix } from '../values/tenant-prefix';
import { optionalParsedString } from './from-parser';
import { type StepId, stepIdSchema } from './steps';

const isoTime = z.iso.datetime({
  offset: true,
  error: 'must be a date and time such as 2026-11-25T10:30:00Z',
});

export const BILLING_CYCLES = ['monthly', 'annual'] as const;

export const licenceSchema = z.object({
  name: z.string().trim().min(1, 'Licence name is required').max(200),
  quantity: z
    .number({ error: 'Quantity must be a whole number' })
    .int('Quantity must be a whole number')
    .min(1, 'Quantity must be at least 1')
    .max(100_000),
  billingCycle: z.enum(BILLING_CYCLES).optional(),
});
export type Licence = z.output<typeof licenceSchema>;

/** Where a client is in its onboarding; the popup's queue filters on it. */
export const CLIENT_STATUSES = [
  'queued',
  'in-progress',
  'waiting-authorisation',
  'ordered',
  'licences-seen',
  'needs-attention',
] as const;
export const clientStatusSchema = z.enum(CLIENT_STATUSES);
export type ClientStatus = z.infer<typeof clientStatusSchema>;

/** A client's status once the assistant sees it reach these steps (else it is in progress). */
export const STATUS_AFTER_STEP: Partial<Record<StepId, ClientStatus>> = {
  authorization: 'waiting-authorisation',
  confirmation: 'ordered',
};

/** One step done, with when: the client's timeline. */
export const historyEntrySchema = z.object({
  step: stepIdSchema,
  at: isoTime,
  by: z.enum(['assistant', 'technician']).optional().default('assistant'),
  note: z.string().max(500).optional(),
});
export type HistoryEntry = z.output<typeof historyEntrySchema>;

/** "Allow 1-5 minutes for the licenses to appear": the reminder to check them comes after five. */
export const LICENCES_REMINDER_MS = 5 * 60 * 1000;

/** The note on the client's timeline (beside its order) when the licences were seen in Microsoft 365. */
export const LICENCES_SEEN_NOTE = 'Licences seen in Microsoft 365';

/** The basket's totals as the portal writes them ("$121.95"): Fees Analysis and Basket Total. */
export const orderTotalsSchema = z.object({
  monthly: z.string().max(40).optional(),
  beforeTax: z.string().max(40).optional(),
  gst: z.string().max(40).optional(),
  finalPrice: z.string().max(40).optional(),
});
export type OrderTotals = z.output<typeof orderTotalsSchema>;

/** A wanted licence against the order: not ordered, ordered but not wanted, or another quantity. */
export const orderDifferenceSchema = z.object({
  kind: z.enum(['missing', 'extra', 'quantity']),
  name: z.string().max(300),
  wanted: z.number().int().min(0).optional(),
  ordered: z.number().int().min(0).optional(),
});
export type OrderDifference = z.output<typeof orderDifferenceSchema>;

/** "Check in Microsoft 365": the admin center's products against the order. */
export const licenceCheckSchema = z.object({
  at: isoTime,
  result: z.enum(['all-there', 'some-missing', 'not-yet']),
  /** The ordered products not shown (or shown with fewer licences), as "name (3 of 5)". */
  missing: z.array(z.string().max(400)).max(200).optional().default([]),
});
export type LicenceCheck = z.output<typeof licenceCheckSchema>;

// The first two fields are the order as first kept; the rest were added later, each optional.
export const orderSchema = z.object({
  submittedAt: isoTime,
  subscriptions: z.array(
    z.object({
      name: z.string().trim().min(1),
      quantity: z.number().int().min(0),
      activationDate: z.string().optional(),
      billingCycle: z.string().optional(),
      /** A price the confirmation showed on the line, as written. */
      price: z.string().max(40).optional(),
    }),
  ),
  totals: orderTotalsSchema.optional(),
  /** The wanted licences against what was ordered; empty when they match. */
  differences: z.array(orderDifferenceSchema).max(400).optional(),
  /** When the licences reminder is due (about five minutes after the order). */
  remindAt: isoTime.optional(),
  lastCheck: licenceCheckSchema.optional(),
  /** When "Check in Microsoft 365" found every ordered licence: the client's status is then licences-seen. */
  licencesSeenAt: isoTime.optional(),
});
export type Order = z.output<typeof orderSchema>;

/**
 * The authorisation link handed to the client's Global Administrator: the link, when it was first
 * sent (and how), and when the portal first showed a step after "Verify Authorisation".
 */
export const handOffSchema = z.object({
  link: z
    .string()
    .max(2000)
    .regex(/^https:\/\/\S+$/, 'must be an https:// address')
    .optional(),
  sentAt: isoTime.optional(),
  sentHow: z.enum(['copied', 'opened', 'message', 'email']).optional(),
  verifiedAt: isoTime.optional(),
});
export type HandOff = z.output<typeof handOffSchema>;

/** One line of the confirmation's Subscriptions table. */
export type OrderedSubscription = z.output<typeof orderSchema>['subscriptions'][number];

/**
 * A client the reseller onboards. The first block is SCREENS.md's backup contract; the second is
 * what the app adds, optional on restore and defaulted when absent.
 */
export const clientSchema = z.object({
  id: z
    .union([z.string(), z.number().int().transform(String)], { error: 'id is required (text or a number)' })
    .pipe(z.string().trim().min(1, 'id is required').max(100)),
  companyName: z
    .string({ error: 'Company name is required' })
    .trim()
    .min(1, 'Company name is required')
    .max(200),
  defaultDomain: optionalParsedString(parseDefaultDomain),
  tenantPrefix: optionalParsedString(parseTenantPrefix),
  existingTenant: z.boolean({ error: 'existingTenant must be true or false' }),
  abn: optionalParsedString(parseAbn),
  licenses: z.array(licenceSchema),
  notes: z.string().max(5000).optional().default(''),
  /** The client's Global Administrator, for the authorisation message; absent or '' when not known. */
  adminEmail: optionalParsedString(parseEmail).optional(),

  status: clientStatusSchema.optional().default('queued'),
  history: z.array(historyEntrySchema).optional().default([]),
  order: orderSchema.optional(),
  handOff: handOffSchema.optional(),
  /** Wanted licences the technician added to the portal's basket, as the assistant saw it; cleared by the order. */
  basket: z
    .array(z.object({ name: z.string().trim().min(1).max(300), at: isoTime }))
    .max(200)
    .optional(),
  /** The basket's totals last seen on the portal (the fees box); they become the order's. */
  basketTotals: orderTotalsSchema.extend({ at: isoTime }).optional(),
  createdAt: isoTime.optional(),
  updatedAt: isoTime.optional(),
});
export type Client = z.output<typeof clientSchema>;
export type ClientInput = z.input<typeof clientSchema>;

/** The clients as stored: ids unique, so a client's view and history always find the one client. */
export const clientListSchema = z.array(clientSchema).superRefine((clients, ctx) => {
  const seen = new Map<string, number>();
  clients.forEach((client, index) => {
    const first = seen.get(client.id);
    if (first === undefined) seen.set(client.id, index);
    else
      ctx.addIssue({
        code: 'custom',
        path: [index, 'id'],
        message: `"${client.id}" is also the id of client ${first}`,
      });
  });
});
