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
