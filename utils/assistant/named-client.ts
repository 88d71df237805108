import type { Client } from '../model/client';
import type { FieldKey } from '../model/fields';
import type { Region } from '../page/read';
import { comparableText } from '../values/text';

/** A queued client the page names, and what on the page names it. */
export interface NamedClient {
  client: Client;
  evidence: string;
}

const DOMAIN_TOKEN = /[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+/g;

interface Lookups {
  byName: Map<string, Client>;
  byDomain: Map<string, Client>;
  byPrefix: Map<string, Client>;
}
const lookups = new WeakMap<readonly Client[], Lookups>();

function lookupsOf(clients: readonly Client[]): Lookups {
  const known = lookups.get(clients);
  if (known) return known;
  const made: Lookups = { byName: new Map(), byDomain: new Map(), byPrefix: new Map() };
  for (const client of clients) {
    made.byName.set(comparableText(client.companyName), client);
    if (client.defaultDomain) made.byDomain.set(client.defaultDomain, client);
    if (client.tenantPrefix) {
      made.byPrefix.set(client.tenantPrefix, client);
      made.byDomain.set(`${client.tenantPrefix}.onmicrosoft.com`, client);
    }
  }
  lookups.set(clients, made);
  return made;
}

/**
 * The queued client this screen is about, when it is not the active one: its company name in the
 * customer's name field or a heading, its prefix in the domain prefix field, or its domain (or
 * `<prefix>.onmicrosoft.com`) anywhere in the text. Nothing when the active client is named too,
 * or when two other clients are (a list of customers names many: no guess).
 * Lookups go through maps built once per list of clients (the store's array, kept until it
 * changes), not on every look at the page.
 */
export function namedOtherClient(
  region: Region,
  fieldValues: Partial<Record<FieldKey, string>>,
  clients: readonly Client[],
  active: Client | null,
): NamedClient | null {
  const { byName, byDomain, byPrefix } = lookupsOf(clients);
  const named = new Map<string, NamedClient>();
  const note = (client: Client | undefined, evidence: string) => {
    if (client && !named.has(client.id)) named.set(client.id, { client, evidence });
  };
  const company = fieldValues.companyName?.trim();
  if (company) note(byName.get(comparableText(company)), `the company name “${company}”`);
  for (const heading of region.headings)
    note(byName.get(comparableText(heading)), `the heading “${heading}”`);
  const prefix = fieldValues.domainPrefix?.trim().toLowerCase();
  if (prefix) note(byPrefix.get(prefix), `the domain prefix “${prefix}”`);
  const domain = fieldValues.defaultDomain?.trim().toLowerCase();
  if (domain) note(byDomain.get(domain), `the domain ${domain}`);
  for (const token of region.text.toLowerCase().matchAll(DOMAIN_TOKEN))
    note(byDomain.get(token[0]), `the domain ${token[0]}`);

  if (active && named.has(active.id)) return null;
  return named.size === 1 ? ([...named.values()][0] ?? null) : null;
}
