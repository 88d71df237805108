import { storage } from 'wxt/utils/storage';
import type { Client } from '../model/client';
import {
  QUEUE_HEAD_SIZE,
  QUEUE_INDEX_FORMAT,
  type QueueEntry,
  type QueueHead,
  type QueueIndex,
  queueEntryOf,
  queueHeadSchema,
  queueIndexSchema,
} from '../queue/index';
import { sortQueue } from '../queue/progress';
import { checkValue, STORE_ITEMS } from './items';
import { withStoreLock } from './lock';
import { readAllOnce } from './read';

const QUEUE_INDEX_KEY = 'local:queueIndex' as const;
const QUEUE_HEAD_KEY = 'local:queueHead' as const;
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
  const head: QueueHead = {
    ...index,
    entries: sortQueue(index.entries, 'recent').slice(0, QUEUE_HEAD_SIZE),
    total: index.entries.length,
  };
  return [
    { key: clientsItem.metaKey, value: { v: clientsItem.version, rev } },
    { key: QUEUE_INDEX_KEY, value: index },
    { key: QUEUE_HEAD_KEY, value: head },
  ];
}

/** The queue's list and the active client, read without the clients' whole records. */
export interface QueueIndexRead {
  entries: QueueEntry[];
  activeClientId: string | null;
}

/** The queue's first rows and how many there are, read before the whole index (see QueueHead). */
export interface QueueHeadRead extends QueueIndexRead {
  total: number;
}

type Versioned = { rev: string; v: number; format: number };

/** Whether an index (or its head) was made from the clients as they are stored now. */
function isCurrent(index: Versioned, meta: unknown): boolean {
  const { v, rev } = (meta ?? {}) as { v?: unknown; rev?: unknown };
  return (
    index.format === QUEUE_INDEX_FORMAT &&
    index.v === clientsItem.version &&
    v === clientsItem.version &&
    rev === index.rev
  );
}

async function readWithMeta(
  key: `local:${string}`,
): Promise<{ value: unknown; meta: unknown; active: string | null }> {
  const keys = [key, clientsItem.metaKey, activeItem.key];
  const values = new Map((await storage.getItems(keys)).map(({ key, value }) => [key, value]));
  const active = checkValue('activeClientId', values.get(activeItem.key) ?? null);
  return {
    value: values.get(key),
    meta: values.get(clientsItem.metaKey),
    active: active.ok ? active.value : null,
  };
}

/** The head of the current index, or null (missing or stale: the list waits for the index). */
export async function readQueueHead(): Promise<QueueHeadRead | null> {
  const { value, meta, active } = await readWithMeta(QUEUE_HEAD_KEY);
  const head = queueHeadSchema.safeParse(value);
  if (!head.success || !isCurrent(head.data, meta)) return null;
  // The active client may be further down: the whole index says so once it is read.
  const activeClientId = head.data.entries.some((e) => e.id === active) ? active : null;
  return { entries: head.data.entries, total: head.data.total, activeClientId };
}

/**
 * The queue's index when it is the clients' current one (same revision); null when it is missing
 * (data from before it existed, or written by something else) or stale: then the list waits for
 * the whole store, and {@link rebuildQueueIndex} writes a fresh one.
 */
export async function readQueueIndex(): Promise<QueueIndexRead | null> {
  const { value, meta, active } = await readWithMeta(QUEUE_INDEX_KEY);
  const index = queueIndexSchema.safeParse(value);
  if (!index.success || !isCurrent(index.data, meta)) return null;
  const activeClientId = index.data.entries.some((e) => e.id === active) ? active : null;
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
