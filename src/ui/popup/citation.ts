/**
 * "Copy as citation": a quote as Markdown a journalist can paste into notes or a draft, with
 * enough to find it again — who said it, where, when, and the address.
 */
import type { ArticleMetadata, QuoteReport } from '../../analysis/types';
import { displayQuote } from './quote-text';

/** `speaker` overrides the page's wording with the watchlist's name and role, when the speaker is an entity. */
export function citationMarkdown(
  quote: QuoteReport,
  article: ArticleMetadata,
  url: string | null,
  speaker: { name: string | null; role: string | null } = { name: quote.speaker, role: quote.speakerRole },
): string {
  const who = speaker.name === null ? 'Unattributed' : [speaker.name, speaker.role].filter(Boolean).join(', ');
  const title = article.title ?? url ?? 'Untitled page';
  const source = [url === null ? escapeMarkdown(title) : `[${escapeMarkdown(title)}](${escapeUrl(url)})`, article.siteName, article.published]
    .filter((part): part is string => Boolean(part))
    .join(', ');
  const quoted = `> ${displayQuote(quote.text)}`;
  return `${quoted}\n>\n> — ${who}\n\nSource: ${source}\n`;
}

/** Brackets and backslashes would end the link text early. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\[\]])/g, '\\$1');
}

/** Spaces and parentheses would end a Markdown link target early. */
function escapeUrl(url: string): string {
  return url.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29');
}
