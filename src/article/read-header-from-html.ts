/**
 * The article header with Readability, from a page's HTML: run where a DOM exists off the page
 * (Chrome's offscreen document, Firefox's background page), never on the page's own thread.
 */
import type { ArticleMetadata } from './article-metadata';
import { readArticleMetadata } from './read-article-metadata';

export function readHeaderFromHtml(parser: DOMParser, html: string, url: string): ArticleMetadata | null {
  try {
    return readArticleMetadata(parser.parseFromString(html, 'text/html'), url);
  } catch {
    return null;
  }
}
