import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../model/backup';
import { type Client, clientListSchema } from '../model/client';
import { firstIssue } from '../model/from-parser';
import { type Reseller, resellerSchema } from '../model/reseller';
import {
  QUEUE_INDEX_FORMAT,
  type QueueEntry,
  type QueueIndex,
  queueEntryOf,
  queueIndexSchema,
} from '../queue/index';
import { migratingItem, STORE_KEYS, STORE_VERSIONS, type StoreKey, storageKey } from './items';
import { withStoreLock } from './lock';
import { type RecoveryEntry, recoveryListSchema } from './recovery';
import { type TaughtFields, taughtFieldsSchema } from './taught';

/** The data the extension works from, every part valid. */
export interface StoreData {
  reseller: Reseller | null;
  clients: Client[];
  activeClientId: string | null;
  /** Fields the technician pointed at, per step, for screens the assistant could not read alone. */
  taught: TaughtFields;
}
export type DataKey = keyof StoreData;
const DATA_KEYS: DataKey[] = ['reseller', 'clients', 'activeClientId', 'taught'];

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

export const STORE_LABELS: Record<StoreKey, string> = {
  reseller: 'Reseller profile',
  clients: 'Clients',
  activeClientId: 'Active client',
  recovery: 'Recovery copies',
  taught: 'Taught fields',
};

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

const schemas = {
  reseller: resellerSchema.nullable(),
  clients: clientListSchema,
  activeClientId: z.string().min(1).nullable(),
  recovery: recoveryListSchema,
  taught: taughtFieldsSchema,
} satisfies Record<StoreKey, z.ZodType>;

const fallbacks = { reseller: null, clients: [], activeClientId: null, recovery: [], taught: {} } as const;

const driverKey = storageKey;
const metaKey = (key: StoreKey) => `${storageKey(key)}$` as const;

type RawStore = Record<StoreKey, { value: unknown; version: number }>;

async function readRaw(): Promise<RawStore> {
  const raw = await readAllOnce();
  // An older version's value is upgraded by WXT's migrations, then everything is read again.
  const due = STORE_KEYS.filter((key) => raw[key].value !== null && raw[key].version < STORE_VERSIONS[key]);
  if (due.length === 0) return raw;
  await Promise.all(due.map((key) => migratingItem(key).getMeta()));
  return readAllOnce();
}

// One storage read, so a restore is never seen half done.
async function readAllOnce(): Promise<RawStore> {
  const keys = STORE_KEYS.flatMap((key) => [driverKey(key), metaKey(key)]);
  const values = new Map((await storage.getItems(keys)).map(({ key, value }) => [key, value]));
  return Object.fromEntries(
    STORE_KEYS.map((key) => {
      const meta = values.get(metaKey(key)) as { v?: unknown } | null | undefined;
      return [
        key,
        { value: values.get(driverKey(key)) ?? null, version: typeof meta?.v === 'number' ? meta.v : 1 },
      ];
    }),
  ) as RawStore;
}

/** Reads and validates everything stored. Unreadable values come back as problems, never dropped. */
export async function readStore(): Promise<StoreRead> {
  const raw = await readRaw();
  const problems: StoredProblem[] = [];
  const parsed: Record<string, unknown> = {};
  for (const key of STORE_KEYS) {
    const { value, version } = raw[key];
    if (value === null) {
      parsed[key] = fallbacks[key];
      continue;
    }
    if (version !== STORE_VERSIONS[key]) {
      problems.push({
        key,
        raw: value,
        message: `stored as schema version ${version}, but this version of the extension reads version ${STORE_VERSIONS[key]} (its upgrade did not run)`,
      });
      parsed[key] = fallbacks[key];
      continue;
    }
    const result = schemas[key].safeParse(value);
    if (result.success) {
      parsed[key] = result.data;
    } else {
      const { path, message } = firstIssue(result.error);
      problems.push({
        key,
        raw: value,
        message: `${path === '(the whole file)' ? '' : `${path}: `}${message}`,
      });
      parsed[key] = fallbacks[key];
    }
  }
  const clients = parsed.clients as Client[];
  const activeClientId = parsed.activeClientId as string | null;
  return {
    data: {
      reseller: parsed.reseller as Reseller | null,
      clients,
      // A client removed elsewhere leaves no dangling choice behind.
      activeClientId: clients.some((c) => c.id === activeClientId) ? activeClientId : null,
      taught: parsed.taught as TaughtFields,
    },
    recovery: parsed.recovery as RecoveryEntry[],
    problems,
  };
}

type Write = { key: StoreKey; value: unknown };

async function writeAll(writes: Write[]): Promise<void> {
  // One storage.set call: the browser applies it whole or not at all. The queue's index goes with
  // the clients, under the same new revision, so it is never seen out of step with them.
  const clients = writes.find((w) => w.key === 'clients')?.value as Client[] | undefined;
  const rev = clients ? newRevision() : undefined;
  await storage.setItems([
    ...writes.flatMap(({ key, value }) => [
      { key: driverKey(key), value },
      {
        key: metaKey(key),
        value: key === 'clients' ? { v: STORE_VERSIONS[key], rev } : { v: STORE_VERSIONS[key] },
      },
    ]),
    ...(clients && rev ? [{ key: QUEUE_INDEX_KEY, value: indexOf(clients, rev) }] : []),
  ]);
}

const QUEUE_INDEX_KEY = 'local:queueIndex' as const;
const newRevision = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
const indexOf = (clients: readonly Client[], rev: string): QueueIndex => ({
  rev,
  v: STORE_VERSIONS.clients,
  format: QUEUE_INDEX_FORMAT,
  entries: clients.map(queueEntryOf),
});

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
  const keys = [QUEUE_INDEX_KEY, metaKey('clients'), driverKey('activeClientId')];
  const values = new Map((await storage.getItems(keys)).map(({ key, value }) => [key, value]));
  const index = queueIndexSchema.safeParse(values.get(QUEUE_INDEX_KEY));
  const meta = values.get(metaKey('clients')) as { v?: unknown; rev?: unknown } | null | undefined;
  const current =
    index.success &&
    index.data.format === QUEUE_INDEX_FORMAT &&
    index.data.v === STORE_VERSIONS.clients &&
    meta?.v === STORE_VERSIONS.clients &&
    meta.rev === index.data.rev;
  if (!current) return null;
  const active = schemas.activeClientId.safeParse(values.get(driverKey('activeClientId')) ?? null);
  const activeClientId =
    active.success && index.data.entries.some((e) => e.id === active.data) ? active.data : null;
  return { entries: index.data.entries, activeClientId };
}

/** Writes the index afresh from the stored clients, when it was missing or stale. */
export async function rebuildQueueIndex(): Promise<void> {
  await withStoreLock(async () => {
    if (await readQueueIndex()) return;
    const raw = await readAllOnce();
    const clients = schemas.clients.safeParse(raw.clients.value ?? []);
    if (!clients.success || raw.clients.version !== STORE_VERSIONS.clients) return;
    const rev = newRevision();
    await storage.setItems([
      { key: metaKey('clients'), value: { v: STORE_VERSIONS.clients, rev } },
      { key: QUEUE_INDEX_KEY, value: indexOf(clients.data, rev) },
    ]);
  });
}

function validated<K extends StoreKey>(key: K, value: unknown): z.output<(typeof schemas)[K]> {
  const result = schemas[key].safeParse(value);
  if (result.success) return result.data as z.output<(typeof schemas)[K]>;
  const { path, message } = firstIssue(result.error);
  const where = path === '(the whole file)' ? STORE_LABELS[key] : `${STORE_LABELS[key]}: ${path}`;
  throw new StoreWriteError(`${where}: ${message}`, path);
}

function refuseIfUnreadable(problems: StoredProblem[], keys: StoreKey[]): void {
  const problem = problems.find((p) => keys.includes(p.key));
  if (problem) {
    throw new StoreWriteError(
      `${STORE_LABELS[problem.key]} could not be read (${problem.message}), so nothing was saved. Open the options page to keep a copy of it and start again, or restore a backup.`,
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
      { key, value: fallbacks[key] },
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

/** Calls back whenever any stored value changes, from this page or another. */
export function watchStore(onChange: () => void): () => void {
  const unwatchers = STORE_KEYS.map((key) => storage.watch(storageKey(key), onChange));
  return () => {
    for (const unwatch of unwatchers) unwatch();
  };
}
