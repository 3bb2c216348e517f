import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../src/analysis/types';
import { Highlighter } from '../../../src/highlight/highlighter';
import { LazyMarks, MARKS_PER_FRAME } from '../../../src/highlight/lazy-marks';
import { PageHighlights } from '../../../src/highlight/page-highlights';
import { SliceClock } from '../../../src/live/slice-clock';
import { MARK_SELECTOR } from '../../../src/text/mark-attributes';
import { buildTextModel } from '../../../src/text/text-model';
import { documentForMarkJs } from './dom-for-mark-js';

/** Every "Putin" and "Kirby" of `text`, in order. */
function mentionsIn(text: string): Mention[] {
  return [...text.matchAll(/Putin|Kirby/g)].map((found) => ({
    entityId: found[0].toLowerCase(), start: found.index, end: found.index + found[0].length, text: found[0],
  }));
}

/** An IntersectionObserver the test drives: it reports what the test says came into view. */
class FakeObserver {
  readonly watched = new Set<Element>();
  callback: IntersectionObserverCallback | null = null;
  observe = (target: Element) => void this.watched.add(target);
  unobserve = (target: Element) => void this.watched.delete(target);
  disconnect = () => this.watched.clear();
  comeIntoView(...targets: Element[]): void {
    const entries = targets.map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry);
    this.callback!(entries, this as unknown as IntersectionObserver);
  }
}

async function setUp(paragraphs = 50, onPause: (doc: Document) => void = () => undefined, sliceMs = 0) {
  const html = Array.from({ length: paragraphs }, (_, i) => `<p id="p${i}">Item ${i}: Putin met Kirby, and Putin left.</p>`).join('');
  const doc = documentForMarkJs(`<html><body>${html}</body></html>`);
  const textBefore = doc.body.textContent;
  const model = buildTextModel(doc.body);
  const observer = new FakeObserver();
  const highlights = new PageHighlights();
  const newClock = () => new SliceClock(sliceMs, undefined, async () => undefined);
  const lazy = new LazyMarks({
    highlighter: new Highlighter({ styleOf: () => '' }),
    highlights,
    writeDom: (change) => change(),
    newClock,
    pauseAfterMarks: async () => onPause(doc),
    observe: (callback) => {
      observer.callback = callback;
      return observer;
    },
  });
  const entries = await lazy.wait(model, mentionsIn(model.text), newClock(), () => true);
  highlights.add(entries!);
  return { doc, textBefore, observer, highlights, lazy };
}

const marksIn = (element: Element) => element.querySelectorAll(MARK_SELECTOR).length;

describe('LazyMarks', () => {
  it('lets the page render after at most MARKS_PER_FRAME marks, however fast the marking', async () => {
    const marksAtEachRender: number[] = [];
    // A slice that never runs out of time: only the count of marks ends it.
    const { doc, observer, lazy } = await setUp(100, (page) => marksAtEachRender.push(page.querySelectorAll(MARK_SELECTOR).length), 1e9);
    observer.comeIntoView(...Array.from(doc.querySelectorAll('p')));
    await lazy.settled();
    expect(doc.querySelectorAll(MARK_SELECTOR)).toHaveLength(300);
    expect(marksAtEachRender.length).toBeGreaterThanOrEqual(3);
    const perFrame = marksAtEachRender.map((marks, i) => marks - (marksAtEachRender[i - 1] ?? 0));
    expect(Math.max(...perFrame)).toBeLessThanOrEqual(MARKS_PER_FRAME);
  });

  it('counts every mention at once and marks none until its element comes near the viewport', async () => {
    const { doc, observer, highlights } = await setUp();
    expect(highlights.count).toBe(150);
    expect(highlights.markedCount).toBe(0);
    expect(doc.querySelectorAll(MARK_SELECTOR)).toHaveLength(0);
    expect(observer.watched.size).toBe(50);
    expect(highlights.ofEntity('putin')).toHaveLength(100);
  });

  it('marks the mentions of the elements that came into view, and only those', async () => {
    const { doc, observer, highlights, lazy } = await setUp();
    observer.comeIntoView(doc.getElementById('p10')!, doc.getElementById('p11')!);
    await lazy.settled();
    expect(marksIn(doc.getElementById('p10')!)).toBe(3);
    expect(marksIn(doc.getElementById('p11')!)).toBe(3);
    expect(doc.querySelectorAll(MARK_SELECTOR)).toHaveLength(6);
    expect(highlights.markedCount).toBe(6);
    expect(highlights.count).toBe(150);
    // Marked elements are no longer watched.
    expect(observer.watched.has(doc.getElementById('p10')!)).toBe(false);
    expect(observer.watched.size).toBe(48);
    // Hovering a new mark finds its mention, in its place among all of them.
    const mark = doc.getElementById('p11')!.querySelector(MARK_SELECTOR)!;
    const mention = highlights.mentionOf(mark)!;
    expect(highlights.ofEntity('putin').indexOf(mention)).toBe(22);
  });

  it('marks a waiting mention on demand, with the rest of its text, and leaves the text as it was', async () => {
    const { doc, textBefore, highlights, lazy } = await setUp();
    const far = highlights.ofEntity('kirby')[40]!;
    expect(far.marks).toHaveLength(0);
    expect(lazy.markNow(far)).toBe(true);
    expect(far.marks[0]!.parentElement!.id).toBe('p40');
    expect(far.marks[0]!.textContent).toBe('Kirby');
    expect(marksIn(doc.getElementById('p40')!)).toBe(3);
    expect(highlights.markedCount).toBe(3);
    expect(doc.body.textContent).toBe(textBefore);
  });

  it('forgets what was taken out meanwhile, and everything on reset', async () => {
    const { doc, observer, highlights, lazy } = await setUp();
    const p5 = doc.getElementById('p5')!;
    expect(highlights.takeWithin(p5)).toHaveLength(3);
    expect(highlights.count).toBe(147);
    observer.comeIntoView(p5);
    await lazy.settled();
    expect(marksIn(p5)).toBe(0);
    lazy.reset();
    expect(observer.watched.size).toBe(0);
  });
});
