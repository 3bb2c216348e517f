/**
 * The engine, end to end, for one page: text model → sentences → mentions → quotes → metadata.
 * The CLI and the tests call this; the content script runs the same generator in time slices
 * (report-document.ts).
 */
import type { Catalog } from '../catalog/entity';
import { readArticleMetadata, type ReadArticleMetadataOptions } from '../article/read-article-metadata';
import { compileMatcher } from '../matching/compile-matcher';
import { findQuotes } from '../quotes/find-quotes';
import { sentenceSteps } from '../text/sentences';
import { FRESH_SLICE, runSteps, type Steps } from '../live/steps';
import { textModelSteps, type TextModel } from '../text/text-model';
import type { ArticleMetadata, Mention, Quote, Span } from './types';

export interface PageAnalysis {
  url: string | null;
  model: TextModel;
  sentences: Span[];
  mentions: Mention[];
  quotes: Quote[];
  article: ArticleMetadata;
  catalog: Catalog;
}

export interface AnalyzeOptions {
  catalog: Catalog;
  url?: string | null;
  /** Part of the document to read; the body by default (the <title> is metadata, not text). */
  root?: Node;
  /** How the article header is read; `maxElementsForReadability: 0` skips Readability's parse. */
  article?: ReadArticleMetadataOptions;
  /**
   * The text model of `root` and the mentions in it, from a scan that read the page already (the
   * content script's first pass): not read again. The mentions must come from `catalog`.
   */
  scanned?: { model: TextModel; mentions: Mention[] };
}

export function analyzeDocument(doc: Document, options: AnalyzeOptions): PageAnalysis {
  return runSteps(documentAnalysisSteps(doc, options));
}

/** Metadata, the text model, sentences block by block, mentions, quotes a few dozen at a time. */
export function* documentAnalysisSteps(doc: Document, options: AnalyzeOptions): Steps<PageAnalysis> {
  const { catalog } = options;
  const article = readArticleMetadata(doc, options.url ?? null, options.article);
  // Readability's parse may have used the slice whole: the text starts a new one.
  yield FRESH_SLICE;
  const model = options.scanned?.model ?? (yield* textModelSteps(rootOf(doc, options), { shadowRoots: true }));
  const lang = article.lang;
  const sentences = yield* sentenceSteps(model.text, lang ?? undefined);
  yield;
  const mentions = options.scanned?.mentions ?? compileMatcher(catalog).findMentions(model.text);
  yield;
  yield FRESH_SLICE;
  const quotes = findQuotes(model.text, { sentences, mentions, catalog, lang });
  return { url: options.url ?? null, model, sentences, mentions, quotes, article, catalog };
}

function rootOf(doc: Document, options: AnalyzeOptions): Node {
  // querySelector first: linkedom's `document.body` can be an empty stand-in on malformed pages.
  return options.root ?? doc.querySelector('body') ?? doc.body ?? doc;
}
