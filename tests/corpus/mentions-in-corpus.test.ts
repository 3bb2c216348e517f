import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildTextModel } from '../../src/text/text-model';
import { countByEntity, defaultMentions } from '../unit/matching/count-mentions';

// Real pages of the shared corpus, read in place. Almost none of them is about the watchlist, so
// every mention found is either one of these (checked by reading the pages) or a false positive.
const CORPUS = new URL('../../../shared/corpus/readability/', import.meta.url);
const KNOWN_MENTIONS: Record<string, Record<string, number>> = {
  // "Aside from Russian President Vladimir Putin, few foreign leaders…" (with a soft hyphen).
  'wapo-2': { putin: 1 },
};

describe('the readability corpus', () => {
  const pages = readdirSync(CORPUS).filter((name) => existsSync(new URL(`${name}/expected.html`, CORPUS)));

  it('has pages to read', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  it('gives mentions only where a page names the watchlist', () => {
    const found: Record<string, Record<string, number>> = {};
    for (const page of pages) {
      const html = readFileSync(new URL(`${page}/expected.html`, CORPUS), 'utf8');
      const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
      const counts = countByEntity(defaultMentions(buildTextModel(document.body).text));
      if (Object.keys(counts).length > 0) found[page] = counts;
    }
    expect(found).toEqual(KNOWN_MENTIONS);
  }, 30_000);
});
