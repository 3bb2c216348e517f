/**
 * What the dossier page shows first: the totals, each entity with its mentions and quotes over time
 * (by day), and the newest quotes with their sources. Read from the entity and entity-month rows the
 * store keeps up to date and from the newest quotes only, so it grows with the months of reading,
 * not with the size of the record.
 */
import type { DossierStore, StorageEstimate } from './store/dossier-store';
import type { PageRow, QuoteRow } from './store/schema';
import { timelineRows } from './store/dossier-store';

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
  // One read-only transaction for all of it: five transactions had each waited their turn.
  const { totals, entityRows, monthRows, quotes, pages } = await store.readOnly(async () => {
    const [totals, entityRows, monthRows, quotes] = await Promise.all([store.estimate(), store.entityRows(), store.entityMonthRows(), store.latestQuotes(latest)]);
    return { totals, entityRows, monthRows, quotes, pages: await store.pagesById(quotes.map((quote) => quote.pageId)) };
  });
  const timelines = new Map<string, TimelineDay[]>();
  for (const point of timelineRows(monthRows)) {
    const { entityId, ...day } = point;
    const timeline = timelines.get(entityId) ?? [];
    timeline.push(day);
    timelines.set(entityId, timeline);
  }
  return {
    totals,
    entities: entityRows
      .map((row) => ({ ...row, timeline: timelines.get(row.entityId) ?? [] }))
      .sort((a, b) => b.mentions - a.mentions || a.entityId.localeCompare(b.entityId)),
    latestQuotes: quotes.flatMap((quote) => {
      const page = pages.get(quote.pageId);
      return page ? [{ quote, page }] : [];
    }),
  };
}
