/**
 * The engine's results. Offsets are UTF-16 indices into `TextModel.text`, so the content script
 * can map every result back to the DOM text nodes it came from.
 */

import type { Span } from '../text/span';

// Owned by the layers below; named here too for the quote finder, which still imports them from here.
export type { Span } from '../text/span';
export type { Mention } from '../matching/mention';
export type { ArticleMetadata } from '../article/article-metadata';
import type { ArticleMetadata } from '../article/article-metadata';

/** A direct quotation and who said it. */
export interface Quote extends Span {
  /** The quoted words, without the quote marks. */
  text: string;
  /** Speaker at the fullest name the page gives ("John Kirby"); null when the page does not say. */
  speaker: string | null;
  /** The speaker's role where the page gives one ("Kremlin spokesman"). */
  speakerRole: string | null;
  /** Watchlist id of the speaker, when the speaker is a watchlist entity. */
  speakerEntityId: string | null;
  /** The verb or phrase that attributes it ("said", "according to"); null when carried over. */
  cue: string | null;
  /** 0..1: how sure the attribution is: the share of right speakers its rule had on labelled pages. */
  confidence: number;
  /** The attribution rule that gave the speaker (`quotes/attribution-rules.ts`). */
  rule: string;
  /** The sentence the quote stands in (or starts in). */
  sentence: Span;
  /** Watchlist ids the quote or its sentence mentions. */
  aboutEntityIds: string[];
}

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
