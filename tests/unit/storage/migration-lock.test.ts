import { expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { client } from '../fixtures';

// Two extension pages share the storage and the lock but not their modules: each page here is a
// fresh copy of the store's modules, whose clients are at version 2 (version 1 stored `name`).
async function page(upgrade: (older: unknown) => Promise<unknown>) {
  vi.resetModules();
  const { STORE_ITEMS } = await import('../../../utils/storage/items');
  Object.assign(STORE_ITEMS.clients, { version: 2, migrations: { 2: upgrade } });
  return {
    ...(await import('../../../utils/storage/read')),
    ...(await import('../../../utils/storage/write')),
  };
}
const renamed = async (older: unknown) =>
  (older as { name: string }[]).map(({ name, ...rest }) => ({ ...rest, companyName: name }));

function deferred() {
  let resolve = () => {};
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

it('a write from another page while a value is upgraded is not lost: the upgrade holds the store lock', async () => {
  const { companyName, ...rest } = client('acme', { companyName: 'Acme Pty Ltd' });
  await fakeBrowser.storage.local.set({ clients: [{ ...rest, name: companyName }] });
  // The lock asked for while another page holds it: the second page waits its turn.
  const waits = deferred();
  let holders = 0;
  const request = navigator.locks.request.bind(navigator.locks);
  vi.spyOn(navigator.locks, 'request').mockImplementation(((name: string, work: () => Promise<unknown>) => {
    if (holders > 0) waits.resolve();
    holders++;
    return request(name, work).finally(() => holders--);
  }) as typeof navigator.locks.request);

  const upgrading = deferred();
  const finish = deferred();
  const popup = await page(async (older) => {
    upgrading.resolve();
    await finish.promise;
    return renamed(older);
  });
  const reading = popup.readStore();
  await upgrading.promise;
  const settings = await page(renamed);
  const writing = settings.updateStore((data) => ({ clients: [...data.clients, client('beta')] }));
  // Without the lock around the upgrade, the settings page's write is done before it ends.
  await Promise.race([writing, waits.promise]);
  finish.resolve();
  await Promise.all([reading, writing]);

  const stored = await settings.readStore();
  expect(stored.problems).toEqual([]);
  expect(stored.data.clients.map((c) => [c.id, c.companyName])).toEqual([
    ['acme', 'Acme Pty Ltd'],
    ['beta', expect.any(String)],
  ]);
});
