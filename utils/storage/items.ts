import { storage } from 'wxt/utils/storage';

/**
 * Every stored value's schema version. A change to a stored shape bumps the number here and adds a
 * migration to {@link MIGRATIONS}; `store.ts` checks that the migration really ran (WXT only logs a
 * failed one) and validates every value with zod on read and on write.
 */
export const STORE_VERSIONS = {
  reseller: 1,
  clients: 1,
  activeClientId: 1,
  recovery: 1,
  taught: 1,
} as const;

export type StoreKey = keyof typeof STORE_VERSIONS;
export const STORE_KEYS = Object.keys(STORE_VERSIONS) as StoreKey[];

type Migrations = Record<number, (older: unknown) => unknown>;
/** Per value, the upgrade TO each version after 1. Empty while every value is at version 1. */
export const MIGRATIONS: Record<StoreKey, Migrations> = {
  reseller: {},
  clients: {},
  activeClientId: {},
  recovery: {},
  taught: {},
};

/** Where a value lives in `storage.local`, in WXT's `area:key` form. */
export const storageKey = (key: StoreKey) => `local:${key}` as const;

// Values are `unknown` on purpose: only a zod parse turns them into typed data.
const define = (key: StoreKey) =>
  storage.defineItem<unknown>(storageKey(key), { version: STORE_VERSIONS[key], migrations: MIGRATIONS[key] });
const defined = new Map<StoreKey, ReturnType<typeof define>>();

/**
 * The WXT item that upgrades a value, defined only when an upgrade is due: defining an item reads
 * its whole value twice at once (WXT's migration check and its init), which with 1,000 clients
 * stored cost the popup some 150 ms on every opening.
 */
export function migratingItem(key: StoreKey): ReturnType<typeof define> {
  let item = defined.get(key);
  if (!item) {
    item = define(key);
    defined.set(key, item);
  }
  return item;
}
