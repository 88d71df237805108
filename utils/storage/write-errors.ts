// Why a write failed, in words the technician can act on. The browser's own messages are mapped
// here and nowhere else: the store's writes, the popup, the settings page and the panel all word a
// failure through these functions.

/**
 * quota: the browser's storage for the extension is full; invalid: the value broke its schema;
 * unreadable: what is stored could not be read, so it is not overwritten; disconnected: the
 * extension was reloaded or its service worker could not be reached; other: anything else.
 */
export type WriteFailureKind = 'quota' | 'invalid' | 'unreadable' | 'disconnected' | 'other';

/** A refused or failed write: nothing was written (one `storage.local.set`, applied whole or not at all). */
export class StoreWriteError extends Error {
  constructor(
    message: string,
    readonly kind: WriteFailureKind = 'other',
    readonly path?: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'StoreWriteError';
  }
}

// The browsers' messages, as each says them:
// - Chrome rejects `storage.local.set` with "QUOTA_BYTES quota exceeded" (10 MB in MV3); Firefox's
//   storage sits on IndexedDB, whose QuotaExceededError reads "… exceeded its quota …".
// - A message to a stopped or reloaded extension: "Could not establish connection. Receiving end
//   does not exist." (Chrome), "Extension context invalidated." (a content script or frame left
//   behind by a reload), "The message port closed before a response was received.", and Firefox's
//   "Attempt to postMessage on disconnected port".
const RAW_MESSAGES: readonly { kind: WriteFailureKind; pattern: RegExp }[] = [
  { kind: 'quota', pattern: /QUOTA_BYTES|quota ?exceeded|exceeded its quota/i },
  {
    kind: 'disconnected',
    pattern:
      /Could not establish connection|Receiving end does not exist|Extension context invalidated|message port closed|disconnected port/i,
  },
];

/** What to say, for the kinds whose raw message means nothing to a technician. */
export const WRITE_FAILURE_TEXT = {
  quota:
    'Storage is full: export a backup, then remove clients you no longer need or recovery copies on the settings page.',
  disconnected: 'The extension was updated or restarted: reload the page, then try again.',
} as const;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The kind of a failure, from a StoreWriteError's own kind or a raw message. */
export function writeFailureKind(error: unknown): WriteFailureKind {
  if (error instanceof StoreWriteError) return error.kind;
  const message = messageOf(error);
  return RAW_MESSAGES.find(({ pattern }) => pattern.test(message))?.kind ?? 'other';
}

/**
 * A failed reply's text in plain words: the storage being full or the extension restarted said
 * with what to do, anything else as it was. For the panel, which gets the background's reply (its
 * write errors already worded) or the browser's own message when the background is not there.
 */
export function describeWriteFailure(message: string): string {
  const kind = writeFailureKind(message);
  return kind === 'quota' || kind === 'disconnected' ? WRITE_FAILURE_TEXT[kind] : message;
}

/** Any error out of a write, as a StoreWriteError with its kind and the words to show. */
export function asStoreWriteError(error: unknown): StoreWriteError {
  if (error instanceof StoreWriteError) return error;
  const message = messageOf(error);
  return new StoreWriteError(describeWriteFailure(message), writeFailureKind(message), undefined, {
    cause: error,
  });
}

/**
 * What a page shows after an action failed: "Not saved. Storage is full: …" when the sentence
 * stands alone, "Not saved: Clients: [1].tenantPrefix: …" when it names what was refused.
 */
export function failureMessage(lead: string, error: unknown): string {
  const kind = writeFailureKind(error);
  if (kind === 'quota' || kind === 'disconnected') return `${lead}. ${WRITE_FAILURE_TEXT[kind]}`;
  return `${lead}: ${messageOf(error)}`;
}
