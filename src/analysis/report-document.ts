/** The popup's report for a document, as the content script builds it: the analysis and the report, in slices. */
import { SliceClock } from '../live/slice-clock';
import { runStepsInSlices } from '../live/steps';
import { analyzeDocumentInSteps, type AnalyzeOptions } from './analyze-document';
import { toReportSteps } from './to-report';
import type { AnalysisReport } from './types';

/** `pause` hands the thread back to the page whenever `clock`'s slice is used up. */
export async function reportDocumentInSteps(
  doc: Document,
  options: AnalyzeOptions,
  pause: () => Promise<void>,
  clock: SliceClock = new SliceClock(),
): Promise<AnalysisReport> {
  const analysis = await analyzeDocumentInSteps(doc, options, pause, clock);
  return runStepsInSlices(toReportSteps(analysis), clock, pause);
}
