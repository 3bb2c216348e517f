/**
 * The engine's results. Offsets are UTF-16 indices into `TextModel.text`, so the content script
 * can map every result back to the DOM text nodes it came from.
 */


// Owned by the layers below, named here too: the report is made of them.
export type { Span } from '../text/span';
export type { Mention } from '../matching/mention';
export type { Quote } from '../quotes/quote';
export type { ArticleMetadata } from '../article/article-metadata';
import type { ArticleMetadata } from '../article/article-metadata';

/** One watchlist entity as found on a page: the `entities[]` of `dossier analyze --json`. */
export interface EntityReport {
  id: string;
  label: string;
  count: number;
  mentions: { text: string; sentence: string }[];
  /** The two or three sentences that say most about the entity. */
  summary: string[];
}

/** A quote as reported by `dossier analyze --json` and shown in the popup. */
export interface QuoteReport {
  text: string;
  speaker: string | null;
  speakerRole: string | null;
  speakerEntityId: string | null;
  aboutEntityIds: string[];
  cue: string | null;
  confidence: number;
  sentence: string;
}

/** Everything the engine says about one page; serialisable, so it crosses extension messages as is. */
export interface AnalysisReport {
  url: string | null;
  article: ArticleMetadata;
  /** Three to five of the article's own sentences. */
  summary: string[];
  readingMinutes: number;
  entities: EntityReport[];
  quotes: QuoteReport[];
}
