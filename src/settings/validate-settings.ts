/**
 * Settings as they come out of storage or a file are untrusted: another version, a sync conflict
 * or a hand-edited export can leave anything there. Each field is checked on its own, so one bad
 * value falls back to its default and the rest of the user's choices survive.
 */
import { normalizeHost, sortRules } from './site-rules';
import {
  DEFAULT_SETTINGS,
  HOVER_DELAY_MAX_MS,
  HOVER_DELAY_MIN_MS,
  RETENTION_MAX_DAYS,
  type HighlightStyle,
  type Settings,
  type SiteMode,
  type SiteRule,
} from './settings';

export interface Validated<T> {
  value: T;
  /** Field names that were missing or invalid and fell back to defaults; empty when all was well. */
  repaired: string[];
}

const SITE_MODES: readonly SiteMode[] = ['everywhere-except', 'only-on'];
const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['background-underline', 'underline'];

export function validateSettings(raw: unknown): Validated<Settings> {
  if (!isRecord(raw)) return { value: { ...DEFAULT_SETTINGS, sites: [], neverRecordHosts: [] }, repaired: raw == null ? [] : ['settings'] };
  const source = raw;
  const repaired: string[] = [];

  // A missing field is a setting the stored version did not have yet: it gets its default quietly.
  function pick<T>(field: keyof Settings, isValid: (value: unknown) => value is T, fallback: T): T {
    const value = source[field];
    if (value === undefined) return fallback;
    if (isValid(value)) return value;
    repaired.push(field);
    return fallback;
  }

  const sites = readSiteRules(source.sites);
  if (sites.repaired) repaired.push('sites');
  const neverRecord = readHosts(source.neverRecordHosts);
  if (neverRecord.repaired) repaired.push('neverRecordHosts');

  return {
    value: {
      paused: pick('paused', isBoolean, DEFAULT_SETTINGS.paused),
      siteMode: pick('siteMode', isOneOf(SITE_MODES), DEFAULT_SETTINGS.siteMode),
      sites: sites.rules,
      hoverDelayMs: pick('hoverDelayMs', isHoverDelay, DEFAULT_SETTINGS.hoverDelayMs),
      highlightStyle: pick('highlightStyle', isOneOf(HIGHLIGHT_STYLES), DEFAULT_SETTINGS.highlightStyle),
      showBadge: pick('showBadge', isBoolean, DEFAULT_SETTINGS.showBadge),
      recordingPaused: pick('recordingPaused', isBoolean, DEFAULT_SETTINGS.recordingPaused),
      neverRecordHosts: neverRecord.hosts,
      retentionDays: pick('retentionDays', isRetention, DEFAULT_SETTINGS.retentionDays),
    },
    repaired,
  };
}

/** Keeps every readable rule; a later rule for the same host wins, as it was written last. */
function readSiteRules(raw: unknown): { rules: SiteRule[]; repaired: boolean } {
  if (raw === undefined) return { rules: [], repaired: false };
  if (!Array.isArray(raw)) return { rules: [], repaired: true };
  const byHost = new Map<string, SiteRule>();
  let repaired = false;
  for (const item of raw) {
    const host = isRecord(item) && typeof item.host === 'string' ? normalizeHost(item.host) : null;
    if (host === null || !isRecord(item) || typeof item.enabled !== 'boolean') {
      repaired = true;
      continue;
    }
    byHost.set(host, { host, enabled: item.enabled });
  }
  return { rules: sortRules([...byHost.values()]), repaired };
}

/** Keeps every host that reads as one, normalised, once each, sorted. */
function readHosts(raw: unknown): { hosts: string[]; repaired: boolean } {
  if (raw === undefined) return { hosts: [], repaired: false };
  if (!Array.isArray(raw)) return { hosts: [], repaired: true };
  const hosts = new Set<string>();
  let repaired = false;
  for (const item of raw) {
    const host = typeof item === 'string' ? normalizeHost(item) : null;
    if (host === null) repaired = true;
    else hosts.add(host);
  }
  return { hosts: [...hosts].sort(), repaired };
}

function isRetention(value: unknown): value is number | null {
  return value === null || (Number.isInteger(value) && (value as number) >= 1 && (value as number) <= RETENTION_MAX_DAYS);
}

function isHoverDelay(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= HOVER_DELAY_MIN_MS && value <= HOVER_DELAY_MAX_MS;
}

function isBoolean(value: unknown): value is boolean {
  return typeof value === 'boolean';
}

function isOneOf<T extends string>(options: readonly T[]) {
  return (value: unknown): value is T => typeof value === 'string' && (options as readonly string[]).includes(value);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
