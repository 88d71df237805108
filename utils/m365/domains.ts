import { z } from 'zod';
import type { Client } from '../model/client';
import type { DomainsRead, ReadDomain } from '../model/m365';
import { isOnMicrosoftDomain, ONMICROSOFT_SUFFIX, parseDomain } from '../values/domain';
import type { TabRead } from './read-domains';

/** What came back from the admin center's tab: page data, so checked like any input. */
export const tabReadSchema: z.ZodType<TabRead> = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('ready'),
    title: z.string().max(500),
    domains: z
      .array(z.object({ name: z.string().max(300), status: z.string().max(200), isDefault: z.boolean() }))
      .max(1000),
    complete: z.boolean(),
  }),
  z.object({
    state: z.literal('not-ready'),
    reason: z.enum(['signing-in', 'loading']),
    title: z.string().max(500),
  }),
  z.object({ state: z.literal('not-admin-center') }),
]);

/** What the technician is told when the tab chosen was no longer on the admin center. */
export const NOT_ADMIN_CENTER =
  'That tab is no longer on the Microsoft 365 admin center: nothing was read from it. Open the admin center in it and try again.';

/** A name from the Domains list in ASCII: as parseDomain, but a verified `www.` name keeps its `www.`. */
function adminCenterDomain(name: string) {
  const parsed = parseDomain(name);
  if (!parsed.ok || !/^\s*www\./i.test(name)) return parsed;
  return { ok: true as const, value: `www.${parsed.value}` };
}

const INITIAL = /^([a-z0-9]+)\.onmicrosoft\.com$/;

/** The domains as the admin center showed them, normalised, with what the portal needs from them. */
export function summariseDomains(read: Extract<TabRead, { state: 'ready' }>): DomainsRead {
  const domains: ReadDomain[] = [];
  for (const row of read.domains) {
    const parsed = adminCenterDomain(row.name);
    if (!parsed.ok || domains.some((d) => d.name === parsed.value)) continue;
    domains.push({
      name: parsed.value,
      ...(row.name.toLowerCase() === parsed.value ? {} : { shown: row.name.toLowerCase() }),
      status: row.status,
      isDefault: row.isDefault,
      isInitialCandidate: INITIAL.test(parsed.value),
      isMicrosoft: isOnMicrosoftDomain(parsed.value),
    });
  }
  const prefixes = domains.flatMap((d) => {
    const match = d.name.match(INITIAL);
    return match?.[1] ? [match[1]] : [];
  });
  // With several, the default one (when it is an onmicrosoft.com name) goes first.
  const defaultEntry = domains.find((d) => d.isDefault);
  const defaultPrefix = defaultEntry?.name.match(INITIAL)?.[1];
  if (defaultPrefix) prefixes.sort((a, b) => Number(b === defaultPrefix) - Number(a === defaultPrefix));
  return {
    domains,
    prefixes,
    defaultDomain: defaultEntry && !defaultEntry.isMicrosoft ? defaultEntry.name : '',
    complete: read.complete,
  };
}

/**
 * Why these domains may be another tenant's: the client's recorded default domain or prefix is
 * not among them. Nothing when the client has neither recorded.
 */
export function tenantMismatch(
  client: Pick<Client, 'defaultDomain' | 'tenantPrefix'>,
  read: DomainsRead,
): string | null {
  const names = new Set(read.domains.map((d) => d.name));
  const missing: string[] = [];
  if (client.defaultDomain && !names.has(client.defaultDomain)) missing.push(client.defaultDomain);
  if (client.tenantPrefix && !names.has(`${client.tenantPrefix}${ONMICROSOFT_SUFFIX}`))
    missing.push(`${client.tenantPrefix}${ONMICROSOFT_SUFFIX}`);
  if (missing.length === 0) return null;
  return `This tenant does not have ${missing.join(' or ')}, which this client’s record has: it may be another client’s tenant.${read.complete ? '' : ' (The list was not read whole.)'}`;
}

/** What tells one admin center tab from another: its onmicrosoft.com domain, else its default, else its title. */
export function tabLabel(read: TabRead | null, title: string): string {
  if (read?.state !== 'ready') return title || 'Microsoft 365 admin center';
  const summary = summariseDomains(read);
  const initial = summary.prefixes[0];
  const own = summary.defaultDomain;
  if (initial && own) return `${own} (${initial}${ONMICROSOFT_SUFFIX})`;
  if (initial) return `${initial}${ONMICROSOFT_SUFFIX}`;
  return own || title || 'Microsoft 365 admin center';
}
