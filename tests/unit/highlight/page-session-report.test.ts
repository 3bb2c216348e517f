import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnalysisReport } from '../../../src/analysis/types';
import { DEFAULT_CATALOG } from '../../../src/catalog/default-catalog';
import type { Catalog } from '../../../src/catalog/entity';
import { PageSession, type ReportOptions } from '../../../src/highlight/page-session';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { buildReport } from '../../../entrypoints/content/build-report';
import { documentForMarkJs } from './dom-for-mark-js';

/** A page with marks whose byline only Readability finds: no author in its metadata. */
const PAGE = `<html lang="en"><head><title>Xi ends Moscow visit</title></head><body><article>
  <h1>Xi ends Moscow visit</h1>
  <p class="byline">By Jane Roe</p>
  ${Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i}: Xi Jinping and Vladimir Putin met again on Tuesday, and the two leaders spoke for several hours about trade, energy and the war in Ukraine, aides said afterwards.</p>`).join('\n')}
</article></body></html>`;

let session: PageSession | null = null;
afterEach(() => {
  session?.destroy();
  vi.unstubAllGlobals();
});

/** A session on PAGE, scanned, with the report it built on its own after the scan. */
async function scannedSession(page = PAGE) {
  const doc = documentForMarkJs(page);
  // The session watches the page for changes: linkedom's observer, where the browser has its own.
  vi.stubGlobal('MutationObserver', (doc.defaultView as unknown as { MutationObserver: typeof MutationObserver }).MutationObserver);
  const readabilityFlags: boolean[] = [];
  const reusedScans: boolean[] = [];
  const started = new PageSession({
    doc,
    url: () => 'https://news.example/xi-moscow',
    // The card is never opened here.
    mountCardContainer: () => new Promise<HTMLElement>(() => undefined),
    onStateChange: () => undefined,
    buildReport: (page: Document, catalog: Catalog, url: string, options: ReportOptions): Promise<AnalysisReport> => {
      readabilityFlags.push(options.readability);
      reusedScans.push(options.scanned !== null);
      return buildReport(page, catalog, url, options);
    },
  });
  session = started;
  await started.configure({ active: true, inactiveStatus: 'disabled', catalog: DEFAULT_CATALOG, settings: DEFAULT_SETTINGS });
  await vi.waitFor(() => expect(started.state().report).not.toBeNull(), { timeout: 5000 });
  return { doc, session: started, readabilityFlags, reusedScans };
}

describe('the report of a page with marks', () => {
  it('skips Readability after the scan, and the popup gets the header Readability completes', async () => {
    const { session, readabilityFlags } = await scannedSession();
    // Built on its own after the scan, for the cards: the header from the page's metadata alone.
    expect(readabilityFlags).toEqual([false]);
    expect(session.state().report!.article.byline).toBeNull();
    expect(session.state().report!.quotes.length + session.state().report!.entities.length).toBeGreaterThan(0);

    // The popup asks: it waits while the header is completed, then has the byline.
    expect(session.stateForPopup().report).toBeNull();
    await vi.waitFor(() => expect(session.stateForPopup().report).not.toBeNull(), { timeout: 5000 });
    const report = session.stateForPopup().report!;
    expect(report.article.byline).toMatch(/Jane Roe/);
    // The analysis itself was not run again.
    expect(readabilityFlags).toEqual([false]);
    expect(report.entities.map((entity) => entity.id)).toEqual(session.state().report!.entities.map((entity) => entity.id));
  });

  it('answers the popup at once on a page whose metadata gives byline and excerpt', async () => {
    const declared = PAGE.replace('<title>', '<meta name="author" content="Jane Roe"><meta name="description" content="Xi and Putin meet again."><title>');
    const { session, readabilityFlags } = await scannedSession(declared);
    expect(session.stateForPopup().report?.article.byline).toBe('Jane Roe');
    expect(readabilityFlags).toEqual([false]);
  });

  it('keeps the completed header through the reports of a live page, without Readability again', async () => {
    const { doc, session, readabilityFlags } = await scannedSession();
    session.stateForPopup();
    await vi.waitFor(() => expect(session.stateForPopup().report?.article.byline).toMatch(/Jane Roe/), { timeout: 5000 });
    const added = doc.createElement('p');
    added.textContent = 'Later that day, Putin and his guest signed a statement on energy, officials in Moscow said.';
    doc.querySelector('article')!.append(added);
    await vi.waitFor(() => expect(readabilityFlags).toEqual([false, false]), { timeout: 5000 });
    await vi.waitFor(() => expect(session.stateForPopup().report?.entities.find((entity) => entity.id === 'putin')?.count).toBe(7), { timeout: 5000 });
    expect(session.stateForPopup().report!.article.byline).toMatch(/Jane Roe/);
  });

  it('reuses the text and mentions the scan read, until a live change makes the page read again', async () => {
    const { doc, session, reusedScans } = await scannedSession();
    expect(reusedScans).toEqual([true]);
    const counted = (report: AnalysisReport) => report.entities.reduce((total, entity) => total + entity.count, 0);
    expect(counted(session.state().report!)).toBe(session.highlights!.count);

    const added = doc.createElement('p');
    added.textContent = 'Late in the evening, Putin saw his guest off at the airport, according to officials in Moscow.';
    doc.querySelector('article')!.append(added);
    await vi.waitFor(() => expect(reusedScans).toEqual([true, false]), { timeout: 5000 });
    await vi.waitFor(() => expect(counted(session.state().report!)).toBe(session.highlights!.count), { timeout: 5000 });
  });
});
