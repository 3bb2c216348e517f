/**
 * The engine on a whole document (the CLI, the tests, the bench): reads what a content script
 * would send — metadata, the text model, the matcher's mentions — then runs the one analysis.
 */
import type { Catalog } from '../catalog/entity';
import { readArticleMetadata, type ReadArticleMetadataOptions } from '../article/read-article-metadata';
import { compileMatcher } from '../matching/compile-matcher';
import { buildTextModel } from '../text/text-model';
import { analyzePage } from './analyze-page';
import type { PageText } from './page-text';
import type { AnalysisReport } from './types';

export interface AnalyzeOptions {
  catalog: Catalog;
  url?: string | null;
  /** Part of the document to read; the body by default (the <title> is metadata, not text). */
  root?: Node;
  /** How the article header is read; `maxElementsForReadability: 0` skips Readability's parse. */
  article?: ReadArticleMetadataOptions;
}

export function analyzeDocument(doc: Document, options: AnalyzeOptions): AnalysisReport {
  return analyzePage(readPageText(doc, options), options.catalog);
}

/** The analysis's input from a document: header, visible text, mentions of the catalogue. */
export function readPageText(doc: Document, options: AnalyzeOptions): PageText {
  const url = options.url ?? null;
  const article = readArticleMetadata(doc, url, options.article);
  const text = buildTextModel(rootOf(doc, options), { shadowRoots: true }).text;
  const mentions = compileMatcher(options.catalog).findMentions(text);
  return { url, text, mentions, lang: article.lang, article };
}

function rootOf(doc: Document, options: AnalyzeOptions): Node {
  // querySelector first: linkedom's `document.body` can be an empty stand-in on malformed pages.
  return options.root ?? doc.querySelector('body') ?? doc.body ?? doc;
}
