/**
 * The analysis of one page, as one plain function over plain data: sentences → quotes →
 * summaries → the serialisable report. The background runs it on what a content script sends;
 * the CLI, `eval:quotes` and the bench run it on a saved page (analyze-document.ts). One piece,
 * never sliced: it does not run on a page's thread.
 */
import type { Catalog } from '../catalog/entity';
import { findQuotes } from '../quotes/find-quotes';
import { splitSentences } from '../text/sentences';
import type { PageText } from './page-text';
import { toReport } from './to-report';
import type { AnalysisReport } from './types';

export function analyzePage(page: PageText, catalog: Catalog): AnalysisReport {
  const { text, mentions, lang } = page;
  const sentences = splitSentences(text, lang ?? undefined);
  const quotes = findQuotes(text, { sentences, mentions, catalog, lang });
  return toReport({ url: page.url, text, sentences, mentions, quotes, article: page.article, catalog });
}
