/**
 * A page dense with names (tests/fixtures/dense-mentions.html: 400 entries, 1,200 mentions, past
 * the cap of mentions marked at once): the marks near the viewport come first, the rest as the
 * reader scrolls, and every count (badge state, popup, card) is of all the mentions found. The
 * card's Previous and the scroll-to-mention command reach mentions that had no mark yet.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchDossier, type Dossier } from './harness';
import { ShadowProbe } from './shadow-probe';

// The worker's extension API, where `worker.evaluate` runs.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

const ENTRIES = 400;
let dossier: Dossier;
let page: Page;
let probe: ShadowProbe;

beforeAll(async () => {
  dossier = await launchDossier();
  page = await dossier.open('/dense-mentions.html');
  probe = await ShadowProbe.attach(page);
});

afterAll(async () => {
  await probe?.detach();
  await dossier?.close();
});

const DIALOG = '[role="dialog"]';
const cardText = (selector: string) => probe.text(`${DIALOG} ${selector}`);
const marksIn = (entry: number) => page.locator(`#entry-${entry} mark[data-dossier-mark]`).count();

/** The entries with marks, and whether every mark lies within `screens` viewport heights of the viewport's top. */
function markedEntries(): Promise<{ entries: number[]; allMarks: number }> {
  return page.evaluate(() => {
    const entries = new Set<number>();
    const marks = document.querySelectorAll('mark[data-dossier-mark]');
    for (const mark of marks) entries.add(Number(mark.closest('p')!.id.replace('entry-', '')));
    return { entries: [...entries].sort((a, b) => a - b), allMarks: marks.length };
  });
}

async function sendToTab(message: object): Promise<unknown> {
  const tabId = await dossier.tabIdOf(page);
  return dossier.worker.evaluate(async ({ id, body }) => chrome.tabs.sendMessage(id, body), { id: tabId, body: message });
}

describe('a page dense with names', () => {
  it('marks the mentions near the viewport first, and counts every mention found', async () => {
    const { entries, allMarks } = await markedEntries();
    console.log(`dense page: ${allMarks} marks after the scan, entries ${entries[0]}–${entries.at(-1)}`);
    expect(entries[0]).toBe(1);
    // A screen above and below the first: some dozens of entries, far from all 400.
    expect(entries.length).toBeGreaterThan(10);
    expect(entries.at(-1)!).toBeLessThan(150);
    expect(await marksIn(ENTRIES)).toBe(0);
    // Whole entries: three marks each.
    expect(allMarks).toBe(entries.length * 3);
    const state = (await sendToTab({ type: 'get-page-state' })) as { status: string; markCount: number };
    expect(state.status).toBe('ready');
    expect(state.markCount).toBe(3 * ENTRIES);
  });

  it('marks the rest as the reader scrolls to it', async () => {
    expect(await marksIn(250)).toBe(0);
    await page.evaluate(() => document.getElementById('entry-250')!.scrollIntoView({ block: 'center' }));
    await expect.poll(() => marksIn(250), { timeout: 5000 }).toBe(3);
    const { entries } = await markedEntries();
    expect(entries).toContain(230);
    expect(entries).not.toContain(ENTRIES);
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  it('the card counts every mention, and its Previous reaches the last one, not yet marked', async () => {
    await page.locator('mark[data-entity="putin"]').first().hover();
    await expect.poll(() => cardText('.count'), { timeout: 3000 }).toBe(`Mention 1 of ${ENTRIES} on this page`);
    expect(await marksIn(ENTRIES)).toBe(0);
    const previous = (await probe.buttonBox(/Previous/))!;
    await page.mouse.move(previous.x + previous.width / 2, previous.y + previous.height / 2, { steps: 4 });
    await page.mouse.click(previous.x + previous.width / 2, previous.y + previous.height / 2);
    await expect.poll(() => cardText('.count'), { timeout: 3000 }).toBe(`Mention ${ENTRIES} of ${ENTRIES} on this page`);
    expect(await marksIn(ENTRIES)).toBe(3);
    expect(await page.locator(`#entry-${ENTRIES} mark[data-entity="putin"]`).isVisible()).toBe(true);
    const inView = await page.evaluate((last) => {
      const box = document.querySelector(`#entry-${last} mark[data-entity="putin"]`)!.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    }, ENTRIES);
    expect(inView).toBe(true);
    await page.keyboard.press('Escape');
  });

  it('scroll-to-mention and next-mention reach mentions far down, with exact counts', async () => {
    await page.mouse.move(5, 5);
    await page.evaluate(() => window.scrollTo(0, 0));
    const shown = () => probe.call((root) => {
      const dialog = root.querySelector('[role="dialog"]');
      return dialog && `${dialog.querySelector('h2')?.textContent}: ${dialog.querySelector('.count')?.textContent}`;
    }, null);
    expect(await marksIn(321)).toBe(0);
    expect(await sendToTab({ type: 'scroll-to-mention', entityId: 'kirby', index: 320 })).toBe(true);
    await expect.poll(shown, { timeout: 3000 }).toBe(`John Kirby: Mention 321 of ${ENTRIES} on this page`);
    expect(await marksIn(321)).toBe(3);
    expect(await sendToTab({ type: 'next-mention' })).toBe(true);
    await expect.poll(shown, { timeout: 3000 }).toBe(`Vladimir Putin: Mention 322 of ${ENTRIES} on this page`);
    await page.keyboard.press('Escape');
  });

  it('the popup counts every mention found', async () => {
    const tabId = await dossier.tabIdOf(page);
    const popup = await dossier.context.newPage();
    await popup.goto(`chrome-extension://${dossier.extensionId}/popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.locator('.entity-item').count(), { timeout: 15_000 }).toBe(3);
    const shown: Record<string, number> = {};
    for (const item of await popup.locator('.entity-item').all()) {
      shown[(await item.getAttribute('data-entity'))!] = Number((await item.locator('.entity-count').textContent())!.replace(/\D/g, ''));
    }
    expect(shown).toEqual({ putin: ENTRIES, xi: ENTRIES, kirby: ENTRIES });
    await popup.close();
  });
});
