/**
 * The watchlist's compiled matcher, kept in local storage: the background stores it whenever the
 * watchlist changes, and every page loads it instead of compiling the watchlist again.
 */
import { storage } from '@wxt-dev/storage';
import { enabledEntities, type Catalog } from '../catalog/entity';
import { catalogKeyOf, type MentionMatcher } from '../matching/compile-matcher';
import { matcherFromSnapshot, SNAPSHOT_FORMAT, snapshotMatcher } from '../matching/matcher-snapshot';

const compiledMatcherItem = storage.defineItem<unknown>('local:compiledMatcher', { fallback: null });
/**
 * A digest of what the stored matcher was compiled from. The worker wakes for every page and
 * checks it; the snapshot itself runs to megabytes for a long watchlist.
 */
const compiledForItem = storage.defineItem<string | null>('local:compiledMatcherFor', { fallback: null });

async function digestOf(watchlist: Catalog): Promise<string> {
  const bytes = new TextEncoder().encode(`${SNAPSHOT_FORMAT}:${catalogKeyOf(enabledEntities(watchlist))}`);
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The largest snapshot stored, in characters of JSON: local storage holds 10 MB, and the
 * watchlist's own local copy must always find room (10,000 aliases make about 2.2 MB).
 */
export const MAX_SNAPSHOT_CHARS = 4_000_000;

/**
 * Compiles the watchlist's enabled entities and stores the result. When it is too large or storage
 * is full, the old snapshot goes too, so no page loads a matcher for a watchlist that is no longer
 * the user's; pages then compile for themselves, as they do before the first snapshot exists.
 */
export async function storeCompiledMatcher(watchlist: Catalog, maxChars = MAX_SNAPSHOT_CHARS): Promise<boolean> {
  try {
    const snapshot = snapshotMatcher(enabledEntities(watchlist));
    if (JSON.stringify(snapshot).length > maxChars) throw new Error('snapshot too large to keep');
    await compiledMatcherItem.setValue(snapshot);
    await compiledForItem.setValue(await digestOf(watchlist));
    return true;
  } catch {
    await compiledMatcherItem.removeValue().catch(() => undefined);
    await compiledForItem.removeValue().catch(() => undefined);
    return false;
  }
}

/** Stores the watchlist's matcher unless the one stored is already for it (the worker wakes often). */
export async function ensureCompiledMatcher(watchlist: Catalog): Promise<void> {
  const storedFor = await compiledForItem.getValue().catch(() => null);
  if (storedFor !== (await digestOf(watchlist))) await storeCompiledMatcher(watchlist);
}

/** The stored matcher when it was compiled for exactly `catalog`; otherwise null. */
export async function loadStoredMatcher(catalog: Catalog): Promise<MentionMatcher | null> {
  try {
    return matcherFromSnapshot(catalog, await compiledMatcherItem.getValue());
  } catch {
    return null;
  }
}
