/** The popup's report for a page: the engine's analysis, as the CLI makes it, in steps that yield to the page. */
import { analyzeDocumentInSteps } from '../../src/analysis/analyze-document';
import { toReport } from '../../src/analysis/to-report';
import type { AnalysisReport } from '../../src/analysis/types';
import type { Catalog } from '../../src/catalog/entity';
import { yieldToPage } from '../../src/live/yield-to-page';

export async function buildReport(doc: Document, catalog: Catalog, url: string): Promise<AnalysisReport> {
  const analysis = await analyzeDocumentInSteps(doc, { catalog, url }, yieldToPage);
  await yieldToPage();
  return toReport(analysis);
}
