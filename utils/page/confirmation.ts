import type { OrderedSubscription } from '../model/client';
import { clip, collapseWhitespace, comparableText } from '../values/text';
import type { Region } from './read';
import { readableText } from './text';

const MAX_LINES = 200;

/** The confirmation screen's table: Subscriptions / Quantity / Activation Date / Billing Cycle. */
export function readSubscriptions(region: Region): OrderedSubscription[] {
  for (const table of region.root.querySelectorAll('table, [role="table"], [role="grid"]')) {
    const rows = [...table.querySelectorAll('tr, [role="row"]')];
    const headerIndex = rows.findIndex(
      (row) => /subscription/i.test(readableText(row)) && /quantity/i.test(readableText(row)),
    );
    const header = rows[headerIndex];
    if (!header) continue;
    const columns = [...header.children].map((cell) => comparableText(readableText(cell)));
    const at = (pattern: RegExp) => columns.findIndex((c) => pattern.test(c));
    const name = at(/subscription|product/);
    const quantity = at(/quantity|qty/);
    const activation = at(/activation/);
    const billing = at(/billing/);
    // Within what an order message carries (200 lines; 300 characters a name, 40 a date or cycle).
    return rows.slice(headerIndex + 1, headerIndex + 1 + MAX_LINES).flatMap((row) => {
      const cells = [...row.children].map((cell) => collapseWhitespace(readableText(cell)));
      const subscription = cells[name];
      const count = Number((cells[quantity] ?? '').replace(/\D/g, ''));
      if (!subscription || !Number.isFinite(count) || cells[quantity] === undefined) return [];
      return [
        {
          name: clip(subscription, 300),
          quantity: count,
          ...(activation >= 0 && cells[activation] ? { activationDate: clip(cells[activation], 40) } : {}),
          ...(billing >= 0 && cells[billing] ? { billingCycle: clip(cells[billing], 40) } : {}),
        },
      ];
    });
  }
  return [];
}
