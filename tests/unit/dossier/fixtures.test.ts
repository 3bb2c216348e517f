/** The three fixture pages through the whole core: analysis → record → store → search and grouping. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../src/analysis/analyze-document';
import { DEFAULT_CATALOG } from '../../../src/catalog/default-catalog';
import { recordFromReport } from '../../../src/dossier/record-from-report';
import { QuoteSearch } from '../../../src/dossier/search/quote-search';
import { loadHtmlPage } from '../../../src/page/load-page';
import { DAY, openStore, T0 } from './test-store';

const FIXTURES = ['harbour-post.html', 'morgenzeitung.html', 'eastern-ledger.html'];

function reportOf(name: string) {
  const page = loadHtmlPage(readFileSync(fileURLToPath(new URL(`../../fixtures/dossier/${name}`, import.meta.url)), 'utf8'));
  return analyzeDocument(page.document, { catalog: DEFAULT_CATALOG, url: page.url });
}

describe('the fixture pages in the record', () => {
  it('recordFromReport keeps the canonical URL, the header, the mention counts and the quotes', () => {
    const visit = recordFromReport(reportOf('harbour-post.html'), 'https://harbourpost.example/world/x?utm_source=feed#top', T0);
    expect(visit.page).toEqual({
      url: 'https://harbourpost.example/world/2026/11/03/white-house-china-arms',
      title: 'White House says it sees no Chinese arms for Moscow',
      site: 'The Harbour Post',
      byline: 'Elena Marsh',
      published: '2026-11-03T14:20:00Z',
      lang: 'en',
      firstVisit: T0,
      lastVisit: T0,
      mentionCounts: { kirby: 2, xi: 1, putin: 1 },
    });
    expect(visit.quotes[0]).toMatchObject({
      pageUrl: visit.page.url,
      speaker: 'John Kirby',
      speakerEntityId: 'kirby',
      sentence: expect.stringContaining('told reporters at the daily briefing'),
    });
  });

  it('search finds the statement by a German word of the page that reports it', async () => {
    const store = await openStore();
    for (const [i, name] of FIXTURES.entries()) await store.recordVisit(recordFromReport(reportOf(name), `https://example.org/${i}`, T0 + i * DAY));
    const search = QuoteSearch.fromRecord(await store.allPages(), await store.allQuotes());
    const quotes = new Map((await store.allQuotes()).map((quote) => [quote.id!, quote]));
    const found = search.search('Sicherheitsrats');
    expect(found.total).toBe(1);
    expect(quotes.get(found.hits[0]!.quoteId)!.text).toMatch(/^We have seen no sign that Beijing/);
    // Case and the German letters folded: "weissen haus" finds "Weißen Haus".
    expect(search.search('weissen haus').hits.map((hit) => quotes.get(hit.quoteId)!.pageUrl)).toEqual([
      'https://morgenzeitung.example/politik/ausland/washington-peking-waffen-2026-11-03',
    ]);
    expect(search.search('lethal aid', { entityId: 'kirby' }).total).toBe(2);
    expect(search.search('lethal aid').total).toBe(3);
  });
});
