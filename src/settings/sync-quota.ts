/**
 * Chrome's sync storage limits (chrome.storage.sync.QUOTA_BYTES*), and how Chrome measures an item:
 * the UTF-8 length of its key plus that of its value's JSON. Firefox's limits are the same or looser.
 */
export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;
export const SYNC_QUOTA_BYTES = 102400;
export const SYNC_MAX_ITEMS = 512;

const encoder = new TextEncoder();

export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

/** Bytes an item counts against the sync quota. */
export function syncItemBytes(key: string, value: unknown): number {
  return utf8Bytes(key) + utf8Bytes(JSON.stringify(value) ?? '');
}
