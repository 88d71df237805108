import { storage } from 'wxt/utils/storage';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../model/backup';
import type { Client } from '../model/client';
import type { Reseller } from '../model/reseller';
import {
  QUEUE_INDEX_FORMAT,
  type QueueEntry,
  type QueueIndex,
  queueEntryOf,
  queueIndexSchema,
} from '../queue/index';
import {
  checkValue,
  DATA_KEYS,
  type DataKey,
  migratingItem,
  STORE_ITEMS,
  STORE_KEYS,
  type StoreData,
  type StoredValue,
  type StoreKey,
} from './items';
import { withStoreLock } from './lock';
import type { RecoveryEntry } from './recovery';

export type { StoreData } from './items';

/** A stored value that could not be read. It stays where it is until the technician decides. */
export interface StoredProblem {
  key: StoreKey;
  message: string;
  raw: unknown;
}

export interface StoreRead {
  data: StoreData;
  recovery: RecoveryEntry[];
  problems: StoredProblem[];
}

/** Every stored value as it lies in storage, with the schema version it was written at. */
export type RawStore = Record<StoreKey, { value: unknown; version: number }>;

async function readRaw(): Promise<RawStore> {
  const raw = await readAllOnce();
  // An older version's value is upgraded by WXT's migrations, then everything is read again.
  const due = STORE_KEYS.filter(
    (key) => raw[key].value !== null && raw[key].version < STORE_ITEMS[key].version,
  );
  if (due.length === 0) return raw;
  await Promise.all(due.map((key) => migratingItem(key).getMeta()));
  return readAllOnce();
}

// One storage read, so a restore is never seen half done.
export async function readAllOnce(): Promise<RawStore> {
  const keys = STORE_KEYS.flatMap((key) => [STORE_ITEMS[key].key, STORE_ITEMS[key].metaKey]);
  const values = new Map((await storage.getItems(keys)).map(({ key, value }) => [key, value]));
  return Object.fromEntries(
    STORE_KEYS.map((key) => {
      const meta = values.get(STORE_ITEMS[key].metaKey) as { v?: unknown } | null | undefined;
      const value = values.get(STORE_ITEMS[key].key) ?? null;
      return [key, { value, version: typeof meta?.v === 'number' ? meta.v : 1 }];
    }),
  ) as RawStore;
}

/** A value as stored, or why it cannot be read; a value never stored reads as its fallback. */
function readValue(key: StoreKey, { value, version }: RawStore[StoreKey]) {
  const { fallback, version: current } = STORE_ITEMS[key];
  if (value === null) return { ok: true as const, value: fallback };
  // WXT only logs a failed migration: a value still at another version was not upgraded.
  if (version !== current) {
    return {
      ok: false as const,
      text: `stored as schema version ${version}, but this version of the extension reads version ${current} (its upgrade did not run)`,
    };
  }
  return checkValue(key, value);
}

/** Reads and validates everything stored. Unreadable values come back as problems, never dropped. */
export async function readStore(): Promise<StoreRead> {
  const raw = await readRaw();
  const problems: StoredProblem[] = [];
  const values: Record<string, unknown> = {};
  for (const key of STORE_KEYS) {
    const read = readValue(key, raw[key]);
    if (!read.ok) problems.push({ key, raw: raw[key].value, message: read.text });
    values[key] = read.ok ? read.value : STORE_ITEMS[key].fallback;
  }
  const { recovery, ...data } = values as { [K in StoreKey]: StoredValue<K> };
  // A client removed elsewhere leaves no dangling choice behind.
  if (!data.clients.some((c) => c.id === data.activeClientId)) data.activeClientId = null;
  return { data, recovery, problems };
}

/** Calls back whenever any stored value changes, from this page or another. */
export function watchStore(onChange: () => void): () => void {
  const unwatchers = STORE_KEYS.map((key) => storage.watch(STORE_ITEMS[key].key, onChange));
  return () => {
    for (const unwatch of unwatchers) unwatch();
  };
}

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

/** Refused writes say what is wrong; nothing was written. */
export class StoreWriteError extends Error {
  constructor(
    message: string,
    readonly path?: string,
  ) {
    super(message);
    this.name = 'StoreWriteError';
  }
}

export type Write = { key: StoreKey; value: unknown };

/** Writes values with their schema versions; the caller holds the store lock. */
export async function writeAll(writes: Write[]): Promise<void> {
  // One storage.set call: the browser applies it whole or not at all.
  await storage.setItems(
    writes.flatMap(({ key, value }) => {
      const { key: storageKey, metaKey, version } = STORE_ITEMS[key];
      const meta =
        key === 'clients' ? indexEntries(value as Client[]) : [{ key: metaKey, value: { v: version } }];
      return [{ key: storageKey, value }, ...meta];
    }),
  );
}

/** The value as its schema outputs it, or a refusal naming the value and the path of what is wrong. */
export function validated<K extends StoreKey>(key: K, value: unknown): StoredValue<K> {
  const result = checkValue(key, value);
  if (result.ok) return result.value;
  throw new StoreWriteError(`${STORE_ITEMS[key].label}: ${result.text}`, result.path);
}

export function refuseIfUnreadable(problems: StoredProblem[], keys: StoreKey[]): void {
  const problem = problems.find((p) => keys.includes(p.key));
  if (problem) {
    throw new StoreWriteError(
      `${STORE_ITEMS[problem.key].label} could not be read (${problem.message}), so nothing was saved. Open the options page to keep a copy of it and start again, or restore a backup.`,
    );
  }
}

/**
 * Changes stored data: under the store lock, reads the latest values, applies `change`, validates
 * the result and writes it in one go. Two pages doing this at once each see the other's write.
 */
export async function updateStore(change: (current: StoreData) => Partial<StoreData>): Promise<StoreData> {
  return withStoreLock(async () => {
    const { data, problems } = await readStore();
    const changes = change(data);
    const changedKeys = DATA_KEYS.filter((key) => key in changes);
    const next: StoreData = { ...data, ...changes };
    if (changedKeys.includes('clients') && !next.clients.some((c) => c.id === next.activeClientId)) {
      next.activeClientId = null;
      if (!changedKeys.includes('activeClientId')) changedKeys.push('activeClientId');
    }
    refuseIfUnreadable(problems, changedKeys);
    const writes: Write[] = changedKeys.map((key) => ({ key, value: validated(key, next[key]) }));
    if (next.activeClientId !== null && !next.clients.some((c) => c.id === next.activeClientId)) {
      throw new StoreWriteError(`Active client: "${next.activeClientId}" is not a stored client`);
    }
    if (writes.length > 0) await writeAll(writes);
    return next;
  });
}

/** Saves the reseller profile fields this page changed, merged into what is stored now. */
export function saveResellerFields(changed: Partial<Record<keyof Reseller, unknown>>): Promise<StoreData> {
  return updateStore((current) => ({ reseller: { ...(current.reseller ?? {}), ...changed } as Reseller }));
}

export function backupOf(data: StoreData, exportedAt = new Date()): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    reseller: data.reseller,
    clients: data.clients,
    activeClientId: data.activeClientId,
  };
}

const isEmpty = (data: StoreData) => data.reseller === null && data.clients.length === 0;

function newRecoveryEntry(entry: Omit<RecoveryEntry, 'id' | 'savedAt'>, now: Date): RecoveryEntry {
  return {
    id: `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    savedAt: now.toISOString(),
    ...entry,
  };
}

/**
 * Replaces the stored data with a validated backup, all at once. What it replaces is kept first as
 * a recovery copy (a backup file of its own), and so is any value that could not be read.
 */
export async function restoreBackup(
  backup: Backup,
  source: string,
  now = new Date(),
): Promise<{ data: StoreData; keptCopies: number }> {
  return withStoreLock(async () => {
    const { data, recovery, problems } = await readStore();
    refuseIfUnreadable(problems, ['recovery']);
    const keepReseller = backup.reseller === null || backup.reseller === undefined;
    const next: StoreData = {
      reseller: keepReseller ? data.reseller : (backup.reseller ?? null),
      clients: backup.clients,
      activeClientId: backup.activeClientId,
      taught: data.taught,
    };
    const replacedKeys: DataKey[] = keepReseller
      ? ['clients', 'activeClientId']
      : ['reseller', 'clients', 'activeClientId'];
    const saved: RecoveryEntry[] = [];
    for (const problem of problems.filter((p) => (replacedKeys as StoreKey[]).includes(p.key))) {
      saved.push(
        newRecoveryEntry(
          { key: problem.key, reason: 'unreadable', note: problem.message, raw: problem.raw },
          now,
        ),
      );
    }
    if (!isEmpty(data)) {
      saved.push(
        newRecoveryEntry(
          {
            key: 'all',
            reason: 'replaced-by-restore',
            note: `Replaced by restoring ${source}`,
            raw: backupOf(data, now),
          },
          now,
        ),
      );
    }
    await writeAll([
      ...replacedKeys.map((key) => ({ key, value: validated(key, next[key]) })),
      ...(saved.length > 0
        ? [{ key: 'recovery' as const, value: validated('recovery', [...recovery, ...saved]) }]
        : []),
    ]);
    return { data: next, keptCopies: saved.length };
  });
}

/** Moves an unreadable value into the recovery copies and starts that value afresh. */
export async function setAsideUnreadable(key: StoreKey, now = new Date()): Promise<void> {
  await withStoreLock(async () => {
    const { recovery, problems } = await readStore();
    const problem = problems.find((p) => p.key === key);
    if (!problem) return;
    if (key === 'recovery') {
      // The recovery list itself is unreadable: keep it whole, as the first entry of a new list.
      await writeAll([
        {
          key,
          value: [
            newRecoveryEntry({ key, reason: 'unreadable', note: problem.message, raw: problem.raw }, now),
          ],
        },
      ]);
      return;
    }
    refuseIfUnreadable(problems, ['recovery']);
    const entry = newRecoveryEntry(
      { key, reason: 'unreadable', note: problem.message, raw: problem.raw },
      now,
    );
    await writeAll([
      { key, value: STORE_ITEMS[key].fallback },
      { key: 'recovery', value: validated('recovery', [...recovery, entry]) },
    ]);
  });
}

/** Deletes a recovery copy the technician no longer needs. */
export async function deleteRecoveryEntry(id: string): Promise<void> {
  await withStoreLock(async () => {
    const { recovery, problems } = await readStore();
    refuseIfUnreadable(problems, ['recovery']);
    await writeAll([{ key: 'recovery', value: recovery.filter((entry) => entry.id !== id) }]);
  });
}
