import { z } from 'zod';
import { m365OutcomeSchema } from '../m365/fetch-domains';
import { taughtFieldSchema } from '../storage/taught';
import { FIELD_KEYS } from './fields';
import { stepIdSchema } from './steps';

const clientId = z.string().min(1).max(100);

/**
 * Every message between the extension's parts, one zod union: the receiver parses before it acts,
 * so a message from an older content script or a stranger is refused, never half-understood.
 */
export const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('open-options') }),
  z.object({
    type: z.literal('record-step'),
    clientId,
    step: stepIdSchema,
    note: z.string().max(200).optional(),
  }),
  z.object({
    type: z.literal('record-order'),
    clientId,
    subscriptions: z
      .array(
        z.object({
          name: z.string().min(1).max(300),
          quantity: z.number().int().min(0),
          activationDate: z.string().max(40).optional(),
          billingCycle: z.string().max(40).optional(),
        }),
      )
      .max(200),
  }),
  z.object({ type: z.literal('set-active-client'), clientId: clientId.nullable() }),
  // Reading the client's domains from its Microsoft 365 admin center (the overlay asks; the
  // background, which has the tabs and scripting APIs, reads).
  z.object({ type: z.literal('m365-fetch'), tabId: z.number().int().optional() }),
  z.object({ type: z.literal('m365-consent-window') }),
  z.object({ type: z.literal('m365-consent-result'), granted: z.boolean() }),
  z.object({ type: z.literal('m365-open-domains') }),
  z.object({
    type: z.literal('m365-use'),
    clientId,
    tenantPrefix: z.string().max(63),
    defaultDomain: z.string().max(253),
  }),
  z.object({
    type: z.literal('teach-field'),
    step: stepIdSchema,
    key: z.enum(FIELD_KEYS),
    field: taughtFieldSchema,
  }),
]);

export type Message = z.infer<typeof messageSchema>;

/** What the background answers: done, or why not. */
export const replySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), m365: m365OutcomeSchema.optional() }),
  z.object({ ok: z.literal(false), error: z.string().max(1000) }),
]);
export type Reply = z.infer<typeof replySchema>;
