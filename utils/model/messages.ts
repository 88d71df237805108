import { z } from 'zod';
import { orderTotalsSchema } from './client';
import { FIELD_KEYS } from './fields';
import { authorisationLinkSchema } from './hosts';
import { licenceCheckOutcomeSchema } from './licence-check';
import { m365OutcomeSchema } from './m365';
import type { SenderPlace } from './senders';
import { stepIdSchema } from './steps';
import { taughtFieldSchema } from './taught';

const clientId = z.string().min(1).max(100);

/**
 * Every message the extension's pages and content scripts send to the background, one zod union:
 * the receiver parses before it acts, so a message from an older content script or a stranger is
 * refused, never half-understood. Each one's answer is in {@link REPLIES}.
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
          price: z.string().max(40).optional(),
        }),
      )
      .max(200),
    totals: orderTotalsSchema.optional(),
  }),
  // The authorisation link went to the client's Global Administrator (the panel's hand-off): a
  // link to anywhere but Microsoft's admin center is refused here too.
  z.object({
    type: z.literal('authorisation-sent'),
    clientId,
    link: authorisationLinkSchema,
    how: z.enum(['copied', 'opened', 'message', 'email']),
  }),
  // The fees box's totals (Service Details): they become the order's.
  z.object({ type: z.literal('record-totals'), clientId, totals: orderTotalsSchema }),
  // "Check in Microsoft 365": the admin center's products against the client's order.
  z.object({ type: z.literal('m365-check-licences'), clientId, tabId: z.number().int().optional() }),
  z.object({ type: z.literal('m365-open-products') }),
  // "Look again in five minutes".
  z.object({ type: z.literal('licences-remind-again'), clientId }),
  z.object({ type: z.literal('set-active-client'), clientId: clientId.nullable() }),
  // The technician pressed "Add Licenses" on a product the client wants.
  z.object({ type: z.literal('record-basket-add'), clientId, licence: z.string().min(1).max(300) }),
  // Reading the client's domains from its Microsoft 365 admin center (the overlay asks; the
  // background, which has the tabs and scripting APIs, reads).
  z.object({ type: z.literal('m365-fetch'), tabId: z.number().int().optional() }),
  z.object({ type: z.literal('m365-consent-window') }),
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
export type MessageType = Message['type'];
export type MessageOf<K extends MessageType> = Extract<Message, { type: K }>;

/** Why a message was not done: said to the technician as it is. */
export const failureSchema = z.object({ ok: z.literal(false), error: z.string().max(1000) });
export type Failure = z.infer<typeof failureSchema>;

const done = z.object({ ok: z.literal(true) });

/** Each message's answer when it was done. A total map: a message without a reply type fails to compile. */
export const REPLIES = {
  'open-options': done,
  'record-step': done,
  'record-order': done,
  'authorisation-sent': done,
  'record-totals': done,
  'm365-check-licences': z.object({ ok: z.literal(true), outcome: licenceCheckOutcomeSchema }),
  'm365-open-products': done,
  'licences-remind-again': done,
  'set-active-client': done,
  'record-basket-add': done,
  'm365-fetch': z.object({ ok: z.literal(true), outcome: m365OutcomeSchema }),
  'm365-consent-window': done,
  'm365-open-domains': done,
  'm365-use': done,
  'teach-field': done,
} satisfies Record<MessageType, z.ZodType<{ ok: true }>>;

/**
 * Where each message may come from (see SenderPlace): the background refuses it from anywhere
 * else. A total map, so a message added without its senders fails to compile. Each is the least
 * its senders need: the portal's content script only records what its screen shows; what reads
 * another tab, opens windows, saves values or changes the active client is the technician's
 * click in the panel or an extension page.
 */
export const SENDERS = {
  // The panel's "Open the settings" (the popup opens them itself).
  'open-options': ['panel-frame', 'extension-page'],
  'record-step': ['portal-script'],
  'record-order': ['portal-script'],
  'authorisation-sent': ['panel-frame'],
  'record-totals': ['portal-script'],
  // The client's view in the popup or side panel (OrderSection).
  'm365-check-licences': ['extension-page'],
  'm365-open-products': ['extension-page'],
  'licences-remind-again': ['extension-page'],
  'set-active-client': ['panel-frame'],
  'record-basket-add': ['portal-script'],
  // The panel's "Fetch from Microsoft 365" (the popup reads the admin center itself).
  'm365-fetch': ['panel-frame'],
  'm365-consent-window': ['panel-frame'],
  'm365-open-domains': ['panel-frame'],
  'm365-use': ['panel-frame'],
  'teach-field': ['portal-script'],
} as const satisfies Record<MessageType, readonly SenderPlace[]>;

/** Whether a message of `type` may come from `place` (null: from nowhere the extension knows). */
export const maySend = (type: MessageType, place: SenderPlace | null): boolean =>
  place !== null && (SENDERS[type] as readonly SenderPlace[]).includes(place);

/** The messages that open a window or a tab: limited to one every few seconds from each tab. */
export const OPENS_WINDOW = {
  'open-options': true,
  'record-step': false,
  'record-order': false,
  'authorisation-sent': false,
  'record-totals': false,
  'm365-check-licences': false,
  'm365-open-products': true,
  'licences-remind-again': false,
  'set-active-client': false,
  'record-basket-add': false,
  'm365-fetch': false,
  'm365-consent-window': true,
  'm365-open-domains': true,
  'm365-use': false,
  'teach-field': false,
} satisfies Record<MessageType, boolean>;

export type ReplyOf<K extends MessageType> = z.infer<(typeof REPLIES)[K]> | Failure;

/**
 * Messages to a portal tab's content scripts (sent with `tabs.sendMessage`): the consent window's
 * answer, which they pass to the panel. Kept apart from {@link messageSchema}, so the background
 * never takes them.
 */
export const tabMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('m365-consent-result'), granted: z.boolean() }),
]);
export type TabMessage = z.infer<typeof tabMessageSchema>;
