import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchDossier, type Dossier } from './harness';

// The worker's extension API, where `worker.evaluate` runs.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

let dossier: Dossier;

beforeAll(async () => {
  dossier = await launchDossier();
});

afterAll(async () => {
  await dossier?.close();
});

async function pageStatus(page: Page): Promise<string | null> {
  const tabId = await dossier.tabIdOf(page);
  const state = await dossier.worker.evaluate(async (id: number) => chrome.tabs.sendMessage(id, { type: 'get-page-state' }), tabId);
  return (state as { status?: string } | null)?.status ?? null;
}

/** How long the page's main thread takes to answer: a frozen tab would not answer at all. */
async function responsiveness(page: Page): Promise<number> {
  const started = Date.now();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  return Date.now() - started;
}

describe('pages beyond the work budget', () => {
  it('stops scanning a page with a million text nodes and says so, without freezing it', async () => {
    const page = await dossier.context.newPage();
    // Building a million nodes keeps the page itself busy for a while; don't wait for its load event.
    await page.goto(new URL('/million-nodes.html', dossier.origin).href, { waitUntil: 'commit' });
    await expect.poll(() => pageStatus(page).catch(() => null), { timeout: 90_000, interval: 1000 }).toBe('over-budget');
    expect(await page.locator('mark[data-dossier-mark]').count()).toBe(0);
    expect(await responsiveness(page)).toBeLessThan(1000);
    await page.close();
  }, 120_000);

  it('stops following a page that mutates without end, and keeps what it marked', async () => {
    const page = await dossier.context.newPage();
    await page.goto(new URL('/endless-mutations.html', dossier.origin).href);
    await expect.poll(() => pageStatus(page).catch(() => null), { timeout: 60_000, interval: 500 }).toBe('over-budget');
    const marksThen = await page.locator('mark[data-dossier-mark]').count();
    expect(marksThen).toBeGreaterThan(0);
    await page.waitForTimeout(1000);
    // The page keeps growing, Dossier has stopped following it.
    expect(await page.locator('mark[data-dossier-mark]').count()).toBe(marksThen);
    expect(await responsiveness(page)).toBeLessThan(1000);
    await page.close();
  }, 120_000);
});
