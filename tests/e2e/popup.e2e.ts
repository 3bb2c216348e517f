/**
 * The popup against a real tab: opened as an extension page with `?tabId=`, it must show what the
 * content script found there, and its site switch must act on that tab.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { markCounts, type Dossier } from './harness';
import { withDossier } from './suite';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

// What a test saw, for review: an ignored folder (README screenshots come only from `npm run demo -- --headless --screenshots docs/screenshots`).
const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
let dossier: Dossier;
withDossier((launched) => (dossier = launched));

async function openPopup(tabId: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const popup = await dossier.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.emulateMedia({ colorScheme });
  await popup.goto(`chrome-extension://${dossier.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

const badgeOf = (tabId: number) => dossier.worker.evaluate(async (id: number) => chrome.action.getBadgeText({ tabId: id }) as Promise<string>, tabId);
const markTotal = (page: Page) => page.locator('mark[data-dossier-mark]:not([data-dossier-continued])').count();

describe('popup for a fixture article', () => {
  it('shows the article header, counts, summary and quotes the page has', async () => {
    const page = await dossier.open('/article.html');
    const counts = await markCounts(page);
    const tabId = await dossier.tabIdOf(page);
    const popup = await openPopup(tabId);

    await expect.poll(() => popup.locator('h1').textContent()).toContain('Beijing and Moscow close ranks');
    const details = await popup.locator('.article-details').textContent();
    expect(details).toContain('Dossier Fixtures');
    expect(details).toMatch(/2023/);
    expect(details).toMatch(/min read/);

    const shown: Record<string, number> = {};
    for (const item of await popup.locator('.entity-item').all()) {
      const id = (await item.getAttribute('data-entity'))!;
      shown[id] = Number((await item.locator('.entity-count').textContent())!.replace(/\D/g, ''));
    }
    expect(shown).toEqual(counts);

    expect(await popup.locator('.summary-list li').count()).toBeGreaterThanOrEqual(1);
    const kirby = popup.locator('.speaker-group', { hasText: 'John Kirby' });
    expect(await kirby.locator('.quote-text').first().textContent()).toContain('Any ceasefire now would simply freeze Russian gains in place');

    await popup.screenshot({ path: path.join(SCREENSHOTS, 'popup.png'), fullPage: true });
    const dark = await openPopup(tabId, 'dark');
    await dark.locator('h1').waitFor();
    await dark.screenshot({ path: path.join(SCREENSHOTS, 'popup-dark.png'), fullPage: true });
    await dark.close();
    await popup.close();
    await page.close();
  });

  it('analyses a page without any mention when the popup asks, and shows its quotes', async () => {
    const page = await dossier.open('/no-mentions.html');
    expect(await markCounts(page)).toEqual({});
    const popup = await openPopup(await dossier.tabIdOf(page));
    await expect.poll(() => popup.locator('h1').textContent(), { timeout: 10_000 }).toContain('Council approves the new river bridge');
    const mayor = popup.locator('.speaker-group', { hasText: 'Anna Berg' });
    expect(await mayor.locator('.quote-text').first().textContent()).toContain('The bridge will finally join the two halves of the old town');
    await popup.close();
    await page.close();
  });

  it('the badge shows the number of marks in the tab', async () => {
    const page = await dossier.open('/article.html');
    const tabId = await dossier.tabIdOf(page);
    const total = await markTotal(page);
    expect(total).toBeGreaterThan(0);
    await expect.poll(() => badgeOf(tabId)).toBe(String(total));
    await page.close();
  });

  it('the site switch removes the marks in that tab, and brings them back', async () => {
    const page = await dossier.open('/article.html');
    const tabId = await dossier.tabIdOf(page);
    const before = await markTotal(page);
    const popup = await openPopup(tabId);
    const host = new URL(dossier.origin).hostname;
    const toggle = popup.getByRole('switch', { name: `Highlight on ${host}` });
    await expect.poll(() => toggle.isChecked()).toBe(true);

    await toggle.click({ force: true });
    await expect.poll(() => markTotal(page)).toBe(0);
    await expect.poll(() => badgeOf(tabId)).toBe('');
    await expect.poll(() => popup.locator('[data-state="disabled"]').count()).toBe(1);

    await popup.getByRole('switch', { name: `Highlight on ${host}` }).click({ force: true });
    await expect.poll(() => markTotal(page)).toBe(before);
    await expect.poll(() => badgeOf(tabId)).toBe(String(before));
    await popup.close();
    await page.close();
  });

  it('the global pause removes the marks, and bringing Dossier back restores them', async () => {
    const page = await dossier.open('/article.html');
    const tabId = await dossier.tabIdOf(page);
    const before = await markTotal(page);
    const popup = await openPopup(tabId);
    const pause = popup.getByRole('switch', { name: 'Pause everywhere' });
    await pause.click({ force: true });
    await expect.poll(() => markTotal(page)).toBe(0);
    await expect.poll(() => popup.locator('[data-state="paused"]').count()).toBe(1);
    await pause.click({ force: true });
    await expect.poll(() => markTotal(page)).toBe(before);
    await popup.close();
    await page.close();
  });

  it('copies a quote as a Markdown citation', async () => {
    const page = await dossier.open('/article.html');
    const tabId = await dossier.tabIdOf(page);
    // Reading the clipboard back needs a permission Dossier does not ask for; record what is written, then write it for real.
    const popup = await dossier.context.newPage();
    await popup.addInitScript(() => {
      const write = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = (text: string) => {
        (window as unknown as { copied: string }).copied = text;
        return write(text);
      };
    });
    await popup.goto(`chrome-extension://${dossier.extensionId}/popup.html?tabId=${tabId}`);
    const copy = popup.locator('.speaker-group', { hasText: 'John Kirby' }).locator('.quote-item .small-button').first();
    expect(await copy.textContent()).toBe('Copy as citation');
    await copy.click();
    await expect.poll(() => copy.textContent()).toBe('Copied');
    const citation = await popup.evaluate(() => (window as unknown as { copied: string }).copied);
    expect(citation).toContain('> Any ceasefire now would simply freeze Russian gains in place\n>\n> — John Kirby');
    expect(citation).toContain(`(${new URL('/article.html', dossier.origin).href})`);
    expect(citation).toMatch(/Dossier Fixtures, 2023-03-20/);
    await popup.close();
    await page.close();
  });

  it('clicking an entity scrolls its mention into view', async () => {
    const page = await dossier.open('/article.html');
    await page.setViewportSize({ width: 1200, height: 300 });
    const tabId = await dossier.tabIdOf(page);
    const popup = await openPopup(tabId);
    await popup.locator('.entity-item[data-entity="twelve-point-paper"] button').click();
    await expect.poll(() => page.evaluate(() => {
      const mark = document.querySelector('mark[data-entity="twelve-point-paper"]')!.getBoundingClientRect();
      return mark.top >= 0 && mark.bottom <= innerHeight;
    })).toBe(true);
    await popup.close();
    await page.close();
  });

  it('says honestly when the tab is a browser page', async () => {
    const page = await dossier.context.newPage();
    await page.goto('chrome://version/');
    const tabId = await dossier.tabIdOf(page);
    const popup = await openPopup(tabId);
    await expect.poll(() => popup.locator('[data-state^="unreachable-"]').count()).toBe(1);
    await popup.close();
    await page.close();
  });
});
