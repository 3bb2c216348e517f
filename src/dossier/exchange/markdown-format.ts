/**
 * The record as Markdown, ready to paste: each speaker's quotes, newest first, each with its
 * citation (outlet, title linked to the quote, date).
 */
import { textFragmentLink } from '../text-fragment';
import type { PageRecord, PageVisit, QuoteRecord } from '../types';

/** Characters Markdown would read as markup, escaped so a quote stays text. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, (char) => `\\${char}`).replace(/\s+/g, ' ').trim();
}

/** Parentheses and spaces would end a Markdown link's address early. */
function escapeUrl(url: string): string {
  return url.replace(/[() ]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

const UNATTRIBUTED = 'Unattributed';

export function toMarkdown(visits: readonly PageVisit[], title = 'Dossier'): string {
  const bySpeaker = new Map<string, { quote: QuoteRecord; page: PageRecord }[]>();
  for (const { page, quotes } of visits) {
    for (const quote of quotes) {
      const speaker = quote.speaker ?? UNATTRIBUTED;
      const list = bySpeaker.get(speaker) ?? [];
      list.push({ quote, page });
      bySpeaker.set(speaker, list);
    }
  }
  const speakers = [...bySpeaker.keys()].sort((a, b) => (a === UNATTRIBUTED ? 1 : b === UNATTRIBUTED ? -1 : a.localeCompare(b)));
  const lines = [`# ${escapeMarkdown(title)}`, ''];
  for (const speaker of speakers) {
    lines.push(`## ${escapeMarkdown(speaker)}`, '');
    const entries = bySpeaker.get(speaker)!.sort((a, b) => b.page.lastVisit - a.page.lastVisit);
    for (const { quote, page } of entries) {
      const date = page.published?.slice(0, 10) ?? new Date(page.lastVisit).toISOString().slice(0, 10);
      const cited = `[${escapeMarkdown(page.title ?? page.url)}](${escapeUrl(textFragmentLink(page.url, quote.text))})`;
      lines.push(`> “${escapeMarkdown(quote.text)}”`, '>', `> — ${escapeMarkdown(quote.speaker ?? UNATTRIBUTED)}, ${escapeMarkdown(page.site)}: ${cited}, ${date}`, '');
    }
  }
  return lines.join('\n');
}
