import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_CATALOG } from '../../../src/catalog/default-catalog';
import type { Catalog } from '../../../src/catalog/entity';
import { ensureCompiledMatcher, loadStoredMatcher, storeCompiledMatcher } from '../../../src/settings/matcher-store';

const TEXT = 'Xi Jinping met Vladimir Putin; John Kirby criticised the twelve-point paper.';
const withoutKirby: Catalog = DEFAULT_CATALOG.map((entity) => (entity.id === 'kirby' ? { ...entity, enabled: false } : entity));
const enabled = (catalog: Catalog) => catalog.filter((entity) => entity.enabled !== false);

describe('the stored matcher', () => {
  beforeEach(() => fakeBrowser.reset());

  it('serves the watchlist it was compiled from, enabled entities only', async () => {
    expect(await storeCompiledMatcher(withoutKirby)).toBe(true);
    const matcher = await loadStoredMatcher(enabled(withoutKirby));
    expect(matcher?.findMentions(TEXT).map((mention) => mention.entityId)).toEqual(['xi', 'putin', 'twelve-point-paper']);
  });

  it('is not used for another watchlist', async () => {
    await storeCompiledMatcher(withoutKirby);
    expect(await loadStoredMatcher(DEFAULT_CATALOG)).toBeNull();
  });

  it('is stored again only when the watchlist changed', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const snapshotWrites = () => set.mock.calls.filter(([items]) => 'compiledMatcher' in (items as object)).length;
    await ensureCompiledMatcher(DEFAULT_CATALOG);
    await ensureCompiledMatcher(DEFAULT_CATALOG);
    expect(snapshotWrites()).toBe(1);
    await ensureCompiledMatcher(withoutKirby);
    expect(snapshotWrites()).toBe(2);
  });

  it('goes, rather than stays stale, when storage is full', async () => {
    await storeCompiledMatcher(DEFAULT_CATALOG);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    expect(await storeCompiledMatcher(withoutKirby)).toBe(false);
    expect(await loadStoredMatcher(DEFAULT_CATALOG)).toBeNull();
    expect(await loadStoredMatcher(enabled(withoutKirby))).toBeNull();
  });

  it('is not kept when it would crowd out the settings, and the old one goes too', async () => {
    await storeCompiledMatcher(DEFAULT_CATALOG);
    expect(await storeCompiledMatcher(withoutKirby, 1000)).toBe(false);
    expect(await loadStoredMatcher(DEFAULT_CATALOG)).toBeNull();
    expect(await fakeBrowser.storage.local.get(['compiledMatcher', 'compiledMatcherFor'])).toEqual({});
  });
});
