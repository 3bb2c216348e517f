/** The popup's report for a page: the engine's analysis, as the CLI makes it. */
import { analyzeDocument } from '../../src/analysis/analyze-document';
import { toReport } from '../../src/analysis/to-report';
import type { AnalysisReport } from '../../src/analysis/types';
import type { Catalog } from '../../src/catalog/entity';

export function buildReport(doc: Document, catalog: Catalog, url: string): AnalysisReport {
  return toReport(analyzeDocument(doc, { catalog, url }));
}
