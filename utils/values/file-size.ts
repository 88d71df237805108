// How large a chosen file may be, checked from File.size before a byte of it is read: a wrong file
// (a video, a database dump) is refused at once instead of freezing the page while it is read.

/**
 * A backup larger than this could not be stored anyway: Chrome gives an extension's local storage
 * 10 MB in all, and 1,000 clients with their timelines take well under 1 MB.
 */
export const MAX_BACKUP_BYTES = 10 * 1024 * 1024;

/** 10,000 rows of client CSV take about 2 MB; a file many times that is not a client list. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;

/** "1.4 MB", for what the technician reads. */
export const megabytes = (bytes: number) =>
  `${(bytes / (1024 * 1024)).toLocaleString('en-AU', { maximumFractionDigits: 1 })} MB`;

/** Why a file is too large to read, naming it and both sizes; null when it may be read. */
export function fileTooLarge(
  file: { name: string; size: number },
  limit: number,
  what: string,
): string | null {
  if (file.size <= limit) return null;
  return `${file.name} is ${megabytes(file.size)}: a ${what} is at most ${megabytes(limit)}. Check that this is the right file.`;
}
