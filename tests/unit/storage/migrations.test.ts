import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { STORE_ITEMS } from '../../../utils/storage/items';
import { readStore } from '../../../utils/storage/read';
import { client } from '../fixtures';

// Every item is at version 1 today, so this file raises two of them to version 2, once for the
// whole file (WXT runs an item's migrations once, where and when the item is first defined).
Object.assign(STORE_ITEMS.clients, {
  version: 2,
  migrations: {
    2: (older: unknown) =>
      (older as { name: string }[]).map(({ name, ...rest }) => ({ ...rest, companyName: name })),
  },
});
Object.assign(STORE_ITEMS.taught, {
  version: 2,
  migrations: {
    2: () => {
      throw new Error('this upgrade fails');
    },
  },
});

const local = () => fakeBrowser.storage.local;
// The client as version 1 of this test's clients stored it: its name under `name`.
const { companyName, ...rest } = client('acme', { companyName: 'Acme Pty Ltd' });
const olderClient = { ...rest, name: companyName };

describe('a value stored by an older version', () => {
  it('is upgraded by its migrations when read, and read again after that in one storage call', async () => {
    await local().set({ clients: [olderClient] });
    const read = await readStore();
    expect(read.problems).toEqual([]);
    expect(read.data.clients.map((c) => c.companyName)).toEqual(['Acme Pty Ltd']);
    expect(await local().get(['clients$'])).toEqual({ clients$: { v: 2 } });
    const get = vi.spyOn(local(), 'get');
    await readStore();
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('is reported, and kept as it was, when its upgrade fails (WXT only logs that)', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const taught = { 'service-details': {} };
    await local().set({ taught });
    const read = await readStore();
    expect(logged).toHaveBeenCalled();
    expect(read.problems).toEqual([
      { key: 'taught', raw: taught, message: expect.stringMatching(/schema version 1, .* version 2/) },
    ]);
    expect((await local().get('taught')).taught).toEqual(taught);
  });
});
