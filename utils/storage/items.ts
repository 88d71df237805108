import { storage } from 'wxt/utils/storage';

/**
 * Every stored value, with its schema version. A change to a stored shape bumps `version` and adds
 * a migration here; `store.ts` checks that migrations really ran (WXT only logs a failed one) and
 * validates every value with zod on read and on write. Values are `unknown` here on purpose: only
 * a zod parse turns them into typed data.
 */
export const STORE_ITEMS = {
  reseller: storage.defineItem<unknown>('local:reseller', { version: 1, migrations: {} }),
  clients: storage.defineItem<unknown>('local:clients', { version: 1, migrations: {} }),
  activeClientId: storage.defineItem<unknown>('local:activeClientId', { version: 1, migrations: {} }),
  recovery: storage.defineItem<unknown>('local:recovery', { version: 1, migrations: {} }),
};

export const STORE_VERSIONS: Record<StoreKey, number> = {
  reseller: 1,
  clients: 1,
  activeClientId: 1,
  recovery: 1,
};

export type StoreKey = keyof typeof STORE_ITEMS;
export const STORE_KEYS = Object.keys(STORE_ITEMS) as StoreKey[];
