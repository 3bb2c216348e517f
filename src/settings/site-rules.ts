/**
 * Per-site on/off as pure functions over `Settings`: the content script, the popup switch, the
 * context menu and the keyboard command all ask the same question the same way.
 */
import type { Settings, SiteRule } from './settings';

/**
 * The host a rule is keyed by: lower case, no port, no leading `www.` (users think of
 * www.example.com and example.com as one site). Accepts a bare host or a whole URL, as users paste
 * either; returns null for input that names no host.
 */
export function normalizeHost(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (trimmed === '') return null;
  let host: string;
  try {
    host = new URL(trimmed.includes('://') ? trimmed : `http://${trimmed}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/^www\./, '').replace(/\.$/, '');
  // A host needs at least one character that is not a dot; IPv6 literals keep their brackets.
  if (host === '' || !/[^.]/.test(host)) return null;
  return host;
}

/** The host of a page URL as rules see it; null for pages without one (about:blank, data:, file:). */
export function hostOfUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.hostname === '') return null;
    return normalizeHost(parsed.hostname);
  } catch {
    return null;
  }
}

/** The rule that decides for `host`: the one whose host is `host` itself or its nearest parent domain. */
export function findGoverningRule(host: string, rules: readonly SiteRule[]): SiteRule | null {
  let best: SiteRule | null = null;
  for (const rule of rules) {
    const covers = host === rule.host || host.endsWith(`.${rule.host}`);
    if (covers && (best === null || rule.host.length > best.host.length)) best = rule;
  }
  return best;
}

/**
 * Whether the site rules let Dossier run on `url` (the global pause is separate: see `isActiveOn`).
 * The most specific rule wins, so news.example.com can be on while example.com is off; without a
 * rule the mode decides. Pages without a host follow the mode.
 */
export function isSiteEnabled(url: string, settings: Pick<Settings, 'siteMode' | 'sites'>): boolean {
  const host = hostOfUrl(url);
  const rule = host === null ? null : findGoverningRule(host, settings.sites);
  if (rule !== null) return rule.enabled;
  return settings.siteMode === 'everywhere-except';
}

/** Whether Dossier should scan `url` now: not paused, and the site rules allow it. */
export function isActiveOn(url: string, settings: Settings): boolean {
  return !settings.paused && isSiteEnabled(url, settings);
}

/**
 * Settings with `host` switched on or off. The rule for exactly this host is replaced; when the
 * result would be what the host gets anyway without it, the rule is dropped so the list stays short.
 */
export function setSiteEnabled(settings: Settings, host: string, enabled: boolean): Settings {
  const others = settings.sites.filter((rule) => rule.host !== host);
  const inherited = findGoverningRule(host, others)?.enabled ?? settings.siteMode === 'everywhere-except';
  const sites = inherited === enabled ? others : [...others, { host, enabled }];
  return { ...settings, sites: sortRules(sites) };
}

/** Settings with the site switched to the opposite of what `url` gets now; unchanged when the URL has no host. */
export function toggleSite(settings: Settings, url: string): Settings {
  const host = hostOfUrl(url);
  if (host === null) return settings;
  return setSiteEnabled(settings, host, !isSiteEnabled(url, settings));
}

export function removeSiteRule(settings: Settings, host: string): Settings {
  return { ...settings, sites: settings.sites.filter((rule) => rule.host !== host) };
}

/** Rules by domain, parents before their subdomains, so the sites list reads like a tree. */
export function sortRules(rules: readonly SiteRule[]): SiteRule[] {
  const key = (host: string) => host.split('.').reverse().join('.');
  return [...rules].sort((a, b) => (key(a.host) < key(b.host) ? -1 : key(a.host) > key(b.host) ? 1 : 0));
}
