import { storage } from 'wxt/utils/storage';
import {
  checkValue,
  migratingItem,
  STORE_ITEMS,
  STORE_KEYS,
  type StoreData,
  type StoredValue,
  type StoreKey,
  upgradeTried,
} from './items';
import { withStoreLock } from './lock';
import type { RecoveryEntry } from './recovery';

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

// An upgrade that failed is not tried again in this page (WXT tries once); it reads as a problem.
const dueUpgrades = (raw: RawStore) =>
  STORE_KEYS.filter(
    (key) => raw[key].value !== null && raw[key].version < STORE_ITEMS[key].version && !upgradeTried(key),
  );

async function readRaw(lock: 'take' | 'held'): Promise<RawStore> {
  const raw = await readAllOnce();
  if (dueUpgrades(raw).length === 0) return raw;
  // An older version's value is upgraded by WXT's migrations, which write it back: under the store
  // lock, as every write, or another page's write between the upgrade's read and its write is lost.
  const upgrade = async () => {
    // Read again under the lock: another page may have upgraded it meanwhile.
    const due = dueUpgrades(await readAllOnce());
    await Promise.all(due.map((key) => migratingItem(key).getMeta()));
    return readAllOnce();
  };
  return lock === 'held' ? upgrade() : withStoreLock(upgrade);
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
export function readStore(): Promise<StoreRead> {
  return readWith('take');
}

/**
 * {@link readStore} for work that already holds the store lock (a write's read-modify-write): Web
 * Locks are not re-entrant, so asking for the lock again there would wait for ever.
 */
export function readStoreInLock(): Promise<StoreRead> {
  return readWith('held');
}

async function readWith(lock: 'take' | 'held'): Promise<StoreRead> {
  const raw = await readRaw(lock);
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
