/**
 * The dossier core at scale, in Node (part of `npm run bench`, or alone with `npx tsx bench/dossier.ts`):
 * a synthetic record of 10,000 pages and 100,000 quotes in IndexedDB (Dexie over fake-indexeddb,
 * Node's stand-in for the browser's), imported as the import does (grouped as it is written), then:
 * recording one more page, its quotes grouped against the stored wordings in the same transaction,
 * as the background does; the grouping alone; a search; the data of the dossier page's first view
 * and its first page of shared statements; the storage size; and a check that the store grouped the
 * record as groupStatements does in memory.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { exportDossierJson } from '../src/dossier/exchange/import-export';
import { loadFirstView } from '../src/dossier/first-view';
import { groupStatements } from '../src/dossier/grouping/group-statements';
import { loadSharedStatements } from '../src/dossier/shared-statements';
import { QuoteSearch, type SearchFilters } from '../src/dossier/search/quote-search';
import { DossierDatabase } from '../src/dossier/store/database';
import { DossierStore } from '../src/dossier/store/dossier-store';
import { GroupingSession } from '../src/dossier/store/stored-grouping';
import { syntheticDossier } from './dossier-synthetic';

const PAGES = 10_000;
const QUOTES_PER_PAGE = 10;
const NEW_PAGES = 20;
const RUNS = 5;
const TARGETS_MS = { recordPage: 20, search: 50, groupPage: 20, firstView: 500, statementsPage: 500 };

function stats(values: number[]): { median: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[sorted.length >> 1]!, max: sorted[sorted.length - 1]! };
}

async function timed<T>(work: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

/** Thrown to abandon a transaction whose work was only timed. */
class Abandoned extends Error {}

export interface DossierFigures {
  pages: number;
  quotes: number;
  populateMs: number;
  recordPageMs: { median: number; max: number };
  searchIndexBuildMs: number;
  search: { query: string; filters: SearchFilters; total: number; medianMs: number }[];
  searchMs: { median: number; max: number };
  statements: number;
  statementsWithSeveralSources: number;
  /** groupStatements over all the quotes in the order recorded: the same counts as the store's? */
  inMemory: { statements: number; withSeveralSources: number; ms: number };
  groupPageMs: { median: number; max: number };
  firstViewMs: { first: number; median: number };
  statementsPageMs: { first: number; median: number };
  storage: { estimateMB: number; withGroupingMB: number; groupingMB: number; sizeMs: number; jsonExportMB: number; exportMs: number };
  heapMB: number;
  targets: Record<keyof typeof TARGETS_MS, boolean>;
}

/** `pages`: the record's size (`--pages N` when run alone, for a quicker look; the figures stated are at 10,000). */
export async function measureDossier(pages = PAGES): Promise<DossierFigures> {
  const { visits, vocabulary, speakers, sites } = syntheticDossier({ pages: pages + NEW_PAGES, quotesPerPage: QUOTES_PER_PAGE });
  const recorded = visits.slice(0, pages);
  const newPages = visits.slice(pages);
  const store = await DossierStore.open(new DossierDatabase('dossier-bench', { indexedDB: new IDBFactory(), IDBKeyRange }));

  const populated = await timed(async () => {
    for (let i = 0; i < recorded.length; i += 500) await store.mergeVisits(recorded.slice(i, i + 500));
  });

  // Recording one more page: one transaction (the page, its quotes grouped against the stored
  // wordings, the totals), as the background does.
  const recordTimes: number[] = [];
  for (const visit of newPages.slice(0, NEW_PAGES / 2)) recordTimes.push((await timed(() => store.recordVisit(visit))).ms);

  // The grouping alone: the same work inside recordVisit's transaction for another 10 pages, the
  // transaction then abandoned so the record stays as it was.
  const groupTimes: number[] = [];
  const { quotes: quoteTable, wordings, statements, postings } = store.db;
  for (const visit of newPages.slice(NEW_PAGES / 2)) {
    await store.db.transaction('rw', [quoteTable, wordings, statements, postings], async () => {
      const started = performance.now();
      const session = await GroupingSession.start({ quotes: quoteTable, wordings, statements, postings }, visit.quotes.map((quote) => quote.text));
      for (const quote of visit.quotes) await session.group(quote.text, visit.page.lastVisit);
      await session.write();
      groupTimes.push(performance.now() - started);
      throw new Abandoned();
    }).catch((error: unknown) => {
      if (!(error instanceof Abandoned)) throw error;
    });
  }

  const [pageRows, quotes] = await Promise.all([store.allPages(), store.allQuotes()]);
  const searchBuilt = await timed(() => QuoteSearch.fromRecord(pageRows, quotes));
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

  const statementCount = await store.db.statements.count();
  const sharedCount = await store.sharedStatementCount();
  const inMemory = await timed(() => groupStatements(quotes.map((quote) => ({ text: quote.text, speaker: quote.speaker, speakerEntityId: quote.speakerEntityId, source: quote.id! }))));
  const inMemoryFigures = { statements: inMemory.value.length, withSeveralSources: inMemory.value.filter((group) => group.sources.length > 1).length, ms: inMemory.ms };

  const firstViewTimes: number[] = [];
  for (let run = 0; run < RUNS; run++) firstViewTimes.push((await timed(() => loadFirstView(store))).ms);
  const statementsPageTimes: number[] = [];
  for (let run = 0; run < RUNS; run++) statementsPageTimes.push((await timed(() => loadSharedStatements(store, null))).ms);

  const estimate = await store.estimate();
  const size = await timed(() => store.storageSize());
  const exported = await timed(() => exportDossierJson(store, new Date()));
  const heapMB = process.memoryUsage().heapUsed / 1_048_576;
  const recordPageMs = stats(recordTimes);
  const searchMs = stats(searchRows.map((row) => row.medianMs));
  const groupPageMs = stats(groupTimes);
  const firstView = { first: firstViewTimes[0]!, median: stats(firstViewTimes).median };
  const statementsPage = { first: statementsPageTimes[0]!, median: stats(statementsPageTimes).median };
  store.db.close();
  return {
    pages: estimate.pages,
    quotes: estimate.quotes,
    populateMs: populated.ms,
    recordPageMs,
    searchIndexBuildMs: searchBuilt.ms,
    search: searchRows,
    searchMs,
    statements: statementCount,
    statementsWithSeveralSources: sharedCount,
    inMemory: inMemoryFigures,
    groupPageMs,
    firstViewMs: firstView,
    statementsPageMs: statementsPage,
    storage: { estimateMB: estimate.bytes / 1_048_576, withGroupingMB: size.value.bytes / 1_048_576, groupingMB: size.value.groupingBytes / 1_048_576, sizeMs: size.ms, jsonExportMB: Buffer.byteLength(exported.value) / 1_048_576, exportMs: exported.ms },
    heapMB,
    targets: {
      recordPage: recordPageMs.max <= TARGETS_MS.recordPage,
      search: searchMs.max <= TARGETS_MS.search,
      groupPage: groupPageMs.max <= TARGETS_MS.groupPage,
      firstView: firstView.first <= TARGETS_MS.firstView,
      statementsPage: statementsPage.first <= TARGETS_MS.statementsPage,
    },
  };
}

export function printDossierFigures(figures: DossierFigures): void {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log(`\nDossier: ${figures.pages.toLocaleString('en')} pages, ${figures.quotes.toLocaleString('en')} quotes (fake-indexeddb in Node; populated in ${ms(figures.populateMs)})`);
  console.log('| measure | median | longest | target |\n| --- | ---: | ---: | --- |');
  console.log(`| record one more page (10 quotes grouped against the record, one transaction) | ${ms(figures.recordPageMs.median)} | ${ms(figures.recordPageMs.max)} | ≤ ${TARGETS_MS.recordPage} ms: ${met(figures.targets.recordPage)} |`);
  console.log(`| of which: group a new page's 10 quotes against the stored wordings (in its transaction) | ${ms(figures.groupPageMs.median)} | ${ms(figures.groupPageMs.max)} | ≤ ${TARGETS_MS.groupPage} ms: ${met(figures.targets.groupPage)} |`);
  console.log(`| search (median of each of ${figures.search.length} queries) | ${ms(figures.searchMs.median)} | ${ms(figures.searchMs.max)} | ≤ ${TARGETS_MS.search} ms: ${met(figures.targets.search)} |`);
  console.log(`| first view of the dossier page (median / first of ${RUNS}) | ${ms(figures.firstViewMs.median)} | ${ms(figures.firstViewMs.first)} | ≤ ${TARGETS_MS.firstView} ms: ${met(figures.targets.firstView)} |`);
  console.log(`| first page of shared statements, with their quotes (median / first of ${RUNS}) | ${ms(figures.statementsPageMs.median)} | ${ms(figures.statementsPageMs.first)} | ≤ ${TARGETS_MS.statementsPage} ms: ${met(figures.targets.statementsPage)} |`);
  console.log(`Stored statements: ${figures.statements.toLocaleString('en')}, ${figures.statementsWithSeveralSources.toLocaleString('en')} with several sources; groupStatements in memory over the same quotes: ${figures.inMemory.statements.toLocaleString('en')}, ${figures.inMemory.withSeveralSources.toLocaleString('en')} (${ms(figures.inMemory.ms)}). Search index built in ${ms(figures.searchIndexBuildMs)}.`);
  console.log(`Storage: ${figures.storage.estimateMB.toFixed(1)} MB for pages and quotes (UTF-8 JSON), ${figures.storage.withGroupingMB.toFixed(1)} MB with the grouping's tables (${figures.storage.groupingMB.toFixed(1)} MB of it, sized in ${ms(figures.storage.sizeMs)}; the saved search index is the dossier page's, not in this bench); JSON export ${figures.storage.jsonExportMB.toFixed(1)} MB in ${ms(figures.storage.exportMs)}; Node heap ${figures.heapMB.toFixed(0)} MB.`);
  console.table(figures.search.map((row) => ({ query: row.query, filters: JSON.stringify(row.filters), results: row.total, 'median ms': row.medianMs.toFixed(2) })));
}

// Run on its own: `npx tsx bench/dossier.ts [--pages N]`.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const pagesAt = process.argv.indexOf('--pages');
  printDossierFigures(await measureDossier(pagesAt === -1 ? PAGES : Number(process.argv[pagesAt + 1])));
}
