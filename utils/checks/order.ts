import type { Licence, OrderDifference, OrderedSubscription } from '../model/client';
import { matchesLicence } from '../page/products';

/**
 * The client's wanted licences against the confirmation's subscriptions, matched as the basket
 * check matches them ("360 Business - M365 - Office 365 E3 (New Commerce)" is "Office 365 E3"):
 * wanted but not ordered, ordered but not wanted, or another quantity. Lines of one product
 * (a monthly and an annual one) count together. Empty when the order is what the client wanted.
 */
export function compareOrder(
  wanted: readonly Pick<Licence, 'name' | 'quantity'>[],
  ordered: readonly OrderedSubscription[],
): OrderDifference[] {
  const differences: OrderDifference[] = [];
  const used = new Set<number>();
  for (const licence of wanted) {
    const lines = ordered.flatMap((line, index) =>
      !used.has(index) && matchesLicence(line.name, licence.name) ? [index] : [],
    );
    if (lines.length === 0) {
      differences.push({ kind: 'missing', name: licence.name, wanted: licence.quantity, ordered: 0 });
      continue;
    }
    for (const index of lines) used.add(index);
    const count = lines.reduce((sum, index) => sum + (ordered[index]?.quantity ?? 0), 0);
    if (count !== licence.quantity)
      differences.push({ kind: 'quantity', name: licence.name, wanted: licence.quantity, ordered: count });
  }
  ordered.forEach((line, index) => {
    if (!used.has(index))
      differences.push({ kind: 'extra', name: line.name, wanted: 0, ordered: line.quantity });
  });
  return differences;
}

/** One difference in the technician's words. */
export function describeDifference(difference: OrderDifference): string {
  const { kind, name, wanted = 0, ordered = 0 } = difference;
  if (kind === 'missing') return `${name} × ${wanted} was wanted but not ordered.`;
  if (kind === 'extra') return `${name} × ${ordered} was ordered but is not on the client's list.`;
  return `${name}: ${ordered} ordered, ${wanted} wanted.`;
}
