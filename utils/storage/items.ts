// utils/storage: what the extension keeps in browser storage. Each stored value is declared once,
// here; read.ts reads them, write.ts writes them under the lock (write-errors.ts words a failed
// write), queue-index.ts keeps the queue's list beside the clients, restore.ts restores backups and
// keeps recovery copies, usage.ts measures what all of it takes.
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { clientListSchema } from '../model/client';
import { firstIssue } from '../model/from-parser';
import { resellerSchema } from '../model/reseller';
import { taughtFieldsSchema } from '../model/taught';
import { recoveryListSchema } from './recovery';

interface StoreItemDeclaration<S extends z.ZodType> {
  /** Where the value lives, in WXT's `area:key` form. Renaming it loses what is stored. */
  key: `local:${string}`;
  /** The value's name in what the technician reads (the settings page, refused writes). */
  label: string;
  /** Checked on every read and every write. */
  schema: S;
  /** What a value never stored, or set aside, reads as. */
  fallback: z.output<S>;
  /**
   * The stored shape's version: a change to the shape bumps it and adds the upgrade TO the new
   * version in `migrations`, from the value as the version before stored it.
   */
  version: number;
  migrations: Record<number, (older: unknown) => unknown>;
}

export interface StoreItem<S extends z.ZodType = z.ZodType> extends StoreItemDeclaration<S> {
  /** WXT keeps the value's version (and the clients' revision) in this key beside it. */
  metaKey: `local:${string}$`;
}

const item = <S extends z.ZodType>(declaration: StoreItemDeclaration<S>): StoreItem<S> => ({
  ...declaration,
  metaKey: `${declaration.key}$`,
});

/** Every stored value: adding one is one entry here. */
export const STORE_ITEMS = {
  reseller: item({
    key: 'local:reseller',
    label: 'Reseller profile',
    schema: resellerSchema.nullable(),
    fallback: null,
    version: 1,
    migrations: {},
  }),
  clients: item({
    key: 'local:clients',
    label: 'Clients',
    schema: clientListSchema,
    fallback: [],
    version: 1,
    migrations: {},
  }),
  activeClientId: item({
    key: 'local:activeClientId',
    label: 'Active client',
    schema: z.string().min(1).nullable(),
    fallback: null,
    version: 1,
    migrations: {},
  }),
  // The store's own copies of what it could not read or a restore replaced; not part of StoreData.
  recovery: item({
    key: 'local:recovery',
    label: 'Recovery copies',
    schema: recoveryListSchema,
    fallback: [],
    version: 1,
    migrations: {},
  }),
  // Fields the technician pointed at, per step, for screens the assistant could not read alone.
  taught: item({
    key: 'local:taught',
    label: 'Taught fields',
    schema: taughtFieldsSchema,
    fallback: {},
    version: 1,
    migrations: {},
  }),
};

export type StoreKey = keyof typeof STORE_ITEMS;
export const STORE_KEYS = Object.keys(STORE_ITEMS) as StoreKey[];
export type StoredValue<K extends StoreKey> = z.output<(typeof STORE_ITEMS)[K]['schema']>;

/** The data the extension works from, every part valid. */
export type StoreData = { [K in DataKey]: StoredValue<K> };
export type DataKey = Exclude<StoreKey, 'recovery'>;
export const DATA_KEYS = STORE_KEYS.filter((key): key is DataKey => key !== 'recovery');

/**
 * A value checked against its item's schema; when it does not fit, the first issue's path
 * (`[1].tenantPrefix`) and the text that says it (the message alone for the whole value).
 */
export function checkValue<K extends StoreKey>(
  key: K,
  value: unknown,
): { ok: true; value: StoredValue<K> } | { ok: false; path: string; text: string } {
  const result = STORE_ITEMS[key].schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data as StoredValue<K> };
  const { path, message } = firstIssue(result.error);
  return { ok: false, path, text: path === '(the whole file)' ? message : `${path}: ${message}` };
}

// Values are `unknown` on purpose: only a zod parse turns them into typed data.
const define = (key: StoreKey) => {
  const { key: storageKey, version, migrations } = STORE_ITEMS[key];
  return storage.defineItem<unknown>(storageKey, { version, migrations });
};
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

/** Whether this page has defined the item, and so had WXT try its upgrade (it tries once a page). */
export const upgradeTried = (key: StoreKey) => defined.has(key);
