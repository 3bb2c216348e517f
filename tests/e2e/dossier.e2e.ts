/**
 * The dossier in real Chromium with the built extension: three fixture pages of our own (one
 * statement: two outlets with one word changed, one of them German, and a third naming another
 * speaker) visited in turn are recorded by the background, which groups their quotes into one
 * statement in the store as it records them; the dossier page lists that stored statement with
 * three sources, "wording differs" with its diff and "attribution differs"; search finds it by a
 * German word; export → delete everything → import gives the same dossier, the import grouping the
 * quotes again; a paused
 * recording and a switched-off site add nothing; a worker stopped while a page is recorded loses nothing.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { setSiteEnabled } from '../../src/settings/site-rules';
import { changeSettings, controlWorker, launchDossier, type Dossier } from './harness';
import { ShadowProbe } from './shadow-probe';

let dossier: Dossier;

beforeAll(async () => {
  dossier = await launchDossier();
});

afterAll(async () => {
  await dossier?.close();
});

const FIXTURES = ['/dossier/harbour-post.html', '/dossier/morgenzeitung.html', '/dossier/eastern-ledger.html'];

async function openDossierPage(hash = ''): Promise<Page> {
  const page = await dossier.context.newPage();
  await page.goto(`chrome-extension://${dossier.extensionId}/dossier.html${hash}`);
  await page.locator('#dossier-totals').waitFor();
  return page;
}

/** The record's totals as the dossier page shows them, read afresh. */
async function totals(): Promise<{ pages: number; quotes: number }> {
  const page = await openDossierPage();
  const text = (await page.locator('#dossier-totals').textContent()) ?? '';
  await page.close();
  const [pages, quotes] = (text.match(/\d+/g) ?? []).map(Number);
  return { pages: pages ?? -1, quotes: quotes ?? -1 };
}

/** The statements the store grouped that two quotes or more make, read from the extension's IndexedDB in one of its pages. */
async function storedSharedStatements(page: Page): Promise<{ id: number; quotes: number }[]> {
  return page.evaluate(() => new Promise<{ id: number; quotes: number }[]>((resolve, reject) => {
    const opening = indexedDB.open('dossier');
    opening.onerror = () => reject(opening.error);
    opening.onsuccess = () => {
      const db = opening.result;
      const reading = db.transaction('statements').objectStore('statements').getAll();
      reading.onerror = () => reject(reading.error);
      reading.onsuccess = () => {
        db.close();
        resolve((reading.result as { id: number; quotes: number; sharedAt?: number }[]).filter((row) => row.sharedAt !== undefined));
      };
    };
  }));
}

/** Visits a page and waits until its scan is done and its report has been answered (so recording is over). */
async function visit(pathname: string): Promise<void> {
  const page = await dossier.open(pathname);
  await page.waitForTimeout(800);
  await page.close();
}

describe('the dossier', () => {
  it('records three pages visited in turn and shows one statement with three sources, its diff and its speakers', async () => {
    for (const fixture of FIXTURES) await visit(fixture);
    await expect.poll(totals, { timeout: 10_000 }).toMatchObject({ pages: 3 });
    // A revisit updates the page, it adds none.
    const before = await totals();
    await visit(FIXTURES[0]!);
    expect(await totals()).toEqual(before);

    const page = await openDossierPage();
    // Grouped by the background as it recorded the pages: the store holds the statement, the page only reads it.
    const stored = await storedSharedStatements(page);
    expect(stored.map((row) => row.quotes)).toContain(3);
    const statement = page.locator('#dossier-statements .dossier-statement').filter({ hasText: 'lethal aid to Moscow' });
    await expect.poll(() => statement.count(), { timeout: 10_000 }).toBe(1);
    expect(await page.locator('#dossier-statements .dossier-statement').count()).toBe(stored.length);
    expect(await page.locator('#dossier-statements-count').textContent()).toMatch(new RegExp(`^${stored.length} statements`));
    expect(await statement.locator('.dossier-source-count').textContent()).toBe('3 sources');
    expect(await statement.locator('.dossier-flag-wording').textContent()).toBe('Wording differs');
    expect(await statement.locator('.dossier-flag-attribution').textContent()).toBe('Attribution differs');
    // One word changed: struck in one wording, inserted in the other (which is first depends on the order of visits).
    const removed = (await statement.locator('.dossier-diff del').allTextContents()).map((text) => text.trim());
    const added = (await statement.locator('.dossier-diff ins').allTextContents()).map((text) => text.trim());
    expect([...removed, ...added].sort()).toEqual(['indication', 'sign']);
    const speakers = await statement.locator('.dossier-speakers > li').allTextContents();
    expect(speakers).toHaveLength(2);
    expect(speakers.find((text) => text.startsWith('John Kirby'))).toMatch(/The Harbour Post.*Rheinische Morgenzeitung|Rheinische Morgenzeitung.*The Harbour Post/);
    expect(speakers.find((text) => !text.startsWith('John Kirby'))).toMatch(/Eastern Ledger/);
    // Each source links to its page scrolled to the quote.
    const href = await statement.locator('a.dossier-source').first().getAttribute('href');
    expect(href).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/dossier\/[a-z-]+\.html#:~:text=We%20have%20seen%20no,watching%20this%20very%20closely$/);
    await page.screenshot({ path: 'test-results/screenshots/dossier-e2e.png', fullPage: true });
    await page.close();
  });

  it('the card and the popup say "N more in your dossier" under a speaker\'s quotes, and lead to the dossier at that speaker', async () => {
    const page = await dossier.open(FIXTURES[0]!);
    const probe = await ShadowProbe.attach(page);
    await page.locator('mark[data-entity="kirby"]').first().hover();
    // The other outlet quoting Kirby is the German one; the page itself is not counted.
    await expect.poll(() => probe.text('[role="dialog"] .dossier-more-link'), { timeout: 10_000 }).toBe('1 more in your dossier');
    expect(await probe.text('[role="dialog"] .dossier-more-latest')).toMatch(/^Latest: We have seen no sign that Beijing .* — Rheinische Morgenzeitung, 2026-11-03$/);
    const opened = dossier.context.waitForEvent('page');
    await probe.call((root) => (root.querySelector('[role="dialog"] .dossier-more-link') as HTMLButtonElement).click(), null);
    const dossierTab = await opened;
    await dossierTab.waitForURL(/dossier\.html#entity=kirby$/);
    await expect.poll(() => dossierTab.locator('#dossier-quotes-by .dossier-quote').count(), { timeout: 5000 }).toBe(2);
    await dossierTab.close();

    const tabId = await dossier.tabIdOf(page);
    const popup = await dossier.context.newPage();
    await popup.goto(`chrome-extension://${dossier.extensionId}/popup.html?tabId=${tabId}`);
    const more = popup.locator('.speaker-group[data-speaker="kirby"] .dossier-more a');
    await expect.poll(() => more.textContent(), { timeout: 10_000 }).toBe('1 more in your dossier');
    expect(await more.getAttribute('href')).toBe(`chrome-extension://${dossier.extensionId}/dossier.html#entity=kirby`);
    await popup.close();
    await page.close();
  });

  it('finds the statement by a German word of the sentence around it, with the number of results', async () => {
    const page = await openDossierPage();
    await expect.poll(() => page.locator('#dossier-indexing').count(), { timeout: 10_000 }).toBe(0);
    await page.locator('.dossier-search input[type="search"]').fill('Sicherheitsrats');
    await expect.poll(() => page.locator('.dossier-result-count').textContent(), { timeout: 5000 }).toBe('1 quotes found');
    expect(await page.locator('#dossier-results .dossier-quote').textContent()).toMatch(/no sign that Beijing.*Rheinische Morgenzeitung/);
    // Folded: "weissen" finds "Weißen", and a filter by site narrows the count.
    await page.locator('.dossier-search input[type="search"]').fill('lethal');
    await expect.poll(() => page.locator('.dossier-result-count').textContent(), { timeout: 5000 }).toBe('3 quotes found');
    await page.locator('.dossier-search input[type="search"]').fill('weissen');
    await expect.poll(() => page.locator('.dossier-result-count').textContent(), { timeout: 5000 }).toBe('1 quotes found');
    await page.close();
  });

  it('export JSON → delete everything → import gives the same dossier', async () => {
    const page = await openDossierPage();
    const exported = async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#dossier-export-json').click()]);
      const json = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { exportedAt?: string };
      delete json.exportedAt;
      return json;
    };
    const first = await exported();
    const before = await totals();

    const options = await dossier.context.newPage();
    await options.goto(`chrome-extension://${dossier.extensionId}/options.html`);
    await expect.poll(() => options.locator('#dossier-stored').textContent(), { timeout: 5000 }).toMatch(new RegExp(`Stored: ${before.pages} pages, ${before.quotes} quotes`));
    options.once('dialog', (dialog) => void dialog.accept());
    await options.locator('#dossier-delete-all').click();
    await expect.poll(() => options.locator('#dossier-stored').textContent(), { timeout: 5000 }).toMatch(/Stored: 0 pages, 0 quotes/);
    await options.close();
    expect(await totals()).toEqual({ pages: 0, quotes: 0 });

    const path = '/tmp/dossier-e2e-export.json';
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, JSON.stringify(first));
    await page.reload();
    await page.locator('#dossier-import-file').setInputFiles(path);
    await expect.poll(() => page.locator('#dossier-import-report').textContent(), { timeout: 5000 })
      .toBe(`Imported: ${before.pages} pages added, 0 merged; ${before.quotes} quotes added, 0 skipped as already there; 0 pages rejected.`);
    expect(await totals()).toEqual(before);
    expect(await exported()).toEqual(first);
    // The import grouped its quotes as recording did: the same statement, three sources.
    const reopened = await openDossierPage();
    const statement = reopened.locator('#dossier-statements .dossier-statement').filter({ hasText: 'lethal aid to Moscow' });
    await expect.poll(() => statement.count(), { timeout: 10_000 }).toBe(1);
    expect(await statement.locator('.dossier-source-count').textContent()).toBe('3 sources');
    await reopened.close();
    // Importing the same file again adds nothing.
    await page.locator('#dossier-import-file').setInputFiles(path);
    await expect.poll(() => page.locator('#dossier-import-report').textContent(), { timeout: 5000 })
      .toBe(`Imported: 0 pages added, ${before.pages} merged; 0 quotes added, ${before.quotes} skipped as already there; 0 pages rejected.`);
    await page.close();
  });

  it('a paused recording and a switched-off site add nothing', async () => {
    const before = await totals();
    await changeSettings(dossier, (settings) => ({ ...settings, recordingPaused: true }));
    const paused = await dossier.open('/article.html');
    // Highlighting goes on while recording is paused.
    expect(await paused.locator('mark[data-dossier-mark]').count()).toBeGreaterThan(0);
    await paused.waitForTimeout(1000);
    await paused.close();
    expect(await totals()).toEqual(before);

    await changeSettings(dossier, (settings) => setSiteEnabled({ ...settings, recordingPaused: false }, '127.0.0.1', false));
    await visit('/article.html');
    expect(await totals()).toEqual(before);
    await changeSettings(dossier, (settings) => setSiteEnabled(settings, '127.0.0.1', true));
  });

  it('a service worker stopped while a page is recorded loses nothing', async () => {
    const before = await totals();
    const page = await dossier.context.newPage();
    const worker = await controlWorker(dossier, page);
    // Stopped as soon as the page shows its first mark: its report (and so its recording) is under way or about to be.
    await page.goto(new URL('/article.html', dossier.origin).href);
    await page.locator('mark[data-dossier-mark]').first().waitFor();
    await worker.stop();
    // It may be running again already: the page's request woke it.
    await expect.poll(() => worker.wasEver('stopped'), { timeout: 5000 }).toBe(true);
    // The page asks again; the worker wakes and records the page whole.
    await expect.poll(async () => (await totals()).pages, { timeout: 15_000 }).toBe(before.pages + 1);
    const recorded = await totals();
    // A revisit afterwards, with nothing stopped, writes the same page with the same quotes: nothing was half written.
    await visit('/article.html');
    expect(await totals()).toEqual(recorded);
    await worker.detach();
    await page.close();
  });
});
