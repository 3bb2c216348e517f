import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import english from '../../public/_locales/en/messages.json';
import { markCounts, type Dossier } from './harness';
import { withDossier } from './suite';

// The worker's extension API, where `worker.evaluate` runs.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

// What a test saw, for review: an ignored folder (README screenshots come only from `npm run demo -- --headless --screenshots docs/screenshots`).
const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
let dossier: Dossier;
withDossier((launched) => (dossier = launched));

async function pageState(page: Page): Promise<{ status?: string; markCount?: number } | null> {
  const tabId = await dossier.tabIdOf(page);
  const state = await dossier.worker.evaluate(async (id: number) => chrome.tabs.sendMessage(id, { type: 'get-page-state' }), tabId);
  return state as { status?: string; markCount?: number } | null;
}

async function pageStatus(page: Page): Promise<string | null> {
  return (await pageState(page))?.status ?? null;
}

/** The popup as the toolbar button opens it for `page`'s tab. */
async function openPopupFor(page: Page): Promise<Page> {
  const tabId = await dossier.tabIdOf(page);
  const popup = await dossier.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${dossier.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/** The popup's over-budget notice: shown once, as a status, in the catalogue's words. */
async function expectOverBudgetNotice(popup: Page): Promise<void> {
  const notice = popup.locator('[data-state="over-budget"]');
  await expect.poll(() => notice.count(), { timeout: 10_000 }).toBe(1);
  expect(await notice.isVisible()).toBe(true);
  expect(await notice.getAttribute('role')).toBe('status');
  expect(await notice.textContent()).toBe(english.stateOverBudget.message);
  // Neither "scanning" nor "loading" is left beside it.
  expect(await popup.locator('[data-state="scanning"], [data-state="loading"]').count()).toBe(0);
}

/** How long the page's main thread takes to answer: a frozen tab would not answer at all. */
async function responsiveness(page: Page): Promise<number> {
  const started = Date.now();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  return Date.now() - started;
}

/** The page that appends without end, once Dossier has stopped following it. */
async function openEndlessPageOverBudget(): Promise<Page> {
  const page = await dossier.context.newPage();
  await page.goto(new URL('/endless-mutations.html', dossier.origin).href);
  await expect.poll(() => pageStatus(page).catch(() => null), { timeout: 60_000, interval: 500 }).toBe('over-budget');
  return page;
}

describe('pages beyond the work budget', () => {
  it('stops scanning a page with a million text nodes and says so, without freezing it', async () => {
    const page = await dossier.context.newPage();
    // Building a million nodes keeps the page itself busy for a while; don't wait for its load event.
    await page.goto(new URL('/million-nodes.html', dossier.origin).href, { waitUntil: 'commit' });
    await expect.poll(() => pageStatus(page).catch(() => null), { timeout: 90_000, interval: 1000 }).toBe('over-budget');
    expect(await page.locator('mark[data-dossier-mark]').count()).toBe(0);
    expect(await responsiveness(page)).toBeLessThan(1000);

    const popup = await openPopupFor(page);
    await expectOverBudgetNotice(popup);
    await popup.screenshot({ path: path.join(SCREENSHOTS, 'popup-over-budget-million-nodes.png'), fullPage: true });
    await popup.close();
    await page.close();
  }, 120_000);

  it('stops following a page that mutates without end, and keeps what it marked', async () => {
    const page = await openEndlessPageOverBudget();
    // An update already under way when the budget ran out may still finish: wait for the count to settle.
    let foundThen = -1;
    await expect.poll(async () => {
      const previous = foundThen;
      await page.waitForTimeout(300);
      foundThen = (await pageState(page))?.markCount ?? 0;
      return foundThen === previous;
    }, { timeout: 10_000 }).toBe(true);
    expect(foundThen).toBeGreaterThan(0);
    expect(await page.locator('mark[data-dossier-mark]').count()).toBeGreaterThan(0);
    const paragraphsThen = await page.locator('#feed p').count();
    await page.waitForTimeout(1000);
    // The page keeps growing; Dossier has stopped following it: it finds nothing more, and what the
    // page added since holds no mark. (Past 1,000 mentions, marks of what was found before the stop
    // may still be placed as they come into view: never more than were found.)
    expect(await page.locator('#feed p').count()).toBeGreaterThan(paragraphsThen);
    expect((await pageState(page))?.markCount).toBe(foundThen);
    // Each mention here is one mark (no markup splits a name).
    expect(await page.locator('mark[data-dossier-mark]').count()).toBeLessThanOrEqual(foundThen);
    expect(await page.locator(`#feed p:nth-child(n+${paragraphsThen + 1}) mark[data-dossier-mark]`).count()).toBe(0);
    expect(await responsiveness(page)).toBeLessThan(1000);
    await page.close();
  }, 120_000);

  it('the popup for a tab over the budget says so, and still lists what was found before the stop', async () => {
    const page = await openEndlessPageOverBudget();
    const marked = await markCounts(page);
    expect(Object.keys(marked).sort()).toEqual(['putin', 'xi']);

    const popup = await openPopupFor(page);
    await expectOverBudgetNotice(popup);
    // Results are still shown under the notice, for the entities the page has marks of. Their counts
    // come from the popup's analysis, which reads the page as it is when analysed: on a page that
    // never stops growing that is later than the scan's stop, so they are not compared with the marks.
    await expect.poll(() => popup.locator('.entity-item').count(), { timeout: 10_000 }).toBe(2);
    const shown: Record<string, number> = {};
    for (const item of await popup.locator('.entity-item').all()) {
      shown[(await item.getAttribute('data-entity'))!] = Number((await item.locator('.entity-count').textContent())!.replace(/\D/g, ''));
    }
    console.log(`over budget: marks ${JSON.stringify(marked)}, popup counts ${JSON.stringify(shown)}`);
    expect(Object.keys(shown).sort()).toEqual(Object.keys(marked).sort());
    for (const id of Object.keys(marked)) expect(shown[id], id).toBeGreaterThan(0);
    await popup.screenshot({ path: path.join(SCREENSHOTS, 'popup-over-budget.png'), fullPage: true });
    await popup.close();
    await page.close();
  }, 120_000);
});
