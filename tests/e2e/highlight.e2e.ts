import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG } from '../../src/catalog/default-catalog';
import { changeSettings, markCounts, waitForScan, type Dossier } from './harness';
import { withDossier } from './suite';

// The worker's extension API, where `worker.evaluate` runs.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

/** Screenshots that check a look but do not illustrate the README. */
const TEST_SHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

let dossier: Dossier;
withDossier((launched) => (dossier = launched));

describe('highlights on a fixture article', () => {
  it('pages load the matcher the background compiled and stored, instead of compiling their own', async () => {
    const enabledDefaults = JSON.stringify(DEFAULT_CATALOG.filter((entity) => entity.enabled !== false));
    await expect.poll(() => dossier.worker.evaluate(async () => (await chrome.storage.local.get('compiledMatcher')).compiledMatcher?.catalogKey ?? null),
      { timeout: 10_000 }).toBe(enabledDefaults);
    const stored = await dossier.worker.evaluate(async () => (await chrome.storage.local.get('compiledMatcher')).compiledMatcher);
    // The proof: a snapshot for the same watchlist that looks for nothing, and a fresh page marks nothing.
    await dossier.worker.evaluate(async (blind) => chrome.storage.local.set({ compiledMatcher: blind }), { ...stored, prefilterSource: null });
    const blindPage = await dossier.open('/article.html');
    expect(await markCounts(blindPage)).toEqual({});
    await blindPage.close();
    await dossier.worker.evaluate(async (original) => chrome.storage.local.set({ compiledMatcher: original }), stored);
    const page = await dossier.open('/article.html');
    expect(await markCounts(page)).toEqual({ xi: 4, putin: 2, kirby: 2, 'twelve-point-paper': 2 });
    await page.close();
  });

  it('marks every mention, one colour and underline per entity, with the right counts', async () => {
    const page = await dossier.open('/article.html');
    expect(await markCounts(page)).toEqual({ xi: 4, putin: 2, kirby: 2, 'twelve-point-paper': 2 });
    const looks = await page.evaluate(() => {
      const styleOf = (id: string) => getComputedStyle(document.querySelector(`mark[data-entity="${id}"]`)!);
      return ['xi', 'putin'].map((id) => {
        const style = styleOf(id);
        return { line: style.textDecorationLine, colour: style.textDecorationColor, padding: style.paddingLeft, border: style.borderLeftWidth };
      });
    });
    for (const look of looks) {
      expect(look.line).toBe('underline');
      // The page styles `mark` with padding and a border, and again with `!important` and a specific
      // selector (tests/fixtures/article.html): none of it may reach a highlight.
      expect(look.padding).toBe('0px');
      expect(look.border).toBe('0px');
    }
    expect(looks[0]!.colour).not.toBe(looks[1]!.colour);
    // One shared style sheet styles them (src/highlight/mark-sheet.ts): no mark carries an inline style.
    expect(await page.locator('mark[data-dossier-mark][style]').count()).toBe(0);
    await page.close();
  });

  it('underlines a name that markup splits ("<b>Xi</b> <i>Jinping</i>") without a gap at the space', async () => {
    const page = await dossier.open('/split-names.html');
    await waitForScan(page);
    const mentions = await page.evaluate(() =>
      [...document.querySelectorAll('p[id]')].map((paragraph) => {
        const marks = [...paragraph.querySelectorAll('mark[data-dossier-mark]')];
        return {
          id: paragraph.id,
          text: marks.map((mark) => mark.textContent).join('|'),
          continued: marks.map((mark) => mark.hasAttribute('data-dossier-continued')),
          // Each mark ends where the next of the same mention starts, on the same line.
          gaps: marks.slice(1).map((mark, i) => {
            const left = marks[i]!.getBoundingClientRect();
            const right = mark.getBoundingClientRect();
            return mark.hasAttribute('data-dossier-continued') ? Math.abs(right.left - left.right) + Math.abs(right.top - left.top) : null;
          }),
        };
      }),
    );
    expect(mentions.map(({ id, text }) => [id, text])).toEqual([
      ['space-in-word-node', 'Xi| Jinping'],
      ['space-in-own-node', 'Xi| |Jinping|Vladimir| |Putin'],
      ['spaces-on-both-sides', 'John | Kirby'],
    ]);
    expect(mentions[1]!.continued).toEqual([false, true, true, false, true, true]);
    for (const mention of mentions) {
      for (const gap of mention.gaps) if (gap !== null) expect(gap).toBeLessThan(0.5);
    }
    await page.screenshot({ path: path.join(TEST_SHOTS, 'split-names.png') });
    await page.close();
  });

  it('leaves the page text exactly as it was', async () => {
    const page = await dossier.context.newPage();
    // Read the text before the content script runs (it waits for document_idle), then after.
    await page.route('**/article.html', (route) => route.continue());
    await page.goto(new URL('/article.html', dossier.origin).href, { waitUntil: 'domcontentloaded' });
    const before = await page.evaluate(() => document.body.innerText);
    await waitForScan(page);
    expect(await page.locator('mark[data-dossier-mark]').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.body.innerText)).toBe(before);
    await page.close();
  });

  it('does not touch a textarea or a contenteditable, and typing there keeps its caret', async () => {
    const page = await dossier.open('/article.html');
    const textarea = page.locator('#comment');
    const notes = page.locator('#notes');
    expect(await textarea.inputValue()).toBe('I think Putin will not listen.');
    expect(await notes.evaluate((el) => el.innerHTML)).toBe('Draft note: Putin and Xi Jinping met again.');

    await textarea.click();
    await textarea.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(7, 7));
    await page.keyboard.type(' Putin');
    await page.waitForTimeout(400);
    expect(await textarea.inputValue()).toBe('I think Putin Putin will not listen.');
    expect(await textarea.evaluate((el: HTMLTextAreaElement) => el.selectionStart)).toBe(13);

    await notes.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Putin said Xi Jinping');
    await page.waitForTimeout(400);
    expect(await notes.evaluate((el) => el.innerHTML)).toBe('Draft note: Putin and Xi Jinping met again. Putin said Xi Jinping');
    const caret = await page.evaluate(() => {
      const selection = getSelection()!;
      return { offset: selection.focusOffset, inNotes: document.getElementById('notes')!.contains(selection.focusNode) };
    });
    expect(caret).toEqual({ offset: 'Draft note: Putin and Xi Jinping met again. Putin said Xi Jinping'.length, inNotes: true });
    expect(await page.locator('#notes mark, #comment mark, code mark').count()).toBe(0);
    await page.close();
  });

  it('marks the new mentions of an infinite-scroll page', async () => {
    const page = await dossier.open('/infinite-scroll.html');
    expect(await markCounts(page)).toEqual({ putin: 1 });
    for (let i = 0; i < 3; i++) {
      await page.mouse.wheel(0, 20_000);
      await page.waitForTimeout(150);
    }
    const batches = await page.evaluate(() => document.querySelectorAll('#feed section').length);
    expect(batches).toBeGreaterThanOrEqual(1);
    await waitForScan(page);
    expect(await markCounts(page)).toEqual({ putin: 1 + batches, xi: batches });
    await page.close();
  });

  it('covers open shadow roots and same-origin frames', async () => {
    const page = await dossier.open('/shadow-and-frames.html');
    expect(await page.locator('news-teaser mark[data-entity="putin"]').count()).toBe(1);
    // The component's own `!important` rule for `mark` inside its shadow root does not reach the highlight.
    const inShadow = await page.evaluate(() => {
      const style = getComputedStyle(document.querySelector('news-teaser')!.shadowRoot!.querySelector('mark[data-dossier-mark]')!);
      return { line: style.textDecorationLine, padding: style.paddingLeft, border: style.borderLeftWidth };
    });
    expect(inShadow).toEqual({ line: 'underline', padding: '0px', border: '0px' });
    expect(await page.locator('news-teaser mark[data-dossier-mark][style]').count()).toBe(0);
    const frame = page.frameLocator('#same-origin');
    await expect.poll(() => frame.locator('mark[data-dossier-mark]').count(), { timeout: 5000 }).toBe(2);
    await page.close();
  });

  it('switching the site off removes every mark at once, switching it on restores them, without a reload', async () => {
    const page = await dossier.open('/article.html');
    const htmlBefore = await page.evaluate(() => document.body.innerHTML);
    expect(await page.locator('mark[data-dossier-mark]').count()).toBe(11);
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => navigations.push(frame.url()));

    await changeSettings(dossier, (settings) => ({ ...settings, sites: [{ host: '127.0.0.1', enabled: false }] }));
    await expect.poll(() => page.locator('mark[data-dossier-mark]').count(), { timeout: 5000 }).toBe(0);

    await changeSettings(dossier, (settings) => ({ ...settings, sites: [] }));
    await expect.poll(() => page.locator('mark[data-dossier-mark]').count(), { timeout: 5000 }).toBe(11);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(htmlBefore);
    expect(navigations).toEqual([]);
    await page.close();
  });

  it('scans nothing on a site that is switched off', async () => {
    await changeSettings(dossier, (settings) => ({ ...settings, sites: [{ host: '127.0.0.1', enabled: false }] }));
    const page = await dossier.open('/article.html');
    expect(await page.locator('mark[data-dossier-mark]').count()).toBe(0);
    await changeSettings(dossier, (settings) => ({ ...settings, sites: [] }));
    await page.close();
  });

  it('reads a single-page app afresh after it changes route', async () => {
    const page = await dossier.open('/spa.html');
    expect(await markCounts(page)).toEqual({ putin: 1 });
    await page.click('#next');
    await expect.poll(() => markCounts(page), { timeout: 5000 }).toEqual({ kirby: 1, xi: 1 });
    const tabId = await dossier.tabIdOf(page);
    // The report follows the new URL once the route change has been picked up.
    await expect.poll(async () => {
      const state = await dossier.worker.evaluate(async (id: number) => chrome.tabs.sendMessage(id, { type: 'get-page-state' }), tabId);
      return (state as { report?: { url?: string } | null }).report?.url ?? null;
    }, { timeout: 8000, interval: 250 }).toBe(new URL('/spa/kirby-briefing', dossier.origin).href);
    await page.close();
  });

  it('sends no request anywhere but the local fixture server', () => {
    expect(dossier.requests.length).toBeGreaterThan(0);
    expect(dossier.outsideRequests()).toEqual([]);
  });
});
