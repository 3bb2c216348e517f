/**
 * Whether a page the background has analysed goes into the dossier. Each rule is a named reason
 * not to record, checked in order; the first that applies decides, so the options page and the
 * tests can say why a page was left out.
 */
import type { AnalysisReport } from '../../analysis/types';
import type { Settings } from '../../settings/settings';
import { findGoverningRule, hostOfUrl, isSiteEnabled } from '../../settings/site-rules';

export interface RecordingContext {
  /** The address the tab showed (the sender's URL). */
  tabUrl: string;
  /** Whether the tab is in a private (incognito) window. */
  incognito: boolean;
  /** Whether the page is the tab's top frame (frames are parts of another page). */
  topFrame: boolean;
  settings: Settings;
  report: AnalysisReport;
}

export type SkipReason = 'private-window' | 'not-top-frame' | 'not-web-page' | 'paused' | 'recording-paused' | 'site-switched-off' | 'never-record' | 'no-watchlist-entity';

export type RecordingDecision = { record: true } | { record: false; reason: SkipReason };

/** The addresses whose site rules apply: the tab's, and the page's own canonical one. */
function urlsOf(context: RecordingContext): string[] {
  return context.report.url && context.report.url !== context.tabUrl ? [context.tabUrl, context.report.url] : [context.tabUrl];
}

function isNeverRecorded(url: string, hosts: readonly string[]): boolean {
  const host = hostOfUrl(url);
  return host !== null && findGoverningRule(host, hosts.map((never) => ({ host: never, enabled: false }))) !== null;
}

const WEB_PAGE = /^https?:\/\//i;

/** In order: privacy first, then the user's switches, then whether there is anything to keep. */
export const SKIP_RULES: readonly { reason: SkipReason; applies: (context: RecordingContext) => boolean }[] = [
  { reason: 'private-window', applies: (context) => context.incognito },
  { reason: 'not-top-frame', applies: (context) => !context.topFrame },
  { reason: 'not-web-page', applies: (context) => !WEB_PAGE.test(context.tabUrl) },
  { reason: 'paused', applies: (context) => context.settings.paused },
  { reason: 'recording-paused', applies: (context) => context.settings.recordingPaused },
  { reason: 'site-switched-off', applies: (context) => urlsOf(context).some((url) => !isSiteEnabled(url, context.settings)) },
  { reason: 'never-record', applies: (context) => urlsOf(context).some((url) => isNeverRecorded(url, context.settings.neverRecordHosts)) },
  { reason: 'no-watchlist-entity', applies: (context) => !context.report.entities.some((entity) => entity.count > 0) },
];

export function recordingDecision(context: RecordingContext): RecordingDecision {
  const skip = SKIP_RULES.find((rule) => rule.applies(context));
  return skip ? { record: false, reason: skip.reason } : { record: true };
}
