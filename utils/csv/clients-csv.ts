import Papa from 'papaparse';
import { type Client, clientSchema } from '../model/client';
import { formatIssuePath } from '../model/from-parser';

// The client CSV of SCREENS.md: a header row, then one client a row; columns in any order,
// matched case-insensitively; extra columns ignored and named in the preview.
export const CSV_COLUMNS = [
  'companyName',
  'defaultDomain',
  'tenantPrefix',
  'existingTenant',
  'licenses',
  'abn',
  'notes',
  // Optional, added after the first version: files without it import as before.
  'adminEmail',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export interface CsvProblem {
  /** The line in the file (the header is line 1). */
  row: number;
  column: CsvColumn | '(row)';
  message: string;
}

export interface CsvDuplicate {
  row: number;
  client: Client;
  existing: Client;
}

/** A client CSV read and checked, before it is compared with the stored clients. */
export interface CsvRead {
  /** Good rows, each a client ready to store. */
  rows: { row: number; client: Client }[];
  problems: CsvProblem[];
  extraColumns: string[];
  /** A problem with the file as a whole (no header, no companyName column, too many rows). */
  fileProblem?: string;
}

export interface CsvPreview {
  /** Good rows that are new clients. */
  clients: { row: number; client: Client }[];
  /** Good rows whose domain is a stored client's: merge or skip, as the technician chooses. */
  duplicates: CsvDuplicate[];
  problems: CsvProblem[];
  extraColumns: string[];
  /** A problem with the file as a whole (no header, no companyName column). */
  fileProblem?: string;
}

// OWASP's CSV injection guidance: a field that starts with one of = + - @ tab CR is a formula to
// Excel, so a quote (') goes before it. A field starts at the cell's start, and also after a `;`
// or a line break inside it: an Excel whose list separator is `;` (most of Europe) splits the
// comma-separated file at every `;`, its quotes can be lost to that split, and then a quoted line
// break starts a row. Spaces or quotes before the sign still make a formula there.
// A field that already starts with quotes before a sign gets one more, so an import gives it back
// as it was ("'=1" stays "'=1", not "=1"): the import takes one quote from each field start that
// has one before a sign, which is exactly what the export added.
const FIELD_START = /(?<=^|[;\r\n])(?='*[ "]*[=+\-@\t\r])/g;
const NEUTRALISED_START = /(?<=^|[;\r\n])'(?='*[ "]*[=+\-@\t\r])/g;
export const neutralise = (cell: string) => cell.replace(FIELD_START, "'");
export const restore = (cell: string) => cell.replace(NEUTRALISED_START, '');

/**
 * Papa's options for a file opened in Excel: a cell with a `;` is quoted too (Papa quotes a `,`), so
 * an Excel splitting at `;` keeps the cell whole where it reads quotes.
 */
export const EXCEL_CSV = { newline: '\r\n', quotes: (cell: unknown) => String(cell).includes(';') };

/** "Office 365 E3 x3; Office 365 E1 x1" (× works too) into licence lines. */
export function parseLicences(text: string): { name: string; quantity: number }[] | string {
  const lines = text
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean);
  const out: { name: string; quantity: number }[] = [];
  for (const line of lines) {
    const match = line.match(/^(.*?)\s*[x×]\s*(\d+)$/i);
    if (!match) return `"${line}" should end with a quantity, e.g. "Office 365 E3 x3"`;
    out.push({ name: (match[1] ?? '').trim(), quantity: Number(match[2]) });
  }
  return out;
}

export const formatLicences = (client: Client) =>
  client.licenses.map((l) => `${l.name} x${l.quantity}`).join('; ');

function parseYesNo(text: string): boolean | string {
  const value = text.trim().toLowerCase();
  if (['yes', 'y', 'true', '1'].includes(value)) return true;
  if (['no', 'n', 'false', '0', ''].includes(value)) return false;
  return `"${text}" should be yes, no, true, false or empty`;
}

const newId = (row: number, now: Date) =>
  `client-${now.getTime().toString(36)}-${row.toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

/**
 * Rows an import takes. A queue of a few hundred clients is large; the limit keeps a wrong file (an
 * export of something else) from filling the popup and the browser's storage.
 */
export const MAX_CSV_ROWS = 10_000;

/** Reads a client CSV into a preview; nothing is stored until the technician confirms it. */
export function parseClientsCsv(text: string, stored: readonly Client[], now = new Date()): CsvPreview {
  return previewAgainst(readClientsCsv(text, now), stored);
}

/**
 * Parses and checks a client CSV on its own: the slow part of an import, done before the store's
 * lock is taken so other pages' writes do not wait for it.
 */
export function readClientsCsv(text: string, now = new Date()): CsvRead {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: 'greedy',
    // One row past the limit is enough to know the file is too long.
    preview: MAX_CSV_ROWS + 2,
  });
  const [header, ...rows] = parsed.data;
  const empty: CsvRead = { rows: [], problems: [], extraColumns: [] };
  if (!header)
    return { ...empty, fileProblem: 'The file is empty: it needs a header row, then one client a row.' };
  const columns = header.map((name) =>
    CSV_COLUMNS.find((c) => c.toLowerCase() === name.trim().toLowerCase()),
  );
  if (!columns.includes('companyName')) {
    return {
      ...empty,
      fileProblem: `The header has no companyName column (it has: ${header.join(', ') || 'nothing'}).`,
    };
  }
  if (rows.length > MAX_CSV_ROWS) {
    return {
      ...empty,
      fileProblem: `The file has more than ${MAX_CSV_ROWS.toLocaleString('en-AU')} rows: import at most ${MAX_CSV_ROWS.toLocaleString('en-AU')} clients at a time (split the file).`,
    };
  }
  const extraColumns = header.filter((_, i) => columns[i] === undefined).map((name) => name.trim());
  const read: CsvRead = { ...empty, extraColumns };
  const seenInFile = new Map<string, number>();

  rows.forEach((cells, index) => {
    const row = index + 2;
    const cell = (column: CsvColumn) => {
      const at = columns.indexOf(column);
      return at < 0 ? '' : restore(cells[at] ?? '');
    };
    const problems: CsvProblem[] = [];
    const existingTenant = parseYesNo(cell('existingTenant'));
    if (typeof existingTenant === 'string')
      problems.push({ row, column: 'existingTenant', message: existingTenant });
    const licenses = parseLicences(cell('licenses'));
    if (typeof licenses === 'string') problems.push({ row, column: 'licenses', message: licenses });
    if (problems.length > 0) {
      read.problems.push(...problems);
      return;
    }
    const result = clientSchema.safeParse({
      id: newId(row, now),
      companyName: cell('companyName'),
      defaultDomain: cell('defaultDomain'),
      tenantPrefix: cell('tenantPrefix'),
      existingTenant,
      abn: cell('abn'),
      notes: cell('notes'),
      adminEmail: cell('adminEmail'),
      licenses,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
    if (!result.success) {
      const issue = result.error.issues[0];
      const column = (CSV_COLUMNS as readonly PropertyKey[]).includes(issue?.path[0] ?? '')
        ? (issue?.path[0] as CsvColumn)
        : '(row)';
      const detail = issue && issue.path.length > 1 ? `${formatIssuePath(issue.path)}: ` : '';
      read.problems.push({ row, column, message: `${detail}${issue?.message ?? 'not valid'}` });
      return;
    }
    const client = result.data;
    if (client.defaultDomain) {
      const earlier = seenInFile.get(client.defaultDomain);
      if (earlier !== undefined) {
        read.problems.push({
          row,
          column: 'defaultDomain',
          message: `${client.defaultDomain} is also on row ${earlier}`,
        });
        return;
      }
      seenInFile.set(client.defaultDomain, row);
    }
    read.rows.push({ row, client });
  });
  return read;
}

/** A read CSV's good rows split into new clients and rows whose domain is a stored client's. */
export function previewAgainst(read: CsvRead, stored: readonly Client[]): CsvPreview {
  const { rows, ...rest } = read;
  const preview: CsvPreview = { ...rest, clients: [], duplicates: [] };
  const byDomain = new Map(stored.filter((c) => c.defaultDomain).map((c) => [c.defaultDomain, c]));
  for (const { row, client } of rows) {
    const existing = client.defaultDomain ? byDomain.get(client.defaultDomain) : undefined;
    if (existing) preview.duplicates.push({ row, client, existing });
    else preview.clients.push({ row, client });
  }
  return preview;
}

/** The stored clients after an import: new ones added; duplicates merged into the stored client or skipped. */
export function clientsAfterImport(
  stored: readonly Client[],
  preview: CsvPreview,
  duplicates: 'merge' | 'skip',
): Client[] {
  const merged = [...stored];
  if (duplicates === 'merge') {
    for (const { client, existing } of preview.duplicates) {
      const index = merged.findIndex((c) => c.id === existing.id);
      if (index < 0) continue;
      // The row's values win where it has them; the stored client keeps its id, timeline and order.
      merged[index] = {
        ...existing,
        companyName: client.companyName,
        tenantPrefix: client.tenantPrefix || existing.tenantPrefix,
        existingTenant: client.existingTenant,
        abn: client.abn || existing.abn,
        notes: client.notes || existing.notes,
        adminEmail: client.adminEmail || existing.adminEmail,
        licenses: client.licenses.length > 0 ? client.licenses : existing.licenses,
        updatedAt: client.updatedAt,
      };
    }
  }
  return [...merged, ...preview.clients.map((c) => c.client)];
}

/** The queue as CSV for Excel: every column of SCREENS.md, no cell left as a live formula. */
export function clientsToCsv(clients: readonly Client[]): string {
  const rows = clients.map((c) =>
    [
      c.companyName,
      c.defaultDomain,
      c.tenantPrefix,
      c.existingTenant ? 'yes' : 'no',
      formatLicences(c),
      c.abn,
      c.notes,
      c.adminEmail ?? '',
    ].map(neutralise),
  );
  return `${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, EXCEL_CSV)}\r\n`;
}
