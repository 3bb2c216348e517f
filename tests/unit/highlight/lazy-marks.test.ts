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

/** Where paragraph `index` lies on the page (top and height, in px); null for no box (not displayed). */
type Layout = (index: number) => { top: number; height: number } | null;

/** linkedom lays nothing out: gives each paragraph the box `layout` says, in a window `screen` px high. */
function layOut(doc: Document, layout: Layout, screen: number): void {
  Object.assign(doc.defaultView!, { innerHeight: screen, scrollY: 0 });
  for (const [i, p] of Array.from(doc.querySelectorAll('p')).entries()) {
    const box = layout(i);
    p.getBoundingClientRect = () => (box
      ? { top: box.top, bottom: box.top + box.height, height: box.height, width: 600 }
      : { top: 0, bottom: 0, height: 0, width: 0 }) as DOMRect;
  }
}

async function setUp(paragraphs = 50, onPause: (doc: Document) => void = () => undefined, sliceMs = 0, layout?: Layout) {
  const html = Array.from({ length: paragraphs }, (_, i) => `<p id="p${i}">Item ${i}: Putin met Kirby, and Putin left.</p>`).join('');
  const doc = documentForMarkJs(`<html><body>${html}</body></html>`);
  if (layout) layOut(doc, layout, 500);
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
/** Paragraphs 90 px high, one every 100 px: five to a screen of 500 px. */
const evenly: Layout = (i) => ({ top: i * 100, height: 90 });
const ids = (elements: Iterable<Element>) => [...elements].map((element) => element.id);

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

  it('watches one paragraph per run a screen high, not every paragraph with mentions', async () => {
    const { observer, highlights } = await setUp(50, undefined, 0, evenly);
    expect(ids(observer.watched)).toEqual(['p0', 'p5', 'p10', 'p15', 'p20', 'p25', 'p30', 'p35', 'p40', 'p45']);
    expect(highlights.count).toBe(150);
    expect(highlights.markedCount).toBe(0);
  });

  it('marks the run whose first paragraph came near, and the run before it, which ends where it starts', async () => {
    const { doc, observer, highlights, lazy } = await setUp(50, undefined, 0, evenly);
    observer.comeIntoView(doc.getElementById('p10')!);
    await lazy.settled();
    const marked = Array.from(doc.querySelectorAll('p')).filter((p) => marksIn(p) > 0);
    expect(ids(marked)).toEqual(['p5', 'p6', 'p7', 'p8', 'p9', 'p10', 'p11', 'p12', 'p13', 'p14']);
    expect(marked.every((p) => marksIn(p) === 3)).toBe(true);
    expect(highlights.markedCount).toBe(30);
    expect(observer.watched.has(doc.getElementById('p5')!)).toBe(false);
    expect(observer.watched.size).toBe(8);
    // The next run's sentinel still brings its own run, and not the one marked already twice.
    observer.comeIntoView(doc.getElementById('p15')!);
    await lazy.settled();
    expect(highlights.markedCount).toBe(45);
  });

  it('starts a run at a paragraph that would pass a screen, and runs one with no box alone', async () => {
    // p3 is 600 px high, taller than the screen; p7 is not displayed.
    const layout: Layout = (i) => (i === 7 ? null : { top: i * 100 + (i > 3 ? 500 : 0), height: i === 3 ? 600 : 90 });
    const { observer } = await setUp(12, undefined, 0, layout);
    expect(ids(observer.watched)).toEqual(['p0', 'p3', 'p4', 'p7', 'p8']);
  });
});
