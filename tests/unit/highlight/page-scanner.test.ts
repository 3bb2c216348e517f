import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../src/analysis/types';
import { MARK_SELECTOR } from '../../../src/text/mark-attributes';
import { PageScanner } from '../../../src/highlight/page-scanner';
import { documentForMarkJs } from './dom-for-mark-js';
import { DEFAULT_CATALOG } from '../../../src/catalog/default-catalog';
import { compileMatcher } from '../../../src/matching/compile-matcher';

/** Stands in for the engine: the scanner must mark exactly what it is given. */
function findWords(...words: string[]) {
  return (text: string): Mention[] => {
    const found: Mention[] = [];
    for (const word of words) {
      for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
        found.push({ entityId: word.toLowerCase(), start: at, end: at + word.length, text: word });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  };
}

function scanner(doc: Document, words: string[], sliceMs = 0) {
  let pauses = 0;
  const scanner = new PageScanner({
    root: doc.body,
    findMentions: findWords(...words),
    decoration: { styleOf: () => '' },
    sliceMs,
    live: false,
    pause: async () => {
      pauses++;
    },
  });
  return { scanner, pauses: () => pauses };
}

const many = Array.from({ length: 200 }, (_, i) => `<p>Paragraph ${i}: Putin and Kirby.</p>`).join('');

describe('PageScanner', () => {
  it('marks every mention the engine gives, yielding to the page between slices', async () => {
    const doc = documentForMarkJs(`<html><body>${many}</body></html>`);
    const { scanner: s, pauses } = scanner(doc, ['Putin', 'Kirby']);
    await s.start();
    expect(s.status).toBe('ready');
    expect(s.highlights.count).toBe(400);
    expect(doc.querySelectorAll(MARK_SELECTOR).length).toBe(400);
    expect(s.highlights.countsByEntity()).toEqual(new Map([['putin', 200], ['kirby', 200]]));
    expect(s.highlights.all()[0]!.marks[0]!.textContent).toBe('Putin');
    // With no time per slice, a pause after every batch of marks: 400 mentions are 7 batches.
    expect(pauses()).toBeGreaterThanOrEqual(7);
    expect(s.stats).toMatchObject({ mentions: 400 });
  });

  it('stop() leaves the DOM as it found it', async () => {
    const doc = documentForMarkJs(`<html><body>${many}<p>In <i>Putin</i>'s words</p></body></html>`);
    const before = doc.body.outerHTML;
    const { scanner: s } = scanner(doc, ['Putin']);
    await s.start();
    s.stop();
    expect(doc.body.outerHTML).toBe(before);
    expect(s.status).toBe('stopped');
    expect(s.highlights.count).toBe(0);
  });

  it('a stop during the scan leaves no marks behind', async () => {
    const doc = documentForMarkJs(`<html><body>${many}</body></html>`);
    const before = doc.body.outerHTML;
    const { scanner: s } = scanner(doc, ['Putin']);
    const running = s.start();
    s.stop();
    await running;
    expect(doc.body.outerHTML).toBe(before);
  });

  it('stops with status over-budget on a page beyond its work budget', async () => {
    const doc = documentForMarkJs(`<html><body>${many}</body></html>`);
    const s = new PageScanner({
      root: doc.body,
      findMentions: findWords('Putin'),
      decoration: { styleOf: () => '' },
      live: false,
      budget: new (await import('../../../src/live/work-budget')).WorkBudget({ maxScanNodes: 100, maxScanMs: 1e9, maxUpdateMs: 1e9, windowMs: 1 }),
    });
    await s.start();
    expect(s.status).toBe('over-budget');
    expect(doc.querySelectorAll(MARK_SELECTOR).length).toBe(0);
  });

  describe('with the quick look at the text nodes', () => {
    const matcher = compileMatcher(DEFAULT_CATALOG);
    function lookingScanner(doc: Document) {
      return new PageScanner({
        root: doc.body,
        findMentions: (text) => matcher.findMentions(text),
        mentionSteps: (text) => matcher.findMentionsInSteps(text),
        mayNameAnything: (text) => matcher.mayNameAnythingInSteps(text),
        decoration: { styleOf: () => '' },
        live: false,
      });
    }

    it('builds no text model on a page that names nothing, and reads it when the report asks', async () => {
      const doc = documentForMarkJs('<html><body><h1>Harbour news</h1><p>The ferry left at noon.</p><script>var leader = "Putin";</script></body></html>');
      const s = lookingScanner(doc);
      await s.start();
      expect(s.status).toBe('ready');
      expect(s.stats).toMatchObject({ modelBuilt: false, mentions: 0, modelMs: 0 });
      expect(s.fullScan).toBeNull();
      const scan = await s.currentScan();
      expect(scan?.model.text).toBe('Harbour news\n\nThe ferry left at noon.');
      expect(scan?.mentions).toEqual([]);
      // Kept for the next report while the page stays as it is.
      expect(await s.currentScan()).toBe(scan);
    });

    it('marks a page whose names markup splits or blocks glue together, as without the look', async () => {
      const doc = documentForMarkJs('<html><body><h2>The visit</h2><p><span class="initial">P</span>utin arrived.</p><p>Talks</p><p>Xi Jinping</p></body></html>');
      const s = lookingScanner(doc);
      await s.start();
      expect(s.stats).toMatchObject({ modelBuilt: true, mentions: 2 });
      expect([...doc.querySelectorAll(MARK_SELECTOR)].map((mark) => mark.textContent)).toEqual(['P', 'utin', 'Xi Jinping']);
    });
  });
});
