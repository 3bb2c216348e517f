/**
 * The background's recording of one analysed page: decide, then write the page and its quotes in
 * one transaction (the store's), then prune pages past the retention period. Plain TS over a
 * DossierStore, so Node tests run it on fake-indexeddb exactly as the background does.
 */
import { recordFromReport } from '../record-from-report';
import type { DossierStore, RecordResult } from '../store/dossier-store';
import { recordingDecision, type RecordingContext, type RecordingDecision } from './recording-policy';

export type RecordOutcome = RecordingDecision & { result?: RecordResult; pruned?: number };

export async function recordPage(store: DossierStore, context: RecordingContext, now: number): Promise<RecordOutcome> {
  const decision = recordingDecision(context);
  if (!decision.record) return decision;
  const result = await store.recordVisit(recordFromReport(context.report, context.tabUrl, now));
  const { retentionDays } = context.settings;
  // Pruning reads an index of last visits: a few pages at most to delete after the first time.
  const pruned = retentionDays === null ? 0 : await store.prune(retentionDays, now);
  return { ...decision, result, pruned };
}
