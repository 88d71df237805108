import { type Client, LICENCES_SEEN_NOTE } from '../model/client';
import {
  CHECKLIST_STEPS,
  EXISTING_TENANT_STEPS,
  NEW_TENANCY_STEPS,
  ORDER_STEP,
  STEP_TITLES,
  type StepId,
} from '../model/steps';

// Progress at a glance (issue 14): where a client is in the guide's flow, and how long each part
// of its timeline took, from the first step to its licences seen in Microsoft 365.

/** The last stage of the flow: the ordered licences showed in the client's Microsoft 365. */
export const LICENCES_SEEN = 'Licences seen';

/**
 * Whether the client's licences were seen, and when: the order's `licencesSeenAt` ("Check in
 * Microsoft 365" found them), else the timeline's note of it; the status alone says seen, time unknown.
 */
export function licencesSeen(client: Client): { seen: boolean; at: string | null } {
  const at = client.order?.licencesSeenAt ?? client.history.find((h) => h.note === LICENCES_SEEN_NOTE)?.at;
  return { seen: client.status === 'licences-seen' || at !== undefined, at: at ?? null };
}

/** The guide's steps for this client: with a tenant, the authorisation; without, the new tenancy. */
export function flowSteps(client: Pick<Client, 'existingTenant' | 'history'>): StepId[] {
  const other = client.existingTenant ? NEW_TENANCY_STEPS : EXISTING_TENANT_STEPS;
  const done = new Set(client.history.map((h) => h.step));
  // A step the client did go through stays in its flow, whatever the record says of its tenant.
  return CHECKLIST_STEPS.filter((step) => !other.includes(step) || done.has(step));
}

export interface FlowProgress {
  /** Stages reached, of `total` (the flow's steps, then the licences seen). */
  reached: number;
  total: number;
  /** The current stage's name: the furthest step reached, or the licences seen. */
  current: string;
  /** When the client last moved (its latest step, or the licences seen). */
  movedAt: string | null;
}

/**
 * The timeline as the record holds it, and the order's confirmation when the record has the order
 * but not that step (an imported or restored client ordered elsewhere).
 */
function stepsTaken(client: Client): Client['history'] {
  const { order } = client;
  if (!order || client.history.some((h) => h.step === ORDER_STEP)) return client.history;
  return [...client.history, { step: ORDER_STEP, at: order.submittedAt, by: 'assistant' }];
}

export function flowProgress(client: Client): FlowProgress {
  const history = stepsTaken(client);
  const steps = flowSteps({ existingTenant: client.existingTenant, history });
  const total = steps.length + 1;
  const done = new Set(history.map((h) => h.step));
  const furthest = steps.reduce((at, step, index) => (done.has(step) ? index : at), -1);
  const lastAt = history.reduce<string | null>(
    (last, h) => (last === null || h.at > last ? h.at : last),
    null,
  );
  const seen = licencesSeen(client);
  if (seen.seen) return { reached: total, total, current: LICENCES_SEEN, movedAt: seen.at ?? lastAt };
  const step = steps[furthest];
  return { reached: furthest + 1, total, current: step ? STEP_TITLES[step] : 'Not started', movedAt: lastAt };
}

export interface TimelinePart {
  label: string;
  step: StepId | null;
  at: string;
  note?: string;
  by?: 'assistant' | 'technician';
  /** From this entry to the next one (or to the licences seen); null for the last, still open. */
  tookMs: number | null;
}

/** The client's timeline in order of time, each part with the time it took, and the whole. */
export function timelineOf(client: Client): { parts: TimelinePart[]; totalMs: number | null } {
  // The timeline's own note of the licences seen is that last part, said once.
  const entries: TimelinePart[] = [...stepsTaken(client)]
    .filter((h) => h.note !== LICENCES_SEEN_NOTE)
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((h) => ({
      label: STEP_TITLES[h.step],
      step: h.step,
      at: h.at,
      by: h.by,
      tookMs: null,
      ...(h.note ? { note: h.note } : {}),
    }));
  const seen = licencesSeen(client);
  if (seen.at) entries.push({ label: LICENCES_SEEN, step: null, at: seen.at, tookMs: null });
  const parts = entries.map((part, index) => {
    const next = entries[index + 1];
    return next ? { ...part, tookMs: Math.max(0, Date.parse(next.at) - Date.parse(part.at)) } : part;
  });
  const first = parts[0];
  const last = parts[parts.length - 1];
  const totalMs = first && last && parts.length > 1 ? Date.parse(last.at) - Date.parse(first.at) : null;
  return { parts, totalMs };
}
