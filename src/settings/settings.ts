/**
 * The user's preferences (everything but the watchlist) and their defaults, in one place.
 * Plain data: stored in sync storage, exported and imported as JSON.
 */

/** `everywhere-except`: on unless a rule switches a site off; `only-on`: off unless a rule switches it on. */
export type SiteMode = 'everywhere-except' | 'only-on';

/** `background-underline`: tinted background plus underline; `underline`: underline only, for busy pages. */
export type HighlightStyle = 'background-underline' | 'underline';

/** One site the user has decided about. `host` covers its subdomains unless a more specific rule exists. */
export interface SiteRule {
  /** Lower-case host name without `www.` and port, e.g. `news.example.com`. */
  host: string;
  enabled: boolean;
}

export interface Settings {
  /** Global pause: Dossier does nothing anywhere while true. */
  paused: boolean;
  siteMode: SiteMode;
  sites: SiteRule[];
  /** How long the pointer rests on a mention before its card opens. */
  hoverDelayMs: number;
  highlightStyle: HighlightStyle;
  /** Whether the toolbar badge shows the page's mark count. */
  showBadge: boolean;
  /** The dossier keeps no new pages while true (highlighting goes on). */
  recordingPaused: boolean;
  /** Hosts the dossier never records, whatever the site switch says (normalised like `SiteRule.host`, subdomains included). */
  neverRecordHosts: string[];
  /** Pages not visited for this many days are pruned from the dossier; null keeps them. */
  retentionDays: number | null;
}

export const HOVER_DELAY_MIN_MS = 0;
export const HOVER_DELAY_MAX_MS = 2000;

/** The retention periods the options page offers; any whole number of days in range is accepted from storage. */
export const RETENTION_CHOICES: readonly number[] = [30, 90, 365];
export const RETENTION_MAX_DAYS = 3650;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  paused: false,
  siteMode: 'everywhere-except',
  sites: [],
  hoverDelayMs: 300,
  highlightStyle: 'background-underline',
  showBadge: true,
  recordingPaused: false,
  neverRecordHosts: [],
  retentionDays: null,
});

/** A fresh, mutable copy of the defaults (the frozen constant must never be handed out). */
export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, sites: [], neverRecordHosts: [] };
}
