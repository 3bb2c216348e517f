import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHtmlPage } from '../../../src/page/load-page';
import { buildTextModel, TextModelBuilder } from '../../../src/text/text-model';
import { CORPUS_DIR, corpusPages } from '../../support/shared-data';
import { textModelDifference } from '../../support/text-model-difference';

/** The text-node walk against the every-node walk it replaces, on every real page of the corpus. */
describe('the text-node walk on the corpus', () => {
  it('reads every page exactly as the every-node walk does, whole and in small steps', () => {
    const differences: Record<string, string> = {};
    let pages = 0;
    for (const name of corpusPages()) {
      const { document } = loadHtmlPage(readFileSync(join(CORPUS_DIR, name, 'source.html'), 'utf8'));
      for (const [where, root] of [['body', document.body], ['document', document]] as const) {
        const reference = buildTextModel(root, { walk: 'every-node' });
        const whole = buildTextModel(root, { walk: 'text-nodes' });
        const stepped = new TextModelBuilder(root, { shadowRoots: true });
        while (!stepped.advance(16));
        const difference = textModelDifference(reference, whole) ?? textModelDifference(reference, stepped.build());
        if (difference !== null) differences[`${name} (${where})`] = difference;
      }
      pages++;
    }
    expect(pages).toBeGreaterThan(100);
    expect(differences).toEqual({});
  }, 120_000);
});
