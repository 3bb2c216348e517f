import { describe, expect, it } from 'vitest';
import { QuoteSearch } from '../../../src/dossier/search/quote-search';
import type { PageRow, QuoteRow } from '../../../src/dossier/store/schema';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 9, 1);

function page(id: number, site: string, lastVisit: number, published: string | null = null): PageRow {
  return {
    id, url: `https://${site}/${id}`, title: null, site, byline: null, published, lang: null,
    firstVisit: lastVisit, lastVisit, mentionCounts: {}, bytes: 0, quotesBy: {}, quotesAbout: {},
  };
}

function quote(id: number, pageId: number, text: string, speaker: string | null, extra: Partial<QuoteRow> = {}): QuoteRow {
  return {
    id, pageId, pageUrl: '', text, speaker, speakerEntityId: null, aboutEntityIds: [], confidence: 0.9,
    sentence: text, visitedAt: 0, ...extra,
  };
}

const pages = [
  page(1, 'news.example', T0),
  page(2, 'zeitung.example', T0 + 10 * DAY, '2026-10-05'),
  page(3, 'gazeta.example', T0 + 20 * DAY),
];
const quotes = [
  quote(11, 1, 'We are watching very closely what Beijing does', 'John Kirby', { speakerEntityId: 'kirby', aboutEntityIds: ['xi'] }),
  quote(12, 2, 'Der Präsident hat einen großen Schritt gemacht', 'Anna Weiß'),
  quote(13, 3, 'Мы всё ещё ждём ответа от Пекина', 'Дмитрий Иванов', { aboutEntityIds: ['xi'] }),
  quote(14, 1, 'The ceasefire talks will continue next week', 'Kirby', { speakerEntityId: 'kirby' }),
];
const search = QuoteSearch.fromRecord(pages, quotes);
const ids = (query: string, filters = {}) => search.search(query, filters).hits.map((hit) => hit.quoteId).sort();

describe('searching the quotes', () => {
  it('ignores case and accents, in English, German and Russian', () => {
    expect(ids('BEIJING')).toEqual([11]);
    expect(ids('prasident')).toEqual([12]);
    expect(ids('grossen schritt')).toEqual([12]);
    expect(ids('Großen')).toEqual([12]);
    expect(ids('еще ждем')).toEqual([13]);
    expect(ids('ЕЩЁ')).toEqual([13]);
  });

  it('finds a word by its beginning as it is typed, so declined Russian forms are found', () => {
    expect(ids('пекин')).toEqual([13]);
    expect(ids('ceasef')).toEqual([14]);
  });

  it('finds by speaker name, and by words of the sentence around the quote', () => {
    expect(ids('kirby')).toEqual([11, 14]);
    const withContext = QuoteSearch.fromRecord(pages, [quote(21, 2, 'We are watching', 'John Kirby', { sentence: '„We are watching“, sagte der Sprecher im Weißen Haus.' })]);
    expect(withContext.search('weissen haus').hits).toEqual([{ quoteId: 21 }]);
    // The quote's own words are indexed once, from the quote.
    expect(withContext.search('watching sprecher').total).toBe(1);
  });

  it('filters by entity, speaker, site and date range, and counts every match', () => {
    expect(ids('', { entityId: 'kirby' })).toEqual([11, 14]);
    expect(ids('', { entityId: 'xi' })).toEqual([11, 13]);
    expect(ids('', { speaker: 'kirby' })).toEqual([11, 14]);
    expect(ids('', { speaker: 'Anna Weiss' })).toEqual([12]);
    expect(ids('', { site: 'gazeta.example' })).toEqual([13]);
    // The German page's publication date (5 October) counts, not the day it was read.
    expect(ids('', { from: T0 + 3 * DAY, to: T0 + 5 * DAY })).toEqual([12]);
    expect(ids('watching', { entityId: 'xi' })).toEqual([11]);
    expect(ids('watching', { site: 'zeitung.example' })).toEqual([]);
    expect(search.search('', {}, 2)).toMatchObject({ total: 4, hits: [{}, {}] });
  });

  it('leaves out the commonest words, so they neither find nor block a search', () => {
    expect(search.search('the').total).toBe(0);
    expect(ids('the ceasefire')).toEqual([14]);
    expect(ids('und der Schritt')).toEqual([12]);
  });

  it('forgets discarded quotes', () => {
    const own = QuoteSearch.fromRecord(pages, quotes);
    own.discard([11, 99]);
    expect(own.search('beijing').total).toBe(0);
    expect(own.size).toBe(3);
  });
});
