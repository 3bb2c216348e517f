/**
 * The dossier in real Firefox ESR with the built Firefox add-on: three fixture pages visited in turn
 * are recorded by the background (Firefox's IndexedDB, schema v6), and the page of the sidebar
 * (`sidebar_action`, sidepanel.html; opened in a tab, since a remote client cannot open the sidebar
 * itself) shows the one statement with its three sources, searches it by a German word once its
 * index is there, and takes that index back on a second opening.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxDossier, pollUntil, type FirefoxDossier } from './harness';

let dossier: FirefoxDossier;

beforeAll(async () => {
  dossier = await launchFirefoxDossier();
});

afterAll(async () => {
  await dossier?.close();
});

const FIXTURES = ['/dossier/harbour-post.html', '/dossier/morgenzeitung.html', '/dossier/eastern-ledger.html'];

const text = (page: Page, selector: string) => page.evaluate((s: string) => document.querySelector(s)?.textContent ?? null, selector);

/** Types a query into the search box as a reader would (Preact listens for input events). */
async function search(page: Page, query: string): Promise<void> {
  await page.evaluate((q: string) => {
    const input = document.querySelector<HTMLInputElement>('.dossier-search input[type="search"]')!;
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, query);
}

describe('the dossier in Firefox', () => {
  it('records three pages; the sidebar\'s page shows one statement with three sources, finds it by a German word, and keeps its index', async () => {
    for (const fixture of FIXTURES) {
      const page = await dossier.open(fixture);
      await new Promise((resolve) => setTimeout(resolve, 800));
      await page.close();
    }
    const panel = await dossier.openExtensionPage('sidepanel.html', '#dossier-totals');
    expect(await text(panel, '#dossier-totals')).toMatch(/^3 pages, \d+ quotes/);
    const statement = async () => panel.evaluate(() => [...document.querySelectorAll('#dossier-statements .dossier-statement')]
      .filter((element) => element.textContent?.includes('lethal aid to Moscow'))
      .map((element) => [
        element.querySelector('.dossier-source-count')?.textContent,
        element.querySelector('.dossier-flag-wording')?.textContent,
        element.querySelector('.dossier-flag-attribution')?.textContent,
      ]));
    expect(await pollUntil(statement, [['3 sources', 'Wording differs', 'Attribution differs']], 10_000)).toEqual([['3 sources', 'Wording differs', 'Attribution differs']]);
    // Typed before the index may be there: the page runs it once it is.
    await search(panel, 'Sicherheitsrats');
    expect(await pollUntil(() => text(panel, '.dossier-result-count'), '1 quotes found', 10_000)).toBe('1 quotes found');
    // The index saved by this opening (its marks say how each opening got it). Firefox opens the
    // sidebar itself when the add-on is installed, so an index of the empty record may have been
    // saved before: taken back then, with the three pages' quotes added, and saved again.
    const searchDone = (page: Page) => page.evaluate(() => {
      const mark = performance.getEntriesByName('dossier-search-done')[0] as PerformanceMark | undefined;
      return mark ? (mark.detail as { source: string; saved: boolean }) : null;
    });
    await pollUntil(async () => (await searchDone(panel))?.saved ?? null, true, 10_000);
    expect((await searchDone(panel))?.saved).toBe(true);
    await panel.close();

    const again = await dossier.openExtensionPage('sidepanel.html', '#dossier-totals');
    expect(await pollUntil(() => searchDone(again), { source: 'restored', saved: false }, 10_000)).toEqual({ source: 'restored', saved: false });
    await search(again, 'weissen');
    expect(await pollUntil(() => text(again, '.dossier-result-count'), '1 quotes found', 10_000)).toBe('1 quotes found');
    await again.close();
  });
});
