/** The popup's report for a page: the engine's analysis, as the CLI makes it, in slices that yield to the page. */
import { reportDocumentInSteps } from '../../src/analysis/report-document';
import type { AnalysisReport } from '../../src/analysis/types';
import type { Catalog } from '../../src/catalog/entity';
import { yieldToPage } from '../../src/live/yield-to-page';
import type { ReportOptions } from '../../src/highlight/page-session';

/**
 * Without `readability`, the header comes from the page's metadata and markup alone (no long
 * parse); with `scanned`, the text and mentions the scanner read are not read again.
 */
export function buildReport(doc: Document, catalog: Catalog, url: string, options: ReportOptions): Promise<AnalysisReport> {
  const article = options.readability ? {} : { maxElementsForReadability: 0 };
  return reportDocumentInSteps(doc, { catalog, url, article, scanned: options.scanned ?? undefined }, yieldToPage);
}
