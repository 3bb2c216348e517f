/**
 * The dossier's record: the pages a reader met and what they quoted. Plain data, so it is what
 * IndexedDB stores, what export writes and what the dossier page renders.
 */

/** One page as the record keeps it. Times are milliseconds since the epoch (UTC). */
export interface PageRecord {
  /** The canonical URL: the record's key for a page (one row per URL, however often visited). */
  url: string;
  title: string | null;
  /** The outlet: the page's site name, else its host name. */
  site: string;
  byline: string | null;
  /** ISO 8601 where the page gives a parsable date, else as the page gives it. */
  published: string | null;
  lang: string | null;
  firstVisit: number;
  lastVisit: number;
  /** Mentions of each watchlist entity on the page at its last visit. */
  mentionCounts: Record<string, number>;
}

/** One direct quote on one page. */
export interface QuoteRecord {
  /** The URL of the page that quotes it (PageRecord.url). */
  pageUrl: string;
  text: string;
  speaker: string | null;
  speakerEntityId: string | null;
  aboutEntityIds: string[];
  /** 0..1: how sure the attribution is. */
  confidence: number;
  /** The sentence the quote stands in. */
  sentence: string;
}

/** What recording one visit writes: the page and its quotes, together or not at all. */
export interface PageVisit {
  page: PageRecord;
  quotes: QuoteRecord[];
}
