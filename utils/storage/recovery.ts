import { z } from 'zod';
import { megabytes } from '../values/file-size';

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

/**
 * The most a recovery copy of a value that could not be read keeps, as stored (its JSON, in UTF-8
 * bytes). Such a value can be anything another version or a fault left, of any size; a whole
 * backup of 1,000 clients (about 0.65 MB) fits. The copies a restore keeps are the store's own
 * validated data, so the store's size bounds them already.
 */
export const MAX_RECOVERY_COPY_BYTES = 1024 * 1024;

const encoder = new TextEncoder();
/** A value's size as stored: its JSON in UTF-8 bytes. */
export const storedBytes = (value: unknown) => encoder.encode(JSON.stringify(value) ?? '').length;

/**
 * What a recovery copy keeps of a value that could not be read: the value itself when it fits
 * {@link MAX_RECOVERY_COPY_BYTES}; otherwise the start of its JSON text, as much as fits, and the
 * words that say so (the settings page offers the whole value's download before it is set aside).
 */
export function boundedCopy(
  raw: unknown,
  max = MAX_RECOVERY_COPY_BYTES,
): { raw: unknown; cut: string | null } {
  const size = storedBytes(raw);
  if (size <= max) return { raw, cut: null };
  const bytes = encoder.encode(JSON.stringify(raw));
  const decoder = new TextDecoder();
  let end = max;
  let text = '';
  // Stored as a string, the text takes more than its own bytes (quotes and escapes): cut again until it fits.
  for (;;) {
    // Never inside a character: back to the first byte of the one cut.
    while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
    text = decoder.decode(bytes.subarray(0, end));
    const over = storedBytes(text) - max;
    if (over <= 0 || end === 0) break;
    end = Math.max(0, end - over);
  }
  return {
    raw: text,
    cut: `too large to keep whole (${megabytes(size)}): this copy keeps the start of its text, ${megabytes(storedBytes(text))}`,
  };
}
