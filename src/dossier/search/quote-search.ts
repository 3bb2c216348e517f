/**
 * Full-text search over every quote in the record (FlexSearch): words of the quote, its speaker and
 * the rest of the sentence around it, the commonest words of English, German and Russian left out
 * (stop-words.ts); case and accents folded (fold-text.ts), so "prasident" finds "Präsident" and
 * "еще" finds "ещё"; every word found by its beginning too, so "пекин" finds "Пекина". Filtered by
 * entity, speaker, site and date range. FlexSearch answers from its index without scoring every
 * matching quote, so a word found in a third of the record costs no more than a rare one.
 */
import FlexSearch from 'flexsearch';
import { foldText } from '../fold-text';
import { quoteDate } from '../quote-date';
import type { PageRow, QuoteRow } from '../store/schema';
import { STOP_WORDS } from './stop-words';

export interface SearchFilters {
  /** Quotes by or about this watchlist entity. */
  entityId?: string;
  /** Quotes whose speaker is this name (folded; a surname finds the full name). */
  speaker?: string;
  site?: string;
  /** Inclusive range over the quote's date: the page's publication date, else its last visit (ms). */
  from?: number;
  to?: number;
}

export interface SearchHit {
  quoteId: number;
}

export interface SearchResult {
  /** How many quotes match, all of them, not only the hits returned. */
  total: number;
  hits: SearchHit[];
}

/** What the index keeps of a quote for filtering, beside MiniSearch's own index of its words. */
interface QuoteFacts {
  entityIds: string[];
  speaker: string;
  site: string;
  date: number;
}

/** Words end at spaces, punctuation and symbols; letters, combining marks and digits of any script stay. */
const SEPARATORS = /[\s\p{P}\p{S}]+/u;
const PLAIN_ASCII = /^[a-z0-9]*$/;

/** The words FlexSearch indexes and looks up: folded, without the commonest words. */
export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  for (const word of text.split(SEPARATORS)) {
    if (word === '') continue;
    const lower = word.toLowerCase();
    // Most words are plain ASCII: folding could not change them.
    const folded = PLAIN_ASCII.test(lower) ? lower : foldText(lower);
    if (folded !== '' && !STOP_WORDS.has(folded)) terms.push(folded);
  }
  return terms;
}

/** The sentence around a quote, without the quote: its words are indexed once, in `text`. */
function contextOf(quote: QuoteRow): string {
  const at = quote.sentence.indexOf(quote.text);
  return at === -1 ? quote.sentence : quote.sentence.slice(0, at) + ' ' + quote.sentence.slice(at + quote.text.length);
}

export class QuoteSearch {
  /** "forward": each word is indexed by its beginnings too, so a word being typed already finds. */
  private readonly index = new FlexSearch.Index({ tokenize: 'forward', encode: searchTerms, resolution: 9 });
  private readonly facts = new Map<number, QuoteFacts>();

  static fromRecord(pages: readonly PageRow[], quotes: readonly QuoteRow[]): QuoteSearch {
    const search = new QuoteSearch();
    const pagesById = new Map(pages.map((page) => [page.id!, page]));
    search.addAll(quotes.map((quote) => ({ quote, page: pagesById.get(quote.pageId)! })).filter((entry) => entry.page));
    return search;
  }

  get size(): number {
    return this.facts.size;
  }

  addAll(entries: readonly { quote: QuoteRow; page: PageRow }[]): void {
    for (const { quote, page } of entries) {
      if (quote.id === undefined || this.facts.has(quote.id)) continue;
      this.facts.set(quote.id, {
        entityIds: [...new Set([quote.speakerEntityId, ...quote.aboutEntityIds].filter((id): id is string => !!id))],
        speaker: foldText(quote.speaker ?? ''),
        site: page.site,
        date: quoteDate(page),
      });
      // The quote's own words first: FlexSearch ranks earlier words higher.
      this.index.add(quote.id, `${quote.text}\n${quote.speaker ?? ''}\n${contextOf(quote)}`);
    }
  }

  /** Forgets quotes (a deleted page's), so they are found no more. */
  discard(quoteIds: readonly number[]): void {
    for (const id of quoteIds) {
      if (!this.facts.delete(id)) continue;
      this.index.remove(id);
    }
  }

  /**
   * Quotes with every word of `query` (a word left out for being too common aside), best first, and
   * all the filters; a query without words lists what the filters keep.
   */
  search(query: string, filters: SearchFilters = {}, limit = 50): SearchResult {
    const keep = this.filterFor(filters);
    const hits: SearchHit[] = [];
    let total = 0;
    const consider = (quoteId: number) => {
      if (!keep(this.facts.get(quoteId)!)) return;
      total++;
      if (hits.length < limit) hits.push({ quoteId });
    };
    if (query.split(SEPARATORS).every((word) => word === '')) {
      for (const quoteId of this.facts.keys()) consider(quoteId);
    } else {
      for (const quoteId of this.index.search(query, { limit: Math.max(this.facts.size, 1) })) consider(quoteId as number);
    }
    return { total, hits };
  }

  private filterFor(filters: SearchFilters): (facts: QuoteFacts) => boolean {
    const speaker = filters.speaker ? foldText(filters.speaker).trim() : null;
    const site = filters.site ? filters.site.toLowerCase() : null;
    return (facts) =>
      (filters.entityId === undefined || facts.entityIds.includes(filters.entityId))
      && (speaker === null || facts.speaker === speaker || facts.speaker.endsWith(` ${speaker}`))
      && (site === null || facts.site.toLowerCase() === site)
      && (filters.from === undefined || facts.date >= filters.from)
      && (filters.to === undefined || facts.date <= filters.to);
  }
}
