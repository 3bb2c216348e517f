/**
 * Export and import of settings and watchlist as one JSON file. Import is all-or-nothing: a file
 * that is not ours, is damaged, or comes from a newer Dossier is refused with the reason, and
 * nothing changes. Errors are codes, not sentences: the UI words them (and will translate them).
 */
import { CatalogError } from '../catalog/catalog-error';
import type { Entity } from '../catalog/entity';
import { parseCatalog } from '../catalog/parse-catalog';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION, WATCHLIST_MIGRATIONS, WATCHLIST_VERSION, migrate } from './migrations';
import type { Settings } from './settings';
import { sortRules } from './site-rules';
import { isRecord, validateSettings } from './validate-settings';

/** Marks a file as a Dossier export; its value is the file format's version. */
const FORMAT_KEY = 'dossierExport';
const FORMAT_VERSION = 1;

export interface ExportFile {
  [FORMAT_KEY]: typeof FORMAT_VERSION;
  exportedAt: string;
  settingsVersion: number;
  watchlistVersion: number;
  settings: Settings;
  /** Named as the catalogue names it, so an export is also a catalogue file for `parseCatalog` and the CLI. */
  entities: Entity[];
}

export function exportToJson(settings: Settings, watchlist: readonly Entity[], now = new Date()): string {
  const file: ExportFile = {
    [FORMAT_KEY]: FORMAT_VERSION,
    exportedAt: now.toISOString(),
    settingsVersion: SETTINGS_VERSION,
    watchlistVersion: WATCHLIST_VERSION,
    settings,
    entities: [...watchlist],
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportProblem =
  | { code: 'not-json' }
  | { code: 'foreign' }
  | { code: 'newer-version' }
  | { code: 'bad-settings'; fields: string[] }
  /** `message` is the catalogue's own: it names the entity and the field. */
  | { code: 'bad-watchlist'; message: string };

/** What a file brings: either part may be absent (a bare entity list brings only a watchlist). */
export interface ImportedData {
  settings: Settings | null;
  watchlist: Entity[] | null;
}

export type ImportResult = { ok: true; data: ImportedData } | { ok: false; problem: ImportProblem };

/** Reads an export file, or a catalogue file (a list of entities, or `{ "entities": [...] }`). */
export function parseImport(text: string): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: 'not-json' } };
  }

  let rawSettings: unknown = null;
  let rawWatchlist: unknown;
  try {
    if (Array.isArray(raw)) {
      rawWatchlist = raw;
    } else if (isRecord(raw) && typeof raw[FORMAT_KEY] === 'number') {
      if ((raw[FORMAT_KEY] as number) > FORMAT_VERSION) return { ok: false, problem: { code: 'newer-version' } };
      rawSettings = raw.settings === undefined ? null : migrate(raw.settings, versionOf(raw.settingsVersion), SETTINGS_VERSION, SETTINGS_MIGRATIONS);
      rawWatchlist = raw.entities === undefined ? null : migrate(raw.entities, versionOf(raw.watchlistVersion), WATCHLIST_VERSION, WATCHLIST_MIGRATIONS);
    } else if (isRecord(raw) && Array.isArray(raw.entities)) {
      rawWatchlist = raw.entities;
    } else {
      return { ok: false, problem: { code: 'foreign' } };
    }
  } catch {
    return { ok: false, problem: { code: 'newer-version' } };
  }

  let settings: Settings | null = null;
  if (rawSettings !== null) {
    const validated = validateSettings(rawSettings);
    if (validated.repaired.length > 0) return { ok: false, problem: { code: 'bad-settings', fields: validated.repaired } };
    settings = validated.value;
  }

  let watchlist: Entity[] | null = null;
  if (rawWatchlist !== null) {
    if (!Array.isArray(rawWatchlist)) return { ok: false, problem: { code: 'foreign' } };
    try {
      watchlist = [...parseCatalog(rawWatchlist)];
    } catch (error) {
      if (!(error instanceof CatalogError)) throw error;
      return { ok: false, problem: { code: 'bad-watchlist', message: error.message } };
    }
  }

  if (settings === null && watchlist === null) return { ok: false, problem: { code: 'foreign' } };
  return { ok: true, data: { settings, watchlist } };
}

export type ImportMode = 'merge' | 'replace';

/**
 * The state after importing. `replace` takes what the file brings as it is; `merge` keeps what the
 * user has and adds the file's: an entity with the same id, or a rule for the same host, is the
 * file's version; preferences (pause, delay, style, badge, recording, retention) are the file's; the
 * "never record" hosts of both are kept (merging never starts recording a site the user excluded).
 */
export function applyImport(
  current: { settings: Settings; watchlist: readonly Entity[] },
  imported: ImportedData,
  mode: ImportMode,
): { settings: Settings; watchlist: Entity[] } {
  if (mode === 'replace') {
    return { settings: imported.settings ?? current.settings, watchlist: imported.watchlist ?? [...current.watchlist] };
  }
  const watchlist = [...current.watchlist];
  for (const entity of imported.watchlist ?? []) {
    const index = watchlist.findIndex((other) => other.id === entity.id);
    if (index === -1) watchlist.push(entity);
    else watchlist[index] = entity;
  }
  let settings = current.settings;
  if (imported.settings !== null) {
    const importedHosts = new Set(imported.settings.sites.map((rule) => rule.host));
    settings = {
      ...imported.settings,
      sites: sortRules([...current.settings.sites.filter((rule) => !importedHosts.has(rule.host)), ...imported.settings.sites]),
      neverRecordHosts: [...new Set([...current.settings.neverRecordHosts, ...imported.settings.neverRecordHosts])].sort(),
    };
  }
  return { settings, watchlist };
}

function versionOf(value: unknown): number {
  return typeof value === 'number' ? value : 1;
}
