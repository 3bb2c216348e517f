/**
 * The dossier page's search index kept between openings (schema v6's `searchIndex` table): saved in
 * parts once built, taken back in slices on the next opening, then brought up to date — the quotes
 * recorded since added, those gone since (a revisited page's old quotes) discarded — instead of
 * indexing every quote again (17 s at 100,000 quotes in Chromium). Rebuilt from the record when there
 * is none (deleting or pruning pages and clearing the record delete it, with the words it holds), when
 * its format is another, or when too many of its quotes are gone.
 */
import type { DossierStore } from '../store/dossier-store';
import type { PageRow } from '../store/schema';
import { buildSearchInSlices, READ_CHUNK, SLICE_MS, type BuildProgress } from './build-in-slices';
import { QuoteSearch, type SearchIndexPart } from './quote-search';
import { isPartOf, partKey, readStamp, SEARCH_INDEX_FORMAT, STAMP_KEY, type Stamp } from './saved-search-stamp';

/** Past this share of quotes gone since it was saved, the index is rebuilt rather than kept with their dead ids. */
export const MAX_DEAD_SHARE = 0.1;

const encoder = new TextEncoder();

export interface LoadedSearch {
  search: QuoteSearch;
  /** Built from the record, or taken back from the saved index (and brought up to date). */
  source: 'built' | 'restored';
  /** Whether the index was saved at the end (it is when it changed, unless pages were deleted meanwhile). */
  saved: boolean;
}

/**
 * The search index for the dossier page: the saved one taken back and brought up to date, else built
 * in slices; saved when it changed. `onProgress` and `pause` as for buildSearchInSlices.
 */
export async function loadSearchInSlices(
  store: DossierStore,
  onProgress: (search: QuoteSearch, progress: BuildProgress) => void,
  pause: () => Promise<void>,
  cancelled: () => boolean = () => false,
  now: () => number = () => performance.now(),
): Promise<LoadedSearch> {
  // Read first: a deletion after this point keeps the index from being saved (it may hold its words).
  const purgesAtStart = await store.purges();
  const slicer = new Slicer(pause, now);
  const restored = await restoreSaved(store, onProgress, slicer, cancelled);
  if (restored) {
    const update = await bringUpToDate(store, restored.search, restored.stamp.lastQuoteId, restored.pages, onProgress, slicer, cancelled);
    if (cancelled()) return { search: restored.search, source: 'restored', saved: false };
    if (update) {
      const saved = update.changed ? await save(store, restored.search, update.lastQuoteId, purgesAtStart, slicer) : false;
      return { search: restored.search, source: 'restored', saved };
    }
    // Too many of its quotes gone: built again below.
  }
  const lastQuoteId = await store.lastQuoteId();
  const search = await buildSearchInSlices(store, onProgress, pause, cancelled, now);
  if (cancelled()) return { search, source: 'built', saved: false };
  // Quotes recorded while it was built (after lastQuoteId) are added on the next opening.
  return { search, source: 'built', saved: await save(store, search, lastQuoteId, purgesAtStart, slicer) };
}

/** Gives the page back once a slice's time is spent. */
class Slicer {
  private sliceEnds: number;

  constructor(private readonly pause: () => Promise<void>, private readonly now: () => number) {
    this.sliceEnds = now() + SLICE_MS;
  }

  async step(): Promise<void> {
    if (this.now() < this.sliceEnds) return;
    await this.pause();
    this.sliceEnds = this.now() + SLICE_MS;
  }
}

/** The saved index, a part a read, each taken back in its own slice; null where there is none to take. */
async function restoreSaved(
  store: DossierStore,
  onProgress: (search: QuoteSearch, progress: BuildProgress) => void,
  slicer: Slicer,
  cancelled: () => boolean,
): Promise<{ search: QuoteSearch; stamp: Stamp; pages: Map<number, PageRow> } | null> {
  const stamp = await readStamp(store);
  if (!stamp) return null;
  const [pages, { quotes: total }] = await Promise.all([store.allPages(), store.estimate()]);
  const pagesById = new Map(pages.map((page) => [page.id!, page]));
  const search = new QuoteSearch();
  onProgress(search, { indexed: 0, total });
  for (let n = 0; n < stamp.parts; n++) {
    if (cancelled()) return null;
    const data = await store.searchIndexRow(partKey(stamp.generation, n));
    // A part missing: not the index the stamp describes.
    if (data === undefined) return null;
    search.restore(JSON.parse(data) as SearchIndexPart, pagesById);
    if (search.size > 0) onProgress(search, { indexed: Math.min(search.size, total), total });
    await slicer.step();
  }
  search.noteDead(stamp.dead);
  return { search, stamp, pages: pagesById };
}

/**
 * Discards the quotes gone since the index was saved and adds those recorded since, in slices
 * (`changed` false where nothing did). Null where too many are gone (MAX_DEAD_SHARE): the caller
 * rebuilds.
 */
async function bringUpToDate(
  store: DossierStore,
  search: QuoteSearch,
  savedUpTo: number,
  pages: Map<number, PageRow>,
  onProgress: (search: QuoteSearch, progress: BuildProgress) => void,
  slicer: Slicer,
  cancelled: () => boolean,
): Promise<{ changed: boolean; lastQuoteId: number } | null> {
  const { quotes: total } = await store.estimate();
  // Every id, not only those up to savedUpTo: a build may have indexed a quote recorded after its
  // stamp's id and gone again before the save.
  const stored = new Set(await store.quoteIdsUpTo(Infinity));
  const gone = [...search.ids()].filter((id) => !stored.has(id));
  search.discard(gone);
  if (tooManyDead(search)) return null;
  let changed = gone.length > 0;
  let lastQuoteId = savedUpTo;
  while (!cancelled()) {
    const chunk = await store.quotesRecordedAfter(lastQuoteId, READ_CHUNK);
    if (chunk.length === 0) break;
    for (const quote of chunk) {
      const page = pages.get(quote.pageId) ?? (await store.pagesById([quote.pageId])).get(quote.pageId);
      if (page) search.addAll([{ quote, page }]);
      lastQuoteId = quote.id!;
      changed = true;
      await slicer.step();
    }
    onProgress(search, { indexed: Math.min(search.size, total), total: Math.max(total, search.size) });
  }
  onProgress(search, { indexed: Math.min(search.size, total), total: Math.max(total, search.size) });
  return { changed, lastQuoteId };
}

/**
 * Saves the index: its parts made and written a row a transaction, in slices (a bulk write of 45 MB
 * had been one long task), under a generation of their own; then its stamp, which makes them the
 * saved index, and the older rows deleted, in one transaction. Nothing is kept where pages were
 * deleted since `purgesAtStart`.
 */
async function save(store: DossierStore, search: QuoteSearch, lastQuoteId: number, purgesAtStart: number, slicer: Slicer): Promise<boolean> {
  const generation = ((await readStamp(store))?.generation ?? 0) + 1;
  let parts = 0;
  let size = 0;
  for (const part of search.parts()) {
    const data = JSON.stringify(part);
    await slicer.step();
    if (!(await store.putSearchIndexRow({ key: partKey(generation, parts), data }, purgesAtStart))) {
      await store.commitSearchIndex({ key: STAMP_KEY, data: '' }, isPartOf(generation), purgesAtStart);
      return false;
    }
    parts++;
    size += encoder.encode(data).length;
    await slicer.step();
  }
  const stamp: Stamp = { format: SEARCH_INDEX_FORMAT, generation, lastQuoteId, parts, dead: search.deadCount, size };
  return store.commitSearchIndex({ key: STAMP_KEY, data: JSON.stringify(stamp) }, isPartOf(generation), purgesAtStart);
}

/** Too many dead ids in a restored index: worth rebuilding. */
function tooManyDead(search: QuoteSearch): boolean {
  return search.deadCount > MAX_DEAD_SHARE * Math.max(search.size, 1);
}
