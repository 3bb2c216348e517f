/**
 * The search index for the dossier page, built in slices so the page stays usable: the first view
 * never waits for it, each slice adds a few thousand quotes and gives the page back, and a search
 * meanwhile runs over the quotes indexed so far (the page says how many). Quotes are read in
 * chunks of READ_CHUNK, so no single read of the record holds the page either. Over 100,000 quotes the
 * whole build takes as long as FlexSearch needs (README, Figures), but no single slice blocks.
 */
import type { DossierStore } from '../store/dossier-store';
import { QuoteSearch } from './quote-search';

/** Each slice indexes quotes for about this long, then gives the page back (a frame and a half at 60 Hz). */
export const SLICE_MS = 25;
/** Quotes read from IndexedDB at a time: one read of 100,000 rows held the page for 1.6 s. */
export const READ_CHUNK = 2000;

export interface BuildProgress {
  indexed: number;
  total: number;
}

export async function buildSearchInSlices(
  store: DossierStore,
  onProgress: (search: QuoteSearch, progress: BuildProgress) => void,
  pause: () => Promise<void>,
  cancelled: () => boolean = () => false,
  now: () => number = () => performance.now(),
): Promise<QuoteSearch> {
  const search = new QuoteSearch();
  const [pages, { quotes: total }] = await Promise.all([store.allPages(), store.estimate()]);
  const pagesById = new Map(pages.map((page) => [page.id!, page]));
  onProgress(search, { indexed: 0, total });
  // The last recorded first (a revisit records its quotes anew), so what a reader most likely looks for is found first.
  let indexed = 0;
  let before: number | null = null;
  while (!cancelled()) {
    const chunk = await store.quotesRecordedBefore(before, READ_CHUNK);
    if (chunk.length === 0) break;
    before = chunk[chunk.length - 1]!.id!;
    let next = 0;
    while (next < chunk.length && !cancelled()) {
      const sliceEnds = now() + SLICE_MS;
      // A quote at a time until the slice's time is up: a slow machine does less per slice, not longer slices.
      while (next < chunk.length && now() < sliceEnds) {
        const quote = chunk[next++]!;
        const page = pagesById.get(quote.pageId);
        if (page) search.addAll([{ quote, page }]);
        indexed++;
      }
      onProgress(search, { indexed: Math.min(indexed, total), total: Math.max(total, indexed) });
      await pause();
    }
  }
  return search;
}
