import { describe, expect, it } from 'vitest';
import { applyImport, exportToJson, parseImport } from '../../../src/settings/import-export';
import { defaultSettings } from '../../../src/settings/settings';
import { makeEntity } from './entities';

const settings = { ...defaultSettings(), hoverDelayMs: 450, sites: [{ host: 'example.com', enabled: false }] };
const watchlist = [makeEntity('putin'), makeEntity('xi')];

describe('export then import', () => {
  it('round-trips settings and watchlist', () => {
    const result = parseImport(exportToJson(settings, watchlist));
    expect(result).toEqual({ ok: true, data: { settings, watchlist } });
  });

  it('accepts a bare list of entities, the catalogue format', () => {
    const result = parseImport(JSON.stringify(watchlist));
    expect(result).toEqual({ ok: true, data: { settings: null, watchlist } });
  });

  it('reads a file exported by the pre-release (settings v1) through the migrations', () => {
    const old = { dossierExport: 1, settingsVersion: 1, settings: { enabled: true, disabledHosts: ['spiegel.de'], hoverDelay: 200, underlineOnly: true, badge: false } };
    const result = parseImport(JSON.stringify(old));
    expect(result.ok && result.data.settings).toEqual({
      paused: false,
      siteMode: 'everywhere-except',
      sites: [{ host: 'spiegel.de', enabled: false }],
      hoverDelayMs: 200,
      highlightStyle: 'underline',
      showBadge: false,
      recordingPaused: false,
      neverRecordHosts: [],
      retentionDays: null,
    });
  });
});

describe('refused files', () => {
  const cases: [string, string, string][] = [
    ['broken JSON', '{"dossierExport": 1, "watchlist": [', 'not-json'],
    ['an empty file', '', 'not-json'],
    ['someone else’s settings', JSON.stringify({ theme: 'dark', fontSize: 14 }), 'foreign'],
    ['a JSON string', '"hello"', 'foreign'],
    ['a newer file format', JSON.stringify({ dossierExport: 99, watchlist: [] }), 'newer-version'],
    ['newer settings', JSON.stringify({ dossierExport: 1, settingsVersion: 99, settings: {} }), 'newer-version'],
    ['damaged settings', JSON.stringify({ dossierExport: 1, settingsVersion: 2, settings: { paused: 'no' } }), 'bad-settings'],
    ['a watchlist that is not a list', JSON.stringify({ dossierExport: 1, entities: { putin: {} } }), 'foreign'],
    ['an entity without aliases', JSON.stringify([makeEntity('a'), { id: 'b', label: 'B', kind: 'person' }]), 'bad-watchlist'],
    ['two entities with one id', JSON.stringify([makeEntity('a'), makeEntity('a')]), 'bad-watchlist'],
    ['an entity with an empty alias', JSON.stringify([makeEntity('a', { aliases: ['  '] })]), 'bad-watchlist'],
    ['a file with neither part', JSON.stringify({ dossierExport: 1 }), 'foreign'],
  ];
  for (const [name, text, code] of cases) {
    it(`refuses ${name}`, () => {
      const result = parseImport(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problem.code).toBe(code);
    });
  }

  it('says which entity is damaged, in the catalogue’s words', () => {
    const result = parseImport(JSON.stringify([makeEntity('a'), { id: 'b', label: 'B', kind: 'alien', aliases: ['B'] }]));
    expect(result.ok).toBe(false);
    if (!result.ok && result.problem.code === 'bad-watchlist') expect(result.problem.message).toMatch(/entity 2 \("b"\).*kind/);
    else expect.unreachable();
  });

  it('reads an export as a catalogue file too', () => {
    const file = JSON.parse(exportToJson(settings, watchlist)) as unknown;
    expect(parseImport(JSON.stringify({ entities: (file as { entities: unknown }).entities }))).toEqual({ ok: true, data: { settings: null, watchlist } });
  });
});

describe('applyImport', () => {
  const current = { settings, watchlist };

  it('replace takes the file as it is, and keeps what the file does not bring', () => {
    const imported = { settings: null, watchlist: [makeEntity('kirby')] };
    expect(applyImport(current, imported, 'replace')).toEqual({ settings, watchlist: [makeEntity('kirby')] });
  });

  it('merge adds new entities, takes the file’s version of known ones, and unions site rules', () => {
    const changedXi = makeEntity('xi', { role: 'updated' });
    const importedSettings = { ...defaultSettings(), showBadge: false, sites: [{ host: 'taz.de', enabled: false }] };
    const result = applyImport(current, { settings: importedSettings, watchlist: [changedXi, makeEntity('kirby')] }, 'merge');
    expect(result.watchlist).toEqual([makeEntity('putin'), changedXi, makeEntity('kirby')]);
    expect(result.settings.showBadge).toBe(false);
    expect(result.settings.sites).toEqual([{ host: 'example.com', enabled: false }, { host: 'taz.de', enabled: false }]);
  });

  it('never changes what it was given', () => {
    const before = JSON.stringify(current);
    applyImport(current, { settings: null, watchlist: [makeEntity('kirby')] }, 'merge');
    expect(JSON.stringify(current)).toBe(before);
  });
});
