import { storage } from 'wxt/utils/storage';
import type { Client } from '../model/client';
import {
  QUEUE_INDEX_FORMAT,
  type QueueEntry,
  type QueueIndex,
  queueEntryOf,
  queueIndexSchema,
} from '../queue/index';
import { checkValue, STORE_ITEMS } from './items';
import { withStoreLock } from './lock';
import { readAllOnce } from './read';

const QUEUE_INDEX_KEY = 'local:queueIndex' as const;
const { clients: clientsItem, activeClientId: activeItem } = STORE_ITEMS;

const newRevision = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;

/**
 * The clients' meta under a new revision, and the queue's index made under that revision: written
 * in the same storage call as the clients, so the index is never seen out of step with them.
 */
export function indexEntries(clients: readonly Client[]) {
  const rev = newRevision();
  const index: QueueIndex = {
    rev,
    v: clientsItem.version,
    format: QUEUE_INDEX_FORMAT,
    entries: clients.map(queueEntryOf),
  };
  return [
    { key: clientsItem.metaKey, value: { v: clientsItem.version, rev } },
    { key: QUEUE_INDEX_KEY, value: index },
  ];
}

/** The queue's list and the active client, read without the clients' whole records. */
export interface QueueIndexRead {
  entries: QueueEntry[];
  activeClientId: string | null;
}

/**
 * The queue's index when it is the clients' current one (same revision); null when it is missing
 * (data from before it existed, or written by something else) or stale: then the list waits for
 * the whole store, and {@link rebuildQueueIndex} writes a fresh one.
 */
export async function readQueueIndex(): Promise<QueueIndexRead | null> {
  const keys = [QUEUE_INDEX_KEY, clientsItem.metaKey, activeItem.key];
  const values = new Map((await storage.getItems(keys)).map(({ key, value }) => [key, value]));
  const index = queueIndexSchema.safeParse(values.get(QUEUE_INDEX_KEY));
  const meta = values.get(clientsItem.metaKey) as { v?: unknown; rev?: unknown } | null | undefined;
  const current =
    index.success &&
    index.data.format === QUEUE_INDEX_FORMAT &&
    index.data.v === clientsItem.version &&
    meta?.v === clientsItem.version &&
    meta.rev === index.data.rev;
  if (!current) return null;
  const active = checkValue('activeClientId', values.get(activeItem.key) ?? null);
  const activeClientId =
    active.ok && index.data.entries.some((e) => e.id === active.value) ? active.value : null;
  return { entries: index.data.entries, activeClientId };
}

/** Writes the index afresh from the stored clients, when it was missing or stale. */
export async function rebuildQueueIndex(): Promise<void> {
  await withStoreLock(async () => {
    if (await readQueueIndex()) return;
    const raw = await readAllOnce();
    const clients = checkValue('clients', raw.clients.value ?? []);
    if (!clients.ok || raw.clients.version !== clientsItem.version) return;
    await storage.setItems(indexEntries(clients.value));
  });
}
