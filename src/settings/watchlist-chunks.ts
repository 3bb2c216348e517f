/**
 * The watchlist in sync storage: one JSON text cut into string chunks that each fit sync's
 * per-item quota, or — when the whole would not fit the total quota — a plan to keep it in local
 * storage instead. Pure: the storage module carries the plan out.
 */
import type { Entity } from '../catalog/entity';
import { SYNC_MAX_ITEMS, SYNC_QUOTA_BYTES, SYNC_QUOTA_BYTES_PER_ITEM, syncItemBytes, utf8Bytes } from './sync-quota';

/** Storage key (without area) of chunk `index`. */
export function chunkKey(index: number): string {
  return `watchlist-chunk-${index}`;
}

/**
 * Sync bytes kept free for everything that is not a watchlist chunk: the settings item, the
 * watchlist index and their version records. Settings with a long sites list grow, so be generous.
 */
export const SYNC_RESERVED_BYTES = 16 * 1024;

export type WatchlistPlan =
  | { area: 'sync'; chunks: string[] }
  | { area: 'local'; reason: 'too-large'; syncBytesNeeded: number };

export function planWatchlistStorage(
  watchlist: readonly Entity[],
  limits = { perItem: SYNC_QUOTA_BYTES_PER_ITEM, total: SYNC_QUOTA_BYTES - SYNC_RESERVED_BYTES, maxItems: SYNC_MAX_ITEMS },
): WatchlistPlan {
  const chunks = splitIntoChunks(JSON.stringify(watchlist), limits.perItem);
  const syncBytesNeeded = chunks.reduce((sum, chunk, index) => sum + syncItemBytes(chunkKey(index), chunk), 0);
  if (syncBytesNeeded > limits.total || chunks.length > limits.maxItems) {
    return { area: 'local', reason: 'too-large', syncBytesNeeded };
  }
  return { area: 'sync', chunks };
}

/**
 * Cuts `text` so that every piece, stored as a JSON string under its `chunkKey`, measures at most
 * `perItem` bytes. Never splits a code point; escapes (quotes, backslashes, control characters)
 * are counted at their escaped length.
 */
export function splitIntoChunks(text: string, perItem: number): string[] {
  const chunks: string[] = [];
  let current = '';
  let currentBytes = 0;
  let budget = perItem - utf8Bytes(chunkKey(0)) - 2;
  for (const char of text) {
    const cost = storedBytes(char);
    if (currentBytes + cost > budget && current !== '') {
      chunks.push(current);
      current = '';
      currentBytes = 0;
      budget = perItem - utf8Bytes(chunkKey(chunks.length)) - 2;
    }
    current += char;
    currentBytes += cost;
  }
  if (current !== '' || chunks.length === 0) chunks.push(current);
  return chunks;
}

/** UTF-8 bytes one code point takes inside a JSON string, escapes included (computed, not encoded: this runs per character). */
function storedBytes(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code === 0x22 || code === 0x5c) return 2; // \" and \\
  if (code < 0x20) return '\b\f\n\r\t'.includes(char) ? 2 : 6; // \n or \u00XX
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code >= 0xd800 && code <= 0xdfff) return 6; // a lone surrogate is written as \uDXXX
  return code < 0x10000 ? 3 : 4;
}

/** The watchlist JSON again; null when a chunk is missing (a sync still in progress, or damage). */
export function joinChunks(chunks: readonly unknown[]): string | null {
  if (!chunks.every((chunk): chunk is string => typeof chunk === 'string')) return null;
  return chunks.join('');
}
