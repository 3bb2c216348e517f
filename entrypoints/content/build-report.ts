/** The popup's report for a page: the engine's analysis, as the CLI makes it, in slices that yield to the page. */
import { reportDocumentInSteps } from '../../src/analysis/report-document';
import type { AnalysisReport } from '../../src/analysis/types';
import type { Catalog } from '../../src/catalog/entity';
import { yieldToPage } from '../../src/live/yield-to-page';

export function buildReport(doc: Document, catalog: Catalog, url: string): Promise<AnalysisReport> {
  return reportDocumentInSteps(doc, { catalog, url }, yieldToPage);
}
