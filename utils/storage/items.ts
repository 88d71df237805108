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

// Values are `unknown` on purpose: only a zod parse turns them into typed data.
const define = (key: StoreKey) =>
  storage.defineItem<unknown>(`local:${key}`, { version: STORE_VERSIONS[key], migrations: MIGRATIONS[key] });

export const STORE_ITEMS: Record<StoreKey, ReturnType<typeof define>> = {
  reseller: define('reseller'),
  clients: define('clients'),
  activeClientId: define('activeClientId'),
  recovery: define('recovery'),
  taught: define('taught'),
};
