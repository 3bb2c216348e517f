/**
 * The engine, end to end, for one page: text model → sentences → mentions → quotes → metadata.
 * The CLI and the tests call this; the content script runs the same parts in time slices.
 */
import type { Catalog } from '../catalog/entity';
import { readArticleMetadata } from '../article/read-article-metadata';
import { compileMatcher } from '../matching/compile-matcher';
import { findQuotes } from '../quotes/find-quotes';
import { splitSentences } from '../text/sentences';
import { SliceClock } from '../live/slice-clock';
import { buildTextModel, buildTextModelInSlices, type TextModel } from '../text/text-model';
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
}

export function analyzeDocument(doc: Document, options: AnalyzeOptions): PageAnalysis {
  const article = readArticleMetadata(doc, options.url ?? null);
  const model = buildTextModel(rootOf(doc, options));
  return analyzeText(model, article, options);
}

function rootOf(doc: Document, options: AnalyzeOptions): Node {
  // querySelector first: linkedom's `document.body` can be an empty stand-in on malformed pages.
  return options.root ?? doc.querySelector('body') ?? doc.body ?? doc;
}

/**
 * The same analysis in steps, `pause` handing the thread back to the page between them: metadata,
 * the text model (itself in slices), sentences, mentions, quotes. The content script runs this for
 * the popup's report; in one piece it held a large page for up to a second.
 */
export async function analyzeDocumentInSteps(doc: Document, options: AnalyzeOptions, pause: () => Promise<void>): Promise<PageAnalysis> {
  const article = readArticleMetadata(doc, options.url ?? null);
  await pause();
  const clock = new SliceClock();
  const model = await buildTextModelInSlices(rootOf(doc, options), {}, clock, pause);
  const steps = textAnalysisSteps(model, article, options);
  for (;;) {
    await pause();
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Everything after the text model, for callers that built the model themselves. */
export function analyzeText(model: TextModel, article: ArticleMetadata, options: AnalyzeOptions): PageAnalysis {
  const steps = textAnalysisSteps(model, article, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Sentences, mentions, quotes: one stage per step, so the two analyses above cannot drift apart. */
function* textAnalysisSteps(model: TextModel, article: ArticleMetadata, options: AnalyzeOptions): Generator<void, PageAnalysis> {
  const { catalog } = options;
  const lang = article.lang;
  const sentences = splitSentences(model.text, lang ?? undefined);
  yield;
  const mentions = compileMatcher(catalog).findMentions(model.text);
  yield;
  const quotes = findQuotes(model.text, { sentences, mentions, catalog, lang });
  return { url: options.url ?? null, model, sentences, mentions, quotes, article, catalog };
}
