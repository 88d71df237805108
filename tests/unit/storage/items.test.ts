import { describe, expect, it } from 'vitest';
import { STORE_ITEMS, STORE_KEYS } from '../../../utils/storage/items';
import { recoveryEntrySchema } from '../../../utils/storage/recovery';

describe('the stored items', () => {
  it.each(STORE_KEYS)('%s has an upgrade to each version after 1, and none beyond its own', (key) => {
    const { version, migrations } = STORE_ITEMS[key];
    const expected = Array.from({ length: version - 1 }, (_, i) => i + 2);
    expect(Object.keys(migrations).map(Number).sort()).toEqual(expected);
  });

  it('each live in a key of their own', () => {
    const keys = STORE_KEYS.map((key) => STORE_ITEMS[key].key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('can each be named by a recovery copy (recovery.ts lists them: it cannot import the items)', () => {
    expect([...recoveryEntrySchema.shape.key.options].sort()).toEqual([...STORE_KEYS, 'all'].sort());
  });

  it.each(STORE_KEYS)('%s falls back to a value its own schema accepts', (key) => {
    expect(STORE_ITEMS[key].schema.safeParse(STORE_ITEMS[key].fallback).success).toBe(true);
  });
});
