/**
 * All pages of ../shared/corpus/readability, offline, in Chromium with the built extension, beside
 * a second browser without it. For each page: no console error from Dossier, the body text
 * (innerText) the same as without the extension, and as many marks as the engine finds in Node
 * over the same source.html.
 *
 * Determinism: pages are served with `script-src 'none'`, so their own scripts cannot make the two
 * runs differ (content scripts are not bound by a page's policy); every request but the local
 * server is blocked. The watchlist is the default one plus names the corpus does mention (our own
 * entries), so the counts compare thousands of marks, not a handful.
 *
 * CORPUS_PAGES=N limits the run to the first N pages; CORPUS_CONCURRENCY sets pages in flight.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG } from '../../src/catalog/default-catalog';
import type { Catalog, Entity } from '../../src/catalog/entity';
import { compileMatcher } from '../../src/matching/compile-matcher';
import { loadHtmlPage } from '../../src/page/load-page';
import { WATCHLIST_VERSION } from '../../src/settings/migrations';
import { buildTextModel } from '../../src/text/text-model';
import { corpusPages, CORPUS_DIR } from '../support/shared-data';
import { launchDossier, type Dossier } from './harness';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CONCURRENCY = Number(process.env.CORPUS_CONCURRENCY ?? 3);
const PAGES = corpusPages().slice(0, Number(process.env.CORPUS_PAGES ?? Infinity));
const PAGE_POLICY = "script-src 'none'";

const entity = (id: string, label: string, aliases: string[], extra: Partial<Entity> = {}): Entity => ({
  id, label, kind: 'organisation', aliases, contextualAliases: [], cues: [], role: '', colour: '#0072B2', notes: [], ...extra,
});

/** Names the corpus mentions often, with one contextual alias each for people, so that path is counted too. */
const CORPUS_CATALOG: Catalog = [
  ...DEFAULT_CATALOG,
  entity('google', 'Google', ['Google']),
  entity('mozilla', 'Mozilla', ['Mozilla', 'Firefox']),
  entity('social', 'Social networks', ['Facebook', 'Twitter']),
  entity('new-york', 'New York', ['New York']),
  entity('trump', 'Donald Trump', ['Donald Trump', 'President Trump'], { kind: 'person', contextualAliases: ['Trump'], cues: ['White House', 'Republican*', 'president'] }),
  entity('obama', 'Barack Obama', ['Barack Obama', 'President Obama'], { kind: 'person', contextualAliases: ['Obama'], cues: ['White House', 'Democrat*', 'president'] }),
];

interface PageResult {
  name: string;
  expected: number;
  marks: number;
  status: string;
  sameText: boolean;
  textDiff: string | null;
  dossierErrors: string[];
}

let dossier: Dossier;
let plainBrowser: Browser;
let plain: BrowserContext;
const results: PageResult[] = [];
/** Console errors and warnings from Dossier's scripts, and uncaught errors in them, by page URL. */
const dossierErrorsOn = new Map<string, string[]>();

/**
 * Serves a corpus page from disk under the page policy; both browsers see the same bytes. As UTF-8,
 * the way the engine reads it in Node: a page without a charset would otherwise be decoded as
 * windows-1252, and "Trump’s" would reach the browser as "Trumpâ€™s".
 */
async function routeCorpus(context: BrowserContext, origin: string): Promise<void> {
  await context.route(`${origin}/corpus/**`, async (route) => {
    const relative = decodeURIComponent(new URL(route.request().url()).pathname.slice('/corpus/'.length));
    const file = path.resolve(CORPUS_DIR, relative);
    if (!file.startsWith(CORPUS_DIR + path.sep) || !file.endsWith('source.html')) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ status: 200, body: readFileSync(file), headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PAGE_POLICY } });
  });
}

function engineCount(name: string): number {
  const html = readFileSync(path.join(CORPUS_DIR, name, 'source.html'), 'utf8');
  const { document } = loadHtmlPage(html);
  // linkedom's `document.body` can be an empty stand-in while the parsed <body> holds the page
  // (yahoo-3): take the element itself, as the browser's `document.body` is.
  const root = document.querySelector('body') ?? document.body ?? document.documentElement;
  return compileMatcher(CORPUS_CATALOG).findMentions(buildTextModel(root, { shadowRoots: true }).text).length;
}

/**
 * Waits until the page's content script has reported a finished scan to the worker (which keeps
 * each tab's state, with its URL, in session storage), or 20 s pass.
 */
async function waitForDossier(page: Page): Promise<string> {
  const url = page.url();
  const deadline = Date.now() + 20_000;
  for (;;) {
    const status = await dossier.worker.evaluate(async (pageUrl) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const all = (await (globalThis as any).chrome.storage.session.get(null)) as Record<string, { url?: string; status?: string } | null>;
      return Object.values(all).find((state) => state?.url === pageUrl)?.status ?? null;
    }, url);
    if (status !== null && status !== 'scanning') return status;
    if (Date.now() > deadline) return status ?? 'no-state';
    await page.waitForTimeout(150);
  }
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: with Dossier ${JSON.stringify(a.slice(Math.max(0, i - 40), i + 40))} / without ${JSON.stringify(b.slice(Math.max(0, i - 40), i + 40))}`;
}

async function checkPage(name: string): Promise<PageResult> {
  const url = `${dossier.origin}/corpus/${encodeURIComponent(name)}/source.html`;
  const expected = engineCount(name);
  const without = await plain.newPage();
  const plainLoad = without.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  // Opened by Playwright, not by the extension, so the context's route serves it.
  const withDossier = await dossier.context.newPage();
  const dossierLoad = withDossier.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  try {
    // Both documents are parsed and styled by DOMContentLoaded (every outside resource is blocked).
    await Promise.all([plainLoad, dossierLoad]);
    const status = await waitForDossier(withDossier);
    // Live updates (a late layout change, a lazy image) settle within a moment.
    await withDossier.waitForTimeout(300);
    const [marks, text, plainText] = await Promise.all([
      withDossier.locator('mark[data-dossier-mark]:not([data-dossier-continued])').count(),
      withDossier.evaluate(() => document.body?.innerText ?? ''),
      without.evaluate(() => document.body?.innerText ?? ''),
    ]);
    const sameText = text === plainText;
    return { name, expected, marks, status, sameText, textDiff: sameText ? null : firstDifference(text, plainText), dossierErrors: dossierErrorsOn.get(url) ?? [] };
  } finally {
    await Promise.all([withDossier.close(), without.close()]);
  }
}

beforeAll(async () => {
  dossier = await launchDossier();
  await routeCorpus(dossier.context, dossier.origin);
  const extensionOrigin = `chrome-extension://${dossier.extensionId}/`;
  const note = (url: string | undefined, text: string) => {
    const key = url ?? 'unknown';
    dossierErrorsOn.set(key, [...(dossierErrorsOn.get(key) ?? []), text]);
  };
  // Listened to on the context, so nothing logged before a test holds the Page is missed.
  dossier.context.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    if (!message.location().url.startsWith(extensionOrigin)) return;
    // Marks change the layout under a resting pointer, so the browser fires mouseover or scroll
    // handlers the page wrote inline; under this test's page policy they are refused and the
    // refusal is logged against the script that changed the layout. Without the policy they run as
    // after any layout change: the test's doing, not an error of Dossier's.
    if (/Content Security Policy/.test(message.text())) return;
    note(message.page()?.url(), `${message.type()}: ${message.text()} (${message.location().url})`);
  });
  dossier.context.on('weberror', (error) => {
    if ((error.error().stack ?? '').includes(extensionOrigin)) note(error.page()?.url(), `uncaught: ${error.error().message}`);
  });
  // The user's watchlist as the settings store keeps a local copy; the content script reads it on start.
  await dossier.worker.evaluate(async ({ watchlist, version }) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await (globalThis as any).chrome.storage.local.set({ watchlist: { revision: Date.now(), version, watchlist } });
  }, { watchlist: CORPUS_CATALOG, version: WATCHLIST_VERSION });
  plainBrowser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  plain = await plainBrowser.newContext({ viewport: { width: 1200, height: 900 } });
  await plain.route('**/*', (route) => (route.request().url().startsWith(`${dossier.origin}/`) ? route.continue() : route.abort('blockedbyclient')));
  await routeCorpus(plain, dossier.origin);
}, 60_000);

afterAll(async () => {
  await plainBrowser?.close();
  await dossier?.close();
});

describe(`the ${PAGES.length} corpus pages`, () => {
  it('load with Dossier without an error from it, with the same text and the engine\'s count of marks', async () => {
    const queue = [...PAGES];
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
        results.push(await checkPage(name).catch((error: Error): PageResult => ({
          name, expected: -1, marks: -1, status: `failed: ${error.message.split('\n')[0]}`, sameText: false, textDiff: null, dossierErrors: [],
        })));
      }
    }));
    results.sort((a, b) => a.name.localeCompare(b.name));
    const totalMarks = results.reduce((sum, r) => sum + r.marks, 0);
    const totalExpected = results.reduce((sum, r) => sum + r.expected, 0);
    const problems = results.filter((r) => r.marks !== r.expected || !r.sameText || r.dossierErrors.length > 0 || r.status !== 'ready');
    console.log(`[corpus] ${results.length - problems.length}/${results.length} pages pass; marks ${totalMarks}, engine ${totalExpected}`);
    for (const r of problems) {
      console.log(`[corpus] ${r.name}: status ${r.status}, marks ${r.marks} vs engine ${r.expected}${r.sameText ? '' : `, text differs ${r.textDiff}`}${r.dossierErrors.length ? `, errors ${r.dossierErrors.join(' | ')}` : ''}`);
    }
    expect(results.length).toBe(PAGES.length);
    // The whole corpus mentions the watchlist hundreds of times; a handful would mean a broken watchlist.
    if (PAGES.length === corpusPages().length) expect(totalExpected).toBeGreaterThan(500);
    expect(results.flatMap((r) => r.dossierErrors.map((e) => `${r.name}: ${e}`))).toEqual([]);
    expect(dossierErrorsOn.get('unknown') ?? []).toEqual([]);
    expect(results.filter((r) => !r.sameText).map((r) => `${r.name} ${r.textDiff}`)).toEqual([]);
    expect(results.filter((r) => r.marks !== r.expected).map((r) => `${r.name}: ${r.marks} marks, engine ${r.expected}`)).toEqual([]);
    expect(results.filter((r) => r.status !== 'ready').map((r) => `${r.name}: ${r.status}`)).toEqual([]);
  }, 900_000);
});
