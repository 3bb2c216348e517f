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

/** A quote's date, for the date range; the other filters go by the sets below. */
type QuoteDates = Map<number, number>;

/** Quote ids by a filter's value: a filter checks membership instead of reading every quote's facts. */
class FilterSets {
  private readonly sets = new Map<string, Set<number>>();

  add(key: string, quoteId: number): void {
    let set = this.sets.get(key);
    if (!set) this.sets.set(key, (set = new Set()));
    set.add(quoteId);
  }

  remove(key: string, quoteId: number): void {
    const set = this.sets.get(key);
    if (!set) return;
    set.delete(quoteId);
    if (set.size === 0) this.sets.delete(key);
  }

  get(key: string): ReadonlySet<number> {
    return this.sets.get(key) ?? EMPTY;
  }

  /** The union of the sets whose key passes `match` (a surname finds every full name ending with it). */
  union(match: (key: string) => boolean): ReadonlySet<number> {
    const matching = [...this.sets].filter(([key]) => match(key)).map(([, set]) => set);
    if (matching.length === 1) return matching[0]!;
    return new Set(matching.flatMap((set) => [...set]));
  }
}

const EMPTY: ReadonlySet<number> = new Set();

/** What a quote was filed under, to take it out again. */
interface QuoteKeys {
  pageId: number;
  entityIds: string[];
  speaker: string;
  site: string;
}

/** A quote as a saved index keeps it: its id, page, folded speaker and entities (site and date come from its page). */
export type SavedQuote = [id: number, pageId: number, speaker: string, entityIds: string[]];

/** One part of a saved index: FlexSearch's entries (word → ids by rank), or the quotes' filter keys. */
export type SearchIndexPart = { kind: 'words'; entries: [string, unknown][] } | { kind: 'quotes'; quotes: SavedQuote[] };

/** FlexSearch 0.8's index as it holds its words: read to save it in parts of a bounded size (its own export makes one part of most of them). */
interface FlexSearchInternals {
  map: Map<string, (number[] | undefined)[]>;
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
  private readonly keys = new Map<number, QuoteKeys>();
  /** Quotes FlexSearch still holds but the record no longer has (discarded): searches skip them. */
  private dead = 0;
  private readonly dates: QuoteDates = new Map();
  private readonly byEntity = new FilterSets();
  private readonly bySpeaker = new FilterSets();
  private readonly bySite = new FilterSets();

  static fromRecord(pages: readonly PageRow[], quotes: readonly QuoteRow[]): QuoteSearch {
    const search = new QuoteSearch();
    const pagesById = new Map(pages.map((page) => [page.id!, page]));
    search.addAll(quotes.map((quote) => ({ quote, page: pagesById.get(quote.pageId)! })).filter((entry) => entry.page));
    return search;
  }

  get size(): number {
    return this.keys.size;
  }

  /** Quotes discarded but still in FlexSearch's words (see discard). */
  get deadCount(): number {
    return this.dead;
  }

  has(quoteId: number): boolean {
    return this.keys.has(quoteId);
  }

  /** The ids of the quotes it finds. */
  ids(): IterableIterator<number> {
    return this.keys.keys();
  }

  addAll(entries: readonly { quote: QuoteRow; page: PageRow }[]): void {
    for (const { quote, page } of entries) {
      const id = quote.id;
      if (id === undefined || this.keys.has(id)) continue;
      const entityIds = [...new Set([quote.speakerEntityId, ...quote.aboutEntityIds].filter((entityId): entityId is string => !!entityId))];
      this.file(id, page, foldText(quote.speaker ?? '').trim(), entityIds);
      // The quote's own words first: FlexSearch ranks earlier words higher.
      this.index.add(id, `${quote.text}\n${quote.speaker ?? ''}\n${contextOf(quote)}`);
    }
  }

  /**
   * Forgets quotes (a revisited page's old ones), so they are found no more. FlexSearch keeps their
   * ids among its words (its removal scans every word: half a second a quote at 100,000 quotes once
   * imported), and searches skip them; the loader rebuilds an index where too many are left.
   */
  discard(quoteIds: readonly number[]): void {
    for (const id of quoteIds) {
      const keys = this.keys.get(id);
      if (!keys) continue;
      this.keys.delete(id);
      this.dates.delete(id);
      for (const entityId of keys.entityIds) this.byEntity.remove(entityId, id);
      this.bySpeaker.remove(keys.speaker, id);
      this.bySite.remove(keys.site, id);
      this.dead++;
    }
  }

  /**
   * The index in parts for saving, each of about `idsPerPart` ids or quotes: FlexSearch's words
   * first, then the quotes' filter keys. A generator, so its caller can give the page back between
   * parts. The quotes discarded are left out of the quotes' parts (their ids stay among the words, as
   * in memory, and count as dead when restored).
   */
  *parts(idsPerPart = 50_000): Generator<SearchIndexPart> {
    let entries: [string, unknown][] = [];
    let ids = 0;
    for (const [word, ranks] of (this.index as unknown as FlexSearchInternals).map) {
      entries.push([word, ranks]);
      for (const rank of ranks) ids += rank?.length ?? 0;
      if (ids >= idsPerPart) {
        yield { kind: 'words', entries };
        entries = [];
        ids = 0;
      }
    }
    if (entries.length > 0) yield { kind: 'words', entries };
    let quotes: SavedQuote[] = [];
    for (const [id, keys] of this.keys) {
      quotes.push([id, keys.pageId, keys.speaker, keys.entityIds]);
      if (quotes.length >= idsPerPart) {
        yield { kind: 'quotes', quotes };
        quotes = [];
      }
    }
    if (quotes.length > 0) yield { kind: 'quotes', quotes };
  }

  /**
   * Takes back a part that parts() gave (words first, then quotes): through FlexSearch's own import.
   * A quote whose page is no longer in `pages` is dead, as if discarded.
   */
  restore(part: SearchIndexPart, pages: ReadonlyMap<number, PageRow>): void {
    if (part.kind === 'words') {
      this.index.import('map', part.entries as never);
      return;
    }
    this.index.import('reg', part.quotes.map(([id]) => id) as never);
    for (const [id, pageId, speaker, entityIds] of part.quotes) {
      const page = pages.get(pageId);
      if (page) this.file(id, page, speaker, entityIds);
      else this.dead++;
    }
  }

  /** Quotes a restored index's words still hold though they were discarded before it was saved. */
  noteDead(count: number): void {
    this.dead += count;
  }

  /** Files a quote under its filters: entity, speaker, site, date. */
  private file(id: number, page: PageRow, speaker: string, entityIds: string[]): void {
    const keys: QuoteKeys = { pageId: page.id!, entityIds, speaker, site: page.site.toLowerCase() };
    this.keys.set(id, keys);
    this.dates.set(id, quoteDate(page));
    for (const entityId of keys.entityIds) this.byEntity.add(entityId, id);
    this.bySpeaker.add(keys.speaker, id);
    this.bySite.add(keys.site, id);
  }

  /**
   * Quotes with every word of `query` (a word left out for being too common aside), best first, and
   * all the filters; a query without words lists what the filters keep.
   */
  search(query: string, filters: SearchFilters = {}, limit = 50): SearchResult {
    const sets = this.filterSets(filters);
    const { from, to } = filters;
    const hits: SearchHit[] = [];
    let total = 0;
    const consider = (quoteId: number) => {
      if (!this.keys.has(quoteId)) return;
      for (const set of sets) if (!set.has(quoteId)) return;
      if (from !== undefined || to !== undefined) {
        const date = this.dates.get(quoteId)!;
        if ((from !== undefined && date < from) || (to !== undefined && date > to)) return;
      }
      total++;
      if (hits.length < limit) hits.push({ quoteId });
    };
    if (query.split(SEPARATORS).every((word) => word === '')) {
      // No words: start from the smallest filter's quotes, or from all.
      const smallest = [...sets].sort((a, b) => a.size - b.size)[0];
      for (const quoteId of smallest ?? this.keys.keys()) consider(quoteId);
    } else {
      for (const quoteId of this.index.search(query, { limit: Math.max(this.keys.size + this.dead, 1) })) consider(quoteId as number);
    }
    return { total, hits };
  }

  private filterSets(filters: SearchFilters): ReadonlySet<number>[] {
    const sets: ReadonlySet<number>[] = [];
    if (filters.entityId !== undefined) sets.push(this.byEntity.get(filters.entityId));
    if (filters.speaker) {
      const speaker = foldText(filters.speaker).trim();
      const surname = ` ${speaker}`;
      sets.push(this.bySpeaker.union((name) => name === speaker || name.endsWith(surname)));
    }
    if (filters.site) sets.push(this.bySite.get(filters.site.toLowerCase()));
    return sets;
  }
}
