import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzePage } from '../../../src/analysis/analyze-page';
import type { PageText } from '../../../src/analysis/page-text';
import type { AnalysisReport } from '../../../src/analysis/types';
import { readHeaderFromHtml } from '../../../src/article/read-header-from-html';
import { DEFAULT_CATALOG } from '../../../src/catalog/default-catalog';
import { enabledEntities } from '../../../src/catalog/entity';
import { PageSession } from '../../../src/content/page-session';
import type { PageState } from '../../../src/messaging/messages';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { documentForMarkJs } from '../highlight/dom-for-mark-js';

/** A page with marks whose byline only Readability finds: no author in its metadata. */
const PAGE = `<html lang="en"><head><title>Xi ends Moscow visit</title></head><body><article>
  <h1>Xi ends Moscow visit</h1>
  <p class="byline">By Jane Roe</p>
  ${Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i}: Xi Jinping and Vladimir Putin met again on Tuesday, and the two leaders spoke for several hours about trade, energy and the war in Ukraine, aides said afterwards.</p>`).join('\n')}
  <p>“We will keep talking about energy and trade for many years,” Putin said.</p>
</article></body></html>`;

/** linkedom's parser stands in for the offscreen document's DOMParser. */
const offscreenParser = { parseFromString: (html: string) => parseHTML(html).document } as unknown as DOMParser;

let session: PageSession | null = null;
afterEach(() => {
  session?.destroy();
  vi.unstubAllGlobals();
});

/**
 * A session on PAGE with a background that runs the real analysis on what the page sends, as
 * structured clones (the message boundary). `stopWorker` makes the next request fail, as a
 * request does when the worker is stopped while it runs.
 */
async function scannedSession(page = PAGE, { headerFails = false } = {}) {
  const doc = documentForMarkJs(page);
  // The session watches the page for changes: linkedom's observer, where the browser has its own.
  vi.stubGlobal('MutationObserver', (doc.defaultView as unknown as { MutationObserver: typeof MutationObserver }).MutationObserver);
  const sent: PageText[] = [];
  const headerRequests: string[] = [];
  const states: PageState[] = [];
  let failNext = 0;
  const started = new PageSession({
    doc,
    url: () => 'https://news.example/xi-moscow',
    // The card is never opened here.
    mountCardContainer: () => new Promise<HTMLElement>(() => undefined),
    onStateChange: (state) => states.push(state),
    analyze: async (text): Promise<AnalysisReport> => {
      const copy = structuredClone(text);
      sent.push(copy);
      if (failNext > 0) {
        failNext--;
        throw new Error('The message port closed before a response was received.');
      }
      return structuredClone(analyzePage(copy, enabledEntities(DEFAULT_CATALOG)));
    },
    readHeader: async (html, url) => {
      headerRequests.push(url);
      // An offscreen document that could not be made, or a page Readability cannot read.
      if (headerFails) return null;
      return readHeaderFromHtml(offscreenParser, html, url);
    },
  });
  session = started;
  await started.configure({ active: true, inactiveStatus: 'disabled', catalog: DEFAULT_CATALOG, settings: DEFAULT_SETTINGS });
  await vi.waitFor(() => expect(started.state().report).not.toBeNull(), { timeout: 5000 });
  return { doc, session: started, sent, headerRequests, states, stopWorker: (times = 1) => (failNext = times) };
}

const counted = (report: AnalysisReport) => report.entities.reduce((total, entity) => total + entity.count, 0);

describe('the page session and the background analysis', () => {
  it("sends the scan's text, mentions, language, URL and header once, and gets back the report the engine builds", async () => {
    const { session, sent } = await scannedSession();
    expect(sent).toHaveLength(1);
    const page = sent[0]!;
    expect(page.url).toBe('https://news.example/xi-moscow');
    expect(page.lang).toBe('en');
    expect(page.text).toContain('Xi Jinping and Vladimir Putin met again');
    // Block boundaries travel in the text as blank lines.
    expect(page.text).toMatch(/afterwards\.\n\nParagraph 1/);
    expect(page.mentions.length).toBe(session.highlights!.count);
    // The page's metadata alone: Readability never ran on the page.
    expect(page.article.byline).toBeNull();
    const report = session.state().report!;
    expect(counted(report)).toBe(session.highlights!.count);
    expect(report.quotes.map((quote) => quote.speakerEntityId)).toContain('putin');
  });

  it('completes the header off the page once the popup opens, and pushes it', async () => {
    const { session, headerRequests, states } = await scannedSession();
    expect(headerRequests).toEqual([]);
    session.popupOpened();
    await vi.waitFor(() => expect(session.state().report!.article.byline).toMatch(/Jane Roe/), { timeout: 5000 });
    expect(headerRequests).toEqual(['https://news.example/xi-moscow']);
    expect(states.at(-1)!.report!.article.byline).toMatch(/Jane Roe/);
  });

  it('tells the popup when Readability could not read the header, and keeps the metadata header', async () => {
    const { session, headerRequests, states } = await scannedSession(PAGE, { headerFails: true });
    expect(session.state().headerIncomplete).toBeUndefined();
    session.popupOpened();
    await vi.waitFor(() => expect(session.state().headerIncomplete).toBe(true), { timeout: 5000 });
    expect(headerRequests).toHaveLength(1);
    expect(states.at(-1)!.headerIncomplete).toBe(true);
    expect(session.state().report!.article.title).toBeTruthy();
    expect(session.state().report!.article.byline).toBeNull();
  });

  it('asks nothing off the page when the metadata gives byline and excerpt', async () => {
    const declared = PAGE.replace('<title>', '<meta name="author" content="Jane Roe"><meta name="description" content="Xi and Putin meet again."><title>');
    const { session, headerRequests } = await scannedSession(declared);
    expect(session.popupOpened().report?.article.byline).toBe('Jane Roe');
    expect(headerRequests).toEqual([]);
  });

  it('sends the page again after a live change settles, keeping the completed header', async () => {
    const { doc, session, sent, headerRequests } = await scannedSession();
    session.popupOpened();
    await vi.waitFor(() => expect(session.state().report!.article.byline).toMatch(/Jane Roe/), { timeout: 5000 });
    const added = doc.createElement('p');
    added.textContent = 'Late in the evening, Putin saw his guest off at the airport, according to officials in Moscow.';
    doc.querySelector('article')!.append(added);
    await vi.waitFor(() => expect(sent).toHaveLength(2), { timeout: 5000 });
    expect(sent[1]!.text).toContain('saw his guest off');
    expect(sent[1]!.article.byline).toMatch(/Jane Roe/);
    await vi.waitFor(() => expect(counted(session.state().report!)).toBe(session.highlights!.count), { timeout: 5000 });
    expect(headerRequests).toHaveLength(1);
  });

  it('loses nothing when the worker is stopped while it builds the report: the request is sent again', async () => {
    const { doc, session, sent, stopWorker } = await scannedSession();
    stopWorker();
    const added = doc.createElement('p');
    added.textContent = 'Putin later told reporters that the talks had gone well for both sides, his office said.';
    doc.querySelector('article')!.append(added);
    await vi.waitFor(() => expect(sent).toHaveLength(3), { timeout: 5000 });
    await vi.waitFor(() => expect(counted(session.state().report!)).toBe(session.highlights!.count), { timeout: 5000 });
    expect(session.state().reportFailed).toBeUndefined();
  });

  it('tells the popup when the background could not build the report', async () => {
    const { doc, session, stopWorker } = await scannedSession();
    stopWorker(2);
    const added = doc.createElement('p');
    added.textContent = 'Putin later told reporters that the talks had gone well for both sides, his office said.';
    doc.querySelector('article')!.append(added);
    await vi.waitFor(() => expect(session.state().reportFailed).toBe(true), { timeout: 5000 });
    // The report built before stays for the cards.
    expect(session.state().report).not.toBeNull();
  });
});
