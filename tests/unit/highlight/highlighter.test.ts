import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../src/analysis/types';
import { Highlighter, type HighlightedMention } from '../../../src/highlight/highlighter';
import { MARK_SELECTOR } from '../../../src/text/mark-attributes';
import { buildTextModel, type TextModel } from '../../../src/text/text-model';
import { documentForMarkJs } from './dom-for-mark-js';

/** Every occurrence of `word` in the model text, as the engine would report it. */
function mentionsOf(model: TextModel, entityId: string, word: string): Mention[] {
  const found: Mention[] = [];
  for (let at = model.text.indexOf(word); at !== -1; at = model.text.indexOf(word, at + word.length)) {
    found.push({ entityId, start: at, end: at + word.length, text: word });
  }
  return found;
}

function highlightAll(highlighter: Highlighter, model: TextModel, mentions: Mention[]): HighlightedMention[] {
  const sorted = [...mentions].sort((a, b) => b.start - a.start);
  const done = sorted.map((mention) => highlighter.highlightMention(model, mention));
  return done.filter((m): m is HighlightedMention => m !== null).reverse();
}

const highlighter = () => new Highlighter({ styleOf: (id) => `--entity: ${id}` });

describe('Highlighter', () => {
  it('marks every mention with its entity and leaves the text as it was', () => {
    const doc = documentForMarkJs('<html><body><p>Putin met Xi. Later Putin spoke, and Xi listened.</p></body></html>');
    const before = doc.body.textContent;
    const model = buildTextModel(doc.body);
    const mentions = [...mentionsOf(model, 'putin', 'Putin'), ...mentionsOf(model, 'xi', 'Xi')];
    const result = highlightAll(highlighter(), model, mentions);

    const marks = [...doc.querySelectorAll(MARK_SELECTOR)];
    expect(marks.map((m) => [m.getAttribute('data-entity'), m.textContent])).toEqual([
      ['putin', 'Putin'], ['xi', 'Xi'], ['putin', 'Putin'], ['xi', 'Xi'],
    ]);
    expect(result.map((m) => m.entityId)).toEqual(['putin', 'xi', 'putin', 'xi']);
    expect(doc.body.textContent).toBe(before);
    expect(marks[0]!.getAttribute('style')).toBe('--entity: putin');
  });

  it('marks a mention that inline markup splits, piece by piece, its spaces included so the underline runs on', () => {
    const doc = documentForMarkJs('<html><body><p>Talks with <b>Xi</b> Jinping ended.</p></body></html>');
    const model = buildTextModel(doc.body);
    const [result] = highlightAll(highlighter(), model, mentionsOf(model, 'xi', 'Xi Jinping'));

    expect(result!.marks.map((m) => m.textContent)).toEqual(['Xi', ' Jinping']);
    expect(result!.marks[0]!.hasAttribute('data-dossier-continued')).toBe(false);
    expect(result!.marks[1]!.hasAttribute('data-dossier-continued')).toBe(true);
    expect(doc.querySelector('b')!.firstElementChild?.textContent).toBe('Xi');
  });

  it('keeps soft hyphens inside the mark they belong to', () => {
    const doc = documentForMarkJs('<html><body><p>Pu\u00ADtin arrived.</p></body></html>');
    const model = buildTextModel(doc.body);
    const [result] = highlightAll(highlighter(), model, mentionsOf(model, 'putin', 'Putin'));
    expect(result!.marks[0]!.textContent).toBe('Pu\u00ADtin');
  });

  it('takes the marks out again and restores the DOM exactly, text nodes included', () => {
    const html = '<html><body><p>Putin and Xi, then <i>Kirby</i> on <b>Xi</b> Jinping.</p><p>Nothing here.</p></body></html>';
    const doc = documentForMarkJs(html);
    const paragraph = doc.querySelector('p')!;
    const nodesBefore = [...paragraph.childNodes];
    const htmlBefore = doc.body.outerHTML;
    const firstText = paragraph.firstChild;
    const model = buildTextModel(doc.body);
    const h = highlighter();
    const result = highlightAll(h, model, [
      ...mentionsOf(model, 'putin', 'Putin'),
      ...mentionsOf(model, 'kirby', 'Kirby'),
      ...mentionsOf(model, 'xi', 'Xi Jinping'),
      ...mentionsOf(model, 'xi', 'Xi,'),
    ]);
    expect(doc.querySelectorAll(MARK_SELECTOR).length).toBe(5);

    h.unhighlight(result);
    expect(doc.body.outerHTML).toBe(htmlBefore);
    expect([...paragraph.childNodes]).toEqual(nodesBefore);
    expect(paragraph.firstChild).toBe(firstText);
    expect(doc.querySelectorAll(MARK_SELECTOR).length).toBe(0);
  });

  it('skips a mention whose text the page changed after it was read', () => {
    const doc = documentForMarkJs('<html><body><p>Putin spoke.</p></body></html>');
    const model = buildTextModel(doc.body);
    doc.querySelector('p')!.firstChild!.textContent = 'Hi';
    expect(highlighter().highlightMention(model, mentionsOf(model, 'putin', 'Putin')[0]!)).toBeNull();
    expect(doc.querySelectorAll(MARK_SELECTOR).length).toBe(0);
  });

  it('unwraps marks the page moved elsewhere without losing their text', () => {
    const doc = documentForMarkJs('<html><body><p>Putin spoke.</p><div></div></body></html>');
    const model = buildTextModel(doc.body);
    const h = highlighter();
    const result = highlightAll(h, model, mentionsOf(model, 'putin', 'Putin'));
    doc.querySelector('div')!.appendChild(result[0]!.marks[0]!);
    h.unhighlight(result);
    expect(doc.querySelector('div')!.innerHTML).toBe('Putin');
    expect(doc.querySelectorAll(MARK_SELECTOR).length).toBe(0);
  });
});

