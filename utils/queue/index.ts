import { z } from 'zod';
import { type Client, clientStatusSchema } from '../model/client';
import { flowProgress } from './flow';
import { waitingSince } from './handoff';
import { progressOf } from './progress';

/**
 * One client as the queue's list shows it. The store keeps these beside the clients (written in
 * the same storage call), so the popup lists 1,000 clients without reading and checking their
 * whole records and timelines first.
 */
export const queueEntrySchema = z.object({
  id: z.string().min(1).max(100),
  companyName: z.string().max(200),
  defaultDomain: z.string().max(253),
  tenantPrefix: z.string().max(63),
  status: clientStatusSchema,
  summary: z.string().max(200),
  /** The time of the latest step, if any (as the client holds it: its schema bounds it). */
  lastAt: z.string().nullable(),
  /** What "latest activity" sorts by: the latest step, else when the client was changed or added. */
  sortAt: z.string(),
  /**
   * Where the client is in the guide's flow: stages reached of all, the current one's name, and
   * when it moved when that is not `lastAt` (kept small: the popup reads every entry first).
   */
  flow: z.object({
    reached: z.number().int().min(0).max(50),
    total: z.number().int().min(1).max(50),
    current: z.string().max(100),
    movedAt: z.string().optional(),
  }),
  /** Since when it has waited on its Global Administrator's authorisation; absent when it does not. */
  waitingSince: z.string().optional(),
});
export type QueueEntry = z.infer<typeof queueEntrySchema>;

/**
 * Bumped whenever what an entry holds, or how it is worked out, changes: an index made by an
 * older version of the extension is then rebuilt, not shown.
 */
export const QUEUE_INDEX_FORMAT = 2;

/**
 * The entries; the revision of the clients they were made from, and the clients' schema version
 * and the index's format then (a stale list is never shown, even after an upgrade).
 */
export const queueIndexSchema = z.object({
  rev: z.string().min(1).max(100),
  v: z.number().int(),
  format: z.number().int(),
  entries: z.array(queueEntrySchema),
});
export type QueueIndex = z.infer<typeof queueIndexSchema>;

export function queueEntryOf(client: Client): QueueEntry {
  const { summary, lastAt } = progressOf(client);
  const { reached, total, current, movedAt } = flowProgress(client);
  const waiting = waitingSince(client);
  return {
    id: client.id,
    companyName: client.companyName,
    defaultDomain: client.defaultDomain,
    tenantPrefix: client.tenantPrefix,
    status: client.status,
    summary,
    lastAt,
    sortAt: lastAt ?? client.updatedAt ?? client.createdAt ?? '',
    flow: { reached, total, current, ...(movedAt && movedAt !== lastAt ? { movedAt } : {}) },
    ...(waiting ? { waitingSince: waiting } : {}),
  };
}

/**
 * The index's first screenful in the queue's first order (latest activity), and how many clients
 * there are: with 1,000 clients the popup showed its first rows only after reading and checking
 * the whole index (×1.5 the empty popup's first render); it shows these first, then the rest.
 */
export const queueHeadSchema = queueIndexSchema.extend({ total: z.number().int().min(0) });
export type QueueHead = z.infer<typeof queueHeadSchema>;

/** Rows in the head: more than the popup's first screen shows. */
export const QUEUE_HEAD_SIZE = 12;
