import { z } from 'zod';
import type { LicenceCheck, OrderedSubscription } from '../model/client';
import type { LicenceCheckOutcome, ProductSeen } from '../model/licence-check';
import { NOT_ADMIN_CENTER } from './domains';
import { type AdminCenterAccess, chooseAdminTab } from './fetch-domains';
import { isProductsList } from './hosts';
import type { ProductRow } from './read-products';

const productsReadSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('ready'),
    title: z.string().max(500),
    products: z
      .array(z.object({ name: z.string().min(1).max(300), total: z.number().int().min(0).optional() }))
      .max(500),
  }),
  z.object({
    state: z.literal('not-ready'),
    reason: z.enum(['signing-in', 'loading']),
    title: z.string().max(500),
  }),
  z.object({ state: z.literal('not-admin-center') }),
]);

// How the portal decorates a product's name: "360 Business - M365 - Office 365 E3 (New Commerce)",
// "Office 365 E3 (NCE) - Monthly". Only these are taken off; a name is never guessed at.
const DECORATION = /\((?:new commerce|nce|trial)\)|\s-\s(?:monthly|annual|month|year|yearly)$/gi;
// Microsoft's older names put "Enterprise" inside today's ("Office 365 Enterprise E3").
const FILLER = new Set(['enterprise']);

/** A product name for comparing: its words, lower case, punctuation and the filler word left out. */
export function productKey(name: string): string {
  return name
    .replace(DECORATION, ' ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((word) => word && !FILLER.has(word))
    .join(' ');
}

/** The names an ordered line may go by: as written, and its last " - " part (the portal's prefix left out). */
function orderedKeys(name: string): string[] {
  const bare = name.replace(DECORATION, ' ').trim();
  const parts = bare.split(/\s+-\s+/);
  return [...new Set([productKey(bare), productKey(parts[parts.length - 1] ?? '')])].filter(Boolean);
}

/**
 * The order against the admin center's products: each ordered product by its exact name (words
 * compared, the portal's decorations left out: "M365 Business Premium" is NOT taken for
 * "Microsoft 365 Business Premium", it shows as not found), with at least the ordered quantity
 * when the page shows a count. Lines of one product count together.
 */
export function compareWithProducts(
  subscriptions: readonly OrderedSubscription[],
  products: readonly ProductRow[],
  at: Date,
): { check: LicenceCheck; products: ProductSeen[] } {
  const wanted = new Map<string, ProductSeen & { keys: string[] }>();
  for (const line of subscriptions) {
    const keys = orderedKeys(line.name);
    const key = keys[keys.length - 1] ?? line.name;
    const seen = wanted.get(key);
    if (seen) seen.quantity += line.quantity;
    else wanted.set(key, { ordered: line.name, quantity: line.quantity, keys });
  }
  const seen: ProductSeen[] = [...wanted.values()].map(({ keys, ...line }) => {
    const product = products.find((p) => keys.includes(productKey(p.name)));
    if (!product) return line;
    return { ...line, shown: product.name, ...(product.total === undefined ? {} : { total: product.total }) };
  });
  const short = seen.filter((s) => !s.shown || (s.total !== undefined && s.total < s.quantity));
  const found = seen.filter((s) => s.shown).length;
  const result = short.length === 0 ? 'all-there' : found === 0 ? 'not-yet' : 'some-missing';
  return {
    check: {
      at: at.toISOString(),
      result,
      missing: short.map((s) =>
        s.shown ? `${s.ordered} (${s.total} of ${s.quantity})` : `${s.ordered} (not found)`,
      ),
    },
    products: seen,
  };
}

/**
 * "Check in Microsoft 365": finds the admin center's Your products (or Licenses) tab, reads it and
 * compares it with the order. No tab, several tabs, a tab still loading: said as for the domains.
 */
export async function checkLicences(
  access: AdminCenterAccess,
  subscriptions: readonly OrderedSubscription[],
  { tabId, waitMs, now }: { tabId?: number; waitMs: number; now: Date },
): Promise<LicenceCheckOutcome> {
  const choice = await chooseAdminTab(access, isProductsList, {
    tabId,
    gone: 'That admin center tab is closed or no longer on Your products.',
  });
  if (choice.kind === 'several')
    return { kind: 'pick-tab', tabs: choice.tabs.slice(0, 50).map((tab) => ({ ...tab, label: tab.title })) };
  if (choice.kind !== 'tab') return choice;
  const { tab } = choice;
  const parsed = productsReadSchema.safeParse(await access.readTab(tab.id, waitMs));
  if (!parsed.success)
    return { kind: 'error', message: 'The admin center tab gave an answer that is not a product list.' };
  if (parsed.data.state === 'not-admin-center') return { kind: 'error', message: NOT_ADMIN_CENTER };
  if (parsed.data.state === 'not-ready') return { kind: 'not-ready', reason: parsed.data.reason, tab };
  return { kind: 'checked', tab, ...compareWithProducts(subscriptions, parsed.data.products, now) };
}
