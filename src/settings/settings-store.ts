/**
 * Where settings and the watchlist live, and the one way to read, watch and change them.
 * The content script, popup, options page and background all go through this module.
 *
 * Public API (for the content script, read-only use):
 *   loadSettings(): Promise<Settings>                  – validated; damaged fields read as defaults
 *   watchSettings(cb: (s: Settings) => void): Unwatch  – called after every change, from any context
 *   loadWatchlist(): Promise<Entity[]>                 – the user's watchlist, or the default catalogue
 *   watchWatchlist(cb: (w: Entity[]) => void): Unwatch
 *   isActiveOn(url, settings) / isSiteEnabled(url, settings) live in `./site-rules`.
 * Writers (popup, options, background):
 *   saveSettings / updateSettings / saveWatchlist / resetToDefaults return a `SaveResult`:
 *   a failed write (full quota, storage error) is reported, never thrown, and leaves what was
 *   saved before untouched.
 *
 * Layout: `sync:settings` (versioned, migrated by @wxt-dev/storage); the watchlist as string chunks
 * `sync:watchlist-chunk-N` under an index `sync:watchlist`, mirrored whole in `local:watchlist`.
 * The mirror is what keeps a watchlist that does not fit sync, or a sync write that failed: the
 * newer of the two (by revision) is read.
 */
import { storage, type Unwatch } from '@wxt-dev/storage';
import { DEFAULT_CATALOG } from '../catalog/default-catalog';
import type { Entity } from '../catalog/entity';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION, WATCHLIST_MIGRATIONS, WATCHLIST_VERSION, migrate } from './migrations';
import { classifySaveError, type SaveFailureReason } from './save-failure';
import { defaultSettings, type Settings } from './settings';
import { isRecord, validateSettings } from './validate-settings';
import { validateWatchlist } from './validate-watchlist';
import { chunkKey, joinChunks, planWatchlistStorage } from './watchlist-chunks';

export type { Unwatch };

/** Where the watchlist ended up, and why when it is not synced. */
export type WatchlistPlace = { area: 'sync' } | { area: 'local'; reason: 'too-large' | 'sync-failed' };

/** A failed save carries the browser's message and, when known, what it means for the user (`./save-failure`). */
export type SaveResult = { ok: true; place?: WatchlistPlace } | { ok: false; error: string; reason?: SaveFailureReason };

interface WatchlistIndex {
  chunkCount: number;
  version: number;
  /** Time of the save; decides between the sync chunks and the local mirror. */
  revision: number;
  /** Where the saving browser had to keep it; `local` means the chunks are stale. */
  area: 'sync' | 'local';
}

interface WatchlistMirror {
  revision: number;
  version: number;
  watchlist: unknown;
}

const settingsItem = storage.defineItem<unknown>('sync:settings', {
  fallback: null,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});
const indexItem = storage.defineItem<WatchlistIndex | null>('sync:watchlist', { fallback: null });
const mirrorItem = storage.defineItem<WatchlistMirror | null>('local:watchlist', { fallback: null });

export async function loadSettings(): Promise<Settings> {
  try {
    return validateSettings(await settingsItem.getValue()).value;
  } catch {
    return defaultSettings();
  }
}

export function watchSettings(callback: (settings: Settings) => void): Unwatch {
  return settingsItem.watch((value) => callback(validateSettings(value).value));
}

export async function saveSettings(settings: Settings): Promise<SaveResult> {
  try {
    await settingsItem.setValue(settings);
    return { ok: true };
  } catch (error) {
    return failure(error);
  }
}

/** Reads, changes and writes in one step, so callers never write back a stale copy. */
export async function updateSettings(change: (settings: Settings) => Settings): Promise<SaveResult & { settings: Settings }> {
  const before = await loadSettings();
  const after = change(before);
  const result = await saveSettings(after);
  return { ...result, settings: result.ok ? after : before };
}

export async function loadWatchlist(): Promise<Entity[]> {
  return (await loadWatchlistState()).watchlist;
}

/** The watchlist and where it is kept, for the options page's notice. */
export async function loadWatchlistState(): Promise<{ watchlist: Entity[]; place: WatchlistPlace | null }> {
  try {
    const [index, mirror] = await Promise.all([indexItem.getValue(), mirrorItem.getValue()]);
    const fromSync = isIndex(index) && index.area === 'sync' ? await readChunks(index) : null;
    const mirrorRevision = isMirror(mirror) ? mirror.revision : -Infinity;
    if (fromSync !== null && isIndex(index) && index.revision >= mirrorRevision) {
      return { watchlist: fromSync, place: { area: 'sync' } };
    }
    if (isMirror(mirror)) {
      const watchlist = readVersioned(mirror.watchlist, mirror.version);
      if (watchlist !== null) {
        const reason = isIndex(index) && index.area === 'local' ? 'too-large' : 'sync-failed';
        return { watchlist, place: { area: 'local', reason } };
      }
    }
  } catch {
    // Unreadable storage: the defaults below keep the extension working; nothing is overwritten.
  }
  return { watchlist: structuredClone([...DEFAULT_CATALOG]), place: null };
}

export function watchWatchlist(callback: (watchlist: Entity[]) => void): Unwatch {
  let last = '';
  const reload = async () => {
    const watchlist = await loadWatchlist();
    const serialised = JSON.stringify(watchlist);
    // One save touches both the index and the mirror; report the change once.
    if (serialised === last) return;
    last = serialised;
    callback(watchlist);
  };
  const unwatchIndex = indexItem.watch(() => void reload());
  const unwatchMirror = mirrorItem.watch(() => void reload());
  void loadWatchlist().then((watchlist) => (last ||= JSON.stringify(watchlist)));
  return () => {
    unwatchIndex();
    unwatchMirror();
  };
}

/**
 * Saves the watchlist: first the local mirror (so nothing can be lost), then the sync chunks with
 * their index in a single write (all or nothing), then drops chunks the new list no longer needs.
 */
export async function saveWatchlist(watchlist: readonly Entity[]): Promise<SaveResult> {
  const [previous, previousMirror] = await Promise.all([
    indexItem.getValue().catch(() => null),
    mirrorItem.getValue().catch(() => null),
  ]);
  // Strictly increasing even if the clock goes back, so the newest save always wins when read.
  const revision = Math.max(Date.now(), (isIndex(previous) ? previous.revision : 0) + 1, (isMirror(previousMirror) ? previousMirror.revision : 0) + 1);
  try {
    await mirrorItem.setValue({ revision, version: WATCHLIST_VERSION, watchlist: [...watchlist] });
  } catch (error) {
    return failure(error);
  }

  const plan = planWatchlistStorage(watchlist);
  let place: WatchlistPlace;
  if (plan.area === 'sync') {
    try {
      await storage.setItems([
        ...plan.chunks.map((chunk, i) => ({ key: `sync:${chunkKey(i)}` as const, value: chunk })),
        { key: 'sync:watchlist' as const, value: { chunkCount: plan.chunks.length, version: WATCHLIST_VERSION, revision, area: 'sync' } satisfies WatchlistIndex },
      ]);
      place = { area: 'sync' };
    } catch {
      place = { area: 'local', reason: 'sync-failed' };
    }
  } else {
    place = { area: 'local', reason: 'too-large' };
  }

  const keep = place.area === 'sync' && plan.area === 'sync' ? plan.chunks.length : 0;
  try {
    if (place.area === 'local') {
      await indexItem.setValue({ chunkCount: 0, version: WATCHLIST_VERSION, revision, area: 'local' });
    }
    const stale = Array.from({ length: Math.max(0, (isIndex(previous) ? previous.chunkCount : 0) - keep) }, (_, i) => `sync:${chunkKey(keep + i)}` as const);
    if (stale.length > 0) await storage.removeItems(stale);
  } catch {
    // Only tidying failed: the mirror is newer than the index and wins when read.
  }
  return { ok: true, place };
}

/** Back to the default catalogue and default settings (the options page asks first). */
export async function resetToDefaults(): Promise<SaveResult> {
  const settings = await saveSettings(defaultSettings());
  if (!settings.ok) return settings;
  return saveWatchlist(structuredClone([...DEFAULT_CATALOG]));
}

async function readChunks(index: WatchlistIndex): Promise<Entity[] | null> {
  const keys = Array.from({ length: index.chunkCount }, (_, i) => `sync:${chunkKey(i)}` as const);
  const items = await storage.getItems(keys);
  const text = joinChunks(items.map((item) => item.value));
  if (text === null) return null;
  try {
    return readVersioned(JSON.parse(text), index.version);
  } catch {
    return null;
  }
}

function readVersioned(raw: unknown, version: number): Entity[] | null {
  try {
    const migrated = migrate(raw, version, WATCHLIST_VERSION, WATCHLIST_MIGRATIONS);
    if (!Array.isArray(migrated)) return null;
    return validateWatchlist(migrated).value;
  } catch {
    return null;
  }
}

function isIndex(value: unknown): value is WatchlistIndex {
  return isRecord(value) && Number.isInteger(value.chunkCount) && typeof value.revision === 'number'
    && typeof value.version === 'number' && (value.area === 'sync' || value.area === 'local');
}

function isMirror(value: unknown): value is WatchlistMirror {
  return isRecord(value) && typeof value.revision === 'number' && typeof value.version === 'number';
}

function failure(error: unknown): SaveResult & { ok: false } {
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, error: message, reason: classifySaveError(message) };
}
