import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../src/analysis/analyze-document';
import { reportDocumentInSteps } from '../../../src/analysis/report-document';
import { toReport } from '../../../src/analysis/to-report';
import { SliceClock } from '../../../src/live/slice-clock';
import { DEFAULT_CATALOG } from '../../../src/catalog/default-catalog';
import { loadHtmlPage, loadTextPage } from '../../../src/page/load-page';
import { CORPUS_DIR, SEED_DIR } from '../../support/shared-data';

const PAGES = [
  () => loadTextPage(readFileSync(join(SEED_DIR, '000_28fa4cede3bf2d94.txt'), 'utf8')),
  () => loadHtmlPage(readFileSync(join(CORPUS_DIR, 'guardian-1', 'source.html'), 'utf8')),
  () => loadHtmlPage(readFileSync(new URL('../../fixtures/article.html', import.meta.url), 'utf8')),
];

describe('the report in steps, as the content script builds it', () => {
  it.each(PAGES.map((load, index) => [index, load] as const))('reports page %i exactly as the analysis in one piece', async (_index, load) => {
    const analysis = analyzeDocument(load().document, { catalog: DEFAULT_CATALOG, url: 'https://example.org/a' });
    const whole = toReport(analysis);
    let pauses = 0;
    // Slices of no length: it pauses at every step it offers.
    const stepped = await reportDocumentInSteps(load().document, { catalog: DEFAULT_CATALOG, url: 'https://example.org/a' }, async () => {
      pauses++;
    }, new SliceClock(0));
    expect(stepped).toEqual(whole);
    // At the least after the metadata, after each block's sentences, the mentions and the quotes.
    const blocks = analysis.model.text.split(/\n[ \t\r]*\n/).length;
    expect(pauses).toBeGreaterThanOrEqual(blocks + 2);
  }, 20_000);
});
