/** The popup's report for a document, as the content script builds it: the analysis and the report, in slices. */
import { SliceClock } from '../live/slice-clock';
import { runStepsInSlices, type Steps } from '../live/steps';
import { documentAnalysisSteps, type AnalyzeOptions } from './analyze-document';
import { toReportSteps } from './to-report';
import type { AnalysisReport } from './types';

/** `pause` hands the thread back to the page whenever `clock`'s slice is used up. */
export function reportDocumentInSteps(
  doc: Document,
  options: AnalyzeOptions,
  pause: () => Promise<void>,
  clock: SliceClock = new SliceClock(),
): Promise<AnalysisReport> {
  return runStepsInSlices(documentReportSteps(doc, options), clock, pause);
}

function* documentReportSteps(doc: Document, options: AnalyzeOptions): Steps<AnalysisReport> {
  return yield* toReportSteps(yield* documentAnalysisSteps(doc, options));
}
