import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clientsAfterImport,
  clientsToCsv,
  neutralise,
  parseClientsCsv,
  parseLicences,
  restore,
} from '../../../utils/csv/clients-csv';
import { isFormula, semicolonExcelFields } from '../excel';
import { sampleData } from '../portal-page';

const csv = (name: string) => readFileSync(join(__dirname, '../../fixtures/csv', name), 'utf8');
const { clients: stored } = sampleData();

describe('the client CSV', () => {
  it('reads the sample file of the README', () => {
    const preview = parseClientsCsv(csv('clients-sample.csv'), stored);
    expect(preview.problems).toEqual([]);
    expect(
      preview.clients.map(({ client }) => [
        client.companyName,
        client.defaultDomain,
        client.tenantPrefix,
        client.existingTenant,
      ]),
    ).toEqual([
      ['Acme Plumbing Pty Ltd', 'acmeplumbing.com.au', 'acmeplumbing', true],
      ['Koala Dental', 'koaladental.com.au', '', false],
      ['Red Dirt Logistics', '', 'reddirtlogistics', true],
    ]);
    expect(preview.clients[0]?.client.licenses).toEqual([
      { name: 'Office 365 E3', quantity: 3 },
      { name: 'Office 365 E1', quantity: 1 },
    ]);
    expect(preview.clients[2]?.client.notes).toBe('Remote sites, Alice Springs and Katherine');
  });

  it('names each bad row, its column and why; keeps the good rows; offers duplicates by domain', () => {
    const preview = parseClientsCsv(csv('clients-with-errors.csv'), stored);
    expect(preview.extraColumns).toEqual(['Account Manager']);
    expect(preview.clients.map((c) => c.client.companyName)).toEqual(['Good One']);
    expect(preview.problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'companyName'],
      [4, 'tenantPrefix'],
      [5, 'licenses'],
      [6, 'existingTenant'],
      [7, 'abn'],
      [8, 'defaultDomain'],
    ]);
    expect(preview.problems.find((p) => p.row === 4)?.message).toMatch(/remove "-"/);
    expect(preview.problems.find((p) => p.row === 8)?.message).toBe('goodone.com.au is also on row 2');
    expect(preview.duplicates.map((d) => [d.row, d.existing.id])).toEqual([[9, 'c-360business']]);
  });

  it('merges a duplicate into the stored client, keeping its id and timeline, or skips it', () => {
    const preview = parseClientsCsv(csv('clients-with-errors.csv'), stored);
    const merged = clientsAfterImport(stored, preview, 'merge');
    const business = merged.find((c) => c.id === 'c-360business');
    expect(business?.companyName).toBe('360 Business Updated');
    expect(business?.licenses).toEqual([{ name: 'Office 365 E3', quantity: 4 }]);
    expect(business?.history).toHaveLength(3);
    expect(merged).toHaveLength(stored.length + 1);
    expect(
      clientsAfterImport(stored, preview, 'skip').find((c) => c.id === 'c-360business')?.companyName,
    ).toBe('360 Business');
  });

  it('refuses a file without a companyName column, saying what it has', () => {
    expect(parseClientsCsv('name,domain\nAcme,acme.com.au\n', stored).fileProblem).toMatch(
      /no companyName column \(it has: name, domain\)/,
    );
    expect(parseClientsCsv('', stored).fileProblem).toMatch(/empty/);
  });

  it('exports a file that imports back to the same clients', () => {
    const again = parseClientsCsv(clientsToCsv(stored), []);
    expect(again.problems).toEqual([]);
    const strip = (c: (typeof stored)[number]) => [
      c.companyName,
      c.defaultDomain,
      c.tenantPrefix,
      c.existingTenant,
      c.licenses.map((l) => [l.name, l.quantity]),
      c.abn,
      c.notes,
    ];
    expect(again.clients.map((c) => strip(c.client))).toEqual(stored.map(strip));
  });

  it('never leaves a cell as a live formula, and restores it on import', () => {
    expect(neutralise('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    // A cell that already looks neutralised comes back as it was, not as a formula.
    expect(restore(neutralise("'=1"))).toBe("'=1");
    fc.assert(
      fc.property(fc.string(), (cell) => {
        expect(/^[=+\-@\t\r]/.test(neutralise(cell))).toBe(false);
        expect(restore(neutralise(cell))).toBe(cell);
      }),
    );
    const [client] = stored;
    if (!client) throw new Error('no client');
    const risky = { ...client, companyName: '=cmd|calc', notes: '@SUM(A1)' };
    const back = parseClientsCsv(clientsToCsv([risky]), []);
    expect(back.clients[0]?.client).toMatchObject({ companyName: '=cmd|calc', notes: '@SUM(A1)' });
  });

  it('leaves no live formula after a `;` or a line break, for an Excel that splits at `;`, and imports back', () => {
    const [client] = stored;
    if (!client) throw new Error('no client');
    const risky = {
      ...client,
      companyName: 'Acme;=cmd|calc',
      notes: 'Call back; =HYPERLINK("http://x")\r\n+61 400 000 000;"@SUM(A1)";\n-1',
      licenses: [
        { name: 'Office 365 E3', quantity: 3 },
        { name: '@Teams Essentials', quantity: 1 },
      ],
    };
    const text = clientsToCsv([risky]);
    expect(semicolonExcelFields(text).filter(isFormula)).toEqual([]);
    // A cell with a `;` is quoted, so an Excel that splits at `,` and reads quotes keeps it whole.
    expect(text).toContain('"Acme;\'=cmd|calc"');
    const back = parseClientsCsv(text, []);
    expect(back.problems).toEqual([]);
    expect(back.clients[0]?.client).toMatchObject({
      companyName: risky.companyName,
      notes: risky.notes,
      licenses: risky.licenses,
    });
    // Any text, with the characters that matter often: safe in the file, the same when read back.
    const cell = fc.string({
      unit: fc.constantFrom(...'=+-@\t\r\n;,"\' ax'.split('')),
      maxLength: 20,
    });
    fc.assert(
      fc.property(cell, (text) => {
        expect(semicolonExcelFields(neutralise(text)).filter(isFormula)).toEqual([]);
        expect(restore(neutralise(text))).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads licence lists with x or ×', () => {
    expect(parseLicences('Office 365 E3 x3; Teams Essentials × 2')).toEqual([
      { name: 'Office 365 E3', quantity: 3 },
      { name: 'Teams Essentials', quantity: 2 },
    ]);
    expect(parseLicences('Office 365 E3')).toMatch(/should end with a quantity/);
  });
});

describe('the adminEmail column (optional)', () => {
  const header = 'companyName,defaultDomain,adminEmail';

  it('reads the Global Administrator’s address, normalised; files without the column import as before', () => {
    const preview = parseClientsCsv(
      `${header}\r\nAcme,acme.com.au,IT.Admin@ACME.com.au\r\nBeta,beta.com.au,\r\n`,
      [],
    );
    expect(preview.problems).toEqual([]);
    expect(preview.clients.map((c) => c.client.adminEmail)).toEqual(['IT.Admin@acme.com.au', '']);
    const without = parseClientsCsv('companyName\r\nGamma\r\n', []);
    expect(without.clients[0]?.client.adminEmail).toBe('');
    expect(without.extraColumns).toEqual([]);
  });

  it('names a bad address by its row and column', () => {
    const preview = parseClientsCsv(`${header}\r\nAcme,acme.com.au,not an address\r\n`, []);
    expect(preview.problems.map((p) => [p.row, p.column])).toEqual([[2, 'adminEmail']]);
  });

  it('is exported after the first columns, and imports back to the same address', () => {
    const withAdmin = stored.map((c, i) => (i === 0 ? { ...c, adminEmail: 'ga@360business.com.au' } : c));
    const text = clientsToCsv(withAdmin);
    expect(text.split('\r\n')[0]).toBe(
      'companyName,defaultDomain,tenantPrefix,existingTenant,licenses,abn,notes,adminEmail',
    );
    const back = parseClientsCsv(text, []);
    expect(back.clients.map((c) => c.client.adminEmail)).toEqual(withAdmin.map((c) => c.adminEmail ?? ''));
  });

  it('a merged duplicate takes the file’s address, and keeps the stored one when the file has none', () => {
    const existing = { ...stored[0], adminEmail: 'old@360business.com.au' } as (typeof stored)[number];
    const row = (email: string) =>
      parseClientsCsv(`${header}\r\n360 Business,${existing.defaultDomain},${email}\r\n`, [existing]);
    expect(clientsAfterImport([existing], row('new@360business.com.au'), 'merge')[0]?.adminEmail).toBe(
      'new@360business.com.au',
    );
    expect(clientsAfterImport([existing], row(''), 'merge')[0]?.adminEmail).toBe('old@360business.com.au');
  });
});
