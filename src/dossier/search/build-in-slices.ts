/**
 * The search index for the dossier page, built in slices so the page stays usable: the first view
 * never waits for it, each slice adds a few thousand quotes and gives the page back, and a search
 * meanwhile runs over the quotes indexed so far (the page says how many). Over 100,000 quotes the
 * whole build takes as long as FlexSearch needs (README, Figures), but no single slice blocks.
 */
import type { DossierStore } from '../store/dossier-store';
import { QuoteSearch } from './quote-search';

/** Each slice indexes quotes for about this long, then gives the page back (a frame and a half at 60 Hz). */
export const SLICE_MS = 25;

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
  const [pages, quotes] = await Promise.all([store.allPages(), store.allQuotes()]);
  const pagesById = new Map(pages.map((page) => [page.id!, page]));
  // Newest first, so what a reader most likely looks for is found first.
  quotes.sort((a, b) => b.visitedAt - a.visitedAt);
  onProgress(search, { indexed: 0, total: quotes.length });
  let next = 0;
  while (next < quotes.length && !cancelled()) {
    const sliceEnds = now() + SLICE_MS;
    // A quote at a time until the slice's time is up: a slow machine does less per slice, not longer slices.
    while (next < quotes.length && now() < sliceEnds) {
      const quote = quotes[next++]!;
      const page = pagesById.get(quote.pageId);
      if (page) search.addAll([{ quote, page }]);
    }
    onProgress(search, { indexed: next, total: quotes.length });
    await pause();
  }
  return search;
}
