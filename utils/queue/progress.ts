import type { Client, ClientStatus } from '../model/client';
import { CHECKLIST_STEPS, STEP_TITLES, type StepId } from '../model/steps';
import { statusNow, waitingSince } from './handoff';

export { CHECKLIST_STEPS };

export const STATUS_LABELS: Record<ClientStatus, string> = {
  queued: 'Queued',
  'in-progress': 'In progress',
  'waiting-authorisation': 'Waiting for authorisation',
  ordered: 'Ordered',
  'licences-seen': 'Licences seen',
  'needs-attention': 'Needs attention',
};

export interface Progress {
  /** Steps done (reached), by id. */
  done: ReadonlySet<StepId>;
  /** The furthest step reached, if any. */
  furthest: StepId | null;
  /** The time of the latest entry of the timeline. */
  lastAt: string | null;
  /** "in progress at Service details" and the like. */
  summary: string;
}

export function progressOf(client: Client): Progress {
  const done = new Set(client.history.map((entry) => entry.step));
  const furthest = [...CHECKLIST_STEPS].reverse().find((step) => done.has(step)) ?? null;
  const lastAt = client.history.reduce<string | null>(
    (latest, entry) => (latest === null || entry.at > latest ? entry.at : latest),
    null,
  );
  const summary =
    client.status === 'in-progress' && furthest
      ? `In progress at ${STEP_TITLES[furthest].toLowerCase()}`
      : STATUS_LABELS[client.status];
  return { done, furthest, lastAt, summary };
}

type Named = Pick<Client, 'companyName' | 'defaultDomain' | 'tenantPrefix'>;

/** Whether a client's name or domain matches what the technician typed in the search box. */
export function matchesSearch(client: Named, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = `${client.companyName} ${client.defaultDomain} ${client.tenantPrefix}`.toLowerCase();
  return words.every((word) => haystack.includes(word));
}

export type QueueSort = 'recent' | 'name' | 'status';

// One collator, made once: localeCompare with a locale may build one per comparison.
const byName = new Intl.Collator('en-AU').compare;

/** Sorts the queue's entries (see queue/index.ts: `sortAt` is the latest activity). */
export function sortQueue<T extends Pick<Client, 'companyName' | 'status'> & { sortAt: string }>(
  clients: readonly T[],
  sort: QueueSort,
): T[] {
  const order = Object.keys(STATUS_LABELS);
  const last = (c: T) => c.sortAt;
  return [...clients].sort((a, b) => {
    if (sort === 'name') return byName(a.companyName, b.companyName);
    if (sort === 'status')
      return order.indexOf(a.status) - order.indexOf(b.status) || byName(a.companyName, b.companyName);
    return last(b).localeCompare(last(a)) || byName(a.companyName, b.companyName);
  });
}

// Clients the technician has to do something for: start, carry on, look into, or check that the
// ordered licences have appeared. Waiting for the client's Global Administrator is not on them.
const NEEDS_ACTION: ReadonlySet<ClientStatus> = new Set([
  'queued',
  'in-progress',
  'needs-attention',
  'ordered',
]);

/** Whether the client needs the technician at `now` (a day's wait on authorisation does). */
export const needsAction = (client: Client, now: Date) =>
  NEEDS_ACTION.has(statusNow({ status: client.status, waitingSince: waitingSince(client) }, now));

/** The toolbar badge: how many clients need the technician, blank for none. */
export function badgeText(clients: readonly Client[], now: Date): string {
  const count = clients.filter((client) => needsAction(client, now)).length;
  return count === 0 ? '' : count > 99 ? '99+' : String(count);
}
