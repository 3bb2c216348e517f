/**
 * The core of Dossier in real Firefox ESR with the built Firefox add-on: marks and counts on a
 * fixture article, a hover card, the per-site switch acting live, and the popup's report.
 */
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  changeSettings, FIREFOX_SHOTS, launchFirefoxDossier, markCounts, pollUntil, setPopupViewport, shadowRootOf, type FirefoxDossier,
} from './harness';

let dossier: FirefoxDossier;

beforeAll(async () => {
  mkdirSync(FIREFOX_SHOTS, { recursive: true });
  dossier = await launchFirefoxDossier();
});

afterAll(async () => {
  await dossier?.close();
});

const ARTICLE_COUNTS = { xi: 4, putin: 2, kirby: 2, 'twelve-point-paper': 2 };
const markTotal = (page: Page) => page.evaluate(() => document.querySelectorAll('mark[data-dossier-mark]').length);

describe('Firefox: highlights on a fixture article', () => {
  it('marks every mention with the right counts, and leaves the page text as it was', async () => {
    const page = await dossier.open('/article.html');
    expect(await markCounts(page)).toEqual(ARTICLE_COUNTS);
    const look = await page.evaluate(() => {
      const style = getComputedStyle(document.querySelector('mark[data-entity="xi"]')!);
      return { line: style.textDecorationLine, padding: style.paddingLeft, border: style.borderLeftWidth };
    });
    // The fixture styles `mark` insistently (`!important`, a specific selector): none of it reaches a highlight.
    expect(look).toEqual({ line: 'underline', padding: '0px', border: '0px' });
    // Styled by the shared sheet a content script adopts (src/highlight/mark-sheet.ts), not inline,
    // where Firefox lets a content script adopt one (ESR 153 does); where it does not (ESR 140), every
    // mark carries its style inline, as mark-sheet.ts falls back to: never some of each.
    const styling = await page.evaluate(() => ({
      adopted: document.adoptedStyleSheets.length > 0,
      inline: document.querySelectorAll('mark[data-dossier-mark][style]').length,
      marks: document.querySelectorAll('mark[data-dossier-mark]').length,
    }));
    expect(styling.inline).toBe(styling.adopted ? 0 : styling.marks);
    // Marks wrap text, never change it: the body reads as the served file does.
    const texts = await page.evaluate(async () => {
      const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
      return { served: served.body.textContent, shown: document.body.textContent };
    });
    expect(texts.shown).toBe(texts.served);
    expect(await page.$$eval('#notes mark, #comment mark, code mark', (marks) => marks.length)).toBe(0);
    await page.screenshot({ path: path.join(FIREFOX_SHOTS, 'article-marks.png') });
    await page.close();
  });

  it('switching the site off removes every mark live, switching it on restores them, without a reload', async () => {
    const page = await dossier.open('/article.html');
    const htmlBefore = await page.evaluate(() => document.body.innerHTML);
    const before = await markTotal(page);
    expect(before).toBe(11);
    await page.evaluate(() => ((window as unknown as { dossierNoReload: boolean }).dossierNoReload = true));

    await changeSettings(dossier, (settings) => ({ ...settings, sites: [{ host: '127.0.0.1', enabled: false }] }));
    expect(await pollUntil(() => markTotal(page), 0)).toBe(0);
    await page.screenshot({ path: path.join(FIREFOX_SHOTS, 'site-off.png') });

    await changeSettings(dossier, (settings) => ({ ...settings, sites: [] }));
    expect(await pollUntil(() => markTotal(page), before)).toBe(before);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(htmlBefore);
    // The same document all along: a reload would have dropped the flag.
    expect(await page.evaluate(() => (window as unknown as { dossierNoReload?: boolean }).dossierNoReload)).toBe(true);
    await page.close();
  });
});

describe('Firefox: hover card', () => {
  it('opens after a short rest on a mention, in a closed shadow root, with who it is and the counts', async () => {
    const page = await dossier.open('/article.html');
    await page.hover('mark[data-entity="putin"]');
    const cardText = async (selector: string) => {
      const root = await shadowRootOf(page, 'dossier-card');
      return root === null ? null : root.evaluate((r, s) => r.querySelector(`[role="dialog"] ${s}`)?.textContent ?? null, selector);
    };
    expect(await pollUntil(() => cardText('h2'), 'Vladimir Putin', 3000)).toBe('Vladimir Putin');
    // The page itself cannot reach the card.
    expect(await page.evaluate(() => {
      const host = document.querySelector('dossier-card');
      return host === null ? 'no host' : host.shadowRoot;
    })).toBeNull();
    expect(await cardText('.role')).toBe('President of Russia');
    expect(await cardText('.count')).toBe('Mention 1 of 2 on this page');
    expect(await cardText('.notes li')).toBeTruthy();
    await page.screenshot({ path: path.join(FIREFOX_SHOTS, 'hover-card.png') });

    await page.mouse.move(5, 5);
    const open = async () => (await shadowRootOf(page, 'dossier-card'))?.evaluate((r) => r.querySelectorAll('[role="dialog"]').length) ?? 0;
    expect(await pollUntil(open, 0, 3000)).toBe(0);
    await page.close();
  });
});

describe('Firefox: popup', () => {
  const openPopup = (tabId: number) => dossier.openExtensionPage(`popup.html?tabId=${tabId}`, 'h1');

  it("shows the article's header, the same counts as the page, and its quotes", async () => {
    const page = await dossier.open('/article.html');
    const counts = await markCounts(page);
    const popup = await openPopup(await dossier.tabIdOf(page));
    await setPopupViewport(popup);

    expect(await pollUntil(() => popup.$eval('h1', (h) => h.textContent?.includes('Beijing and Moscow close ranks') ?? false), true, 8000)).toBe(true);
    const details = await popup.$eval('.article-details', (el) => el.textContent ?? '');
    expect(details).toContain('Dossier Fixtures');
    expect(details).toMatch(/min read/);
    const shown = await popup.$$eval('.entity-item', (items) => Object.fromEntries(items.map((item) => [
      item.getAttribute('data-entity'), Number((item.querySelector('.entity-count')?.textContent ?? '').replace(/\D/g, '')),
    ])));
    expect(shown).toEqual(counts);
    expect(await popup.$$eval('.summary-list li', (items) => items.length)).toBeGreaterThanOrEqual(1);
    const kirbyQuotes = await popup.$$eval('.speaker-group', (groups) => groups
      .filter((group) => group.textContent?.includes('John Kirby'))
      .flatMap((group) => [...group.querySelectorAll('.quote-text')].map((quote) => quote.textContent ?? '')));
    expect(kirbyQuotes.join('\n')).toContain('Any ceasefire now would simply freeze Russian gains in place');
    await popup.screenshot({ path: path.join(FIREFOX_SHOTS, 'popup.png'), fullPage: true });
    await popup.close();
    await page.close();
  });

  it("the popup's site switch removes the marks in that tab, and brings them back", async () => {
    const page = await dossier.open('/article.html');
    const before = await markTotal(page);
    const popup = await openPopup(await dossier.tabIdOf(page));
    await setPopupViewport(popup);
    const host = new URL(dossier.origin).hostname;
    const disabledNotices = () => popup.$$eval('[data-state="disabled"]', (notices) => notices.length);
    const toggle = '#site-switch';
    expect(await popup.$eval(`label[for="site-switch"]`, (label) => label.textContent)).toBe(`Highlight on ${host}`);
    expect(await popup.$eval(toggle, (el) => el.getAttribute('role'))).toBe('switch');
    const checked = () => popup.$eval(toggle, (el) => (el as HTMLInputElement).checked).catch(() => null);
    expect(await pollUntil(checked, true)).toBe(true);

    await popup.click(toggle);
    expect(await pollUntil(() => markTotal(page), 0)).toBe(0);
    expect(await pollUntil(checked, false)).toBe(false);
    // The popup says the site is off instead of showing the report of marks that are gone.
    expect(await pollUntil(disabledNotices, 1)).toBe(1);
    await popup.screenshot({ path: path.join(FIREFOX_SHOTS, 'popup-site-off.png') });
    await popup.click(toggle);
    expect(await pollUntil(() => markTotal(page), before)).toBe(before);
    expect(await pollUntil(disabledNotices, 0)).toBe(0);
    await popup.close();
    await page.close();
  });
});

describe('Firefox: a page dense with names', () => {
  const marksIn = (page: Page, entry: number) => page.evaluate((id) => document.querySelectorAll(`#entry-${id} mark[data-dossier-mark]`).length, entry);

  it('marks the mentions near the viewport first and the rest as the reader scrolls to them', async () => {
    // 400 entries, 1,200 mentions: past the cap marked at once (src/highlight/lazy-marks.ts).
    const page = await dossier.open('/dense-mentions.html');
    expect(await marksIn(page, 1)).toBe(3);
    expect(await marksIn(page, 250)).toBe(0);
    await page.evaluate(() => document.getElementById('entry-250')!.scrollIntoView({ block: 'center' }));
    expect(await pollUntil(() => marksIn(page, 250), 3)).toBe(3);
    expect(await marksIn(page, 400)).toBe(0);
    await page.close();
  });
});
