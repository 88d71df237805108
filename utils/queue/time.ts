// One formatter each, made once: `toLocaleString` builds a new Intl.DateTimeFormat on every call,
// which was most of the popup's first render with 1,000 clients.
const short = new Intl.DateTimeFormat('en-AU', { dateStyle: 'short', timeStyle: 'short' });
const medium = new Intl.DateTimeFormat('en-AU', { dateStyle: 'medium', timeStyle: 'short' });

/** A time in a queue row: 25/11/26, 6:30 pm. */
export const shortTime = (iso: string | null) => (iso ? short.format(new Date(iso)) : '—');

/** A time in a client's timeline or the stored-data panel: 25 Nov 2026, 6:30 pm. */
export const mediumTime = (iso: string) => medium.format(new Date(iso));

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A duration as a person reads it: "under a minute", "12 min", "3 h 5 min", "2 d 4 h". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < MINUTE) return 'under a minute';
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)} min`;
  if (ms < DAY) {
    const minutes = Math.floor((ms % HOUR) / MINUTE);
    return `${Math.floor(ms / HOUR)} h${minutes ? ` ${minutes} min` : ''}`;
  }
  const hours = Math.floor((ms % DAY) / HOUR);
  return `${Math.floor(ms / DAY)} d${hours ? ` ${hours} h` : ''}`;
}
