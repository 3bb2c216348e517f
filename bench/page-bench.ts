/**
 * What the benchmark runs inside each page, bundled as an IIFE (`window.DossierBench`): the floor,
 * the anchor (mark.js the common way) and Dossier's own scan-and-highlight pass, the same
 * PageScanner the content script runs.
 */
import Mark from 'mark.js';
import { DEFAULT_CATALOG } from '../src/catalog/default-catalog';
import { markStyle } from '../src/highlight/mark-style';
import { MarkSheet, sheetDecoration } from '../src/highlight/mark-sheet';
import { LAZY_MARK_CAP } from '../src/highlight/lazy-marks';
import { PageScanner } from '../src/highlight/page-scanner';
import { DEFAULT_LIMITS, WorkBudget } from '../src/live/work-budget';
import { SliceClock } from '../src/live/slice-clock';
import { outerHtmlInSlices } from '../src/live/page-html';
import { yieldToPage } from '../src/live/yield-to-page';
import { compileMatcher, compileMatcherInSlices, type MentionMatcher } from '../src/matching/compile-matcher';
import { matcherFromSnapshot } from '../src/matching/matcher-snapshot';
import type { PageText } from '../src/analysis/page-text';
import { headerNeedsReadability, readArticleMetadata } from '../src/article/read-article-metadata';
import type { BackgroundAnswer } from './background-bench';

export interface PassResult {
  ms: number;
  count: number;
}

export interface DossierResult {
  workMs: number;
  wallMs: number;
  longestSliceMs: number;
  slices: number;
  mentions: number;
  marks: number;
  textLength: number;
  compileMs: number;
  /** The quick look at the text nodes, which on most pages is the whole pass after the matcher's load. */
  lookMs: number;
  modelMs: number;
  matchMs: number;
  /** Long tasks (> 50 ms) the browser saw during the pass, from any source on the page. */
  longTasks: number[];
}

/** The floor: every text node read once, nothing matched. */
function floorOnce(): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let characters = 0;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) characters += (node as Text).data.length;
  return characters;
}

/**
 * The floor's time per pass. Timers in a page are coarsened to 0.1 ms and a small page's pass
 * takes less, so it is repeated for at least 20 ms and averaged.
 */
function floor(): PassResult {
  let count = floorOnce();
  const started = performance.now();
  let runs = 0;
  let elapsed = 0;
  while (elapsed < 20 || runs < 3) {
    count = floorOnce();
    runs++;
    elapsed = performance.now() - started;
  }
  return { ms: elapsed / runs, count };
}

/**
 * The floor as a fresh page pays it: the first walk, once, before any other code has touched the
 * DOM (the page creates a JavaScript wrapper for each node on first access).
 */
function floorCold(): PassResult {
  const started = performance.now();
  const count = floorOnce();
  return { ms: performance.now() - started, count };
}

/**
 * The least a watchlist search can do in a fresh page: read every text node, join the text,
 * compile one regex (the prefixes of the watchlist's phrases, the prefilter Dossier itself runs)
 * and run it once over the lower-cased text. Nothing is checked, modelled or marked. Run after
 * `floorCold` in the same page, so the nodes' wrappers already exist: it is a lower bound.
 */
function leastSearchCold(prefilterSource: string): PassResult {
  const started = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) parts.push((node as Text).data);
  const subject = parts.join(' ').toLowerCase();
  const regex = new RegExp(prefilterSource, 'g');
  let count = 0;
  for (let found = regex.exec(subject); found !== null; found = regex.exec(subject)) {
    count++;
    if (found[0] === '') regex.lastIndex++;
  }
  return { ms: performance.now() - started, count };
}

function allAliases(): string[] {
  return [...new Set(DEFAULT_CATALOG.flatMap((entity) => [...entity.aliases, ...entity.contextualAliases]))];
}

/** The anchor: mark.js as it is commonly used, one search over every alias. */
function anchor(): PassResult {
  const started = performance.now();
  let count = 0;
  new Mark(document.body).mark(allAliases(), {
    separateWordSearch: false,
    accuracy: 'exactly',
    done: (total: number) => {
      count = total;
    },
  });
  const ms = performance.now() - started;
  new Mark(document.body).unmark();
  return { ms, count };
}

let last: PageScanner | null = null;
let markSheet: MarkSheet | undefined;

/** The page scanner as the content script sets it up on page load, live updates off. */
function scannerOf(matcher: MentionMatcher, budget?: WorkBudget): PageScanner {
  const colours = new Map(DEFAULT_CATALOG.map((entity) => [entity.id, entity.colour]));
  return new PageScanner({
    root: document.body,
    findMentions: (text) => matcher.findMentions(text),
    mentionSteps: (text) => matcher.findMentionsInSteps(text),
    mayNameAnything: (text) => matcher.mayNameAnythingInSteps(text),
    // As the page session does: one shared sheet for the marks (inline styles where it cannot reach).
    decoration: sheetDecoration(markSheet ??= new MarkSheet(document), colours),
    live: false,
    ...(budget ? { budget } : {}),
  });
}

/**
 * Dossier as the content script runs on page load: get the matcher, scan in slices, highlight.
 * With `storedMatcher` (a snapshot as JSON, as the background stores it) the matcher is loaded
 * from it; without, it is compiled on the spot, in slices, as before the first snapshot exists.
 */
async function dossier(storedMatcher?: string): Promise<DossierResult> {
  const longTasks: number[] = [];
  const observer = typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('longtask')
    ? new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration)))
    : null;
  observer?.observe({ type: 'longtask', buffered: false });
  const started = performance.now();
  // As the page session does: the matcher compiled in slices, the page's turn in between.
  const compileClock = new SliceClock();
  const stored = storedMatcher === undefined ? null : matcherFromSnapshot(DEFAULT_CATALOG, JSON.parse(storedMatcher));
  if (storedMatcher !== undefined && !stored) throw new Error('bench: the stored matcher does not fit the catalogue');
  const matcher = stored ?? await compileMatcherInSlices(DEFAULT_CATALOG, compileClock);
  compileClock.endSlice();
  const compileMs = compileClock.workMs;
  const scanner = scannerOf(matcher);
  await scanner.start();
  const wallMs = performance.now() - started;
  // Let the observer deliver entries of the last task.
  await new Promise((resolve) => setTimeout(resolve, 0));
  observer?.disconnect();
  last = scanner;
  const stats = scanner.stats;
  return {
    workMs: (stats?.workMs ?? 0) + compileMs,
    wallMs,
    longestSliceMs: Math.max(stats?.longestSliceMs ?? 0, compileClock.longestSliceMs),
    slices: stats?.slices ?? 0,
    mentions: stats?.mentions ?? 0,
    marks: document.querySelectorAll('mark[data-dossier-mark]').length,
    textLength: stats?.textLength ?? 0,
    compileMs,
    lookMs: stats?.lookMs ?? 0,
    modelMs: stats?.modelMs ?? 0,
    matchMs: stats?.matchMs ?? 0,
    longTasks,
  };
}

export interface ReportResult {
  /**
   * On the page: reading the text model for the report, in slices, where the first pass kept none
   * (a page that names nothing builds none until the popup asks); 0 where it kept one.
   */
  pageReadMs: number;
  pageReadLongestSliceMs: number;
  /** On the page: the text, mentions and header the content script sends once the scan is complete (one task). */
  pageTextMs: number;
  /** In the background thread: the analysis of what the page sent. */
  backgroundMs: number;
  /** From the end of the scan to the report being back on the page, ready for the cards. */
  latencyMs: number;
  quotes: number;
  /** On the page, when the popup opens: whether the header needs Readability, and the page's HTML for it (work, in slices). */
  headerPageMs: number;
  /** The longest of those slices, and how many. */
  headerLongestSliceMs: number;
  headerSlices: number;
  /** The sliced HTML equals `documentElement.outerHTML` (checked after the timing). */
  headerHtmlMatches: boolean;
  /** Off the page: Readability's header from that HTML, in a DOM of its own (as the offscreen document does). */
  headerOffPageMs: number;
  /** Long tasks (> 50 ms) the browser saw on the page while the report and the header were made. */
  longTasks: number[];
}

/**
 * The report as the extension makes it after the first pass on a page with marks: the page reads
 * what the analysis needs (page-session.ts), sends it to a thread of its own that runs the analysis
 * (background-bench.ts, the service worker's stand-in) and gets the report back. Then what the page
 * does when the popup opens: checks whether the header needs Readability and serialises its HTML
 * for the offscreen document, which parses it off the page.
 */
async function report(backgroundCode: string): Promise<ReportResult> {
  const longTasks: number[] = [];
  const observer = typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('longtask')
    ? new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration)))
    : null;
  observer?.observe({ type: 'longtask', buffered: false });
  // The worker runs already, as the extension's does when a page loads: started and answering before the clock runs.
  const worker = new Worker(URL.createObjectURL(new Blob([backgroundCode], { type: 'text/javascript' })));
  await new Promise<void>((resolve) => {
    worker.onmessage = () => resolve();
    worker.postMessage('ping');
  });
  await yieldToPage();
  const scanEnded = performance.now();
  // A page that named nothing kept no model: it is read now, in slices, as when the popup opens there.
  const scanner = last;
  if (scanner) scanner.lastRead = null;
  const scan = await scanner?.currentScan();
  if (!scan) throw new Error('bench: no scan to report on');
  const pageRead = scanner?.lastRead ?? { workMs: 0, longestSliceMs: 0 };
  const readEnded = performance.now();
  const article = readArticleMetadata(document, location.href, { maxElementsForReadability: 0 });
  const page: PageText = { url: location.href, text: scan.model.text, mentions: scan.mentions, lang: article.lang, article };
  const answered = new Promise<BackgroundAnswer>((resolve) => {
    worker.onmessage = (event: MessageEvent<{ answer: BackgroundAnswer }>) => resolve(event.data.answer);
  });
  worker.postMessage(page);
  const pageTextMs = performance.now() - readEnded;
  const answer = await answered;
  const latencyMs = performance.now() - scanEnded;
  worker.terminate();

  await yieldToPage();
  // As the page session does: the check, then the page's HTML in slices (src/live/page-html.ts).
  const headerClock = new SliceClock();
  const html = headerNeedsReadability(document) ? await outerHtmlInSlices(document.documentElement, headerClock) : null;
  headerClock.endSlice();
  const headerPageMs = headerClock.workMs;
  // Let the observer deliver entries of the page's last task, then stop watching: what follows is not the page's.
  await new Promise((resolve) => setTimeout(resolve, 0));
  observer?.disconnect();
  // The sliced HTML is the page's `outerHTML`, piece for piece (one long call, after the observer stopped).
  const headerHtmlMatches = html === null || html === document.documentElement.outerHTML;
  // Off the page in the extension; here a separate document, timed apart from the page's own tasks.
  const offPageStarted = performance.now();
  if (html !== null) readArticleMetadata(new DOMParser().parseFromString(html, 'text/html'), location.href);
  const headerOffPageMs = html === null ? 0 : performance.now() - offPageStarted;
  return { pageReadMs: pageRead.workMs, pageReadLongestSliceMs: pageRead.longestSliceMs, pageTextMs, backgroundMs: answer.analysisMs, latencyMs, quotes: answer.quotes, headerPageMs, headerLongestSliceMs: headerClock.longestSliceMs, headerSlices: headerClock.slices, headerHtmlMatches, headerOffPageMs, longTasks };
}

export interface HeaderHtmlResult {
  /** Work on the page: one `outerHTML` call, or the sum of the slices. */
  ms: number;
  longestSliceMs: number;
  slices: number;
  /** Subtrees serialised in one call, the longest of them (characters) and the slowest (ms). */
  wholePieces: number;
  longestPieceChars: number;
  slowestPieceMs: number;
  chars: number;
  /** The HTML equals `documentElement.outerHTML` of the page as it is afterwards. */
  matches: boolean;
  /** Long tasks (> 50 ms) the browser saw meanwhile. */
  longTasks: number[];
}

/** The page's HTML for the header (bench/header-html.ts): one `outerHTML` call, or in slices (live/page-html.ts). */
async function headerHtml(sliced: boolean): Promise<HeaderHtmlResult> {
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration)));
  observer.observe({ type: 'longtask', buffered: false });
  await yieldToPage();
  let html: string;
  let result: Omit<HeaderHtmlResult, 'chars' | 'matches' | 'longTasks'>;
  if (sliced) {
    const clock = new SliceClock();
    const stats = { wholePieces: 0, longestPieceChars: 0, slowestPieceMs: 0 };
    html = await outerHtmlInSlices(document.documentElement, clock, { stats });
    clock.endSlice();
    result = { ms: clock.workMs, longestSliceMs: clock.longestSliceMs, slices: clock.slices, ...stats };
  } else {
    const started = performance.now();
    html = document.documentElement.outerHTML;
    const ms = performance.now() - started;
    result = { ms, longestSliceMs: ms, slices: 1, wholePieces: 1, longestPieceChars: html.length, slowestPieceMs: ms };
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return { ...result, chars: html.length, matches: html === document.documentElement.outerHTML, longTasks };
}

/** Takes Dossier's marks out again; true when the body is back to `before`. */
function undoDossier(): void {
  last?.stop();
  last = null;
}

export interface IncrementalBatch {
  addedChars: number;
  workMs: number;
}

/**
 * A live page: `batches` mutations, each appending `perBatch` paragraphs; the time Dossier spends
 * on each, against the text it added.
 */
async function incremental(batches: number, perBatch: number): Promise<IncrementalBatch[]> {
  const matcher = compileMatcher(DEFAULT_CATALOG);
  const feed = document.createElement('main');
  document.body.replaceChildren(feed);
  const results: IncrementalBatch[] = [];
  let resolveUpdate: ((workMs: number) => void) | null = null;
  const scanner = new PageScanner({
    root: document.body,
    findMentions: (text) => matcher.findMentions(text),
    decoration: { styleOf: () => markStyle('#56B4E9') },
    onUpdate: ({ workMs }) => resolveUpdate?.(workMs),
    // This measures how work grows with the page, not where the budget stops it (the e2e tests do that).
    budget: new WorkBudget({ ...DEFAULT_LIMITS, maxUpdateMs: Infinity }),
  });
  await scanner.start();
  for (let batch = 0; batch < batches; batch++) {
    const fragment = document.createDocumentFragment();
    let addedChars = 0;
    for (let i = 0; i < perBatch; i++) {
      const paragraph = document.createElement('p');
      paragraph.textContent = paragraphText(batch * perBatch + i);
      addedChars += paragraph.textContent.length;
      fragment.append(paragraph);
    }
    const updated = new Promise<number>((resolve, reject) => {
      resolveUpdate = resolve;
      setTimeout(() => reject(new Error(`batch ${batch}: no update within 10 s (status ${scanner.status})`)), 10_000);
    });
    feed.append(fragment);
    const workMs = await updated;
    results.push({ addedChars, workMs });
  }
  scanner.stop();
  return results;
}

function paragraphText(n: number): string {
  return `Post ${n}. Delegations met again in the afternoon; Vladimir Putin and Xi Jinping spoke about trade, `
    + 'energy and the war, while officials in Washington repeated that any ceasefire on current lines would '
    + 'only freeze the front. Reporters waited outside the hall for a statement that came late in the evening.';
}

export interface DenseResult {
  /** From the start of the pass to the first mark in the page (wall time). */
  firstMarkMs: number;
  /** From the start to the last mark (wall time, the page's turns between slices included). */
  totalMs: number;
  /** Dossier's own work time. */
  workMs: number;
  matchMs: number;
  /** Marks in the page once the pass and the scrolling are done. */
  marks: number;
  /** Marks in the page right after the pass, before any scrolling (all of them below the cap). */
  marksAfterPass: number;
  mentions: number;
  textLength: number;
  longestSliceMs: number;
  /** The marking done as the reader scrolled (lazy-marks.ts): work time and longest slice. */
  scrollWorkMs: number;
  scrollLongestSliceMs: number;
  /** Long tasks (> 50 ms) the browser saw during the pass, from any source on the page. */
  longTasks: number[];
  /** Long tasks while the page was scrolled to its ten places afterwards (the page's own rendering of a new screen included). */
  scrollLongTasks: number[];
  /** For each click the probe made during the pass: how long it waited before its handler ran. */
  clickDelays: number[];
}

/**
 * The same page scrolled to the same places without Dossier: the long tasks of the browser's own
 * rendering of a new screen of a big page, which no extension causes, to set beside Dossier's run.
 */
async function denseWithoutDossier(): Promise<number[]> {
  for (let frame = 0; frame < 3; frame++) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration)));
  observer.observe({ type: 'longtask', buffered: false });
  for (let step = 1; step <= SCROLL_STEPS; step++) {
    window.scrollTo(0, (document.documentElement.scrollHeight * step) / (SCROLL_STEPS + 1));
    for (let frame = 0; frame < 10; frame++) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  }
  await new Promise((resolve) => setTimeout(resolve, 150));
  observer.disconnect();
  return longTasks;
}

/**
 * A page dense with mentions, marked as on page load (stored matcher, live updates off). A click
 * listener notes how long each of the probe's clicks waited (the event's time stamp is when the
 * browser received it), and a mutation observer when the first mark appeared.
 */
async function dense(storedMatcher: string): Promise<DenseResult> {
  // The page's own first rendering (a long task of its own on a megabyte of text) is not Dossier's:
  // the content script starts once the page is idle.
  for (let frame = 0; frame < 3; frame++) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const longTasks: number[] = [];
  const longTaskObserver = new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration)));
  longTaskObserver.observe({ type: 'longtask', buffered: false });
  const clickDelays: number[] = [];
  const onClick = (event: MouseEvent) => clickDelays.push(performance.now() - event.timeStamp);
  document.addEventListener('click', onClick, true);
  const started = performance.now();
  let firstMarkMs = -1;
  const markObserver = new MutationObserver(() => {
    if (firstMarkMs < 0 && document.querySelector('mark[data-dossier-mark]')) firstMarkMs = performance.now() - started;
  });
  markObserver.observe(document.body, { childList: true, subtree: true });
  const matcher = matcherFromSnapshot(DEFAULT_CATALOG, JSON.parse(storedMatcher));
  if (!matcher) throw new Error('bench: the stored matcher does not fit the catalogue');
  // A dense page is what the budget is for; this measures the pass itself.
  const scanner = scannerOf(matcher, new WorkBudget({ ...DEFAULT_LIMITS, maxScanMs: Infinity }));
  await scanner.start();
  // The marks near the viewport, placed once the page has rendered and seen what is in view.
  await marksSettled(scanner, 0);
  const totalMs = performance.now() - started;
  // Let the observer deliver the pass's last task before the scrolling starts.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const passLongTasks = longTasks.length;
  const marksAfterPass = document.querySelectorAll('mark[data-dossier-mark]').length;
  // The reader scrolls through the page: a screen at a time at ten places, the probe clicking throughout.
  for (let step = 1; step <= SCROLL_STEPS; step++) {
    const reports = scanner.lazyMarks?.reports ?? 0;
    window.scrollTo(0, (document.documentElement.scrollHeight * step) / (SCROLL_STEPS + 1));
    await marksSettled(scanner, reports);
  }
  // Let the observers deliver the entries of the last task, and a last click land.
  await new Promise((resolve) => setTimeout(resolve, 150));
  markObserver.disconnect();
  longTaskObserver.disconnect();
  document.removeEventListener('click', onClick, true);
  const stats = scanner.stats;
  last = scanner;
  return {
    firstMarkMs,
    totalMs,
    workMs: stats?.workMs ?? 0,
    matchMs: stats?.matchMs ?? 0,
    marks: document.querySelectorAll('mark[data-dossier-mark]').length,
    marksAfterPass,
    mentions: stats?.mentions ?? 0,
    textLength: stats?.textLength ?? 0,
    longestSliceMs: stats?.longestSliceMs ?? 0,
    scrollWorkMs: scanner.lazyMarks?.workMs ?? 0,
    scrollLongestSliceMs: scanner.lazyMarks?.longestSliceMs ?? 0,
    longTasks: longTasks.slice(0, passLongTasks),
    scrollLongTasks: longTasks.slice(passLongTasks),
    clickDelays,
  };
}

/** Places the dense page is scrolled to after its pass. */
const SCROLL_STEPS = 10;

/**
 * Until the marks near the viewport are placed: on a page past the cap, the IntersectionObserver
 * reports (more than `reportsBefore`) after a frame is rendered, then marking runs in slices.
 */
async function marksSettled(scanner: PageScanner, reportsBefore: number): Promise<void> {
  const lazy = scanner.lazyMarks;
  if (!lazy || (scanner.stats?.mentions ?? 0) <= LAZY_MARK_CAP) return;
  // A scroll that brings no waiting element near reports nothing: ten frames, then on.
  for (let frame = 0; frame < 10 && lazy.reports <= reportsBefore; frame++) {
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  }
  await lazy.settled();
}

declare global {
  interface Window {
    DossierBench: typeof api;
  }
}

const api = { floor, floorCold, leastSearchCold, anchor, dossier, report, undoDossier, incremental, dense, denseWithoutDossier, headerHtml };
window.DossierBench = api;
