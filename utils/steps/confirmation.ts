import { readSubscriptions } from '../page/confirmation';
import { readTotals } from '../page/totals';
import { phrases } from '../words/match';
import type { StepModule } from './types';

// Guide's last screen: "Confirmation", "Your order submission has been completed", the
// Subscriptions / Quantity / Activation Date / Billing Cycle table, "Allow 1-5 minutes for the
// licenses to appear in the client's M365 portal."
export const confirmation: StepModule = {
  id: 'confirmation',
  guidance:
    "The order is submitted and kept on the client. Allow 1–5 minutes: in five, a notification reminds you to check the licences (Check in Microsoft 365, in the client's view).",
  evidence: [
    {
      in: 'text',
      words: phrases([
        'order … submitted',
        'order … completed',
        'order … placed',
        'order … complete',
        'order … received',
      ]),
      weight: 6,
    },
    // The subscriptions table's columns ("Activation Date" may read "Start date").
    { in: 'text', words: phrases(['subscription … quantity', 'product … quantity … date']), weight: 3 },
    { in: 'text', words: phrases(['allow 1 5 minute']), weight: 2 },
    { in: 'heading', words: phrases(['confirmation', 'order confirmed', 'thank … order']), weight: 1 },
    { in: 'heading', words: phrases(['order … submitted', 'order … complete', 'order … placed']), weight: 2 },
  ],
  // The sentence alone is not enough: a zero-size leftover of it must not count where layout is unknown.
  threshold: 8,
  fields: [],
  // The order goes on the client's timeline with its subscriptions, and the totals when the
  // confirmation repeats them (else the fees box's, seen on Service Details, are the order's).
  reached: (region) => {
    const totals = readTotals(region.text);
    return { record: 'order', subscriptions: readSubscriptions(region), ...(totals ? { totals } : {}) };
  },
};
