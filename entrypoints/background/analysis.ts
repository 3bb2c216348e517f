/**
 * The background's analysis: the report for what a content script sent, and the article header
 * read by Readability off the page. Keeps nothing between requests — the watchlist comes from
 * storage and the page from the message — so a stopped worker loses nothing.
 */
import { browser } from 'wxt/browser';
import { analyzePage } from '../../src/analysis/analyze-page';
import type { PageText } from '../../src/analysis/page-text';
import type { AnalysisReport, ArticleMetadata } from '../../src/analysis/types';
import { readHeaderFromHtml } from '../../src/article/read-header-from-html';
import { enabledEntities } from '../../src/catalog/entity';
import { isArticleMetadata, type ToOffscreen } from '../../src/messaging/messages';
import { loadWatchlist } from '../../src/settings/settings-store';

export async function reportFor(page: PageText): Promise<AnalysisReport> {
  const catalog = enabledEntities(await loadWatchlist());
  return analyzePage(page, catalog);
}

const OFFSCREEN_PATH = '/offscreen.html';

/** Firefox's background page parses HTML itself; Chrome's worker has no DOM and asks its offscreen document. */
export async function headerFor(html: string, url: string): Promise<ArticleMetadata | null> {
  if (typeof DOMParser === 'function') return readHeaderFromHtml(new DOMParser(), html, url);
  await ensureOffscreenDocument();
  const message: ToOffscreen = { type: 'offscreen-read-header', html, url };
  const answer: unknown = await browser.runtime.sendMessage(message);
  return isArticleMetadata(answer) ? answer : null;
}

/** The two Chrome APIs used here, which the polyfill's types do not describe. */
interface ChromeOffscreenApi {
  offscreen: { createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void> };
  runtime: { getContexts(filter: { contextTypes: string[] }): Promise<unknown[]> };
}

let creating: Promise<void> | null = null;

/** One offscreen document at most; it may already exist from before the worker was stopped. */
async function ensureOffscreenDocument(): Promise<void> {
  const chromeApi = (globalThis as unknown as { chrome: ChromeOffscreenApi }).chrome;
  const contexts = await chromeApi.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (contexts.length > 0) return;
  creating ??= chromeApi.offscreen
    .createDocument({ url: OFFSCREEN_PATH, reasons: ['DOM_PARSER'], justification: "Read an article's header from its HTML with Readability" })
    .finally(() => {
      creating = null;
    });
  await creating;
}
