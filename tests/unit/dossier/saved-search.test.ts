/**
 * The search index kept between openings: saved once built, taken back on the next opening and
 * brought up to date with what was recorded and revisited since; gone with deleted pages; rebuilt
 * when its format changed or too many of its quotes are gone.
 */
import { describe, expect, it } from 'vitest';
import { buildSearchInSlices, SLICE_MS } from '../../../src/dossier/search/build-in-slices';
import type { QuoteSearch, SearchFilters } from '../../../src/dossier/search/quote-search';
import { loadSearchInSlices } from '../../../src/dossier/search/saved-search';
import { SEARCH_INDEX_FORMAT, storageSizeWithSearch } from '../../../src/dossier/search/saved-search-stamp';
import type { DossierStore } from '../../../src/dossier/store/dossier-store';
import { syntheticDossier } from '../../../bench/dossier-synthetic';
import { DAY, openStore, T0, visit } from './test-store';

const noPause = async () => {};
const load = (store: DossierStore, cancelled = () => false) => loadSearchInSlices(store, () => {}, noPause, cancelled);

/**
 * What a search finds for each query: the count and the quote ids (sorted: among quotes of the same
 * rank FlexSearch answers in the order they were added, and a fresh build adds the newest first).
 */
function answers(search: QuoteSearch, queries: readonly [string, SearchFilters][]) {
  return queries.map(([query, filters]) => {
    const found = search.search(query, filters, 100_000);
    return { query, total: found.total, ids: found.hits.map((hit) => hit.quoteId).sort((a, b) => a - b) };
  });
}

async function seeded(pages = 40): Promise<{ store: DossierStore; queries: [string, SearchFilters][] }> {
  const store = await openStore();
  const { visits, vocabulary, speakers, sites } = syntheticDossier({ pages, quotesPerPage: 10, seed: 21 });
  for (const page of visits) await store.recordVisit(page);
  const queries: [string, SearchFilters][] = [
    [vocabulary[3]!, {}], [vocabulary[40]!, {}], [vocabulary[3]!.slice(0, 3), {}], ['', { speaker: speakers[2]!.name }],
    [vocabulary[3]!, { entityId: 'entity-1' }], [vocabulary[3]!, { site: sites[1]! }], ['', { from: T0, to: T0 + 1000 * DAY }],
    ['marker', {}], ['sanctions', {}],
  ];
  return { store, queries };
}

describe('the search index kept between openings', () => {
  it('is saved once built and taken back the next time, answering as a fresh build does', async () => {
    const { store, queries } = await seeded();
    const first = await load(store);
    expect(first).toMatchObject({ source: 'built', saved: true });
    const second = await load(store);
    // Nothing recorded since: taken back, not saved again.
    expect(second).toMatchObject({ source: 'restored', saved: false });
    expect(second.search.size).toBe(first.search.size);
    const fresh = await buildSearchInSlices(store, () => {}, noPause);
    expect(answers(second.search, queries)).toEqual(answers(fresh, queries));
    expect(answers(second.search, queries).some((found) => found.total > 10)).toBe(true);
  }, 60_000);

  it('brings a saved index up to date: quotes recorded since are found, a revisited page\'s old quotes are not', async () => {
    const { store, queries } = await seeded();
    await load(store);
    const [someone] = await store.allPages();
    await store.recordVisit(visit('https://new.example/1', T0 + 900 * DAY, [{ text: 'The marker buoy was moved overnight' }]));
    // The revisit records the page's quotes anew (new ids): the old ones are gone from the record.
    await store.recordVisit({ page: { ...someone!, lastVisit: T0 + 901 * DAY }, quotes: [{ pageUrl: someone!.url, text: 'Talk of sanctions replaced everything said before', speaker: null, speakerEntityId: null, aboutEntityIds: [], confidence: 0.5, sentence: 'Talk of sanctions replaced everything said before.' }] });
    const updated = await load(store);
    expect(updated).toMatchObject({ source: 'restored', saved: true });
    const fresh = await buildSearchInSlices(store, () => {}, noPause);
    expect(updated.search.size).toBe(fresh.size);
    expect(updated.search.search('marker').total).toBe(1);
    expect(updated.search.search('sanctions').total).toBe(1);
    expect(answers(updated.search, queries)).toEqual(answers(fresh, queries));
    // Saved with what changed: the next opening takes it back as it is.
    const again = await load(store);
    expect(again).toMatchObject({ source: 'restored', saved: false });
    expect(answers(again.search, queries)).toEqual(answers(fresh, queries));
  }, 60_000);

  it('discards a quote gone since, even one recorded after the id its stamp names (indexed while it was built)', async () => {
    const { store } = await seeded(10);
    const lastBefore = await store.lastQuoteId();
    await store.recordVisit(visit('https://late.example/1', T0 + 900 * DAY, [{ text: 'The quayside marker was painted' }]));
    await load(store);
    // As if the index had been built while that page was recorded: its stamp names the id before it.
    const stamp = JSON.parse((await store.searchIndexRow('stamp'))!) as { lastQuoteId: number };
    await store.db.searchIndex.put({ key: 'stamp', data: JSON.stringify({ ...stamp, lastQuoteId: lastBefore }) });
    // The page revisited: its quote recorded anew under a new id, with other words.
    await store.recordVisit(visit('https://late.example/1', T0 + 901 * DAY, [{ text: 'Nothing about paint any more' }]));
    const updated = await load(store);
    expect(updated.source).toBe('restored');
    expect(updated.search.search('quayside').total).toBe(0);
    expect(updated.search.search('paint').total).toBe(1);
    expect(updated.search.size).toBe((await buildSearchInSlices(store, () => {}, noPause)).size);
  }, 60_000);

  it('goes with a deleted page, a prune or a clear, and is built again', async () => {
    const { store } = await seeded(10);
    await load(store);
    expect((await store.searchIndexKeys()).length).toBeGreaterThan(1);
    const [page] = await store.allPages();
    await store.deletePage(page!.url);
    expect(await store.searchIndexKeys()).toEqual([]);
    expect(await load(store)).toMatchObject({ source: 'built', saved: true });
    await store.prune(0, T0 + 5000 * DAY);
    expect(await store.searchIndexKeys()).toEqual([]);
    await store.recordVisit(visit('https://a.example/1', T0, [{ text: 'Words to keep' }]));
    await load(store);
    await store.clear();
    expect(await store.searchIndexKeys()).toEqual([]);
  }, 60_000);

  it('is not saved when pages were deleted while it was built (it may hold their words)', async () => {
    const { store } = await seeded(10);
    const [page] = await store.allPages();
    let deleted = false;
    const loaded = await loadSearchInSlices(store, () => {}, async () => {
      if (deleted) return;
      deleted = true;
      await store.deletePage(page!.url);
    }, () => false, (() => {
      // A clock that moves half a slice per reading: the build pauses after every two quotes, and the page is deleted at the first pause.
      let clock = 0;
      return () => (clock += SLICE_MS / 2);
    })());
    expect(deleted).toBe(true);
    expect(loaded).toMatchObject({ source: 'built', saved: false });
    expect(await store.searchIndexKeys()).toEqual([]);
  }, 60_000);

  it('is built again when another format was saved, or when too many of its quotes are gone', async () => {
    const { store } = await seeded(10);
    await load(store);
    await store.db.searchIndex.put({ key: 'stamp', data: JSON.stringify({ format: SEARCH_INDEX_FORMAT + 1 }) });
    expect(await load(store)).toMatchObject({ source: 'built', saved: true });
    // Revisits of a third of the pages: a third of the saved quotes gone.
    for (const page of (await store.allPages()).slice(0, 4)) await store.recordVisit({ page: { ...page, lastVisit: page.lastVisit + 2000 * DAY }, quotes: [] });
    expect(await load(store)).toMatchObject({ source: 'built', saved: true });
    expect(await load(store)).toMatchObject({ source: 'restored', saved: false });
  }, 60_000);

  it('is saved a row at a time under a generation of its own: a save left half-way is taken for nothing and cleared by the next', async () => {
    const { store, queries } = await seeded(10);
    await load(store);
    const saved = await store.searchIndexKeys();
    expect(saved.filter((key) => key.startsWith('part:1:')).length).toBe(saved.length - 1);
    // A page closed half-way through its save: rows of generation 2 without a stamp naming them.
    await store.db.searchIndex.put({ key: 'part:2:000000', data: '{"kind":"quotes","quotes":[[1,1,"x",[]]]}' });
    const restored = await load(store);
    expect(restored).toMatchObject({ source: 'restored', saved: false });
    const fresh = await buildSearchInSlices(store, () => {}, noPause);
    expect(answers(restored.search, queries)).toEqual(answers(fresh, queries));
    // The next save (something recorded) writes generation 2 anew and deletes the rest.
    await store.recordVisit(visit('https://new.example/2', T0 + 900 * DAY, [{ text: 'A marker of its own' }]));
    expect(await load(store)).toMatchObject({ source: 'restored', saved: true });
    const keys = await store.searchIndexKeys();
    expect(keys.every((key) => key === 'stamp' || key.startsWith('part:2:'))).toBe(true);
  }, 60_000);

  it('counts in the storage size', async () => {
    const { store } = await seeded(5);
    const before = await storageSizeWithSearch(store);
    expect(before.searchBytes).toBe(0);
    await load(store);
    const after = await storageSizeWithSearch(store);
    const rows = await store.db.searchIndex.toArray();
    const parts = rows.filter((row) => row.key !== 'stamp').reduce((sum, row) => sum + new TextEncoder().encode(row.data).length, 0);
    expect(after.searchBytes).toBe(parts);
    expect(after.bytes).toBe(before.bytes + parts);
  }, 60_000);
});
