import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { MAX_CSV_ROWS, previewAgainst, readClientsCsv } from '../../../utils/csv/clients-csv';
import { readStore } from '../../../utils/storage/read';
import { bytesOf, describeStorageUse, readStorageUse } from '../../../utils/storage/usage';
import { updateStore } from '../../../utils/storage/write';
import {
  describeWriteFailure,
  failureMessage,
  StoreWriteError,
  writeFailureKind,
} from '../../../utils/storage/write-errors';
import { fileTooLarge, MAX_BACKUP_BYTES, MAX_CSV_BYTES } from '../../../utils/values/file-size';
import { client } from '../fixtures';

describe('a write that fails', () => {
  it('names the browser’s own messages in words a technician can act on', () => {
    expect(writeFailureKind(new Error('QUOTA_BYTES quota exceeded'))).toBe('quota');
    expect(writeFailureKind('QuotaExceededError: the operation exceeded its quota')).toBe('quota');
    expect(writeFailureKind(new Error('Could not establish connection. Receiving end does not exist.'))).toBe(
      'disconnected',
    );
    expect(writeFailureKind(new Error('Extension context invalidated.'))).toBe('disconnected');
    expect(writeFailureKind(new Error('Clients: [0].companyName: too long'))).toBe('other');
    expect(describeWriteFailure('QUOTA_BYTES quota exceeded')).toMatch(/^Storage is full: export a backup/);
    expect(describeWriteFailure('Clients: [0].companyName: too long')).toBe(
      'Clients: [0].companyName: too long',
    );
    expect(failureMessage('Not saved', new Error('QUOTA_BYTES quota exceeded'))).toMatch(
      /^Not saved\. Storage is full/,
    );
    expect(
      failureMessage('Not saved', new StoreWriteError('Active client: "x" is not a stored client')),
    ).toBe('Not saved: Active client: "x" is not a stored client');
  });

  it('when the storage is full, says so and leaves what was stored as it was', async () => {
    await updateStore(() => ({ clients: [client('acme')] }));
    const before = await browser.storage.local.get(null);
    vi.spyOn(browser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const attempt = updateStore((data) => ({ clients: [...data.clients, client('beta')] }));
    await expect(attempt).rejects.toMatchObject({ name: 'StoreWriteError', kind: 'quota' });
    await expect(attempt).rejects.toThrow(/Storage is full/);
    expect(await browser.storage.local.get(null)).toEqual(before);
    expect((await readStore()).data.clients.map((c) => c.id)).toEqual(['acme']);
  });
});

describe('how much is stored', () => {
  it('counts keys and JSON values in UTF-8 bytes, as Chrome does', () => {
    expect(bytesOf({})).toBe(0);
    expect(bytesOf({ a: 'é' })).toBe(1 + 4); // "é" as JSON is a quoted 2-byte character
    expect(bytesOf({ list: [1, 2] })).toBe(4 + 5);
  });

  it('reads the browser’s own count where it has one, and counts where it does not', async () => {
    const values = { clients: [{ id: 'x' }] };
    const counted = await readStorageUse({ get: async () => values });
    expect(counted).toEqual({ bytes: bytesOf(values), quota: null });
    const chrome = await readStorageUse({
      get: async () => values,
      getBytesInUse: async () => 1234,
      QUOTA_BYTES: 10_485_760,
    });
    expect(chrome).toEqual({ bytes: 1234, quota: 10_485_760 });
    const refusing = await readStorageUse({
      get: async () => values,
      getBytesInUse: () => Promise.reject(new Error('not supported')),
    });
    expect(refusing.bytes).toBe(bytesOf(values));
  });

  it('says the share used, and warns from 80%', () => {
    const quota = 10 * 1024 * 1024;
    expect(describeStorageUse({ bytes: 650 * 1024, quota })).toEqual({
      text: '650 KB of 10 MB used (6%).',
      nearlyFull: false,
    });
    const nearly = describeStorageUse({ bytes: 8.5 * 1024 * 1024, quota });
    expect(nearly.nearlyFull).toBe(true);
    expect(nearly.text).toMatch(/^8\.5 MB of 10 MB used \(85%\)\. Storage is nearly full/);
    expect(describeStorageUse({ bytes: 100, quota: null }).text).toBe('1 KB stored.');
  });
});

describe('a chosen file', () => {
  it('is refused from its size before it is read, naming it', () => {
    expect(
      fileTooLarge({ name: 'clients.csv', size: MAX_CSV_BYTES }, MAX_CSV_BYTES, 'client CSV'),
    ).toBeNull();
    expect(fileTooLarge({ name: 'movie.mp4', size: 700 * 1024 * 1024 }, MAX_BACKUP_BYTES, 'backup')).toBe(
      'movie.mp4 is 700 MB: a backup is at most 10 MB. Check that this is the right file.',
    );
  });

  it('as a CSV of more than 10,000 rows is refused as a whole', () => {
    const rows = (n: number) =>
      ['companyName', ...Array.from({ length: n }, (_, i) => `Client ${i} Pty Ltd`)].join('\n');
    expect(readClientsCsv(rows(MAX_CSV_ROWS)).rows).toHaveLength(MAX_CSV_ROWS);
    const refused = readClientsCsv(rows(MAX_CSV_ROWS + 1));
    expect(refused.rows).toEqual([]);
    expect(refused.fileProblem).toBe(
      'The file has more than 10,000 rows: import at most 10,000 clients at a time (split the file).',
    );
  });

  it('is parsed once, then compared with the clients stored at the time', () => {
    const read = readClientsCsv('companyName,defaultDomain\nAcme,acme.com.au\nBeta,beta.com.au\n');
    expect(previewAgainst(read, []).clients).toHaveLength(2);
    const stored = [client('acme', { defaultDomain: 'acme.com.au' })];
    const preview = previewAgainst(read, stored);
    expect(preview.clients.map((c) => c.client.companyName)).toEqual(['Beta']);
    expect(preview.duplicates.map((d) => d.existing.id)).toEqual(['acme']);
  });
});
