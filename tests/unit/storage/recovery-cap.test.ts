import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseBackupText } from '../../../utils/model/backup';
import { readStore } from '../../../utils/storage/read';
import {
  boundedCopy,
  MAX_RECOVERY_COPIES,
  MAX_RECOVERY_COPY_BYTES,
  storedBytes,
} from '../../../utils/storage/recovery';
import { restoreBackup, setAsideUnreadable } from '../../../utils/storage/restore';
import { updateStore } from '../../../utils/storage/write';
import { backupText, client } from '../fixtures';

const minimal = () => {
  const parsed = parseBackupText(backupText('v1-minimal.json'));
  if (!parsed.ok) throw new Error('fixture');
  return parsed.backup;
};
const at = (minute: number) => new Date(Date.UTC(2026, 10, 25, 1, minute));
const notes = async () => (await readStore()).recovery.map((entry) => entry.note);

describe('recovery copies', () => {
  it('are at most 10: the 11th restore drops the oldest copy', async () => {
    expect(MAX_RECOVERY_COPIES).toBe(10);
    // Each restore replaces the one before it, which is kept as a copy.
    for (let n = 1; n <= 12; n++) await restoreBackup(minimal(), `file-${n}.json`, at(n));
    const kept = await notes();
    expect(kept).toHaveLength(10);
    // The first restore replaced an empty store (no copy); copies of restores 2..12 were made.
    expect(kept[0]).toBe('Replaced by restoring file-3.json');
    expect(kept.at(-1)).toBe('Replaced by restoring file-12.json');
  });

  it('keep the latest 10 when a value that cannot be read is set aside', async () => {
    for (let n = 1; n <= 11; n++) await restoreBackup(minimal(), `file-${n}.json`, at(n));
    expect(await notes()).toHaveLength(10);
    await fakeBrowser.storage.local.set({ taught: 'not a map' });
    await setAsideUnreadable('taught', at(30));
    const read = await readStore();
    expect(read.recovery).toHaveLength(10);
    expect(read.recovery.at(-1)).toMatchObject({ key: 'taught', reason: 'unreadable', raw: 'not a map' });
    expect(read.recovery[0]?.note).toBe('Replaced by restoring file-3.json');
  });

  it('keep the latest 10 when a restore adds two at once', async () => {
    for (let n = 1; n <= 10; n++) await restoreBackup(minimal(), `file-${n}.json`, at(n));
    expect(await notes()).toHaveLength(9);
    await fakeBrowser.storage.local.set({ activeClientId: 42 });
    await restoreBackup(minimal(), 'file-11.json', at(11));
    const read = await readStore();
    expect(read.recovery).toHaveLength(10);
    expect(read.recovery.slice(-2)).toEqual([
      expect.objectContaining({ key: 'activeClientId', reason: 'unreadable', raw: 42 }),
      expect.objectContaining({ note: 'Replaced by restoring file-11.json' }),
    ]);
    expect(read.recovery[0]?.note).toBe('Replaced by restoring file-3.json');
  });

  it('keep at most 1 MB of a value that could not be read, the start of its text, and say so', async () => {
    expect(MAX_RECOVERY_COPY_BYTES).toBe(1024 * 1024);
    await updateStore(() => ({ clients: [client('acme')] }));
    // Another version's taught fields, 3 MB of them, with quotes and non-ASCII text to escape.
    const huge = Array.from({ length: 30_000 }, (_, i) => `"Café ${i}" ${'x'.repeat(80)}`);
    await fakeBrowser.storage.local.set({ taught: huge });
    await setAsideUnreadable('taught', at(40));
    const read = await readStore();
    const [copy] = read.recovery;
    expect(copy?.note).toMatch(
      /too large to keep whole \(2\.\d MB\): this copy keeps the start of its text, 1 MB$/,
    );
    expect(storedBytes(copy?.raw)).toBeLessThanOrEqual(MAX_RECOVERY_COPY_BYTES);
    expect(storedBytes(copy?.raw)).toBeGreaterThan(0.9 * MAX_RECOVERY_COPY_BYTES);
    expect(JSON.stringify(huge).startsWith(copy?.raw as string)).toBe(true);
    // The rest of the store as it was; the value afresh.
    expect(read.problems).toEqual([]);
    expect(read.data.taught).toEqual({});
    expect(read.data.clients.map((c) => c.id)).toEqual(['acme']);
  });

  it('keep a value that fits whole, and never cut inside a character', () => {
    expect(boundedCopy({ a: 'é' })).toEqual({ raw: { a: 'é' }, cut: null });
    // Two bytes are the empty text's quotes.
    for (let max = 2; max < 12; max++) {
      const { raw } = boundedCopy('ééééé', max);
      expect(storedBytes(raw)).toBeLessThanOrEqual(max);
      expect(raw).not.toContain('\uFFFD');
    }
  });
});
