import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../src/analysis/analyze-document';
import { DEFAULT_CATALOG } from '../../../src/catalog/default-catalog';
import { loadTextPage } from '../../../src/page/load-page';
import { SEED_DIR } from '../../support/shared-data';

const SEED = '000_28fa4cede3bf2d94';

interface SeedLabels {
  mentions: Record<string, number>;
}

describe('the seed article, end to end through the engine', () => {
  const page = loadTextPage(readFileSync(join(SEED_DIR, `${SEED}.txt`), 'utf8'));
  const report = analyzeDocument(page.document, { catalog: DEFAULT_CATALOG, url: page.url });
  const labels = JSON.parse(readFileSync(join(SEED_DIR, `${SEED}.labels.json`), 'utf8')) as SeedLabels;

  it('counts every entity as the hand labels do', () => {
    const counts = Object.fromEntries(report.entities.map((entity) => [entity.id, entity.count]));
    // Label keys use underscores where catalogue ids use hyphens.
    const expected = Object.fromEntries(Object.entries(labels.mentions).map(([key, count]) => [key.replace(/_/g, '-'), count]));
    expect(counts).toEqual(expected);
  });

  it('gives every mention its sentence', () => {
    for (const entity of report.entities) {
      for (const mention of entity.mentions) {
        expect(mention.sentence.length).toBeGreaterThan(mention.text.length);
        expect(mention.sentence).toContain(mention.text.replace(/\s+/g, ' '));
      }
    }
  });
});
