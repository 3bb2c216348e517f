/** Corpus tier: a stored matcher finds on all 130 corpus pages exactly what a freshly compiled one finds. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_CATALOG } from '../../src/catalog/default-catalog';
import type { Catalog } from '../../src/catalog/entity';
import { CORPUS_DIR, corpusPages } from '../support/shared-data';

/** A fresh copy of the matcher modules: nothing compiled or cached yet. */
async function freshModules() {
  vi.resetModules();
  return import('../../src/matching/matcher-snapshot');
}

function copyOf(catalog: Catalog): Catalog {
  return JSON.parse(JSON.stringify(catalog)) as Catalog;
}

describe('matcher snapshots over the corpus', () => {
  it('give a matcher that finds exactly what a freshly compiled one finds', async () => {
    const writer = await freshModules();
    const stored = JSON.stringify(writer.snapshotMatcher(DEFAULT_CATALOG));
    const { compileMatcher } = await import('../../src/matching/compile-matcher');
    const compiled = compileMatcher(DEFAULT_CATALOG);
    const reader = await freshModules();
    const loaded = reader.matcherFromSnapshot(copyOf(DEFAULT_CATALOG), JSON.parse(stored));
    expect(loaded).not.toBeNull();
    const pages = corpusPages();
    expect(pages.length).toBeGreaterThan(100);
    for (const page of pages) {
      const text = readFileSync(join(CORPUS_DIR, page, 'source.html'), 'utf8').replace(/<[^>]*>/g, ' ');
      expect(loaded!.findMentions(text), page).toEqual(compiled.findMentions(text));
    }
  });
});
