/**
 * The engine's results. Offsets are UTF-16 indices into `TextModel.text`, so the content script
 * can map every result back to the DOM text nodes it came from.
 */

export interface Span {
  start: number;
  end: number;
}

/** One mention of a watchlist entity in the page text. */
export interface Mention extends Span {
  entityId: string;
  /** The text as it stands on the page (without soft hyphens or zero-width characters). */
  text: string;
}

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

/** Article header, from Readability with fallbacks from meta tags and JSON-LD. */
export interface ArticleMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 where it can be parsed, else as the page gives it. */
  published: string | null;
  lang: string | null;
  excerpt: string | null;
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
