import type { Client } from '../model/client';
import type { Warning } from '../model/fields';
import { basketLines, matchesLicence } from '../page/products';
import type { CheckContext } from '../steps/types';

/** The licence the catalogue's search box should get next: the one after what it holds now. */
export function nextWantedLicence(client: Client | null, current: string): string | undefined {
  const names = client?.licenses.map((licence) => licence.name) ?? [];
  if (names.length === 0) return undefined;
  const index = names.findIndex((name) => name.toLowerCase() === current.trim().toLowerCase());
  return names[(index + 1) % names.length];
}

/** The basket against the client's wanted licences: missing lines, extra lines, other quantities. */
export function compareBasket({ client, region }: CheckContext): Warning[] {
  if (!client) return [];
  const lines = basketLines(region);
  const warnings: Warning[] = [];
  const matched = new Set<number>();
  for (const wanted of client.licenses) {
    const index = lines.findIndex((line, i) => !matched.has(i) && matchesLicence(line.name, wanted.name));
    const line = lines[index];
    if (!line) {
      warnings.push({
        code: 'basket-missing',
        message: `${wanted.name} × ${wanted.quantity} is not in the basket.`,
      });
      continue;
    }
    matched.add(index);
    if (line.quantity !== undefined && line.quantity !== wanted.quantity) {
      warnings.push({
        code: 'basket-quantity',
        message: `${wanted.name}: the basket has ${line.quantity}, the client needs ${wanted.quantity}.`,
      });
    }
  }
  lines.forEach((line, i) => {
    if (!matched.has(i)) {
      warnings.push({
        code: 'basket-extra',
        message: `${line.name} is in the basket but not on ${client.companyName}'s list.`,
      });
    }
  });
  return warnings;
}
