import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseBackupJson, parseBackupText } from '../../../utils/model/backup';
import { readQueueIndex, rebuildQueueIndex } from '../../../utils/storage/queue-index';
import { readStore } from '../../../utils/storage/read';
import { restoreBackup, setAsideUnreadable } from '../../../utils/storage/restore';
import { StoreWriteError, saveResellerFields, updateStore } from '../../../utils/storage/write';
import { backupText, client } from '../fixtures';

const local = () => fakeBrowser.storage.local;
const reseller = () => {
  const parsed = parseBackupText(backupText('v1-full.json'));
  if (!parsed.ok || !parsed.backup.reseller) throw new Error('fixture');
  return parsed.backup.reseller;
};
const backup = (name: string) => {
  const parsed = parseBackupText(backupText(name));
  if (!parsed.ok) throw new Error(`${parsed.path} ${parsed.message}`);
  return parsed.backup;
};

describe('the store', () => {
  it('starts empty, with nothing to report', async () => {
    expect(await readStore()).toEqual({
      data: { reseller: null, clients: [], activeClientId: null, taught: {} },
      recovery: [],
      problems: [],
    });
  });

  it('writes validated values with their schema version, in one storage call', async () => {
    await updateStore(() => ({ clients: [client('acme')], activeClientId: 'acme' }));
    const raw = await local().get(null);
    expect(raw.clients).toHaveLength(1);
    expect(raw.activeClientId).toBe('acme');
    expect(raw.clients$).toEqual({ v: 1, rev: expect.any(String) });
    expect((await readStore()).data.activeClientId).toBe('acme');
  });

  it('refuses an invalid write, names what is wrong, and changes nothing', async () => {
    await updateStore(() => ({ clients: [client('acme')] }));
    const before = await local().get(null);
    const bad = { ...client('beta'), tenantPrefix: 'beta-co' };
    await expect(updateStore((c) => ({ clients: [...c.clients, bad] }))).rejects.toThrow(
      /Clients: \[1\]\.tenantPrefix: .*remove "-"/,
    );
    expect(await local().get(null)).toEqual(before);
  });

  it('clears the active client when that client is removed', async () => {
    await updateStore(() => ({ clients: [client('acme'), client('beta')], activeClientId: 'beta' }));
    const after = await updateStore((c) => ({ clients: c.clients.filter((x) => x.id !== 'beta') }));
    expect(after.activeClientId).toBeNull();
    expect((await readStore()).data.activeClientId).toBeNull();
  });

  it('reads storage once per read, at the versions it knows (1,000 clients cost ~70 ms a read)', async () => {
    await updateStore(() => ({ clients: [client('acme')] }));
    const get = vi.spyOn(local(), 'get');
    await readStore();
    expect(get).toHaveBeenCalledTimes(1);
    get.mockRestore();
  });

  it('keeps the queue’s index with the clients, under the same revision, and never serves a stale one', async () => {
    expect(await readQueueIndex()).toBeNull();
    await updateStore(() => ({ clients: [client('acme'), client('beta')], activeClientId: 'beta' }));
    const index = await readQueueIndex();
    expect(index?.entries.map((e) => [e.id, e.companyName, e.summary])).toEqual([
      ['acme', 'Client acme', 'Queued'],
      ['beta', 'Client beta', 'Queued'],
    ]);
    expect(index?.activeClientId).toBe('beta');
    const raw = await local().get(null);
    expect((raw.queueIndex as { rev: string }).rev).toBe((raw.clients$ as { rev: string }).rev);
    // Clients written as an older version wrote them (no revision): the index is not trusted.
    await local().set({ clients: [client('gamma')], clients$: { v: 1 } });
    expect(await readQueueIndex()).toBeNull();
    await rebuildQueueIndex();
    expect((await readQueueIndex())?.entries.map((e) => e.id)).toEqual(['gamma']);
    // Each later write of the clients refreshes it; a write of other values leaves it valid.
    await updateStore((c) => ({ clients: c.clients.map((x) => ({ ...x, companyName: 'Gamma Renamed' })) }));
    expect((await readQueueIndex())?.entries.map((e) => e.companyName)).toEqual(['Gamma Renamed']);
    await updateStore(() => ({ activeClientId: 'gamma' }));
    expect(await readQueueIndex()).toMatchObject({ activeClientId: 'gamma', entries: [{ id: 'gamma' }] });
    // Another revision of the clients, another schema version, or an older index format: not trusted.
    const fresh = await local().get(null);
    await local().set({ clients$: { v: 1, rev: 'someone-else' } });
    expect(await readQueueIndex()).toBeNull();
    await local().set({ clients$: fresh.clients$, queueIndex: { ...(fresh.queueIndex as object), v: 0 } });
    expect(await readQueueIndex()).toBeNull();
    await local().set({ queueIndex: { ...(fresh.queueIndex as object), format: 0 } });
    expect(await readQueueIndex()).toBeNull();
    await local().set({ queueIndex: fresh.queueIndex });
    expect(await readQueueIndex()).not.toBeNull();
    // Reading the index reads neither the clients nor their timelines.
    const get = vi.spyOn(local(), 'get');
    await readQueueIndex();
    expect(get.mock.calls.flat().flat()).not.toContain('clients');
    get.mockRestore();
  });

  it('indexes a client whose times have more precision than usual', async () => {
    const at = '2026-11-25T10:30:00.123456789012345+10:00';
    await updateStore(() => ({
      clients: [client('acme', { history: [{ step: 'basket', at, by: 'assistant' }] })],
    }));
    expect((await readQueueIndex())?.entries[0]?.lastAt).toBe(at);
  });

  it('refuses an active client that is not stored', async () => {
    await expect(updateStore(() => ({ activeClientId: 'ghost' }))).rejects.toThrow(
      /"ghost" is not a stored client/,
    );
  });
});

describe('an unreadable stored value', () => {
  const corrupt = [{ id: 'x', companyName: 'X Pty Ltd', licenses: 'lots' }];

  it('is reported with its path, kept as it was, and never overwritten', async () => {
    await local().set({ clients: corrupt });
    const read = await readStore();
    expect(read.problems).toEqual([
      { key: 'clients', raw: corrupt, message: expect.stringMatching(/^\[0\]\.existingTenant: /) },
    ]);
    expect(read.data.clients).toEqual([]);

    await expect(updateStore(() => ({ clients: [client('acme')] }))).rejects.toThrow(StoreWriteError);
    expect((await local().get('clients')).clients).toEqual(corrupt);
  });

  it('does not block writes to the other values', async () => {
    await local().set({ clients: corrupt });
    await saveResellerFields(reseller());
    expect((await readStore()).data.reseller?.companyName).toBe('Harbour IT Services Pty Ltd');
    expect((await local().get('clients')).clients).toEqual(corrupt);
  });

  it('can be set aside into a recovery copy, and the value starts afresh', async () => {
    await local().set({ clients: corrupt });
    await setAsideUnreadable('clients', new Date('2026-11-25T01:00:00Z'));
    const read = await readStore();
    expect(read.problems).toEqual([]);
    expect(read.data.clients).toEqual([]);
    expect(read.recovery).toEqual([
      expect.objectContaining({
        key: 'clients',
        reason: 'unreadable',
        raw: corrupt,
        savedAt: '2026-11-25T01:00:00.000Z',
      }),
    ]);
  });

  it('is reported when stored by a version whose upgrade did not run', async () => {
    await local().set({ clients: [client('acme')], clients$: { v: 7 } });
    const read = await readStore();
    expect(read.problems[0]).toMatchObject({
      key: 'clients',
      message: expect.stringMatching(/schema version 7/),
    });
  });

  it('even an unreadable recovery list is kept whole when set aside', async () => {
    await local().set({ recovery: 'garbage' });
    await setAsideUnreadable('recovery');
    const read = await readStore();
    expect(read.recovery).toEqual([expect.objectContaining({ key: 'recovery', raw: 'garbage' })]);
  });
});

describe('restoreBackup', () => {
  it('replaces the data and keeps what it replaced as a restorable recovery copy', async () => {
    await updateStore(() => ({ clients: [client('old')], activeClientId: 'old', reseller: reseller() }));
    await restoreBackup(backup('v1-minimal.json'), 'v1-minimal.json');
    const read = await readStore();
    expect(read.data.clients.map((c) => c.id)).toEqual(['client-1']);
    expect(read.data.reseller?.companyName).toBe('Outback MSP');
    const [kept] = read.recovery;
    expect(kept).toMatchObject({
      key: 'all',
      reason: 'replaced-by-restore',
      note: 'Replaced by restoring v1-minimal.json',
    });
    const again = parseBackupJson(kept?.raw);
    expect(again.ok && again.backup.clients.map((c) => c.id)).toEqual(['old']);
  });

  it('keeps the reseller profile when the file has none', async () => {
    await saveResellerFields(reseller());
    const file = backup('v1-minimal.json');
    await restoreBackup({ ...file, reseller: undefined }, 'clients-only.json');
    expect((await readStore()).data.reseller?.companyName).toBe('Harbour IT Services Pty Ltd');
  });

  it('moves unreadable values it replaces into recovery copies', async () => {
    await local().set({ clients: 'not a list' });
    await restoreBackup(backup('v1-full.json'), 'v1-full.json');
    const read = await readStore();
    expect(read.problems).toEqual([]);
    expect(read.data.clients).toHaveLength(3);
    expect(read.recovery).toEqual([
      expect.objectContaining({ key: 'clients', reason: 'unreadable', raw: 'not a list' }),
    ]);
  });

  it('writes nothing to an empty store’s recovery list', async () => {
    await restoreBackup(backup('v1-full.json'), 'v1-full.json');
    expect((await readStore()).recovery).toEqual([]);
  });
});

describe('writes at the same time', () => {
  it('lose nothing: every concurrent change lands', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => `c${i}`);
    await Promise.all(
      ids.map((id) => updateStore((current) => ({ clients: [...current.clients, client(id)] }))),
    );
    expect((await readStore()).data.clients.map((c) => c.id).sort()).toEqual([...ids].sort());
  });

  it('of different reseller fields keep both', async () => {
    await saveResellerFields(reseller());
    await Promise.all([
      saveResellerFields({ contactPhone: '0412 000 111' }),
      saveResellerFields({ city: 'Penrith' }),
    ]);
    expect((await readStore()).data.reseller).toMatchObject({
      contactPhone: '0412 000 111',
      city: 'Penrith',
    });
  });
});
