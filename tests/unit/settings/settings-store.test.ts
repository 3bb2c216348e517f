import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_CATALOG } from '../../../src/catalog/default-catalog';
import { defaultSettings } from '../../../src/settings/settings';
import {
  loadSettings,
  loadWatchlist,
  loadWatchlistState,
  resetToDefaults,
  saveSettings,
  saveWatchlist,
  updateSettings,
  watchSettings,
  watchWatchlist,
} from '../../../src/settings/settings-store';
import { setSiteEnabled } from '../../../src/settings/site-rules';
import { chunkKey } from '../../../src/settings/watchlist-chunks';
import { makeEntity } from './entities';
import { enforceSyncQuota } from './quota-enforcing-sync';

function bigWatchlist(count: number, noteBytes: number) {
  return Array.from({ length: count }, (_, i) =>
    makeEntity(`entity-${i}`, { notes: [{ text: `Note „${i}“ — ${'ж'.repeat(noteBytes / 2)}`, source: 'Test, 2023' }] }),
  );
}

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('settings', () => {
  it('reads the defaults before anything was saved', async () => {
    expect(await loadSettings()).toEqual(defaultSettings());
  });

  it('saves and reads back', async () => {
    const settings = setSiteEnabled({ ...defaultSettings(), hoverDelayMs: 100 }, 'example.com', false);
    expect(await saveSettings(settings)).toEqual({ ok: true });
    expect(await loadSettings()).toEqual(settings);
  });

  it('recovers from a corrupted stored value without breaking', async () => {
    await fakeBrowser.storage.sync.set({ settings: 'garbage{' });
    expect(await loadSettings()).toEqual(defaultSettings());
    await fakeBrowser.storage.sync.set({ settings: { paused: true, hoverDelayMs: 'slow' } });
    expect(await loadSettings()).toEqual({ ...defaultSettings(), paused: true });
  });

  it('tells watchers about every change', async () => {
    const seen: boolean[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings.paused));
    await updateSettings((settings) => ({ ...settings, paused: true }));
    await updateSettings((settings) => ({ ...settings, paused: false }));
    unwatch();
    await updateSettings((settings) => ({ ...settings, paused: true }));
    expect(seen).toEqual([true, false]);
  });

  it('reports a failed write as a message and keeps what was saved', async () => {
    await saveSettings({ ...defaultSettings(), hoverDelayMs: 700 });
    enforceSyncQuota({ perItem: 200, total: 102400 });
    const manySites = Array.from({ length: 50 }, (_, i) => ({ host: `site-${i}.example.com`, enabled: false }));
    const result = await updateSettings((settings) => ({ ...settings, sites: manySites }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/QUOTA_BYTES_PER_ITEM/);
    expect(!result.ok && result.reason).toBe('storage-full');
    expect(result.settings.hoverDelayMs).toBe(700);
    expect(await loadSettings()).toEqual({ ...defaultSettings(), hoverDelayMs: 700 });
  });
});

describe('watchlist', () => {
  it('is the default catalogue until the user saves one', async () => {
    expect(await loadWatchlist()).toEqual([...DEFAULT_CATALOG]);
    expect((await loadWatchlistState()).place).toBeNull();
  });

  it('splits a large watchlist into chunks that each fit sync, and reads it back whole', async () => {
    enforceSyncQuota();
    const watchlist = bigWatchlist(12, 4_000);
    expect(JSON.stringify(watchlist).length).toBeGreaterThan(8192 * 3);
    expect(await saveWatchlist(watchlist)).toEqual({ ok: true, place: { area: 'sync' } });
    const stored = await fakeBrowser.storage.sync.get(null);
    expect(Object.keys(stored).filter((key) => key.startsWith('watchlist-chunk-')).length).toBeGreaterThan(3);
    // Read from sync alone: the local mirror must not be what made this pass.
    await fakeBrowser.storage.local.clear();
    expect(await loadWatchlist()).toEqual(watchlist);
  });

  it('drops chunks a shorter watchlist no longer needs', async () => {
    await saveWatchlist(bigWatchlist(12, 4_000));
    await saveWatchlist([makeEntity('putin')]);
    const stored = await fakeBrowser.storage.sync.get(null);
    expect(Object.keys(stored).filter((key) => key.startsWith('watchlist-chunk-'))).toEqual([chunkKey(0)]);
    expect(await loadWatchlist()).toEqual([makeEntity('putin')]);
  });

  it('keeps a watchlist too large for sync in local storage, and says so', async () => {
    enforceSyncQuota();
    const watchlist = bigWatchlist(60, 3_000);
    expect(await saveWatchlist(watchlist)).toEqual({ ok: true, place: { area: 'local', reason: 'too-large' } });
    expect(await loadWatchlistState()).toEqual({ watchlist, place: { area: 'local', reason: 'too-large' } });
  });

  it('loses nothing when the sync write fails: the local copy wins', async () => {
    await saveWatchlist([makeEntity('putin')]);
    enforceSyncQuota({ perItem: 8192, total: 400 });
    const next = [makeEntity('putin'), makeEntity('kirby')];
    expect(await saveWatchlist(next)).toEqual({ ok: true, place: { area: 'local', reason: 'sync-failed' } });
    expect(await loadWatchlist()).toEqual(next);
  });

  it('reports a failed local write and keeps the previous watchlist', async () => {
    await saveWatchlist([makeEntity('putin')]);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const result = await saveWatchlist([makeEntity('kirby')]);
    expect(result).toEqual({ ok: false, error: 'QUOTA_BYTES quota exceeded', reason: 'storage-full' });
    expect(await loadWatchlist()).toEqual([makeEntity('putin')]);
  });

  it('prefers a newer watchlist synced from another browser over the local copy', async () => {
    await saveWatchlist([makeEntity('putin')]);
    // Another browser's save arrives through sync only.
    const index = (await fakeBrowser.storage.sync.get('watchlist')).watchlist as { revision: number };
    await fakeBrowser.storage.sync.set({
      [chunkKey(0)]: JSON.stringify([makeEntity('xi')]),
      watchlist: { ...index, chunkCount: 1, revision: index.revision + 1000 },
    });
    expect(await loadWatchlist()).toEqual([makeEntity('xi')]);
  });

  it('drops a damaged entity and keeps the others', async () => {
    await saveWatchlist([makeEntity('putin'), makeEntity('xi')]);
    const chunk = (await fakeBrowser.storage.sync.get(chunkKey(0)))[chunkKey(0)] as string;
    const damaged = JSON.parse(chunk) as unknown[];
    damaged[0] = { id: 'putin', aliases: 'Putin' };
    await fakeBrowser.storage.sync.set({ [chunkKey(0)]: JSON.stringify(damaged) });
    await fakeBrowser.storage.local.clear();
    expect(await loadWatchlist()).toEqual([makeEntity('xi')]);
  });

  it('falls back to the local copy when a chunk has not arrived yet', async () => {
    const watchlist = bigWatchlist(12, 4_000);
    await saveWatchlist(watchlist);
    await fakeBrowser.storage.sync.remove(chunkKey(1));
    expect(await loadWatchlist()).toEqual(watchlist);
  });

  it('tells watchers once per save', async () => {
    const seen: string[][] = [];
    const unwatch = watchWatchlist((watchlist) => seen.push(watchlist.map((entity) => entity.id)));
    await saveWatchlist([makeEntity('putin')]);
    await saveWatchlist([makeEntity('putin'), makeEntity('xi')]);
    await vi.waitFor(() => expect(seen).toEqual([['putin'], ['putin', 'xi']]));
    unwatch();
  });

  it('resets to the defaults', async () => {
    await saveSettings({ ...defaultSettings(), paused: true });
    await saveWatchlist([makeEntity('putin')]);
    expect((await resetToDefaults()).ok).toBe(true);
    expect(await loadSettings()).toEqual(defaultSettings());
    expect(await loadWatchlist()).toEqual([...DEFAULT_CATALOG]);
  });
});
