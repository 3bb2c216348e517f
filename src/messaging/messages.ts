/**
 * Every message between popup, background and content script, named by direction.
 * Each side validates what arrives with the guards below: a message is untrusted input.
 */
import type { AnalysisReport } from '../analysis/types';

/** What the content script in a tab knows about its page. */
export interface PageState {
  /** `disabled`: this site is switched off; `paused`: Dossier is paused everywhere; `over-budget`: page too big or too busy, scan stopped. */
  status: 'scanning' | 'ready' | 'disabled' | 'paused' | 'over-budget';
  report: AnalysisReport | null;
  /** Number of highlight marks on the page (the badge shows it). */
  markCount: number;
  /** The page's address (`location.href`): the popup's site switch needs it even when `report` is null. */
  url?: string;
}

export const PAGE_STATUSES: readonly PageState['status'][] = ['scanning', 'ready', 'disabled', 'paused', 'over-budget'];

/** Popup or background → content script. */
export type ToContentScript =
  | { type: 'get-page-state' }
  | { type: 'scroll-to-mention'; entityId: string; index: number }
  | { type: 'next-mention' };

/** Content script → background. */
export type ToBackground = { type: 'page-state-changed'; state: PageState };

const CONTENT_TYPES = new Set(['get-page-state', 'scroll-to-mention', 'next-mention']);

export function isToContentScript(message: unknown): message is ToContentScript {
  if (!isRecord(message) || typeof message.type !== 'string' || !CONTENT_TYPES.has(message.type)) return false;
  if (message.type === 'scroll-to-mention') {
    return typeof message.entityId === 'string' && Number.isInteger(message.index) && (message.index as number) >= 0;
  }
  return true;
}

export function isToBackground(message: unknown): message is ToBackground {
  return isRecord(message) && message.type === 'page-state-changed' && isPageState(message.state);
}

/** A content script's answer to `get-page-state`, checked before the popup renders it. */
export function isPageState(value: unknown): value is PageState {
  return isRecord(value)
    && typeof value.status === 'string' && (PAGE_STATUSES as readonly string[]).includes(value.status)
    && Number.isInteger(value.markCount) && (value.markCount as number) >= 0
    && (value.url === undefined || typeof value.url === 'string')
    && (value.report === null || isReportShape(value.report));
}

/** The parts of a report the popup reads without further checks. */
function isReportShape(value: unknown): boolean {
  return isRecord(value) && isRecord(value.article) && Array.isArray(value.summary)
    && Array.isArray(value.entities) && Array.isArray(value.quotes) && typeof value.readingMinutes === 'number';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
