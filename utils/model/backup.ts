import { z } from 'zod';
import { clientListSchema } from './client';
import { firstIssue } from './from-parser';
import { resellerSchema } from './reseller';

export const BACKUP_FORMAT = 'leader-csp-assistant-backup';
export const BACKUP_VERSION = 1;
/** Larger than any real queue (1,000 clients is about 1 MB) and small enough to parse at once. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

/** Version 1 of the backup file, as SCREENS.md describes it. */
export const backupSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT, {
      error: `must be "${BACKUP_FORMAT}": this is not a Leader CSP Assistant backup`,
    }),
    version: z.literal(BACKUP_VERSION),
    exportedAt: z.string().optional(),
    // Absent (or null) keeps the reseller profile already set up: a file of clients alone must not erase it.
    reseller: resellerSchema.nullable().optional(),
    clients: clientListSchema,
    activeClientId: z
      .string()
      .nullable()
      .optional()
      .transform((id) => id || null),
  })
  .superRefine((backup, ctx) => {
    if (backup.activeClientId !== null && !backup.clients.some((c) => c.id === backup.activeClientId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['activeClientId'],
        message: `"${backup.activeClientId}" is not the id of any client in the file`,
      });
    }
  });

export type Backup = z.output<typeof backupSchema>;
export type BackupInput = z.input<typeof backupSchema>;

/**
 * Upgrades from each earlier file version to the next (key: the version upgraded FROM). A new
 * version adds one entry here and keeps every older file restorable; tests/fixtures/backups holds
 * a file of each version.
 */
export const BACKUP_UPGRADES: Record<number, (older: Record<string, unknown>) => Record<string, unknown>> =
  {};

export type BackupParse = { ok: true; backup: Backup } | { ok: false; path: string; message: string };

const refuse = (path: string, message: string): BackupParse => ({ ok: false, path, message });

/** Reads a backup file's text: all of it valid, or the first bad path and why. */
export function parseBackupText(text: string): BackupParse {
  if (text.length > MAX_BACKUP_BYTES)
    return refuse('(the whole file)', 'is larger than 20 MB: this is not a backup file');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return refuse(
      '(the whole file)',
      `is not valid JSON (${error instanceof Error ? error.message : 'unreadable'})`,
    );
  }
  return parseBackupJson(json);
}

export function parseBackupJson(json: unknown): BackupParse {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return refuse(
      '(the whole file)',
      'must be a JSON object with "format", "version", "reseller" and "clients"',
    );
  }
  let file = json as Record<string, unknown>;
  if (file.format !== BACKUP_FORMAT) {
    return refuse('format', `must be "${BACKUP_FORMAT}": this is not a Leader CSP Assistant backup`);
  }
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse('version', 'must be a whole number from 1');
  }
  if (version > BACKUP_VERSION) {
    return refuse(
      'version',
      `is ${version}: this backup comes from a newer version of the extension; update it, then restore`,
    );
  }
  for (let from = version; from < BACKUP_VERSION; from++) {
    const upgrade = BACKUP_UPGRADES[from];
    if (!upgrade) return refuse('version', `${from} cannot be upgraded: no upgrade is known`);
    file = { ...upgrade(file), version: from + 1 };
  }
  const parsed = backupSchema.safeParse(file);
  if (!parsed.success) {
    const { path, message } = firstIssue(parsed.error);
    return refuse(path, message);
  }
  return { ok: true, backup: parsed.data };
}
