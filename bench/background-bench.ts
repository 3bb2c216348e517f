/**
 * What the benchmark runs as the background, bundled as an IIFE and started as a dedicated
 * worker from the page (a thread of its own, as the extension's service worker is): it receives
 * the page's text as the content script sends it, runs the one analysis, and answers with the
 * report and the time the analysis took.
 */
import { analyzePage } from '../src/analysis/analyze-page';
import type { PageText } from '../src/analysis/page-text';
import { DEFAULT_CATALOG } from '../src/catalog/default-catalog';

export interface BackgroundAnswer {
  quotes: number;
  entities: number;
  analysisMs: number;
}

const scope = self as unknown as { onmessage: ((event: MessageEvent<PageText | 'ping'>) => void) | null; postMessage(message: unknown): void };
scope.onmessage = (event) => {
  if (event.data === 'ping') {
    scope.postMessage('pong');
    return;
  }
  const started = performance.now();
  const report = analyzePage(event.data, DEFAULT_CATALOG);
  const analysisMs = performance.now() - started;
  // The report itself crosses back too, as it does to the content script.
  scope.postMessage({ report, answer: { quotes: report.quotes.length, entities: report.entities.length, analysisMs } });
};
