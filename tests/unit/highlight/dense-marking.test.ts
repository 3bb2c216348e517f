/**
 * Marking pages dense with mentions: a long text node is cut once per batch, not once per mention,
 * and the mentions in view are marked first without ever cutting a node out of order.
 */
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../src/matching/mention';
import { Highlighter, type HighlightedMention } from '../../../src/highlight/highlighter';
import { MARK_SELECTOR } from '../../../src/text/mark-attributes';
import { FIRST_PART_MENTIONS, viewportFirstOrder } from '../../../src/highlight/viewport-first';
import { buildTextModel, type TextModel } from '../../../src/text/text-model';
import { documentForMarkJs } from './dom-for-mark-js';

function mentionsOf(model: TextModel, entityId: string, word: string): Mention[] {
  const found: Mention[] = [];
  for (let at = model.text.indexOf(word); at !== -1; at = model.text.indexOf(word, at + word.length)) {
    found.push({ entityId, start: at, end: at + word.length, text: word });
  }
  return found;
}

/** Marks `order` in batches of `size`, as the scanner does; returns the results in document order. */
function markInBatches(highlighter: Highlighter, model: TextModel, order: Mention[], size: number): HighlightedMention[] {
  const done: { start: number; mention: HighlightedMention }[] = [];
  for (let from = 0; from < order.length; from += size) {
    const batch = order.slice(from, from + size);
    highlighter.highlightMentions(model, batch).forEach((mention, i) => {
      if (mention) done.push({ start: batch[i]!.start, mention });
    });
  }
  return done.sort((a, b) => a.start - b.start).map(({ mention }) => mention);
}

describe('marking a dense page', () => {
  it('marks a thousand mentions in one text node, batch by batch, and takes them out to the same node', () => {
    const sentence = (i: number) => `Putin spoke, item ${i}. `;
    const text = Array.from({ length: 1000 }, (_, i) => sentence(i)).join('');
    const doc = documentForMarkJs(`<html><body><p>${text}</p></body></html>`);
    const paragraph = doc.querySelector('p')!;
    const node = paragraph.firstChild;
    const model = buildTextModel(doc.body);
    const mentions = mentionsOf(model, 'putin', 'Putin');
    expect(mentions).toHaveLength(1000);
    const highlighter = new Highlighter({ styleOf: () => '' });
    const marked = markInBatches(highlighter, model, [...mentions].reverse(), 64);

    expect(marked).toHaveLength(1000);
    expect(doc.querySelectorAll(MARK_SELECTOR).length).toBe(1000);
    expect(marked.every((mention) => mention.marks.length === 1 && mention.marks[0]!.textContent === 'Putin')).toBe(true);
    expect(paragraph.textContent).toBe(text);
    // The original node keeps the text before the first mark: here, none.
    expect(paragraph.firstChild).toBe(node);

    highlighter.unhighlight(marked);
    expect(paragraph.childNodes.length).toBe(1);
    expect(paragraph.firstChild).toBe(node);
    expect((node as Text).data).toBe(text);
  });

  it('marks the part in view first, each text node from its last mention to its first, and every mention once', () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) => `<p>Putin and Kirby met, round ${i}.</p>`).join('');
    const doc = documentForMarkJs(`<html><body>${paragraphs}</body></html>`);
    // Paragraph i lies 20 px below paragraph i − 1; the reader is at paragraph 150.
    doc.querySelectorAll('p').forEach((p, i) => {
      p.getBoundingClientRect = () => ({ top: (i - 150) * 20, bottom: (i - 150) * 20 + 18 }) as DOMRect;
    });
    const model = buildTextModel(doc.body);
    const ascending = [...mentionsOf(model, 'putin', 'Putin'), ...mentionsOf(model, 'kirby', 'Kirby')].sort((a, b) => a.start - b.start);
    const order = viewportFirstOrder(model, ascending);

    expect(new Set(order)).toEqual(new Set(ascending));
    expect(order).toHaveLength(ascending.length);
    const paragraphOf = (mention: Mention) => model.domRangesOf(mention)[0]!.node.parentElement;
    const firstPart = order.slice(0, FIRST_PART_MENTIONS).map((mention) => [...doc.querySelectorAll('p')].indexOf(paragraphOf(mention) as HTMLParagraphElement));
    expect(Math.min(...firstPart)).toBe(150);
    // Within a text node, a later mention is always marked before an earlier one.
    const seen = new Map<Node, number>();
    for (const mention of order) {
      const node = model.domRangesOf(mention)[0]!.node;
      const previous = seen.get(node);
      if (previous !== undefined) expect(mention.start).toBeLessThan(previous);
      seen.set(node, mention.start);
    }

    const marked = markInBatches(new Highlighter({ styleOf: () => '' }), model, order, 64);
    expect(marked).toHaveLength(800);
    expect(marked.map((mention) => mention.marks[0]!.textContent)).toEqual(ascending.map((mention) => mention.text));
  });
});
