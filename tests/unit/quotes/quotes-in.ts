/** The quote finder over paragraphs of our own, as the attribution tests read it. */
import { findQuotes } from '../../../src/quotes/find-quotes';
import type { Quote } from '../../../src/quotes/quote';
import { splitSentences } from '../../../src/text/sentences';

/** The quotes of `paragraphs` (joined as blocks), in the page language `lang`. */
export function quotesIn(paragraphs: string[], lang?: string): Quote[] {
  const text = paragraphs.join('\n\n');
  return findQuotes(text, { sentences: splitSentences(text, lang), mentions: [], catalog: [], lang: lang ?? null });
}

/** Each quote's speaker. */
export function speakersIn(paragraphs: string[], lang?: string): (string | null)[] {
  return quotesIn(paragraphs, lang).map((quote) => quote.speaker);
}

/** Each quote's speaker and its first three words, to tell the quotes apart. */
export function speakersAndOpenings(paragraphs: string[], lang?: string): [string | null, string][] {
  return quotesIn(paragraphs, lang).map((quote) => [quote.speaker, quote.text.split(/\s+/).slice(0, 3).join(' ')]);
}
