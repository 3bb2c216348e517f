/**
 * Marks on a page dense with names, placed as the reader comes near them. Past `LAZY_MARK_CAP`
 * mentions, marking them all costs the page seconds of its own style, layout and paint work for
 * marks no one sees (measured: single rendering tasks of 67 ms on 1 MB, 162 ms on 5 MB). So the
 * mentions wait, grouped by the element their text sits in, and an IntersectionObserver marks
 * them as they come within a screen of the viewport; the marking runs in slices that let the page
 * render between them. The card and the popup count every mention found, and a mention asked for
 * (the card's Next, the next-mention command) is marked on the spot.
 *
 * The observer watches few elements, not every one with mentions: the browser works out every
 * watched element's intersection in every frame, and on the bench's 5 MB page the ~5,000 watched
 * paragraphs cost 18–42 ms a frame while scrolling. So consecutive groups are gathered into runs
 * at most a screen high, and only each run's first element is watched (its sentinel). A run no
 * higher than the observer's margin (a screen) cannot reach the viewport before its first element
 * comes within the margin. A sentinel coming near marks its run and the run before it (which ends
 * where this one starts): slack for a run that grew after it was measured, for a scrolling box
 * inside the page (the margin does not reach into it) and for a sentinel the page removed.
 *
 * A group holds whole text nodes: the Highlighter cuts a node once per batch, last mention first,
 * and keeps only the text before the cut in the node, so the mentions of one node are marked
 * together, from the last, and those left waiting are always the node's first ones.
 */
import type { Mention } from '../matching/mention';
import type { SliceClock } from '../live/slice-clock';
import type { TextModel } from '../text/text-model';
import type { HighlightedMention, Highlighter } from './highlighter';
import type { PageHighlights } from './page-highlights';

/** Mentions a page gets marked at once, those in view first; beyond it, marks wait for the reader. */
export const LAZY_MARK_CAP = 1000;

/** How far beyond the viewport marks are placed ahead of the reader: a screen above and below. */
export const LAZY_MARK_MARGIN = '100% 0px 100% 0px';

/** Mentions marked between two looks at the clock (as the first pass's batches). */
const MARK_BATCH = 64;

/**
 * Most marks placed before the page renders. The frame after new marks holds the browser's style,
 * layout, intersection and paint work for them, which on a big page grows with their number: traced
 * on the bench's 5 MB page, 460 marks (one 8 ms slice) made frames of 50–74 ms (style 15–21 ms,
 * layout 10–20 ms), 100 marks frames of about 40 ms. Traced on the 100 KB page (tracing on), the
 * frames after slices of marks held 30–55 ms of style recalculation, layout and paint, and a slice
 * could place 127 marks (a batch of 64 after 63: the cap was checked only between batches). So a
 * slice ends after this many marks, one batch, never more.
 */
export const MARKS_PER_FRAME = MARK_BATCH;

/** Mentions of one element (or more, when a mention crosses into the next), in document order, whole text nodes. */
interface WaitingGroup {
  model: TextModel;
  mentions: Mention[];
  entries: HighlightedMention[];
  /** The first `waiting` entries have no marks yet; marking goes from the last of them back. */
  waiting: number;
  target: Element;
}

/** Consecutive groups of one pass, at most a screen high when made, watched through their first element. */
interface Run {
  sentinel: Element;
  groups: WaitingGroup[];
  /** Where the sentinel's top was, in page coordinates, when the run was made. */
  top: number;
  /** An element with no box (not displayed) runs alone: its position says nothing of its neighbours'. */
  boxless: boolean;
  /** The run just before, ending where this one starts (null after a boxless run or at a pass's start). */
  previous: Run | null;
}

export interface LazyMarksOptions {
  highlighter: Highlighter;
  highlights: PageHighlights;
  /** Our own DOM changes, hidden from the page scanner's mutation observer. */
  writeDom<T>(change: () => T): T;
  /** A fresh clock for a run of marking, handing the thread back between slices. */
  newClock(): SliceClock;
  /** Hands the thread back between slices of marking, until the page has rendered. */
  pauseAfterMarks(): Promise<void>;
  /** The observer (a test can give its own); the browser's IntersectionObserver by default. */
  observe?(callback: IntersectionObserverCallback, options: IntersectionObserverInit): Pick<IntersectionObserver, 'observe' | 'unobserve' | 'disconnect'>;
}

export class LazyMarks {
  /** Work time spent marking as the reader scrolls, and its longest slice (the benchmark reads them). */
  workMs = 0;
  longestSliceMs = 0;
  /** The observer's reports so far: after a scroll, the benchmark waits for the next one. */
  reports = 0;

  private readonly groupOf = new Map<HighlightedMention, WaitingGroup>();
  /** The runs still waiting, by their sentinel (an element can start runs of several passes). */
  private readonly runsAt = new Map<Element, Run[]>();
  private observer: Pick<IntersectionObserver, 'observe' | 'unobserve' | 'disconnect'> | null = null;
  private queue: WaitingGroup[] = [];
  private draining: Promise<void> | null = null;
  /** Bumped by `reset`, so a run of marking that was overtaken stops at its next slice. */
  private generation = 0;

  constructor(private readonly options: LazyMarksOptions) {}

  /** True where marks can wait: the page can tell when an element comes into view. */
  static available(): boolean {
    return typeof IntersectionObserver === 'function';
  }

  /**
   * Makes the entries of `ascending` (sorted, non-overlapping mentions of `model`), all unmarked,
   * in slices of `clock` (null when `current` says the pass was overtaken meanwhile), gathered in
   * runs, each watched through its first element. The caller adds the entries to the page's
   * highlights in the same task, before the observer can first report (its reports are tasks of
   * their own).
   */
  async wait(model: TextModel, ascending: readonly Mention[], clock: SliceClock, current: () => boolean): Promise<HighlightedMention[] | null> {
    const entries: HighlightedMention[] = [];
    const runs: Run[] = [];
    let run: Run | null = null;
    let group: WaitingGroup | null = null;
    let previous: Mention | null = null;
    for (const [index, mention] of ascending.entries()) {
      if (index % MARK_BATCH === 0) {
        await clock.yieldIfDue();
        if (!current()) return null;
      }
      const ranges = model.domRangesOf(mention);
      const anchor = ranges[0]?.node;
      if (anchor === undefined) continue;
      const parent = anchor.parentElement ?? anchor.parentNode as Element;
      const startsGroup = group === null
        || ((parent !== group.target || group.mentions.length >= MARK_BATCH) && !sharesNode(model, previous!, mention));
      if (startsGroup) {
        // A group split only for its size stays in its element's run; no need to measure again.
        if (run === null || parent !== group!.target) {
          const next = joinOrStartRun(run, parent);
          if (next !== run) runs.push(next);
          run = next;
        }
        group = { model, mentions: [], entries: [], waiting: 0, target: parent };
        run.groups.push(group);
      }
      const entry: HighlightedMention = { entityId: mention.entityId, marks: [], anchor };
      group!.mentions.push(mention);
      group!.entries.push(entry);
      group!.waiting++;
      this.groupOf.set(entry, group!);
      entries.push(entry);
      previous = mention;
    }
    for (const waiting of runs) this.watch(waiting);
    return entries;
  }

  /**
   * Marks `entry` now (and the rest of its group, which shares its text nodes); false when it cannot
   * be marked. Its run stays watched for its other groups; a group marked already is skipped then.
   */
  markNow(entry: HighlightedMention): boolean {
    const group = this.groupOf.get(entry);
    if (group) this.markGroup(group, Infinity);
    return entry.marks.length > 0;
  }

  /** Resolves once every group that came into view is marked (the benchmark and tests wait for it). */
  async settled(): Promise<void> {
    while (this.draining) await this.draining;
  }

  /** Forgets every waiting mention and stops watching. */
  reset(): void {
    this.generation++;
    this.observer?.disconnect();
    this.observer = null;
    this.groupOf.clear();
    this.runsAt.clear();
    this.queue = [];
  }

  private watch(run: Run): void {
    const observer = this.observer ??= this.newObserver();
    const runs = this.runsAt.get(run.sentinel);
    if (runs) runs.push(run);
    else {
      this.runsAt.set(run.sentinel, [run]);
      observer.observe(run.sentinel);
    }
  }

  /** Queues the run's groups for marking and stops watching for it; nothing if it was queued before. */
  private take(run: Run): void {
    const runs = this.runsAt.get(run.sentinel);
    if (!runs?.includes(run)) return;
    const left = runs.filter((other) => other !== run);
    if (left.length > 0) this.runsAt.set(run.sentinel, left);
    else {
      this.runsAt.delete(run.sentinel);
      this.observer?.unobserve(run.sentinel);
    }
    this.queue.push(...run.groups);
  }

  private newObserver() {
    const callback: IntersectionObserverCallback = (entries) => this.cameNear(entries);
    const options = { rootMargin: LAZY_MARK_MARGIN };
    return this.options.observe?.(callback, options) ?? new IntersectionObserver(callback, options);
  }

  private cameNear(entries: readonly IntersectionObserverEntry[]): void {
    this.reports++;
    for (const { isIntersecting, target } of entries) {
      if (!isIntersecting) continue;
      for (const run of this.runsAt.get(target) ?? []) {
        if (run.previous) this.take(run.previous);
        this.take(run);
      }
    }
    if (this.draining !== null || this.queue.length === 0) return;
    const run = this.drain();
    this.draining = run;
    void run.finally(() => {
      if (this.draining === run) this.draining = null;
    });
  }

  /** Marks the queued groups in slices, the page rendering between them. */
  private async drain(): Promise<void> {
    const generation = this.generation;
    const clock = this.options.newClock();
    try {
      let marksThisFrame = 0;
      for (let group = this.queue.shift(); group; group = this.queue.shift()) {
        while (group.waiting > 0) {
          // Never past the frame's share: a batch of 64 after 63 made frames of 127 marks.
          marksThisFrame += this.markGroup(group, Math.min(MARK_BATCH, MARKS_PER_FRAME - marksThisFrame));
          const slices = clock.slices;
          if (marksThisFrame >= MARKS_PER_FRAME) await clock.pause(this.options.pauseAfterMarks);
          else await clock.yieldIfDue(this.options.pauseAfterMarks);
          if (clock.slices !== slices) marksThisFrame = 0;
          if (generation !== this.generation) return;
        }
      }
    } finally {
      clock.endSlice();
      this.workMs += clock.workMs;
      this.longestSliceMs = Math.max(this.longestSliceMs, clock.longestSliceMs);
    }
  }

  /** Marks up to `most` of the group's waiting mentions, the last of them first; returns how many it marked. */
  private markGroup(group: WaitingGroup, most: number): number {
    const from = Math.max(0, group.waiting - most);
    const mentions: Mention[] = [];
    const entries: HighlightedMention[] = [];
    for (let i = group.waiting - 1; i >= from; i--) {
      const entry = group.entries[i]!;
      this.groupOf.delete(entry);
      // Taken out meanwhile (the page changed that part, and it was read and marked afresh).
      if (!this.options.highlights.isUnmarked(entry)) continue;
      mentions.push(group.mentions[i]!);
      entries.push(entry);
    }
    group.waiting = from;
    const done = this.options.writeDom(() => this.options.highlighter.highlightMentions(group.model, mentions));
    done.forEach((marked, i) => {
      if (!marked) return;
      entries[i]!.marks = marked.marks;
      this.options.highlights.marked(entries[i]!);
    });
    return mentions.length;
  }
}

function sharesNode(model: TextModel, before: Mention, after: Mention): boolean {
  const lastOfBefore = model.domRangesOf(before).at(-1)?.node;
  const firstOfAfter = model.domRangesOf(after)[0]?.node;
  return lastOfBefore !== undefined && lastOfBefore === firstOfAfter;
}

/**
 * `current` when `target` lies within it (not above its top, not further down than a screen), else
 * a new run starting at `target`. Positions are in page coordinates, so a scroll between two slices
 * of the pass does not shift them; an element with no box runs alone.
 */
function joinOrStartRun(current: Run | null, target: Element): Run {
  const view = target.ownerDocument.defaultView;
  const scrolled = view?.scrollY ?? 0;
  const box = target.getBoundingClientRect();
  const boxless = box.width === 0 && box.height === 0;
  const top = box.top + scrolled;
  const follows = current !== null && !current.boxless && !boxless;
  if (follows && top >= current.top && box.bottom + scrolled <= current.top + (view?.innerHeight ?? 0)) return current;
  return { sentinel: target, groups: [], top, boxless, previous: follows ? current : null };
}
