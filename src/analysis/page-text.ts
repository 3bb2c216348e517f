/**
 * What the analysis of a page needs, as plain data: what the content script sends to the
 * background once a scan is complete, and what the CLI reads from a saved page. Serialisable.
 */
import type { ArticleMetadata } from '../article/article-metadata';
import type { Mention } from '../matching/mention';

export interface PageText {
  url: string | null;
  /**
   * The page's visible text, as the text model reads it. Block and paragraph boundaries are in
   * it as blank lines (the model's block separator): sentences never cross them, and the
   * summaries and quote attribution count paragraphs by them.
   */
  text: string;
  /** The matcher's mentions in `text`, in order. */
  mentions: Mention[];
  /** The page's language (BCP 47), for sentence rules; null when the page does not say. */
  lang: string | null;
  /** The article header as read so far: from the page's metadata, or completed by Readability. */
  article: ArticleMetadata;
}

/** A check for what arrives in a message: the analysis trusts its input's shape. */
export function isPageText(value: unknown): value is PageText {
  if (typeof value !== 'object' || value === null) return false;
  const page = value as Record<string, unknown>;
  return (page.url === null || typeof page.url === 'string')
    && typeof page.text === 'string'
    && Array.isArray(page.mentions) && page.mentions.every(isMention)
    && (page.lang === null || typeof page.lang === 'string')
    && typeof page.article === 'object' && page.article !== null;
}

function isMention(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const mention = value as Record<string, unknown>;
  return Number.isInteger(mention.start) && Number.isInteger(mention.end)
    && typeof mention.entityId === 'string' && typeof mention.text === 'string';
}
