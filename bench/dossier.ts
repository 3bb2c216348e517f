/**
 * The dossier core at scale, in Node (part of `npm run bench`, or alone with `npx tsx bench/dossier.ts`):
 * a synthetic record of 10,000 pages and 100,000 quotes in IndexedDB (Dexie over fake-indexeddb,
 * Node's stand-in for the browser's), then: recording one more page; a search; grouping a new
 * page's quotes against the record; the data of the dossier page's first view; the storage size.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { exportDossierJson } from '../src/dossier/exchange/import-export';
import { loadFirstView } from '../src/dossier/first-view';
import { StatementIndex } from '../src/dossier/grouping/statement-index';
import { QuoteSearch, type SearchFilters } from '../src/dossier/search/quote-search';
import { DossierDatabase } from '../src/dossier/store/database';
import { DossierStore } from '../src/dossier/store/dossier-store';
import { syntheticDossier } from './dossier-synthetic';

const PAGES = 10_000;
const QUOTES_PER_PAGE = 10;
const NEW_PAGES = 20;
const RUNS = 5;
const TARGETS_MS = { recordPage: 20, search: 50, groupPage: 20, firstView: 500 };

function stats(values: number[]): { median: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[sorted.length >> 1]!, max: sorted[sorted.length - 1]! };
}

async function timed<T>(work: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

export interface DossierFigures {
  pages: number;
  quotes: number;
  populateMs: number;
  recordPageMs: { median: number; max: number };
  searchIndexBuildMs: number;
  search: { query: string; filters: SearchFilters; total: number; medianMs: number }[];
  searchMs: { median: number; max: number };
  groupingIndexBuildMs: number;
  statements: number;
  statementsWithSeveralSources: number;
  groupPageMs: { median: number; max: number };
  firstViewMs: { first: number; median: number };
  storage: { estimateMB: number; jsonExportMB: number; exportMs: number };
  heapMB: number;
  targets: Record<keyof typeof TARGETS_MS, boolean>;
}

export async function measureDossier(): Promise<DossierFigures> {
  const { visits, vocabulary, speakers, sites } = syntheticDossier({ pages: PAGES + NEW_PAGES, quotesPerPage: QUOTES_PER_PAGE });
  const recorded = visits.slice(0, PAGES);
  const newPages = visits.slice(PAGES);
  const store = await DossierStore.open(new DossierDatabase('dossier-bench', { indexedDB: new IDBFactory(), IDBKeyRange }));

  const populated = await timed(async () => {
    for (let i = 0; i < recorded.length; i += 500) await store.mergeVisits(recorded.slice(i, i + 500));
  });

  // Recording one more page: one transaction (the page, its quotes, the totals), as the background does.
  const recordTimes: number[] = [];
  for (const visit of newPages.slice(0, NEW_PAGES / 2)) recordTimes.push((await timed(() => store.recordVisit(visit))).ms);

  const [pages, quotes] = await Promise.all([store.allPages(), store.allQuotes()]);
  const searchBuilt = await timed(() => QuoteSearch.fromRecord(pages, quotes));
  const search = searchBuilt.value;
  const common = vocabulary[3]!;
  const rare = vocabulary[5000]!;
  const cyrillic = vocabulary.find((word) => /[а-яё]/.test(word) && word.length > 4)!;
  const queries: { query: string; filters: SearchFilters }[] = [
    { query: rare, filters: {} },
    { query: common, filters: {} },
    { query: `${common} ${rare}`, filters: {} },
    { query: rare.slice(0, 4), filters: {} },
    { query: cyrillic.toUpperCase(), filters: {} },
    { query: common, filters: { entityId: 'entity-3' } },
    { query: common, filters: { site: sites[7]!, from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 5, 30) } },
    { query: '', filters: { speaker: speakers[30]!.name } },
  ];
  const searchRows = queries.map(({ query, filters }) => {
    const times: number[] = [];
    let total = 0;
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      total = search.search(query, filters).total;
      times.push(performance.now() - started);
    }
    return { query, filters, total, medianMs: stats(times).median };
  });

  const groupingBuilt = await timed(() => {
    const index = new StatementIndex();
    for (const quote of quotes) index.add({ id: quote.id!, text: quote.text });
    return index;
  });
  const grouping = groupingBuilt.value;
  const groupTimes: number[] = [];
  let nextId = 10_000_000;
  for (const visit of newPages.slice(NEW_PAGES / 2)) {
    groupTimes.push((await timed(() => visit.quotes.forEach((quote) => grouping.add({ id: nextId++, text: quote.text })))).ms);
  }
  const severalSources = grouping.all().filter((statement) => statement.quoteIds.length > 1).length;

  const firstViewTimes: number[] = [];
  for (let run = 0; run < RUNS; run++) firstViewTimes.push((await timed(() => loadFirstView(store))).ms);

  const estimate = await store.estimate();
  const exported = await timed(() => exportDossierJson(store, new Date()));
  const heapMB = process.memoryUsage().heapUsed / 1_048_576;
  const recordPageMs = stats(recordTimes);
  const searchMs = stats(searchRows.map((row) => row.medianMs));
  const groupPageMs = stats(groupTimes);
  const firstView = { first: firstViewTimes[0]!, median: stats(firstViewTimes).median };
  store.db.close();
  return {
    pages: estimate.pages,
    quotes: estimate.quotes,
    populateMs: populated.ms,
    recordPageMs,
    searchIndexBuildMs: searchBuilt.ms,
    search: searchRows,
    searchMs,
    groupingIndexBuildMs: groupingBuilt.ms,
    statements: grouping.statementCount,
    statementsWithSeveralSources: severalSources,
    groupPageMs,
    firstViewMs: firstView,
    storage: { estimateMB: estimate.bytes / 1_048_576, jsonExportMB: Buffer.byteLength(exported.value) / 1_048_576, exportMs: exported.ms },
    heapMB,
    targets: {
      recordPage: recordPageMs.max <= TARGETS_MS.recordPage,
      search: searchMs.max <= TARGETS_MS.search,
      groupPage: groupPageMs.max <= TARGETS_MS.groupPage,
      firstView: firstView.first <= TARGETS_MS.firstView,
    },
  };
}

export function printDossierFigures(figures: DossierFigures): void {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log(`\nDossier: ${figures.pages.toLocaleString('en')} pages, ${figures.quotes.toLocaleString('en')} quotes (fake-indexeddb in Node; populated in ${ms(figures.populateMs)})`);
  console.log('| measure | median | longest | target |\n| --- | ---: | ---: | --- |');
  console.log(`| record one more page (10 quotes, one transaction) | ${ms(figures.recordPageMs.median)} | ${ms(figures.recordPageMs.max)} | ≤ ${TARGETS_MS.recordPage} ms: ${met(figures.targets.recordPage)} |`);
  console.log(`| search (median of each of ${figures.search.length} queries) | ${ms(figures.searchMs.median)} | ${ms(figures.searchMs.max)} | ≤ ${TARGETS_MS.search} ms: ${met(figures.targets.search)} |`);
  console.log(`| group a new page's 10 quotes against the record | ${ms(figures.groupPageMs.median)} | ${ms(figures.groupPageMs.max)} | ≤ ${TARGETS_MS.groupPage} ms: ${met(figures.targets.groupPage)} |`);
  console.log(`| first view of the dossier page (first / median of ${RUNS}) | ${ms(figures.firstViewMs.median)} | ${ms(figures.firstViewMs.first)} | ≤ ${TARGETS_MS.firstView} ms: ${met(figures.targets.firstView)} |`);
  console.log(`Search index built in ${ms(figures.searchIndexBuildMs)}; grouping index over all quotes in ${ms(figures.groupingIndexBuildMs)} (${figures.statements.toLocaleString('en')} statements, ${figures.statementsWithSeveralSources.toLocaleString('en')} with several sources).`);
  console.log(`Storage: ${figures.storage.estimateMB.toFixed(1)} MB estimated (rows as UTF-8 JSON); JSON export ${figures.storage.jsonExportMB.toFixed(1)} MB in ${ms(figures.storage.exportMs)}; Node heap ${figures.heapMB.toFixed(0)} MB with both indexes.`);
  console.table(figures.search.map((row) => ({ query: row.query, filters: JSON.stringify(row.filters), results: row.total, 'median ms': row.medianMs.toFixed(2) })));
}

// Run on its own: `npx tsx bench/dossier.ts`.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) printDossierFigures(await measureDossier());
