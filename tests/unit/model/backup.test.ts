import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION, parseBackupJson, parseBackupText } from '../../../utils/model/backup';
import { backupNames, backupText } from '../fixtures';

describe('parseBackupText', () => {
  it('reads a full version 1 backup, with the app’s own fields', () => {
    const parsed = parseBackupText(backupText('v1-full.json'));
    if (!parsed.ok) throw new Error(`${parsed.path} ${parsed.message}`);
    const { backup } = parsed;
    expect(backup.reseller?.mpnId).toBe('619911');
    expect(backup.clients.map((c) => c.id)).toEqual(['c-360business', 'c-bluegum', 'c-new-cafe']);
    expect(backup.clients[0]?.history).toHaveLength(3);
    expect(backup.clients[2]?.order?.subscriptions[0]?.quantity).toBe(2);
    expect(backup.activeClientId).toBe('c-360business');
  });

  it('reads a file with only SCREENS.md’s minimal fields, giving the app’s fields their defaults', () => {
    const parsed = parseBackupText(backupText('v1-minimal.json'));
    if (!parsed.ok) throw new Error(`${parsed.path} ${parsed.message}`);
    const [client] = parsed.backup.clients;
    expect(client).toMatchObject({ status: 'queued', history: [], notes: '', abn: '' });
    expect(parsed.backup.activeClientId).toBeNull();
    expect(parsed.backup.reseller?.state).toBe('NT');
  });

  it('keeps the Global Administrator’s email and the authorisation hand-off; files without them restore as before', () => {
    const file = JSON.parse(backupText('v1-full.json'));
    file.clients[0].adminEmail = 'mailto:IT.Admin@360Business.com.au';
    file.clients[0].handOff = {
      link: 'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=1',
      sentAt: '2026-11-19T23:10:00.000Z',
      sentHow: 'message',
      verifiedAt: '2026-11-20T02:00:00+10:00',
    };
    const parsed = parseBackupJson(file);
    if (!parsed.ok) throw new Error(`${parsed.path} ${parsed.message}`);
    const [withHandOff, without] = parsed.backup.clients;
    expect(withHandOff?.adminEmail).toBe('IT.Admin@360business.com.au');
    expect(withHandOff?.handOff).toEqual(file.clients[0].handOff);
    expect(without?.adminEmail).toBeUndefined();
    expect(without?.handOff).toBeUndefined();
    // Written back and read again, the same.
    const again = parseBackupJson(JSON.parse(JSON.stringify(parsed.backup)));
    expect(again.ok && again.backup.clients[0]).toEqual(withHandOff);
  });

  it.each([
    ['adminEmail', { adminEmail: 'admin at 360business' }, 'clients[0].adminEmail'],
    [
      'a link that is no https address',
      { handOff: { link: 'javascript:alert(1)' } },
      'clients[0].handOff.link',
    ],
    ['a sending time that is no time', { handOff: { sentAt: 'yesterday' } }, 'clients[0].handOff.sentAt'],
  ])('refuses a bad %s, naming where', (_, change, path) => {
    const file = JSON.parse(backupText('v1-full.json'));
    Object.assign(file.clients[0], change);
    const parsed = parseBackupJson(file);
    expect(parsed.ok ? null : parsed.path).toBe(path);
  });

  it('normalises pasted values in a hand-written file', () => {
    const file = JSON.parse(backupText('v1-minimal.json'));
    file.clients[0].defaultDomain = 'https://www.RedCentreTours.com.au/';
    file.clients[0].tenantPrefix = 'RedCentreTours.onmicrosoft.com';
    file.reseller.state = 'Northern Territory';
    file.reseller.mpnId = 1234567;
    const parsed = parseBackupJson(file);
    if (!parsed.ok) throw new Error(`${parsed.path} ${parsed.message}`);
    expect(parsed.backup.clients[0]).toMatchObject({
      defaultDomain: 'redcentretours.com.au',
      tenantPrefix: 'redcentretours',
    });
    expect(parsed.backup.reseller).toMatchObject({ state: 'NT', mpnId: '1234567' });
  });

  // Each malformed file, and the first bad path its refusal must name.
  it.each([
    ['bad-quantity.json', 'clients[1].licenses[0].quantity', /at least 1/],
    ['bad-format.json', 'format', /not a Leader CSP Assistant backup/],
    ['bad-active-client.json', 'activeClientId', /not the id of any client/],
    ['bad-duplicate-id.json', 'clients[2].id', /also the id of client 0/],
    ['bad-prefix.json', 'clients[0].tenantPrefix', /letters \(a–z\) and digits: remove "-"/],
    ['bad-reseller-state.json', 'reseller.state', /not an Australian state/],
    ['newer-version.json', 'version', /newer version of the extension/],
    ['bad-truncated.json', '(the whole file)', /not valid JSON/],
  ])('refuses %s, naming %s', (name, path, message) => {
    const parsed = parseBackupText(backupText(name));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.path).toBe(path);
      expect(parsed.message).toMatch(message);
    }
  });

  it('refuses what is not an object', () => {
    expect(parseBackupText('[]')).toMatchObject({ ok: false, path: '(the whole file)' });
    expect(parseBackupText('null')).toMatchObject({ ok: false });
    expect(parseBackupJson({ format: 'leader-csp-assistant-backup', version: '1' })).toMatchObject({
      ok: false,
      path: 'version',
    });
  });

  it('still reads a saved file of every version up to this one (later versions keep restoring older files)', () => {
    const versions = new Set<number>();
    for (const name of backupNames().filter((n) => /^v\d+-/.test(n))) {
      const parsed = parseBackupText(backupText(name));
      expect(parsed.ok, `${name} no longer restores`).toBe(true);
      versions.add(Number(name.match(/^v(\d+)-/)?.[1]));
    }
    // A new backup version must come with a saved file of it in tests/fixtures/backups.
    for (let v = 1; v <= BACKUP_VERSION; v++)
      expect(versions.has(v), `no saved v${v} backup file`).toBe(true);
  });
});

describe('a hand-written backup', () => {
  it('may give numbers where the app writes text: client ids, postcodes', () => {
    const file = JSON.parse(backupText('v1-minimal.json'));
    file.clients[0].id = 7;
    file.activeClientId = '7';
    file.reseller.postcode = 800;
    const parsed = parseBackupJson(file);
    if (!parsed.ok) throw new Error(`${parsed.path} ${parsed.message}`);
    expect(parsed.backup.clients[0]?.id).toBe('7');
    expect(parsed.backup.reseller?.postcode).toBe('0800');
  });

  it('names a missing required field by its path', () => {
    const file = JSON.parse(backupText('v1-minimal.json'));
    delete file.clients[0].companyName;
    expect(parseBackupJson(file)).toEqual({
      ok: false,
      path: 'clients[0].companyName',
      message: 'Company name is required',
    });
  });
});
