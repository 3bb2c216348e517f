import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_CATALOG } from '../../../src/catalog/default-catalog';
import type { Catalog } from '../../../src/catalog/entity';
import { SEED_DIR } from '../../support/shared-data';

/** Our own multilingual lines, for the declined, compound and Chinese forms. */
const OWN_LINES = [
  'Встреча Путина и Си Цзиньпина прошла в Кремле; Путину передали «мирный план» Китая.',
  'Der Putin-Besuch, Staatschef Xi und das Zwölf-Punkte-Papier: Kirbys Kritik blieb scharf.',
  '习近平与普京会晤。柯比表示，中国的立场文件没有新意。',
  'Mr. Putin’s aides said Xi Jinping’s twelve-point paper was read in Moscow. John Kirby disagreed.',
];

/** The seed article and our own lines (the corpus tier compares over all 130 corpus pages too). */
function ownTexts(): string[] {
  return [readFileSync(join(SEED_DIR, '000_28fa4cede3bf2d94.txt'), 'utf8'), ...OWN_LINES];
}

/** A fresh copy of the matcher modules: nothing compiled or cached yet. */
async function freshModules() {
  vi.resetModules();
  return import('../../../src/matching/matcher-snapshot');
}

function copyOf(catalog: Catalog): Catalog {
  return JSON.parse(JSON.stringify(catalog)) as Catalog;
}

describe('matcher snapshots', () => {
  it('give a matcher that finds exactly what a freshly compiled one finds', async () => {
    const writer = await freshModules();
    const stored = JSON.stringify(writer.snapshotMatcher(DEFAULT_CATALOG));
    const { compileMatcher } = await import('../../../src/matching/compile-matcher');
    const compiled = compileMatcher(DEFAULT_CATALOG);

    const reader = await freshModules();
    const loaded = reader.matcherFromSnapshot(copyOf(DEFAULT_CATALOG), JSON.parse(stored));
    expect(loaded).not.toBeNull();
    const entities = new Set<string>();
    let mentions = 0;
    for (const text of ownTexts()) {
      const expected = compiled.findMentions(text);
      mentions += expected.length;
      for (const mention of expected) entities.add(mention.entityId);
      expect(loaded!.findMentions(text)).toEqual(expected);
    }
    // The comparison means something only if the texts name the whole watchlist, often.
    expect(entities).toEqual(new Set(DEFAULT_CATALOG.map((entity) => entity.id)));
    expect(mentions).toBeGreaterThan(25);
  });

  it('read their tables only where the prefilter finds something that may start a phrase', async () => {
    const writer = await freshModules();
    const snapshot = JSON.parse(JSON.stringify(writer.snapshotMatcher(DEFAULT_CATALOG)));
    // The prefilter finds "xi" inside "maximum" and "taxis": no phrase of the watchlist starts inside such a word.
    expect(snapshot.inWordStarts).toContain('习');
    expect(snapshot.inWordStarts).not.toContain('x');
    const reader = await freshModules();
    const loaded = reader.matcherFromSnapshot(copyOf(DEFAULT_CATALOG), snapshot)!;
    const parse = vi.spyOn(JSON, 'parse');
    const tablesRead = () => parse.mock.calls.filter(([json]) => json === snapshot.tables).length;
    try {
      expect(loaded.findMentions('The maximum number of taxis was reached.')).toEqual([]);
      expect(tablesRead()).toBe(0);
      expect(loaded.findMentions('The maximum number of taxis met Xi Jinping.')).toHaveLength(1);
      expect(tablesRead()).toBe(1);
      expect(loaded.findMentions('会晤习近平。')).toHaveLength(1);
    } finally {
      parse.mockRestore();
    }
  });

  it('serve only the catalogue they were compiled from', async () => {
    const snapshots = await freshModules();
    const snapshot = JSON.parse(JSON.stringify(snapshots.snapshotMatcher(DEFAULT_CATALOG)));
    const edited = copyOf(DEFAULT_CATALOG);
    edited[0]!.aliases = [...edited[0]!.aliases, 'Another Name'];
    expect(snapshots.matcherFromSnapshot(edited, snapshot)).toBeNull();
  });

  it('are ignored when stored by another format or broken', async () => {
    const snapshots = await freshModules();
    const snapshot = JSON.parse(JSON.stringify(snapshots.snapshotMatcher(DEFAULT_CATALOG)));
    for (const broken of [null, 'text', 42, {}, { ...snapshot, format: snapshots.SNAPSHOT_FORMAT + 1 }, { ...snapshot, tables: null }, { ...snapshot, prefilterSource: 42 }]) {
      expect(snapshots.matcherFromSnapshot(DEFAULT_CATALOG, broken)).toBeNull();
    }
  });

  it('whose tables are damaged still find what a compiled matcher finds (the catalogue is compiled instead)', async () => {
    const writer = await freshModules();
    const stored = JSON.parse(JSON.stringify(writer.snapshotMatcher(DEFAULT_CATALOG)));
    const { compileMatcher } = await import('../../../src/matching/compile-matcher');
    const expected = ownTexts().map((text) => compileMatcher(DEFAULT_CATALOG).findMentions(text));
    for (const tables of ['{"atoms":', '{"atoms":"x"}']) {
      // A reader that has compiled nothing yet: what it finds comes from the snapshot's own path.
      const reader = await freshModules();
      const loaded = reader.matcherFromSnapshot(copyOf(DEFAULT_CATALOG), { ...stored, tables });
      expect(loaded).not.toBeNull();
      expect(ownTexts().map((text) => loaded!.findMentions(text))).toEqual(expected);
    }
  });
});
