/**
 * Every message between popup, background and content script, named by direction.
 * Each side validates what arrives with the guards below: a message is untrusted input.
 */
import { isPageText, type PageText } from '../analysis/page-text';
import type { AnalysisReport, ArticleMetadata } from '../analysis/types';

/** What the content script in a tab knows about its page. */
export interface PageState {
  /** `disabled`: this site is switched off; `paused`: Dossier is paused everywhere; `over-budget`: page too big or too busy, scan stopped. */
  status: 'scanning' | 'ready' | 'disabled' | 'paused' | 'over-budget';
  report: AnalysisReport | null;
  /** Number of highlight marks on the page (the badge shows it). */
  markCount: number;
  /** The page's address (`location.href`): the popup's site switch needs it even when `report` is null. */
  url?: string;
  /** Set when the background could not build the report: the popup stops waiting for it. */
  reportFailed?: boolean;
  /**
   * Set when Readability could not read the article's header off the page: byline and excerpt are
   * what the page's metadata gives, and the popup says so.
   */
  headerIncomplete?: boolean;
}

export const PAGE_STATUSES: readonly PageState['status'][] = ['scanning', 'ready', 'disabled', 'paused', 'over-budget'];

/** Popup or background → content script. */
export type ToContentScript =
  | { type: 'get-page-state' }
  | { type: 'scroll-to-mention'; entityId: string; index: number }
  | { type: 'next-mention' };

/** Content script → background. */
export type ToBackground =
  | { type: 'page-state-changed'; state: PageState }
  /** Answered with the report (AnalysisReport) the background builds from `page`. */
  | { type: 'analyze-page'; page: PageText }
  /** Answered with the header (ArticleMetadata) Readability reads in `html`, or null when it could not. */
  | { type: 'read-header'; html: string; url: string }
  /** Answered with a SpeakerHistoryAnswer (dossier-messages.ts), or null: the speaker's quotes on other pages. */
  | { type: 'speaker-history'; entityId: string; pageUrl: string }
  /** Opens the dossier page at an entity, in a new tab (a web page's card cannot link to an extension page). */
  | { type: 'open-dossier'; entityId: string };

/** Background → its offscreen document (Chrome), where a DOM parser exists. */
export type ToOffscreen = { type: 'offscreen-read-header'; html: string; url: string };

/** The name of the port a popup opens to its tab's content script: page states are pushed through it. */
export const POPUP_PORT = 'dossier-popup';

/** Content script → popup, through the POPUP_PORT: the page's state, each time it changes. */
export type ToPopup = { type: 'page-state'; state: PageState };

const CONTENT_TYPES = new Set(['get-page-state', 'scroll-to-mention', 'next-mention']);

export function isToContentScript(message: unknown): message is ToContentScript {
  if (!isRecord(message) || typeof message.type !== 'string' || !CONTENT_TYPES.has(message.type)) return false;
  if (message.type === 'scroll-to-mention') {
    return typeof message.entityId === 'string' && Number.isInteger(message.index) && (message.index as number) >= 0;
  }
  return true;
}

export function isToBackground(message: unknown): message is ToBackground {
  if (!isRecord(message)) return false;
  switch (message.type) {
    case 'page-state-changed':
      return isPageState(message.state);
    case 'analyze-page':
      return isPageText(message.page);
    case 'read-header':
      return typeof message.html === 'string' && typeof message.url === 'string';
    case 'speaker-history':
      return typeof message.entityId === 'string' && typeof message.pageUrl === 'string';
    case 'open-dossier':
      return typeof message.entityId === 'string';
    default:
      return false;
  }
}

export function isToOffscreen(message: unknown): message is ToOffscreen {
  return isRecord(message) && message.type === 'offscreen-read-header' && typeof message.html === 'string' && typeof message.url === 'string';
}

export function isToPopup(message: unknown): message is ToPopup {
  return isRecord(message) && message.type === 'page-state' && isPageState(message.state);
}

/** A background's answer to `analyze-page`, checked before the cards and the popup use it. */
export function isReport(value: unknown): value is AnalysisReport {
  return isReportShape(value);
}

/** A background's answer to `read-header`. */
export function isArticleMetadata(value: unknown): value is ArticleMetadata {
  return isRecord(value) && ['title', 'byline', 'siteName', 'published', 'lang', 'excerpt']
    .every((key) => value[key] === null || typeof value[key] === 'string');
}

/** A content script's answer to `get-page-state`, checked before the popup renders it. */
export function isPageState(value: unknown): value is PageState {
  return isRecord(value)
    && typeof value.status === 'string' && (PAGE_STATUSES as readonly string[]).includes(value.status)
    && Number.isInteger(value.markCount) && (value.markCount as number) >= 0
    && (value.url === undefined || typeof value.url === 'string')
    && (value.reportFailed === undefined || typeof value.reportFailed === 'boolean')
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
