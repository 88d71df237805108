import { storage } from 'wxt/utils/storage';
import type { Client } from '../model/client';
import type { Reseller } from '../model/reseller';
import { checkValue, DATA_KEYS, STORE_ITEMS, type StoreData, type StoredValue, type StoreKey } from './items';
import { withStoreLock } from './lock';
import { indexEntries } from './queue-index';
import { readStoreInLock, type StoredProblem } from './read';
import { asStoreWriteError, StoreWriteError } from './write-errors';

export { StoreWriteError };

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
  throw new StoreWriteError(`${STORE_ITEMS[key].label}: ${result.text}`, 'invalid', result.path);
}

export function refuseIfUnreadable(problems: StoredProblem[], keys: StoreKey[]): void {
  const problem = problems.find((p) => keys.includes(p.key));
  if (problem) {
    throw new StoreWriteError(
      `${STORE_ITEMS[problem.key].label} could not be read (${problem.message}), so nothing was saved. Open the options page to keep a copy of it and start again, or restore a backup.`,
      'unreadable',
    );
  }
}

/**
 * Work that writes, under the store lock; whatever fails in it (a refusal, the browser's storage
 * full, the extension reloaded) comes out as a StoreWriteError with its kind and the words to show.
 */
export async function lockedWrite<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await withStoreLock(work);
  } catch (error) {
    throw asStoreWriteError(error);
  }
}

/**
 * Changes stored data: under the store lock, reads the latest values, applies `change`, validates
 * the result and writes it in one go. Two pages doing this at once each see the other's write.
 */
export async function updateStore(change: (current: StoreData) => Partial<StoreData>): Promise<StoreData> {
  return lockedWrite(async () => {
    const { data, problems } = await readStoreInLock();
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
      throw new StoreWriteError(`Active client: "${next.activeClientId}" is not a stored client`, 'invalid');
    }
    if (writes.length > 0) await writeAll(writes);
    return next;
  });
}

/** Saves the reseller profile fields this page changed, merged into what is stored now. */
export function saveResellerFields(changed: Partial<Record<keyof Reseller, unknown>>): Promise<StoreData> {
  return updateStore((current) => ({ reseller: { ...(current.reseller ?? {}), ...changed } as Reseller }));
}
