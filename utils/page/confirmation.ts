import type { OrderedSubscription } from '../model/client';
import { collapseWhitespace, comparableText } from '../values/text';
import type { Region } from './read';
import { readableText } from './text';

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
    return rows.slice(headerIndex + 1).flatMap((row) => {
      const cells = [...row.children].map((cell) => collapseWhitespace(readableText(cell)));
      const subscription = cells[name];
      const count = Number((cells[quantity] ?? '').replace(/\D/g, ''));
      if (!subscription || !Number.isFinite(count) || cells[quantity] === undefined) return [];
      return [
        {
          name: subscription,
          quantity: count,
          ...(activation >= 0 && cells[activation] ? { activationDate: cells[activation] } : {}),
          ...(billing >= 0 && cells[billing] ? { billingCycle: cells[billing] } : {}),
        },
      ];
    });
  }
  return [];
}
