/**
 * Full-text search over every quote in the record (MiniSearch): words of the quote, its speaker and
 * the rest of the sentence around it, the commonest words of English, German and Russian left out
 * (stop-words.ts); case and accents folded (fold-text.ts), so "prasident" finds "Präsident"
 * and "еще" finds "ещё"; filtered by entity, speaker, site and date range.
 */
import MiniSearch from 'minisearch';
import { foldText } from '../fold-text';
import { quoteDate } from '../quote-date';
import { STOP_WORDS } from './stop-words';
import type { PageRow, QuoteRow } from '../store/schema';

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
  score: number;
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

interface SearchDocument {
  id: number;
  text: string;
  speaker: string;
  /** The rest of the sentence around the quote (who said it, where): found by search, ranked lower. */
  context: string;
}

/** Words end at spaces, punctuation and symbols; letters, combining marks and digits of any script stay. */
const SEPARATORS = /[\s\p{P}\p{S}]+/u;
const PLAIN_ASCII = /^[a-z0-9]*$/;

function tokenize(text: string): string[] {
  return text.split(SEPARATORS).filter(Boolean);
}

function processTerm(term: string): string | null {
  const lower = term.toLowerCase();
  // Most terms are plain ASCII: folding could not change them.
  const folded = PLAIN_ASCII.test(lower) ? lower : foldText(lower);
  return folded === '' || STOP_WORDS.has(folded) ? null : folded;
}

/** The sentence around a quote, without the quote: its words are indexed once, in `text`. */
function contextOf(quote: QuoteRow): string {
  const at = quote.sentence.indexOf(quote.text);
  return at === -1 ? quote.sentence : quote.sentence.slice(0, at) + ' ' + quote.sentence.slice(at + quote.text.length);
}

export class QuoteSearch {
  private readonly index = new MiniSearch<SearchDocument>({
    fields: ['text', 'speaker', 'context'],
    storeFields: [],
    tokenize,
    processTerm,
    searchOptions: {
      boost: { text: 2, speaker: 1.5 },
      combineWith: 'AND',
      // The last word typed finds longer words; longer words forgive a typo.
      prefix: (term, index, terms) => index === terms.length - 1 && term.length >= 3,
      fuzzy: (term) => (term.length >= 6 ? 0.15 : false),
    },
  });
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
    const documents: SearchDocument[] = [];
    for (const { quote, page } of entries) {
      if (quote.id === undefined || this.facts.has(quote.id)) continue;
      this.facts.set(quote.id, {
        entityIds: [...new Set([quote.speakerEntityId, ...quote.aboutEntityIds].filter((id): id is string => !!id))],
        speaker: foldText(quote.speaker ?? ''),
        site: page.site,
        date: quoteDate(page),
      });
      documents.push({ id: quote.id, text: quote.text, speaker: quote.speaker ?? '', context: contextOf(quote) });
    }
    this.index.addAll(documents);
  }

  /** Forgets quotes (a deleted page's), so they are found no more. */
  discard(quoteIds: readonly number[]): void {
    for (const id of quoteIds) {
      if (!this.facts.delete(id)) continue;
      this.index.discard(id);
    }
  }

  /** Quotes matching every word of `query` and all the filters; an empty query lists what the filters keep. */
  search(query: string, filters: SearchFilters = {}, limit = 50): SearchResult {
    const keep = this.filterFor(filters);
    if (tokenize(query).length === 0) {
      // No words: what the filters keep, in the record's order.
      const hits: SearchHit[] = [];
      let total = 0;
      for (const [quoteId, facts] of this.facts) {
        if (!keep(facts)) continue;
        total++;
        if (hits.length < limit) hits.push({ quoteId, score: 0 });
      }
      return { total, hits };
    }
    const results = this.index.search(query, { filter: (result) => keep(this.facts.get(result.id as number)!) });
    return { total: results.length, hits: results.slice(0, limit).map((result) => ({ quoteId: result.id as number, score: result.score })) };
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
