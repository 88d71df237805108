import {
  type Client,
  LICENCES_REMINDER_MS,
  LICENCES_SEEN_NOTE,
  type LicenceCheck,
  type OrderTotals,
} from '../model/client';
import { ORDER_STEP } from '../model/steps';
import { capTimeline } from '../queue/timeline';
import type { StoreData } from './items';
import { StoreWriteError, updateStore } from './write';

// What happens to a client's order after the confirmation: the basket's totals seen before it,
// the licence check's answers, and the reminder to look again.

function changeClient(clientId: string, change: (client: Client) => Client): Promise<StoreData> {
  return updateStore((data) => {
    const index = data.clients.findIndex((c) => c.id === clientId);
    const client = data.clients[index];
    if (!client) throw new StoreWriteError(`There is no client "${clientId}" any more.`, 'invalid');
    const clients = [...data.clients];
    clients[index] = change(client);
    return { clients };
  });
}

/** The basket's totals the portal's fees box shows: they become the order's at the confirmation. */
export function recordTotals(clientId: string, totals: OrderTotals, at: Date): Promise<StoreData> {
  return changeClient(clientId, (client) => ({
    ...client,
    basketTotals: { ...totals, at: at.toISOString() },
  }));
}

/**
 * What "Check in Microsoft 365" found. All there: the client's licences are seen (status
 * licences-seen, the time on the order and a note on the timeline beside the order).
 */
export function saveLicenceCheck(clientId: string, check: LicenceCheck, at: Date): Promise<StoreData> {
  return changeClient(clientId, (client) => {
    const { order } = client;
    if (!order) throw new StoreWriteError(`${client.companyName} has no order to check.`, 'invalid');
    if (check.result !== 'all-there') return { ...client, order: { ...order, lastCheck: check } };
    const licencesSeenAt = order.licencesSeenAt ?? at.toISOString();
    const noted = client.history.some((h) => h.note === LICENCES_SEEN_NOTE);
    return {
      ...client,
      status: 'licences-seen',
      order: { ...order, lastCheck: check, licencesSeenAt },
      history: noted
        ? client.history
        : capTimeline([
            ...client.history,
            { step: ORDER_STEP, at: at.toISOString(), by: 'assistant' as const, note: LICENCES_SEEN_NOTE },
          ]),
      updatedAt: at.toISOString(),
    };
  });
}

/** "Look again in five minutes": the reminder moves on. */
export function remindAgain(clientId: string, at: Date): Promise<StoreData> {
  return changeClient(clientId, (client) => {
    if (!client.order) throw new StoreWriteError(`${client.companyName} has no order to check.`, 'invalid');
    const remindAt = new Date(at.getTime() + LICENCES_REMINDER_MS).toISOString();
    return { ...client, order: { ...client.order, remindAt } };
  });
}

/**
 * The reminder was shown: it is not due any more, so a browser restart does not show it again
 * (an alarm the browser dropped before it went off is set again from `remindAt`).
 */
export function reminderShown(clientId: string): Promise<StoreData> {
  return changeClient(clientId, (client) => {
    if (!client.order?.remindAt) return client;
    const { remindAt: _shown, ...order } = client.order;
    return { ...client, order };
  });
}
