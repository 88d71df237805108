import { compareOrder } from '../checks/order';
import {
  type Client,
  LICENCES_REMINDER_MS,
  type OrderedSubscription,
  type OrderTotals,
  STATUS_AFTER_STEP,
} from '../model/client';
import type { FieldKey } from '../model/fields';
import { AUTHORISATION_STEP, ORDER_STEP, type StepId } from '../model/steps';
import type { TaughtField } from '../model/taught';
import { handOffAfterStep, handOffSent, type SentHow, statusAfterVerified } from '../queue/handoff';
import { capTimeline, SAME_VISIT_MS, withStepSeen } from '../queue/timeline';
import type { StoreData } from './items';
import { StoreWriteError, updateStore } from './write';

// What the portal assistant writes, each through the store's lock and validation. The content
// script asks the background to run these (one origin, one lock); the popup reads the result.

function withClient(
  data: StoreData,
  clientId: string,
  change: (client: Client) => Client,
): Partial<StoreData> {
  const index = data.clients.findIndex((c) => c.id === clientId);
  if (index < 0) throw new StoreWriteError(`There is no client "${clientId}" any more.`, 'invalid');
  const clients = [...data.clients];
  clients[index] = change(clients[index] as Client);
  return { clients };
}

/**
 * Adds a step done to the client's timeline, with its time, and moves the client's status on. A
 * step seen again in the same visit adds nothing, and the timeline is capped (queue/timeline.ts).
 */
export function recordStep(clientId: string, step: StepId, at: Date, note?: string): Promise<StoreData> {
  return updateStore((data) =>
    withClient(data, clientId, (client) => {
      const history = withStepSeen(client.history, step, at, note);
      const status =
        STATUS_AFTER_STEP[step] ??
        (client.status === 'queued' ? 'in-progress' : statusAfterVerified(client.status, step));
      const handOff = handOffAfterStep(client, step, at);
      return { ...client, history, status, updatedAt: at.toISOString(), ...(handOff ? { handOff } : {}) };
    }),
  );
}

/**
 * The confirmation screen's subscriptions, kept on the client with the basket's totals (the
 * confirmation's own, else the last seen in the fees box) and how they differ from the wanted
 * licences; the client is now ordered, and the licences reminder due in five minutes. A later
 * read of the same confirmation (rows that rendered late) updates the order, keeping its time.
 */
export function recordOrder(
  clientId: string,
  read: { subscriptions: OrderedSubscription[]; totals?: OrderTotals },
  at: Date,
): Promise<StoreData> {
  return updateStore((data) =>
    withClient(data, clientId, (client) => {
      const sameVisit = (iso: string | undefined) => !!iso && at.getTime() - Date.parse(iso) < SAME_VISIT_MS;
      const history = client.history.some((h) => h.step === ORDER_STEP && sameVisit(h.at))
        ? client.history
        : capTimeline([
            ...client.history,
            { step: ORDER_STEP, at: at.toISOString(), by: 'assistant' as const },
          ]);
      // The same order shown again (this visit, or its lines and dates exactly): its time, reminder
      // and licence check are kept; the client stays "licences seen" once it was.
      const sameLines = JSON.stringify(client.order?.subscriptions) === JSON.stringify(read.subscriptions);
      const kept = sameVisit(client.order?.submittedAt) || sameLines ? client.order : undefined;
      const { at: _seen, ...basketTotals } = client.basketTotals ?? { at: '' };
      const totals = read.totals ?? kept?.totals ?? (client.basketTotals ? basketTotals : undefined);
      const submittedAt = kept?.submittedAt ?? at.toISOString();
      const handOff = handOffAfterStep(client, ORDER_STEP, at);
      return {
        ...client,
        ...(handOff ? { handOff } : {}),
        order: {
          submittedAt,
          subscriptions: read.subscriptions,
          ...(totals ? { totals } : {}),
          differences: compareOrder(client.licenses, read.subscriptions),
          // A kept order's reminder stays as it is: one already shown is not set again.
          ...(kept
            ? kept.remindAt && { remindAt: kept.remindAt }
            : { remindAt: new Date(Date.parse(submittedAt) + LICENCES_REMINDER_MS).toISOString() }),
          ...(kept?.lastCheck ? { lastCheck: kept.lastCheck } : {}),
          ...(kept?.licencesSeenAt ? { licencesSeenAt: kept.licencesSeenAt } : {}),
        },
        // The basket became the order.
        basket: undefined,
        basketTotals: undefined,
        status: kept?.licencesSeenAt ? 'licences-seen' : 'ordered',
        history,
        updatedAt: at.toISOString(),
      };
    }),
  );
}

/**
 * The authorisation link went to the client's Global Administrator (copied, opened, or sent in the
 * message): kept on the client with when, and on its timeline (capped, as every timeline write).
 */
export function recordAuthorisationSent(
  clientId: string,
  link: string,
  how: SentHow,
  at: Date,
): Promise<StoreData> {
  return updateStore((data) =>
    withClient(data, clientId, (client) => ({
      ...client,
      handOff: handOffSent(client.handOff, link, how, at),
      history: capTimeline([
        ...client.history,
        { step: AUTHORISATION_STEP, at: at.toISOString(), by: 'assistant' as const, note: SENT_NOTES[how] },
      ]),
      status: STATUS_AFTER_STEP[AUTHORISATION_STEP] ?? client.status,
      updatedAt: at.toISOString(),
    })),
  );
}

const SENT_NOTES: Record<SentHow, string> = {
  copied: 'link copied',
  opened: 'link opened',
  message: 'message for the Global Administrator copied',
  email: 'email to the Global Administrator opened',
};

export function setActiveClient(clientId: string | null): Promise<StoreData> {
  return updateStore(() => ({ activeClientId: clientId }));
}

/** Remembers the field the technician pointed at for this step. */
export function teachField(step: StepId, key: FieldKey, field: TaughtField): Promise<StoreData> {
  return updateStore((data) => ({
    taught: { ...data.taught, [step]: { ...data.taught[step], [key]: field } },
  }));
}

/** A wanted licence the technician added to the portal's basket: the catalogue moves on to the next. */
export function recordBasketAdd(clientId: string, licence: string, at: Date): Promise<StoreData> {
  return updateStore((data) =>
    withClient(data, clientId, (client) => {
      const basket = client.basket ?? [];
      if (basket.some((line) => line.name.toLowerCase() === licence.toLowerCase())) return client;
      return { ...client, basket: [...basket, { name: licence, at: at.toISOString() }] };
    }),
  );
}

/** The fields a technician edits in a client's form; the app's own (timeline, order) are never overwritten by it. */
const EDITABLE = [
  'companyName',
  'defaultDomain',
  'tenantPrefix',
  'existingTenant',
  'abn',
  'notes',
  'adminEmail',
  'licenses',
  'status',
] as const;

/**
 * Saves a client from its form: a new client is added; for an edit, only the fields changed in
 * this form (against `original`, the client as the form opened it) are written over what is
 * stored now, so another page's edit of other fields, or a step the portal recorded meanwhile,
 * is kept.
 */
export function saveClient(edited: Client, original: Client | null = null): Promise<StoreData> {
  return updateStore((data) => {
    const index = data.clients.findIndex((c) => c.id === edited.id);
    const current = data.clients[index];
    if (!current) return { clients: [...data.clients, edited] };
    const merged: Client = { ...current, updatedAt: edited.updatedAt };
    for (const key of EDITABLE) {
      if (!original || JSON.stringify(edited[key]) !== JSON.stringify(original[key])) {
        (merged as Record<string, unknown>)[key] = edited[key];
      }
    }
    const clients = [...data.clients];
    clients[index] = merged;
    return { clients };
  });
}

/**
 * Ticks a checklist step by hand (it happened elsewhere, e.g. on the phone), or unticks one that
 * was ticked by hand. Steps the assistant saw on the portal stay in the timeline.
 */
export function tickStep(clientId: string, step: StepId, done: boolean, at: Date): Promise<StoreData> {
  return updateStore((data) =>
    withClient(data, clientId, (client) => {
      const history = done
        ? client.history.some((h) => h.step === step)
          ? client.history
          : capTimeline([...client.history, { step, at: at.toISOString(), by: 'technician' as const }])
        : client.history.filter((h) => !(h.step === step && h.by === 'technician'));
      return { ...client, history, updatedAt: at.toISOString() };
    }),
  );
}

/**
 * The prefix and default domain read from the client's Microsoft 365 admin center, as the
 * technician confirmed them: the client has a tenant, so it is marked as already using Microsoft 365.
 */
export function saveM365Domains(
  clientId: string,
  values: { tenantPrefix: string; defaultDomain: string },
  at: Date,
): Promise<StoreData> {
  return updateStore((data) =>
    withClient(data, clientId, (client) => ({
      ...client,
      tenantPrefix: values.tenantPrefix,
      defaultDomain: values.defaultDomain,
      existingTenant: true,
      updatedAt: at.toISOString(),
    })),
  );
}

/** "Already using Office 365" (the portal's checkbox) or a new tenancy, as the tenant check suggested. */
export function setExistingTenant(clientId: string, existingTenant: boolean, at: Date): Promise<StoreData> {
  return updateStore((data) =>
    withClient(data, clientId, (client) => ({ ...client, existingTenant, updatedAt: at.toISOString() })),
  );
}
