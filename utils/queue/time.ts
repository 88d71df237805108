// One formatter each, made once: `toLocaleString` builds a new Intl.DateTimeFormat on every call,
// which was most of the popup's first render with 1,000 clients.
const short = new Intl.DateTimeFormat('en-AU', { dateStyle: 'short', timeStyle: 'short' });
const medium = new Intl.DateTimeFormat('en-AU', { dateStyle: 'medium', timeStyle: 'short' });

/** A time in a queue row: 25/11/26, 6:30 pm. */
export const shortTime = (iso: string | null) => (iso ? short.format(new Date(iso)) : '—');

/** A time in a client's timeline or the stored-data panel: 25 Nov 2026, 6:30 pm. */
export const mediumTime = (iso: string) => medium.format(new Date(iso));
