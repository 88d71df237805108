import type { Client } from '../model/client';
import type { Warning } from '../model/fields';
import { basketLines, matchesLicence } from '../page/products';
import type { CheckContext } from '../steps/types';

/** The licence the catalogue's search box should get next: the first wanted one not in the basket. */
export function nextWantedLicence(client: Client | null, basket: readonly string[]): string | undefined {
  return client?.licenses.find((licence) => !inBasket(licence.name, basket))?.name;
}

const inBasket = (wanted: string, basket: readonly string[]) =>
  basket.some((name) => name.toLowerCase() === wanted.toLowerCase());

/**
 * The client's wanted licences already in the portal's basket: recorded when the technician
 * pressed "Add" on one, or shown in a basket box on the screen.
 */
export function wantedInBasket(client: Client | null, shown: readonly string[]): string[] {
  const recorded = client?.basket?.map((line) => line.name) ?? [];
  return (client?.licenses ?? [])
    .map((licence) => licence.name)
    .filter((name) => inBasket(name, recorded) || shown.some((line) => matchesLicence(line, name)));
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
