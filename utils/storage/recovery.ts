import { z } from 'zod';

/**
 * A copy the extension kept instead of throwing data away: a value that could not be read, or the
 * data a restore replaced (stored as a backup file, so it can be downloaded and restored).
 */
export const recoveryEntrySchema = z.object({
  id: z.string().min(1),
  key: z.enum(['reseller', 'clients', 'activeClientId', 'recovery', 'taught', 'all']),
  reason: z.enum(['unreadable', 'replaced-by-restore']),
  note: z.string(),
  savedAt: z.iso.datetime({ offset: true }),
  raw: z.unknown(),
});
export const recoveryListSchema = z.array(recoveryEntrySchema);
export type RecoveryEntry = z.output<typeof recoveryEntrySchema>;

/**
 * How many recovery copies are kept. Each can be a whole backup (about 0.65 MB with 1,000 clients)
 * and Chrome gives the extension 10 MB, so the list cannot grow with every restore: the latest 10
 * fit beside such a queue, and older ones are in the backups the technician exported.
 */
export const MAX_RECOVERY_COPIES = 10;

/** The list with these copies added at its end, the oldest dropped beyond {@link MAX_RECOVERY_COPIES}. */
export function withCopies(list: readonly RecoveryEntry[], ...added: RecoveryEntry[]): RecoveryEntry[] {
  return [...list, ...added].slice(-MAX_RECOVERY_COPIES);
}
