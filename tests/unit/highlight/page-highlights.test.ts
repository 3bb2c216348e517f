import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../src/analysis/types';
import { Highlighter, type HighlightedMention } from '../../../src/highlight/highlighter';
import { PageHighlights } from '../../../src/highlight/page-highlights';
import { buildTextModel } from '../../../src/text/text-model';
import { documentForMarkJs } from './dom-for-mark-js';

function markAll(doc: Document, root: Element, word: string): HighlightedMention[] {
  const model = buildTextModel(root);
  const mentions: Mention[] = [];
  for (let at = model.text.indexOf(word); at !== -1; at = model.text.indexOf(word, at + 1)) {
    mentions.push({ entityId: word.toLowerCase(), start: at, end: at + word.length, text: word });
  }
  const highlighter = new Highlighter({ styleOf: () => '' });
  return mentions.reverse().map((m) => highlighter.highlightMention(model, m)!).reverse();
}

describe('PageHighlights', () => {
  it('keeps mentions in document order, also when a paragraph earlier on the page is added later', () => {
    const doc = documentForMarkJs('<html><body><p id="a">Putin one</p><p id="b">Putin two</p></body></html>');
    const highlights = new PageHighlights();
    highlights.add(markAll(doc, doc.getElementById('b')!, 'Putin'));
    highlights.add(markAll(doc, doc.getElementById('a')!, 'Putin'));
    expect(highlights.all().map((m) => m.marks[0]!.parentElement!.id)).toEqual(['a', 'b']);
    expect(highlights.count).toBe(2);
  });

  it('takes out exactly the mentions inside a changed subtree', () => {
    const doc = documentForMarkJs('<html><body><p id="a">Putin and Xi</p><p id="b">Putin</p></body></html>');
    const highlights = new PageHighlights();
    highlights.add([...markAll(doc, doc.body, 'Putin'), ...markAll(doc, doc.body, 'Xi')]);
    const taken = highlights.takeWithin(doc.getElementById('a')!);
    expect(taken.map((m) => m.entityId).sort()).toEqual(['putin', 'xi']);
    expect(highlights.all().map((m) => m.marks[0]!.parentElement!.id)).toEqual(['b']);
  });

  it('forgets mentions the page removed', () => {
    const doc = documentForMarkJs('<html><body><p id="a">Putin</p><p id="b">Putin</p></body></html>');
    const highlights = new PageHighlights();
    highlights.add(markAll(doc, doc.body, 'Putin'));
    doc.getElementById('a')!.remove();
    expect(highlights.takeDisconnected()).toHaveLength(1);
    expect(highlights.count).toBe(1);
    expect(highlights.mentionOf(doc.querySelector('mark')!)?.entityId).toBe('putin');
  });
});
