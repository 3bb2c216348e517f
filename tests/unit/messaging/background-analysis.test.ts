import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzeDocument, readPageText } from '../../../src/analysis/analyze-document';
import { DEFAULT_CATALOG } from '../../../src/catalog/default-catalog';
import { isToBackground } from '../../../src/messaging/messages';
import { loadHtmlPage } from '../../../src/page/load-page';
import { saveWatchlist } from '../../../src/settings/settings-store';

const ARTICLE = readFileSync(new URL('../../fixtures/article.html', import.meta.url), 'utf8');
const URL_OF_PAGE = 'https://news.example/article';

beforeEach(() => {
  fakeBrowser.reset();
});

/** The background's module as a worker just started has it: nothing kept from before. */
async function freshWorker() {
  vi.resetModules();
  return import('../../../entrypoints/background/analysis');
}

describe("the background's analysis", () => {
  it('builds, from what a page sends, the report the CLI builds from the whole page', async () => {
    const page = readPageText(loadHtmlPage(ARTICLE).document, { catalog: DEFAULT_CATALOG, url: URL_OF_PAGE, article: { maxElementsForReadability: 0 } });
    const message = structuredClone({ type: 'analyze-page', page });
    expect(isToBackground(message)).toBe(true);
    const { reportFor } = await freshWorker();
    const report = await reportFor(message.page);
    const whole = analyzeDocument(loadHtmlPage(ARTICLE).document, { catalog: DEFAULT_CATALOG, url: URL_OF_PAGE, article: { maxElementsForReadability: 0 } });
    expect(report).toEqual(whole);
    expect(report.quotes.length).toBeGreaterThan(0);
  });

  it('keeps nothing between requests: a restarted worker rebuilds the same report, with the watchlist as stored now', async () => {
    const page = readPageText(loadHtmlPage(ARTICLE).document, { catalog: DEFAULT_CATALOG, url: URL_OF_PAGE });
    const first = await (await freshWorker()).reportFor(structuredClone(page));
    const again = await (await freshWorker()).reportFor(structuredClone(page));
    expect(again).toEqual(first);

    // Kirby switched off in the options: the next report, from the same request, leaves him out.
    await saveWatchlist(DEFAULT_CATALOG.map((entity) => (entity.id === 'kirby' ? { ...entity, enabled: false } : entity)));
    const edited = await (await freshWorker()).reportFor(structuredClone(page));
    expect(first.entities.map((entity) => entity.id)).toContain('kirby');
    expect(edited.entities.map((entity) => entity.id)).not.toContain('kirby');
  });

  it('refuses a request that is not a page text', () => {
    expect(isToBackground({ type: 'analyze-page', page: { text: 42 } })).toBe(false);
    expect(isToBackground({ type: 'analyze-page', page: { url: null, text: 'x', mentions: [{ start: 'a' }], lang: null, article: {} } })).toBe(false);
    expect(isToBackground({ type: 'read-header', html: '<p>', url: 7 })).toBe(false);
  });
});
