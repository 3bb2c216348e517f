/**
 * What the dossier page shows first: the totals, each entity with its mentions and quotes over time
 * (by day), and the newest quotes with their sources. Read from the page rows (which carry their
 * counts) and the newest quotes only, so it does not grow with the number of quotes.
 */
import { quoteDate } from './search/quote-search';
import type { DossierStore, StorageEstimate } from './store/dossier-store';
import type { PageRow, QuoteRow } from './store/schema';

export interface TimelineDay {
  /** YYYY-MM-DD, UTC. */
  day: string;
  mentions: number;
  quotesBy: number;
  quotesAbout: number;
}

export interface EntityOverview {
  entityId: string;
  mentions: number;
  pages: number;
  quotesBy: number;
  quotesAbout: number;
  /** Days with any mention or quote, oldest first. */
  timeline: TimelineDay[];
}

export interface FirstView {
  totals: StorageEstimate;
  /** Most mentioned first. */
  entities: EntityOverview[];
  latestQuotes: { quote: QuoteRow; page: PageRow }[];
}

export const FIRST_VIEW_QUOTES = 50;

export async function loadFirstView(store: DossierStore, latest = FIRST_VIEW_QUOTES): Promise<FirstView> {
  const [totals, pages, quotes] = await Promise.all([store.estimate(), store.allPages(), store.latestQuotes(latest)]);
  const pagesById = new Map(pages.map((page) => [page.id!, page]));
  return {
    totals,
    entities: entityOverviews(pages),
    latestQuotes: quotes.flatMap((quote) => {
      const page = pagesById.get(quote.pageId);
      return page ? [{ quote, page }] : [];
    }),
  };
}

export function entityOverviews(pages: readonly PageRow[]): EntityOverview[] {
  const overviews = new Map<string, EntityOverview & { days: Map<string, TimelineDay> }>();
  const overviewOf = (entityId: string) => {
    let overview = overviews.get(entityId);
    if (!overview) {
      overview = { entityId, mentions: 0, pages: 0, quotesBy: 0, quotesAbout: 0, timeline: [], days: new Map() };
      overviews.set(entityId, overview);
    }
    return overview;
  };
  for (const page of pages) {
    const day = new Date(quoteDate(page)).toISOString().slice(0, 10);
    const dayOf = (overview: ReturnType<typeof overviewOf>) => {
      let entry = overview.days.get(day);
      if (!entry) overview.days.set(day, (entry = { day, mentions: 0, quotesBy: 0, quotesAbout: 0 }));
      return entry;
    };
    for (const [entityId, count] of Object.entries(page.mentionCounts)) {
      const overview = overviewOf(entityId);
      overview.mentions += count;
      overview.pages += 1;
      dayOf(overview).mentions += count;
    }
    for (const [entityId, count] of Object.entries(page.quotesBy)) {
      const overview = overviewOf(entityId);
      overview.quotesBy += count;
      dayOf(overview).quotesBy += count;
    }
    for (const [entityId, count] of Object.entries(page.quotesAbout)) {
      const overview = overviewOf(entityId);
      overview.quotesAbout += count;
      dayOf(overview).quotesAbout += count;
    }
  }
  return [...overviews.values()]
    .map(({ days, ...overview }) => ({ ...overview, timeline: [...days.values()].sort((a, b) => a.day.localeCompare(b.day)) }))
    .sort((a, b) => b.mentions - a.mentions || a.entityId.localeCompare(b.entityId));
}
