import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchDossier, waitForScan, type Dossier } from './harness';
import { ShadowProbe } from './shadow-probe';

// The worker's extension API, where `worker.evaluate` runs.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

// What a test saw, for review: an ignored folder (README screenshots come only from `npm run demo -- --headless --screenshots docs/screenshots`).
const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
let dossier: Dossier;
let page: Page;
/** The card lives in a closed shadow root: Playwright's locators cannot enter it, the probe can. */
let probe: ShadowProbe;

beforeAll(async () => {
  dossier = await launchDossier();
  page = await dossier.open('/article.html');
  probe = await ShadowProbe.attach(page);
});

afterAll(async () => {
  await probe?.detach();
  await dossier?.close();
});

const DIALOG = '[role="dialog"]';
const cardCount = () => probe.count(DIALOG);
const cardText = (selector: string) => probe.text(`${DIALOG} ${selector}`);

async function hoverAway(): Promise<void> {
  await page.mouse.move(5, 5);
}

describe('hover card', () => {
  it('opens after a short rest on a mention, with who it is, notes and counts', async () => {
    const mark = page.locator('mark[data-entity="putin"]').first();
    await mark.hover();
    await page.waitForTimeout(120);
    expect(await cardCount()).toBe(0);
    await expect.poll(cardCount, { timeout: 2000 }).toBe(1);
    // The page itself cannot reach it.
    expect(await probe.mode()).toBe('closed');
    expect(await page.evaluate(() => {
      const host = document.querySelector('dossier-card');
      return host === null ? 'no host' : host.shadowRoot;
    })).toBeNull();

    await expect.poll(() => cardText('h2')).toBe('Vladimir Putin');
    expect(await cardText('.role')).toBe('President of Russia');
    expect(await cardText('.count')).toBe('Mention 1 of 2 on this page');
    expect(await probe.count(`${DIALOG} .notes li`)).toBeGreaterThanOrEqual(1);
    expect(await probe.count(`${DIALOG} .notes li`)).toBeLessThanOrEqual(2);
    expect(await cardText('cite')).toBeTruthy();
    const labelledBy = await probe.attribute(DIALOG, 'aria-labelledby');
    expect(labelledBy).toBeTruthy();
    expect(await probe.text(`#${labelledBy}`)).toBe('Vladimir Putin');
    // What the reader sees of a card the page cannot reach.
    await page.screenshot({ path: path.join(SCREENSHOTS, 'hover-card-closed-root.png') });
  });

  it('never covers the mention it belongs to', async () => {
    const mark = await page.locator('mark[data-entity="putin"]').first().boundingBox();
    const box = await probe.box(DIALOG);
    expect(mark && box).toBeTruthy();
    const overlap = box!.x < mark!.x + mark!.width && mark!.x < box!.x + box!.width
      && box!.y < mark!.y + mark!.height && mark!.y < box!.y + box!.height;
    expect(overlap).toBe(false);
  });

  it('stays while the pointer is on it, and closes a moment after the pointer leaves', async () => {
    const box = (await probe.box(DIALOG))!;
    expect(box.width).toBeGreaterThan(0);
    await page.mouse.move(box.x + box.width / 2, box.y + 10, { steps: 4 });
    await page.waitForTimeout(800);
    expect(await cardCount()).toBe(1);
    await hoverAway();
    await expect.poll(cardCount, { timeout: 2000 }).toBe(0);
  });

  it('moves from mention to mention without waiting, and closes on Escape', async () => {
    // From the second mention up to the first: a card opens below its mention, so the first stays uncovered.
    await page.locator('mark[data-entity="kirby"]').nth(1).hover();
    await expect.poll(() => cardText('.count'), { timeout: 2000 }).toBe('Mention 2 of 2 on this page');
    await page.locator('mark[data-entity="kirby"]').first().hover();
    await page.waitForTimeout(60);
    expect(await cardText('.count')).toBe('Mention 1 of 2 on this page');
    await page.keyboard.press('Escape');
    expect(await cardCount()).toBe(0);
    await hoverAway();
  });

  it('steps to the next mention of the entity with its Next button', async () => {
    await page.locator('mark[data-entity="xi"]').first().hover();
    await expect.poll(() => cardText('.count'), { timeout: 2000 }).toBe('Mention 1 of 4 on this page');
    // A real click at the button's place: the page cannot see into the card, the mouse can.
    const next = (await probe.buttonBox(/Next/))!;
    expect(next.width).toBeGreaterThan(0);
    await page.mouse.move(next.x + next.width / 2, next.y + next.height / 2, { steps: 4 });
    await page.mouse.click(next.x + next.width / 2, next.y + next.height / 2);
    await expect.poll(() => cardText('.count'), { timeout: 2000 }).toBe('Mention 2 of 4 on this page');
    await page.keyboard.press('Escape');
    await hoverAway();
  });

  it('the next-mention command scrolls to the next mention and opens its card with focus', async () => {
    // A fresh page: the walk starts at its first mention.
    await page.reload();
    await waitForScan(page);
    const tabId = await dossier.tabIdOf(page);
    const send = () => dossier.worker.evaluate(async (id: number) => chrome.tabs.sendMessage(id, { type: 'next-mention' }), tabId);
    const shown = () => probe.call((root) => {
      const dialog = root.querySelector('[role="dialog"]');
      return dialog && `${dialog.querySelector('h2')?.textContent}: ${dialog.querySelector('.count')?.textContent}`;
    }, null);
    expect(await send()).toBe(true);
    await expect.poll(shown, { timeout: 2000 }).toBe('Xi Jinping: Mention 1 of 4 on this page');
    expect(await send()).toBe(true);
    await expect.poll(shown, { timeout: 2000 }).toBe('Xi Jinping: Mention 2 of 4 on this page');
    expect(await send()).toBe(true);
    await expect.poll(shown, { timeout: 2000 }).toBe('Vladimir Putin: Mention 1 of 2 on this page');
    const focused = await page.evaluate(() => document.activeElement?.tagName.toLowerCase());
    expect(focused).toBe('dossier-card');
    // Inside the closed root, the dialog itself holds the focus.
    expect(await probe.call((root) => root.activeElement?.getAttribute('role') ?? null, null)).toBe('dialog');
    await page.keyboard.press('Escape');
    expect(await cardCount()).toBe(0);
  });

  it('closes when its mention scrolls out of view', async () => {
    await page.locator('mark[data-entity="putin"]').first().hover();
    await expect.poll(cardCount, { timeout: 2000 }).toBe(1);
    // Room to scroll: the fixture fits the window otherwise.
    await page.evaluate(() => {
      document.body.style.paddingBottom = '3000px';
      window.scrollBy(0, 2000);
    });
    await expect.poll(cardCount, { timeout: 2000 }).toBe(0);
  });
});
