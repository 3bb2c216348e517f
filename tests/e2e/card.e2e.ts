import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchDossier, waitForScan, type Dossier } from './harness';

// The worker's extension API, where `worker.evaluate` runs.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

let dossier: Dossier;
let page: Page;

beforeAll(async () => {
  dossier = await launchDossier();
  page = await dossier.open('/article.html');
});

afterAll(async () => {
  await dossier?.close();
});

const card = () => page.locator('dossier-card [role="dialog"]');

async function hoverAway(): Promise<void> {
  await page.mouse.move(5, 5);
}

describe('hover card', () => {
  it('opens after a short rest on a mention, with who it is, notes and counts', async () => {
    const mark = page.locator('mark[data-entity="putin"]').first();
    await mark.hover();
    await page.waitForTimeout(120);
    expect(await card().count()).toBe(0);
    await expect.poll(() => card().count(), { timeout: 2000 }).toBe(1);

    await expect.poll(() => card().locator('h2').textContent()).toBe('Vladimir Putin');
    expect(await card().locator('.role').textContent()).toBe('President of Russia');
    expect(await card().locator('.count').textContent()).toBe('Mention 1 of 2 on this page');
    expect(await card().locator('.notes li').count()).toBeGreaterThanOrEqual(1);
    expect(await card().locator('.notes li').count()).toBeLessThanOrEqual(2);
    expect(await card().locator('cite').first().textContent()).not.toBe('');
    expect(await card().getAttribute('aria-labelledby')).toBeTruthy();
  });

  it('never covers the mention it belongs to', async () => {
    const mark = await page.locator('mark[data-entity="putin"]').first().boundingBox();
    const box = await card().boundingBox();
    expect(mark && box).toBeTruthy();
    const overlap = box!.x < mark!.x + mark!.width && mark!.x < box!.x + box!.width
      && box!.y < mark!.y + mark!.height && mark!.y < box!.y + box!.height;
    expect(overlap).toBe(false);
  });

  it('stays while the pointer is on it, and closes a moment after the pointer leaves', async () => {
    const box = (await card().boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 10, { steps: 4 });
    await page.waitForTimeout(800);
    expect(await card().count()).toBe(1);
    await hoverAway();
    await expect.poll(() => card().count(), { timeout: 2000 }).toBe(0);
  });

  it('moves from mention to mention without waiting, and closes on Escape', async () => {
    // From the second mention up to the first: a card opens below its mention, so the first stays uncovered.
    await page.locator('mark[data-entity="kirby"]').nth(1).hover();
    await expect.poll(() => card().locator('.count').textContent(), { timeout: 2000 }).toBe('Mention 2 of 2 on this page');
    await page.locator('mark[data-entity="kirby"]').first().hover();
    await page.waitForTimeout(60);
    expect(await card().locator('.count').textContent()).toBe('Mention 1 of 2 on this page');
    await page.keyboard.press('Escape');
    expect(await card().count()).toBe(0);
    await hoverAway();
  });

  it('steps to the next mention of the entity with its Next button', async () => {
    await page.locator('mark[data-entity="xi"]').first().hover();
    await expect.poll(() => card().locator('.count').textContent(), { timeout: 2000 }).toBe('Mention 1 of 4 on this page');
    await card().getByRole('button', { name: /Next/ }).click();
    await expect.poll(() => card().locator('.count').textContent(), { timeout: 2000 }).toBe('Mention 2 of 4 on this page');
    await page.keyboard.press('Escape');
    await hoverAway();
  });

  it('the next-mention command scrolls to the next mention and opens its card with focus', async () => {
    // A fresh page: the walk starts at its first mention.
    await page.reload();
    await waitForScan(page);
    const tabId = await dossier.tabIdOf(page);
    const send = () => dossier.worker.evaluate(async (id: number) => chrome.tabs.sendMessage(id, { type: 'next-mention' }), tabId);
    const shown = () => card().evaluate((el) => `${el.querySelector('h2')?.textContent}: ${el.querySelector('.count')?.textContent}`);
    expect(await send()).toBe(true);
    await expect.poll(shown, { timeout: 2000 }).toBe('Xi Jinping: Mention 1 of 4 on this page');
    expect(await send()).toBe(true);
    await expect.poll(shown, { timeout: 2000 }).toBe('Xi Jinping: Mention 2 of 4 on this page');
    expect(await send()).toBe(true);
    await expect.poll(shown, { timeout: 2000 }).toBe('Vladimir Putin: Mention 1 of 2 on this page');
    const focused = await page.evaluate(() => document.activeElement?.tagName.toLowerCase());
    expect(focused).toBe('dossier-card');
    await page.keyboard.press('Escape');
    expect(await card().count()).toBe(0);
  });

  it('closes when its mention scrolls out of view', async () => {
    await page.locator('mark[data-entity="putin"]').first().hover();
    await expect.poll(() => card().count(), { timeout: 2000 }).toBe(1);
    // Room to scroll: the fixture fits the window otherwise.
    await page.evaluate(() => {
      document.body.style.paddingBottom = '3000px';
      window.scrollBy(0, 2000);
    });
    await expect.poll(() => card().count(), { timeout: 2000 }).toBe(0);
  });
});
