/**
 * Versions of the stored and exported shapes, and how to bring an old value up to date.
 * The same functions serve `@wxt-dev/storage` (as `migrations` of the storage items) and import
 * (an exported file carries its version), so an old backup reads like old storage.
 *
 * Settings history:
 *  - v1 (0.1 pre-release): `{ enabled, disabledHosts: string[], hoverDelay, underlineOnly, badge }`.
 *  - v2: per-site rules with a mode, so a site can also be switched *on* ("only on" mode, or a
 *        subdomain on inside a switched-off domain); `paused` replaces `enabled`.
 *  - v3: the dossier's privacy: `recordingPaused`, `neverRecordHosts`, `retentionDays` (recording on,
 *        no hosts excluded, pages kept).
 */
import { isRecord } from './validate-settings';

export const SETTINGS_VERSION = 3;
export const WATCHLIST_VERSION = 1;

export type Migrations = Record<number, (old: unknown) => unknown>;

export const SETTINGS_MIGRATIONS: Migrations = {
  2: (old) => {
    if (!isRecord(old)) return old;
    const disabled = Array.isArray(old.disabledHosts) ? old.disabledHosts : [];
    return {
      paused: old.enabled === false,
      siteMode: 'everywhere-except',
      sites: disabled.filter((host): host is string => typeof host === 'string').map((host) => ({ host, enabled: false })),
      hoverDelayMs: old.hoverDelay,
      highlightStyle: old.underlineOnly === true ? 'underline' : 'background-underline',
      showBadge: old.badge,
    };
  },
  3: (old) => {
    if (!isRecord(old)) return old;
    return { ...old, recordingPaused: false, neverRecordHosts: [], retentionDays: null };
  },
};

export const WATCHLIST_MIGRATIONS: Migrations = {};

/**
 * `value` brought from version `from` to `to`. Throws for a version newer than this build knows:
 * guessing at a future shape could silently drop what the user saved with it.
 */
export function migrate(value: unknown, from: number, to: number, migrations: Migrations): unknown {
  if (!Number.isInteger(from) || from < 1) throw new RangeError(`Unknown version ${String(from)}`);
  if (from > to) throw new RangeError(`Version ${from} is newer than this version of Dossier understands (${to})`);
  let current = value;
  for (let version = from + 1; version <= to; version += 1) {
    const step = migrations[version];
    if (step) current = step(current);
  }
  return current;
}
