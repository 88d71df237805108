import { browser } from 'wxt/browser';

// What the extension's stored data takes, for the settings page: a technician sees the storage
// filling before a write fails, not after.

/** Chrome's limit for an extension's local storage without `unlimitedStorage` (MV3). */
export const CHROME_LOCAL_QUOTA_BYTES = 10 * 1024 * 1024;

export interface StorageUse {
  bytes: number;
  /** The browser's limit, when it has one it tells (Chrome's 10 MB); null when it does not. */
  quota: number | null;
}

type LocalArea = {
  get(keys: null): Promise<Record<string, unknown>>;
  getBytesInUse?: (keys: null) => Promise<number>;
  QUOTA_BYTES?: number;
};

/**
 * The bytes stored, counted as Chrome counts them (each key plus its value as JSON, in UTF-8):
 * for a browser without `getBytesInUse` on local storage (Firefox).
 */
export function bytesOf(values: Record<string, unknown>): number {
  const encoder = new TextEncoder();
  let bytes = 0;
  for (const [key, value] of Object.entries(values)) {
    bytes += encoder.encode(key).length + encoder.encode(JSON.stringify(value) ?? '').length;
  }
  return bytes;
}

export async function readStorageUse(
  area: LocalArea = browser.storage.local as unknown as LocalArea,
): Promise<StorageUse> {
  const quota = typeof area.QUOTA_BYTES === 'number' ? area.QUOTA_BYTES : null;
  if (typeof area.getBytesInUse === 'function') {
    try {
      return { bytes: await area.getBytesInUse(null), quota };
    } catch {
      // Firefox declares the method on local storage but may refuse it: count instead.
    }
  }
  return { bytes: bytesOf(await area.get(null)), quota };
}

const size = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en-AU')} KB`
    : `${(bytes / (1024 * 1024)).toLocaleString('en-AU', { maximumFractionDigits: 1 })} MB`;

/** "0.6 MB of 10 MB (6%)", with a warning from 80% on; "0.6 MB" where the browser sets no limit. */
export function describeStorageUse({ bytes, quota }: StorageUse): { text: string; nearlyFull: boolean } {
  if (quota === null || quota <= 0) return { text: `${size(bytes)} stored.`, nearlyFull: false };
  const share = bytes / quota;
  const percent = Math.min(100, Math.round(share * 100));
  const text = `${size(bytes)} of ${size(quota)} used (${percent}%).`;
  if (share < 0.8) return { text, nearlyFull: false };
  return {
    text: `${text} Storage is nearly full: export a backup, then remove clients you no longer need or recovery copies.`,
    nearlyFull: true,
  };
}
