/**
 * `npm run bench`: Dossier's scan-and-highlight pass against a bare text walk (the floor) and
 * mark.js used the common way (the anchor), over every page of ../shared/corpus/readability in
 * headless Chromium, offline; plus a live page that grows by 100 mutations. Writes
 * bench/results.json and bench/chart.svg, and prints a table.
 *
 * Then the `dense` section (dense.ts): synthetic pages of 100 KB, 1 MB and 5 MB with a mention every
 * ~50 characters, marked while an input probe clicks.
 *
 * Options: --pages N (first N pages only, for a quick look), --only a,b (just these pages), --out DIR,
 * --dense (only the dense section: writes DIR/dense.json instead of results.json).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { measureEngineThroughput } from './engine-throughput';
import { bigFilesTable, measureBigFiles } from './big-files';
import { measureHostileWatchlist, printHostileFigures } from './hostile';
import { measureDossier, printDossierFigures } from './dossier';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBenchChromium, offlineContext } from './bench-browser';
import { bundleIife, corpusDir, corpusPages, flag, option, pageLimit, repoRoot } from './bench-cli';
import { serveStatic } from '../tests/e2e/harness';
import { DEFAULT_CATALOG } from '../src/catalog/default-catalog';
import { snapshotMatcher } from '../src/matching/matcher-snapshot';
import { benchChart } from './bench-chart';
import { denseTargets, measureDensePages, printDenseRows, type DenseRow } from './dense';
import type { DossierResult, IncrementalBatch, PassResult, ReportResult } from './page-bench';

const outDir = path.resolve(option('out') ?? path.join(repoRoot, 'bench'));
const denseOnly = flag('dense');

/** Passes after the first, on the same page: the figure once the page's JavaScript engine is warm. */
const WARM_RUNS = 3;

interface Row {
  page: string;
  textKB: number;
  floorMs: number;
  /** The floor's first walk in a fresh page, once. */
  floorColdMs: number;
  /** The least a watchlist search does in a fresh page (see leastSearchCold in page-bench.ts). */
  leastSearchColdMs: number;
  /** The content script's real case: the first pass in a fresh page, the matcher loaded from its stored snapshot. */
  dossierMs: number;
  /** The same first pass, in another fresh page, with the matcher compiled on the spot (before any snapshot is stored). */
  compiledOnLoadMs: number;
  compiledOnLoadCompileMs: number;
  compiledOnLoadLongestSliceMs: number;
  dossierWallMs: number;
  /** Median of the passes after the first. */
  dossierWarmMs: number;
  /** Getting the matcher: loading the snapshot (first pass). */
  compileMs: number;
  lookMs: number;
  modelMs: number;
  matchMs: number;
  warmModelMs: number;
  warmMatchMs: number;
  anchorMs: number;
  longestSliceMs: number;
  warmLongestSliceMs: number;
  longTaskMs: number;
  slices: number;
  mentions: number;
  anchorMarks: number;
  /** The report's work on the page: reading what the background needs (one task; the analysis is off the page). */
  reportMs: number;
  /** The longest of the report's tasks on the page (there is one). */
  reportLongestStepMs: number;
  reportLongestStep: number;
  /** The header's work on the page when the popup opens: the check and the page's HTML for the offscreen document. */
  reportHeaderMs: number;
  /** The longest slice of the header's HTML (live/page-html.ts), and whether it equalled the page's outerHTML. */
  reportHeaderLongestSliceMs: number;
  headerHtmlMatches: boolean;
  /** Readability's header off the page, from that HTML. */
  headerOffPageMs: number;
  /** Everything Dossier does on the page: first pass (scan, marks), the report's read, the header's HTML. */
  pageThreadMs: number;
  /** The longest of Dossier's tasks on the page, all of the above together. */
  pageLongestTaskMs: number;
  /** The analysis in the background thread. */
  backgroundMs: number;
  /** End of the scan → report back on the page, ready for the cards. */
  reportLatencyMs: number;
}

function bundlePageBench(entry = 'bench/page-bench.ts'): Promise<string> {
  return bundleIife(repoRoot, entry, 'DossierBenchBundle');
}

/** The value below which `fraction` of the values lie (nearest rank). */
function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function measurePage(page: Page, compilingPage: Page, floorPage: Page, bundle: string, backgroundBundle: string, storedMatcher: string, prefilterSource: string): Promise<Omit<Row, 'page'>> {
  await floorPage.evaluate(bundle);
  const floorCold: PassResult = await floorPage.evaluate(() => window.DossierBench.floorCold());
  const leastSearch: PassResult = await floorPage.evaluate((source) => window.DossierBench.leastSearchCold(source), prefilterSource);
  await compilingPage.evaluate(bundle);
  const compiledOnLoad: DossierResult = await compilingPage.evaluate(() => window.DossierBench.dossier());
  await page.evaluate(bundle);
  const cold: DossierResult = await page.evaluate((stored) => window.DossierBench.dossier(stored), storedMatcher);
  const report: ReportResult = await page.evaluate((code) => window.DossierBench.report(code), backgroundBundle);
  await page.evaluate(() => window.DossierBench.undoDossier());
  const warm: DossierResult[] = [];
  for (let i = 0; i < WARM_RUNS; i++) {
    // As a rescan does: the page already holds its matcher.
    warm.push(await page.evaluate(() => window.DossierBench.dossier()));
    await page.evaluate(() => window.DossierBench.undoDossier());
  }
  const typical = [...warm].sort((a, b) => a.workMs - b.workMs)[warm.length >> 1]!;
  const floorPass: PassResult = await page.evaluate(() => window.DossierBench.floor());
  const anchor: PassResult = await page.evaluate(() => window.DossierBench.anchor());
  return {
    textKB: cold.textLength / 1024,
    floorMs: floorPass.ms,
    floorColdMs: floorCold.ms,
    leastSearchColdMs: leastSearch.ms,
    dossierMs: cold.workMs,
    compiledOnLoadMs: compiledOnLoad.workMs,
    compiledOnLoadCompileMs: compiledOnLoad.compileMs,
    compiledOnLoadLongestSliceMs: compiledOnLoad.longestSliceMs,
    dossierWallMs: cold.wallMs,
    dossierWarmMs: typical.workMs,
    compileMs: cold.compileMs,
    lookMs: cold.lookMs,
    modelMs: cold.modelMs,
    matchMs: cold.matchMs,
    warmModelMs: typical.modelMs,
    warmMatchMs: typical.matchMs,
    anchorMs: anchor.ms,
    longestSliceMs: cold.longestSliceMs,
    warmLongestSliceMs: Math.max(...warm.map((run) => run.longestSliceMs)),
    longTaskMs: Math.max(0, ...cold.longTasks, ...report.longTasks, ...warm.flatMap((run) => run.longTasks)),
    slices: cold.slices,
    mentions: cold.mentions,
    anchorMarks: anchor.count,
    reportMs: report.pageReadMs + report.pageTextMs,
    reportLongestStepMs: Math.max(report.pageReadLongestSliceMs, report.pageTextMs),
    reportLongestStep: 0,
    reportHeaderMs: report.headerPageMs,
    headerOffPageMs: report.headerOffPageMs,
    pageThreadMs: cold.workMs + report.pageReadMs + report.pageTextMs + report.headerPageMs,
    pageLongestTaskMs: Math.max(cold.longestSliceMs, report.pageReadLongestSliceMs, report.pageTextMs, report.headerLongestSliceMs),
    reportHeaderLongestSliceMs: report.headerLongestSliceMs,
    headerHtmlMatches: report.headerHtmlMatches,
    backgroundMs: report.backgroundMs,
    reportLatencyMs: report.latencyMs,
  };
}

function pad(value: string | number, width: number): string {
  const text = typeof value === 'number' ? value.toFixed(2) : value;
  return text.length >= width ? text : ' '.repeat(width - text.length) + text;
}


/** `--dense`: the dense section on its own, written to dense.json. */
async function denseOnlyRun(): Promise<void> {
  const bundle = await bundlePageBench();
  const browser = await launchBenchChromium();
  try {
    const rows = await measureDensePages(browser, bundle, JSON.stringify(snapshotMatcher(DEFAULT_CATALOG)));
    printDenseRows(rows);
    const dense = { date: new Date().toISOString(), browser: browser.version(), targets: denseTargets(rows), rows };
    console.log(`\nDense targets: ${JSON.stringify(dense.targets)}`);
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'dense.json'), `${JSON.stringify(dense, null, 2)}\n`);
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const pages = corpusPages();
  console.log(`Measuring the engine in Node… (${pages.length} pages)`);
  const engineNode = measureEngineThroughput(corpusDir, pageLimit());
  console.log('Measuring `dossier analyze` on big files, up to 50 MB…');
  const bigFiles = measureBigFiles();
  console.log('Measuring a hostile watchlist of 10,000 aliases in Node…');
  const hostile = measureHostileWatchlist();
  console.log('Measuring the dossier core in Node: a synthetic record of 10,000 pages and 100,000 quotes…');
  const dossier = await measureDossier();
  console.log(`Bundling the page bench… (${pages.length} pages)`);
  // What the background stores for the default watchlist, and each page loads.
  const snapshot = snapshotMatcher(DEFAULT_CATALOG);
  const storedMatcher = JSON.stringify(snapshot);
  if (snapshot.prefilterSource === null) throw new Error('bench: the default catalogue has no prefilter');
  const bundle = await bundlePageBench();
  const backgroundBundle = await bundlePageBench('bench/background-bench.ts');
  const { server, origin } = await serveStatic({ '/corpus/': corpusDir });
  const browser = await launchBenchChromium();
  // Offline: the page itself from the local server, nothing else.
  const { context, blocked } = await offlineContext(browser, origin);

  const rows: Row[] = [];
  const failures: { page: string; error: string }[] = [];
  try {
    for (const name of pages) {
      const page = await context.newPage();
      const compilingPage = await context.newPage();
      const floorPage = await context.newPage();
      try {
        await floorPage.goto(`${origin}/corpus/${name}/source.html`, { waitUntil: 'load', timeout: 30_000 });
        await compilingPage.goto(`${origin}/corpus/${name}/source.html`, { waitUntil: 'load', timeout: 30_000 });
        await page.goto(`${origin}/corpus/${name}/source.html`, { waitUntil: 'load', timeout: 30_000 });
        rows.push({ page: name, ...(await measurePage(page, compilingPage, floorPage, bundle, backgroundBundle, storedMatcher, snapshot.prefilterSource)) });
        const row = rows[rows.length - 1]!;
        process.stdout.write(`${pad(name.slice(0, 28), 28)} ${pad(row.textKB, 7)} KB | floor ${pad(row.floorMs, 6)} cold ${pad(row.floorColdMs, 5)} | Dossier ${pad(row.dossierMs, 7)} (matcher ${pad(row.compileMs, 6)}, model ${pad(row.modelMs, 6)}, match ${pad(row.matchMs, 6)}) compiling ${pad(row.compiledOnLoadMs, 7)} warm ${pad(row.dossierWarmMs, 6)} | anchor ${pad(row.anchorMs, 8)} | longest task ${pad(row.longestSliceMs, 6)} warm ${pad(row.warmLongestSliceMs, 5)} | report: page ${pad(row.reportMs, 5)} background ${pad(row.backgroundMs, 6)} latency ${pad(row.reportLatencyMs, 6)} | header: page ${pad(row.reportHeaderMs, 5)} (longest slice ${pad(row.reportHeaderLongestSliceMs, 5)}${row.headerHtmlMatches ? "" : ", HTML DIFFERS"}) off page ${pad(row.headerOffPageMs, 6)}\n`);
      } catch (error) {
        failures.push({ page: name, error: String(error).split('\n')[0]! });
      } finally {
        await page.close();
        await compilingPage.close();
        await floorPage.close();
      }
    }

    const page = await context.newPage();
    await page.goto(`${origin}/corpus/${pages[0]}/source.html`, { waitUntil: 'load' });
    await page.evaluate(bundle);
    const batches: IncrementalBatch[] = await page.evaluate(() => window.DossierBench.incremental(100, 10));
    await page.close();

    console.log('Measuring pages dense with mentions…');
    const denseRows: DenseRow[] = await measureDensePages(browser, bundle, storedMatcher);

    const sum = (pick: (row: Row) => number) => rows.reduce((total, row) => total + pick(row), 0);
    const perKB = (batch: IncrementalBatch) => batch.workMs / (batch.addedChars / 1024);
    const firstTen = batches.slice(0, 10);
    const lastTen = batches.slice(-10);
    const incremental = {
      mutations: batches.length,
      paragraphs: batches.length * 10,
      firstBatchMsPerKB: perKB(batches[0]!),
      lastBatchMsPerKB: perKB(batches[batches.length - 1]!),
      firstTenMsPerKB: median(firstTen.map(perKB)),
      lastTenMsPerKB: median(lastTen.map(perKB)),
      totalMs: batches.reduce((total, batch) => total + batch.workMs, 0),
      batches,
    };
    const floorMs = sum((row) => row.floorMs);
    const floorColdMs = sum((row) => row.floorColdMs);
    const leastSearchColdMs = sum((row) => row.leastSearchColdMs);
    const mentionPages = rows.filter((row) => row.mentions > 0);
    const dossierMs = sum((row) => row.dossierMs);
    const dossierWarmMs = sum((row) => row.dossierWarmMs);
    const anchorMs = sum((row) => row.anchorMs);
    const longestTaskMs = Math.max(...rows.map((row) => row.longestSliceMs));
    const compiledOnLoadLongestTaskMs = Math.max(...rows.map((row) => row.compiledOnLoadLongestSliceMs));
    const compiledOnLoadMs = sum((row) => row.compiledOnLoadMs);
    const warmLongestTaskMs = Math.max(...rows.map((row) => row.warmLongestSliceMs));
    const results = {
      date: new Date().toISOString(),
      browser: browser.version(),
      pages: rows.length,
      failedPages: failures,
      floorMs,
      /**
       * Why "≤ 2× the floor" is out of reach for a first pass: the floor is a warm walk, and in a
       * fresh page the least any watchlist search does, or the floor's own first walk, costs more.
       */
      coldLowerBound: {
        floorColdMs,
        leastSearchColdMs,
        leastSearchColdOverFloor: leastSearchColdMs / floorMs,
        dossierOverLeastSearchCold: dossierMs / leastSearchColdMs,
        pagesWithMentions: mentionPages.length,
        dossierMsOnPagesWithMentions: mentionPages.reduce((total, row) => total + row.dossierMs, 0),
      },
      anchorMs,
      dossierMs,
      dossierWallMs: sum((row) => row.dossierWallMs),
      storedMatcherKB: storedMatcher.length / 1024,
      compiledOnLoad: {
        dossierMs: compiledOnLoadMs,
        compileMs: sum((row) => row.compiledOnLoadCompileMs),
        longestTaskMs: compiledOnLoadLongestTaskMs,
        overFloor: compiledOnLoadMs / floorMs,
        anchorOverDossier: anchorMs / compiledOnLoadMs,
      },
      dossierWarmMs,
      breakdown: {
        compileMs: sum((row) => row.compileMs),
        lookMs: sum((row) => row.lookMs),
        pagesWithModel: rows.filter((row) => row.modelMs > 0).length,
        modelMs: sum((row) => row.modelMs),
        matchMs: sum((row) => row.matchMs),
        warmModelMs: sum((row) => row.warmModelMs),
        warmMatchMs: sum((row) => row.warmMatchMs),
      },
      longestTaskMs,
      warmLongestTaskMs,
      report: {
        workMs: sum((row) => row.reportMs),
        longestStepMs: Math.max(...rows.map((row) => row.reportLongestStepMs)),
        medianLongestStepMs: median(rows.map((row) => row.reportLongestStepMs)),
        pagesWithStepOver50ms: rows.filter((row) => row.reportLongestStepMs > 50).map((row) => row.page),
        /** The header's work on the page when the popup opens (its HTML for the offscreen document), in slices since 7 December. */
        headerLongestMs: Math.max(...rows.map((row) => row.reportHeaderMs)),
        headerMedianMs: median(rows.map((row) => row.reportHeaderMs)),
        headerLongestSliceMs: Math.max(...rows.map((row) => row.reportHeaderLongestSliceMs)),
        pagesWhoseHeaderHtmlDiffers: rows.filter((row) => !row.headerHtmlMatches).map((row) => row.page),
      },
      longestBrowserLongTaskMs: Math.max(...rows.map((row) => row.longTaskMs)),
      /** Everything Dossier does on the page's thread; the analysis is not among it. */
      pageThreadMs: {
        totalMs: sum((row) => row.pageThreadMs),
        medianMs: median(rows.map((row) => row.pageThreadMs)),
        longestTaskMs: Math.max(...rows.map((row) => row.pageLongestTaskMs)),
        p95LongestTaskMs: percentile(rows.map((row) => row.pageLongestTaskMs), 0.95),
        pagesWithTaskOver50ms: rows.filter((row) => row.pageLongestTaskMs > 50).map((row) => row.page),
      },
      /** The analysis in the background's thread, per page. */
      backgroundMs: {
        totalMs: sum((row) => row.backgroundMs),
        medianMs: median(rows.map((row) => row.backgroundMs)),
        p95Ms: percentile(rows.map((row) => row.backgroundMs), 0.95),
        longestMs: Math.max(...rows.map((row) => row.backgroundMs)),
        headerOffPageMedianMs: median(rows.map((row) => row.headerOffPageMs)),
        headerOffPageLongestMs: Math.max(...rows.map((row) => row.headerOffPageMs)),
      },
      /** From the end of the scan to the report ready for the cards. */
      reportLatencyMs: {
        medianMs: median(rows.map((row) => row.reportLatencyMs)),
        p95Ms: percentile(rows.map((row) => row.reportLatencyMs), 0.95),
        longestMs: Math.max(...rows.map((row) => row.reportLatencyMs)),
      },
      dossierOverFloor: dossierMs / floorMs,
      dossierWarmOverFloor: dossierWarmMs / floorMs,
      anchorOverDossier: anchorMs / dossierMs,
      anchorOverDossierWarm: anchorMs / dossierWarmMs,
      targets: {
        dossierAtMostTwiceFloor: dossierMs <= 2 * floorMs,
        tenTimesFasterThanAnchor: anchorMs >= 10 * dossierMs,
        noTaskOver50ms: Math.max(longestTaskMs, compiledOnLoadLongestTaskMs) <= 50,
        firstPassAtMostTwiceLeastSearch: dossierMs <= 2 * leastSearchColdMs,
        noPageTaskOver50ms: Math.max(...rows.map((row) => row.pageLongestTaskMs)) <= 50 && Math.max(...rows.map((row) => row.longTaskMs)) <= 50,
      },
      blockedRequests: blocked(),
      incremental,
      dense: { targets: denseTargets(denseRows), rows: denseRows },
      engineNode,
      bigFiles,
      hostile,
      dossier,
      rows,
    };
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(path.join(outDir, 'chart.svg'), benchChart(rows));

    console.log('\n| measure | value |\n| --- | --- |');
    console.log(`| pages | ${rows.length}${failures.length ? ` (${failures.length} failed to load)` : ''} |`);
    console.log(`| floor total (TreeWalker) | ${floorMs.toFixed(1)} ms |`);
    console.log(`| floor, first walk in a fresh page | ${floorColdMs.toFixed(1)} ms (${(floorColdMs / floorMs).toFixed(1)}× floor) |`);
    console.log(`| least search, fresh page (walk + join + one prefix regex, nothing marked) | ${leastSearchColdMs.toFixed(1)} ms (${(leastSearchColdMs / floorMs).toFixed(1)}× floor) |`);
    console.log(`| Dossier total, first pass per page (stored matcher loaded + scan + highlight) | ${dossierMs.toFixed(1)} ms (${(dossierMs / floorMs).toFixed(1)}× floor) |`);
    console.log(`|   of which: matcher load / quick look / text model / matching | ${results.breakdown.compileMs.toFixed(1)} / ${results.breakdown.lookMs.toFixed(1)} / ${results.breakdown.modelMs.toFixed(1)} / ${results.breakdown.matchMs.toFixed(1)} ms (snapshot ${results.storedMatcherKB.toFixed(1)} KB; the model built on ${results.breakdown.pagesWithModel} of ${results.pages} pages) |`);
    console.log(`| Dossier total, first pass with the matcher compiled on the spot | ${compiledOnLoadMs.toFixed(1)} ms (${results.compiledOnLoad.overFloor.toFixed(1)}× floor; compile ${results.compiledOnLoad.compileMs.toFixed(1)} ms; longest task ${compiledOnLoadLongestTaskMs.toFixed(1)} ms) |`);
    console.log(`| Dossier total, warm passes | ${dossierWarmMs.toFixed(1)} ms (${(dossierWarmMs / floorMs).toFixed(1)}× floor; model ${results.breakdown.warmModelMs.toFixed(1)}, match ${results.breakdown.warmMatchMs.toFixed(1)}) |`);
    console.log(`| anchor total (mark.js) | ${anchorMs.toFixed(1)} ms (${(anchorMs / dossierMs).toFixed(1)}× Dossier first pass, ${(anchorMs / compiledOnLoadMs).toFixed(1)}× compiled on the spot, ${(anchorMs / dossierWarmMs).toFixed(1)}× warm) |`);
    console.log(`| longest Dossier task | ${longestTaskMs.toFixed(1)} ms first pass, ${compiledOnLoadLongestTaskMs.toFixed(1)} ms compiling on the spot, ${warmLongestTaskMs.toFixed(1)} ms warm |`);
    console.log(`| Dossier first pass / least search, same run | ${(dossierMs / leastSearchColdMs).toFixed(2)}× |`);
    console.log(`| on the page, all of Dossier (first pass, report's read, header's HTML) | ${results.pageThreadMs.totalMs.toFixed(1)} ms (median ${results.pageThreadMs.medianMs.toFixed(1)} per page); longest task ${results.pageThreadMs.longestTaskMs.toFixed(1)} ms (95th pct ${results.pageThreadMs.p95LongestTaskMs.toFixed(1)}; ${results.pageThreadMs.pagesWithTaskOver50ms.length} pages over 50 ms); browser long tasks: longest ${results.longestBrowserLongTaskMs.toFixed(1)} ms |`);
    console.log(`| report's read on the page | ${results.report.workMs.toFixed(1)} ms; longest ${results.report.longestStepMs.toFixed(1)} ms (median ${results.report.medianLongestStepMs.toFixed(1)}); header's HTML when the popup opens: median ${results.report.headerMedianMs.toFixed(1)} ms, longest ${results.report.headerLongestMs.toFixed(1)} ms |`);
    console.log(`| analysis in the background, per page | median ${results.backgroundMs.medianMs.toFixed(1)} ms, 95th pct ${results.backgroundMs.p95Ms.toFixed(1)}, longest ${results.backgroundMs.longestMs.toFixed(1)} (total ${results.backgroundMs.totalMs.toFixed(1)}); Readability's header off the page: median ${results.backgroundMs.headerOffPageMedianMs.toFixed(1)}, longest ${results.backgroundMs.headerOffPageLongestMs.toFixed(1)} |`);
    console.log(`| report latency, end of scan → report ready for the cards | median ${results.reportLatencyMs.medianMs.toFixed(1)} ms, 95th pct ${results.reportLatencyMs.p95Ms.toFixed(1)}, longest ${results.reportLatencyMs.longestMs.toFixed(1)} |`);
    console.log(`| incremental, ms per added KB, first vs last batch | ${incremental.firstBatchMsPerKB.toFixed(3)} vs ${incremental.lastBatchMsPerKB.toFixed(3)} (medians of first/last ten: ${incremental.firstTenMsPerKB.toFixed(3)} vs ${incremental.lastTenMsPerKB.toFixed(3)}) |`);
    console.log(`| engine in Node, MB of text per second | sentences ${engineNode.sentencesMBps.toFixed(1)}, mentions ${engineNode.mentionsMBps.toFixed(1)}, quotes ${engineNode.quotesMBps.toFixed(1)}, all three ${engineNode.totalMBps.toFixed(1)}; quotes at ${engineNode.linearity.map((l) => `${l.megabytes} MB ${l.quotesMBps.toFixed(1)}`).join(', ')} |`);
    console.log(`| Dossier first pass on the ${mentionPages.length} pages with mentions | ${results.coldLowerBound.dossierMsOnPagesWithMentions.toFixed(1)} ms |`);
    printHostileFigures(hostile);
    printDossierFigures(dossier);
    console.log(`\n\`dossier analyze\` on big files:\n${bigFilesTable(bigFiles)}`);
    printDenseRows(denseRows);
    console.log(`Dense targets: ${JSON.stringify(results.dense.targets)}`);
    console.log(`\nTargets: ≤ 2× floor ${results.targets.dossierAtMostTwiceFloor ? 'met' : 'NOT met'}; ≥ 10× faster than anchor ${results.targets.tenTimesFasterThanAnchor ? 'met' : 'NOT met'}; no task > 50 ms ${results.targets.noTaskOver50ms ? 'met' : 'NOT met'}; first pass ≤ 2× least search ${results.targets.firstPassAtMostTwiceLeastSearch ? 'met' : 'NOT met'}; no Dossier task > 50 ms on the page (scan, marks, report, header) ${results.targets.noPageTaskOver50ms ? 'met' : 'NOT met'}.`);
    console.log(`Wrote ${path.join(outDir, 'results.json')} and chart.svg`);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

await (denseOnly ? denseOnlyRun() : main());
