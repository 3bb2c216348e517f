/**
 * The search index for the dossier page, built in slices so the page stays usable: the first view
 * never waits for it, each slice adds a few thousand quotes and gives the page back, and a search
 * meanwhile runs over the quotes indexed so far (the page says how many). Over 100,000 quotes the
 * whole build takes as long as FlexSearch needs (README, Figures), but no single slice blocks.
 */
import type { DossierStore } from '../store/dossier-store';
import { QuoteSearch } from './quote-search';

export const SLICE_QUOTES = 2000;

export interface BuildProgress {
  indexed: number;
  total: number;
}

export async function buildSearchInSlices(
  store: DossierStore,
  onProgress: (search: QuoteSearch, progress: BuildProgress) => void,
  pause: () => Promise<void>,
  cancelled: () => boolean = () => false,
): Promise<QuoteSearch> {
  const search = new QuoteSearch();
  const [pages, quotes] = await Promise.all([store.allPages(), store.allQuotes()]);
  const pagesById = new Map(pages.map((page) => [page.id!, page]));
  // Newest first, so what a reader most likely looks for is found first.
  quotes.sort((a, b) => b.visitedAt - a.visitedAt);
  onProgress(search, { indexed: 0, total: quotes.length });
  for (let start = 0; start < quotes.length; start += SLICE_QUOTES) {
    if (cancelled()) break;
    const slice = quotes.slice(start, start + SLICE_QUOTES).flatMap((quote) => {
      const page = pagesById.get(quote.pageId);
      return page ? [{ quote, page }] : [];
    });
    search.addAll(slice);
    onProgress(search, { indexed: Math.min(quotes.length, start + SLICE_QUOTES), total: quotes.length });
    await pause();
  }
  return search;
}
