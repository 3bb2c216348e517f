/**
 * Scans a page and keeps its highlights current, without ever holding the main thread long:
 * the text model is read in node batches, matching and marking run in slices, and the page
 * gets the thread back between slices. Live changes come in batches from the MutationBatcher and
 * are rescanned subtree by subtree. Plain DOM, no extension API: the content script wires it.
 */
import type { Mention } from '../matching/mention';
import { DEFAULT_SLICE_MS, SliceClock } from '../live/slice-clock';
import { MutationBatcher } from '../live/mutation-batcher';
import { WorkBudget } from '../live/work-budget';
import { yieldForPaint, yieldToPage } from '../live/yield-to-page';
import { MODEL_NODE_STEP, TextModelBuilder, type TextModel } from '../text/text-model';
import { TextNodeReader } from '../text/text-nodes';
import { Highlighter, type HighlightedMention, type MarkDecoration } from './highlighter';
import { LAZY_MARK_CAP, LazyMarks } from './lazy-marks';
import { PageHighlights } from './page-highlights';
import { viewportFirstOrder } from './viewport-first';

export type ScanStatus = 'idle' | 'scanning' | 'ready' | 'over-budget' | 'stopped';

export interface PageScannerOptions {
  /** What to scan: the body, usually. */
  root: Node;
  /** The engine's matcher. */
  findMentions(text: string): Mention[];
  /**
   * The same matcher in steps (`MentionMatcher.findMentionsInSteps`): when given, a page's text is
   * matched in slices, so a page dense with names is never held for the whole match.
   */
  mentionSteps?(text: string): Generator<void, Mention[]>;
  /**
   * Whether a text may hold a mention (`MentionMatcher.mayNameAnythingInSteps`): when given, the
   * first pass looks at the page's text nodes before it builds the text model, and builds none on a
   * page that names nothing (the report then reads the page when the popup asks).
   */
  mayNameAnything?(text: string): Generator<void, boolean>;
  decoration: MarkDecoration;
  /** Called whenever status or highlights change. */
  onChange?(): void;
  budget?: WorkBudget;
  sliceMs?: number;
  /** Hands the thread to the page between slices. */
  pause?: () => Promise<void>;
  /** Watch the page for changes after the first scan (the benchmark measures one pass). */
  live?: boolean;
  /** After each live update: its work time and how much text it read (the benchmark's incremental figures). */
  onUpdate?(update: { workMs: number; textLength: number; roots: number }): void;
  /**
   * Past `LAZY_MARK_CAP` mentions, mark those near the viewport and the rest as the reader scrolls
   * (lazy-marks.ts). On by default where the page has an IntersectionObserver.
   */
  lazyMarks?: boolean;
}

/** A whole page's text model and what the engine found in it. */
export interface FullScan {
  model: TextModel;
  mentions: Mention[];
}

/** Figures of the last full pass, read by the benchmark and the e2e tests. */
export interface ScanStats {
  workMs: number;
  wallMs: number;
  longestSliceMs: number;
  slices: number;
  nodesVisited: number;
  /** Characters of the model's text; without a model, of the text the quick look read. */
  textLength: number;
  /** Mentions found; all of them count, marked or not. */
  mentions: number;
  /** Mentions marked by the end of the pass (fewer on a dense page: the rest wait for the reader). */
  marked: number;
  /** The quick look at the page's text nodes (reading them, and asking whether they name anything). */
  lookMs: number;
  /** Reading the text model, in slices; 0 when the quick look found that the page names nothing. */
  modelMs: number;
  /** The matcher over the model's text, in slices; 0 without a model. */
  matchMs: number;
  /** Whether the pass built the text model: not on a page whose text nodes name nothing. */
  modelBuilt: boolean;
}

export class PageScanner {
  status: ScanStatus = 'idle';
  readonly highlights = new PageHighlights();
  /**
   * The page as the last full pass read it, and the engine's mentions in it, for the report to
   * reuse; null once a live update has changed the page (no single model describes it then).
   */
  fullScan: FullScan | null = null;
  stats: ScanStats | null = null;
  /** Work time spent on live updates so far. */
  updateWorkMs = 0;
  /**
   * The work of the last `currentScan` that had to read the page (no pass had kept its model), and
   * its longest slice: the benchmark counts them as the report's work on the page.
   */
  lastRead: { workMs: number; longestSliceMs: number } | null = null;
  /** Live updates started so far: a model read while one ran describes no single state of the page. */
  private updatesStarted = 0;

  private readonly highlighter: Highlighter;
  /** Marks that wait for the reader on a dense page; null where they cannot (no IntersectionObserver) or should not. */
  readonly lazyMarks: LazyMarks | null;
  private readonly budget: WorkBudget;
  private readonly pause: () => Promise<void>;
  /** Between slices of the first pass's marking: the page renders what a slice added before the next adds more. */
  private readonly pauseAfterMarks: () => Promise<void>;
  /** Batches of changes handed over and not yet started. */
  private queuedUpdates = 0;
  private batcher: MutationBatcher | null = null;
  /** Bumped on every start and stop, so a pass that was overtaken stops at its next slice. */
  private generation = 0;
  private updating: Promise<void> = Promise.resolve();

  constructor(private readonly options: PageScannerOptions) {
    this.highlighter = new Highlighter(options.decoration);
    this.budget = options.budget ?? new WorkBudget();
    this.pause = options.pause ?? yieldToPage;
    this.pauseAfterMarks = options.pause ?? yieldForPaint;
    this.lazyMarks = options.lazyMarks !== false && LazyMarks.available()
      ? new LazyMarks({
        highlighter: this.highlighter,
        highlights: this.highlights,
        writeDom: (change) => this.writeDom(change),
        newClock: () => this.newClock(),
        pauseAfterMarks: this.pauseAfterMarks,
      })
      : null;
  }

  /** Clears any previous highlights, then scans the whole root. */
  async start(): Promise<void> {
    this.clear();
    const generation = ++this.generation;
    this.setStatus('scanning');
    const started = performance.now();
    const clock = this.newClock();
    let visited = 0;
    const allows = (nodes: number) => {
      visited = nodes;
      return this.budget.scanAllows(nodes, clock.workMs);
    };
    const quickLook = this.options.mayNameAnything ? await this.lookAtTextNodes(clock, generation, allows) : 'may name';
    if (quickLook === 'over-budget') return this.overBudget(clock);
    if (quickLook === null) return;
    const lookMs = clock.workSoFar();
    if (typeof quickLook === 'object') {
      const figures = { nodesVisited: visited, textLength: quickLook.textLength, mentions: 0, marked: 0, lookMs, modelMs: 0, matchMs: 0, modelBuilt: false };
      return this.finishPass(clock, started, figures, quickLook.shadowRoots);
    }
    const model = await this.readModel(this.options.root, clock, generation, allows);
    if (model === 'over-budget') return this.overBudget(clock);
    if (model === null) return;
    const modelMs = clock.workSoFar() - lookMs;
    const matchStarted = clock.workSoFar();
    const mentions = await this.match(model.text, clock);
    const matchMs = clock.workSoFar() - matchStarted;
    if (generation !== this.generation) return;
    const marked = await this.placeMarks(model, mentions, clock, generation, this.pauseAfterMarks);
    if (marked === null) return;
    this.fullScan = { model, mentions };
    this.highlights.add(marked);
    const figures = { nodesVisited: visited, textLength: model.text.length, mentions: marked.length, marked: this.highlights.markedCount, lookMs, modelMs, matchMs, modelBuilt: true };
    this.finishPass(clock, started, figures, shadowRootsOf(model));
  }

  /** Ends a first pass: its figures, the watch for live changes (in these shadow roots too), and status ready. */
  private finishPass(clock: SliceClock, started: number, figures: Omit<ScanStats, 'workMs' | 'wallMs' | 'longestSliceMs' | 'slices'>, shadowRoots: Iterable<ShadowRoot>): void {
    clock.endSlice();
    this.stats = { workMs: clock.workMs, wallMs: performance.now() - started, longestSliceMs: clock.longestSliceMs, slices: clock.slices, ...figures };
    if (this.options.live !== false) this.watch(shadowRoots);
    this.setStatus('ready');
  }

  /**
   * The first pass's quick look: the page's text nodes, read natively (text-nodes.ts), asked whether
   * they name anything. 'may name' when they may: the model is then built and matched as usual.
   * When they name nothing, the open shadow roots read (for a live page's observer) and the length of
   * the text looked at. Null when overtaken.
   *
   * Most pages name nothing, and this look costs less than building the model (text-nodes.ts says
   * why what the model holds is found in what it looks at).
   */
  private async lookAtTextNodes(
    clock: SliceClock,
    generation: number,
    allows: (visitedNodes: number) => boolean,
  ): Promise<{ shadowRoots: ShadowRoot[]; textLength: number } | 'may name' | 'over-budget' | null> {
    const reader = new TextNodeReader(this.options.root);
    const read = await this.readInSlices(reader, TEXT_NODE_STEP, clock, generation, allows);
    if (read !== 'read') return read;
    // Joining a page of megabytes is a piece of work of its own: each gets a fresh slice when due.
    await clock.yieldIfDue();
    const text = reader.text();
    await clock.yieldIfDue();
    if (generation !== this.generation) return null;
    const names = await this.inSlices(this.options.mayNameAnything!(text), clock);
    if (generation !== this.generation) return null;
    return names ? 'may name' : { shadowRoots: reader.shadowRoots, textLength: text.length };
  }

  /**
   * The whole page's text model and the engine's mentions in it, as the page is now: the last full
   * pass's while no live update has touched the page, else read again, in slices. Null when not
   * scanned (or stopped meanwhile).
   */
  async currentScan(): Promise<FullScan | null> {
    if (this.fullScan !== null || this.status !== 'ready') return this.fullScan;
    const generation = this.generation;
    const updates = this.updatesStarted;
    const clock = this.newClock();
    const model = await this.readModel(this.options.root, clock, generation);
    if (model === null || model === 'over-budget') return null;
    const fresh = { model, mentions: await this.match(model.text, clock) };
    clock.endSlice();
    this.lastRead = { workMs: clock.workMs, longestSliceMs: clock.longestSliceMs };
    // Kept for the next report while the page has not changed since (nor been rescanned).
    if (generation === this.generation && updates === this.updatesStarted) this.fullScan = fresh;
    return fresh;
  }

  /**
   * Makes sure `mention` has its marks (it may wait unmarked, far from the viewport of a dense
   * page): false when it cannot be marked (the page changed its text).
   */
  markNow(mention: HighlightedMention): boolean {
    if (mention.marks.length > 0) return true;
    return this.lazyMarks?.markNow(mention) ?? false;
  }

  /** Removes every highlight and stops watching; the DOM is as it was. */
  stop(): void {
    this.generation++;
    this.clear();
    this.setStatus('stopped');
  }

  private newClock(): SliceClock {
    return new SliceClock(this.options.sliceMs ?? DEFAULT_SLICE_MS, undefined, this.pause);
  }

  /**
   * Reads the text model of `root`, MODEL_NODE_STEP nodes between two looks at the clock. Null when
   * overtaken by a newer pass; 'over-budget' when `allows` (given the nodes visited) says stop.
   */
  private async readModel(
    root: Node,
    clock: SliceClock,
    generation: number,
    allows: (visitedNodes: number) => boolean = () => true,
  ): Promise<TextModel | null | 'over-budget'> {
    const builder = new TextModelBuilder(root, { shadowRoots: true });
    const read = await this.readInSlices(builder, MODEL_NODE_STEP, clock, generation, allows);
    return read === 'read' ? builder.build() : read;
  }

  /**
   * Runs `reader` to its end, `step` nodes between two looks at the clock. Null when overtaken by a
   * newer pass; 'over-budget' when `allows` (given the nodes visited) says stop.
   */
  private async readInSlices(
    reader: { advance(nodeBudget: number): boolean },
    step: number,
    clock: SliceClock,
    generation: number,
    allows: (visitedNodes: number) => boolean,
  ): Promise<'read' | 'over-budget' | null> {
    let visited = 0;
    while (!reader.advance(step)) {
      visited += step;
      if (!allows(visited)) return 'over-budget';
      await clock.yieldIfDue();
      if (generation !== this.generation) return null;
    }
    return 'read';
  }

  /** The engine's mentions in `text`, in slices when the matcher can pause. */
  private async match(text: string, clock: SliceClock): Promise<Mention[]> {
    const steps = this.options.mentionSteps?.(text);
    return steps ? this.inSlices(steps, clock) : this.options.findMentions(text);
  }

  /** Runs `steps` to their end, handing the thread back whenever the slice is used up. */
  private async inSlices<T>(steps: Generator<void, T>, clock: SliceClock): Promise<T> {
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      await clock.yieldIfDue();
    }
  }

  /**
   * The mentions of `model` as the page's highlights, in document order: marked now when they are
   * at most `LAZY_MARK_CAP`, else waiting to be marked as the reader comes near (lazy-marks.ts).
   * Null when overtaken.
   */
  private async placeMarks(model: TextModel, mentions: Mention[], clock: SliceClock, generation: number, handBack?: () => Promise<void>): Promise<HighlightedMention[] | null> {
    const ascending = inOrderWithoutOverlaps(mentions);
    if (ascending.length > LAZY_MARK_CAP && this.lazyMarks) return this.lazyMarks.wait(model, ascending, clock, () => generation === this.generation);
    return this.highlightSliced(model, ascending, clock, generation, handBack);
  }

  /**
   * Marks the mentions (sorted, non-overlapping) a batch at a time, those in view first (see
   * viewport-first.ts), each part from last to first (see Highlighter), handing the thread back
   * with `handBack` between slices. Returns them in document order; null when overtaken.
   */
  private async highlightSliced(model: TextModel, ascending: Mention[], clock: SliceClock, generation: number, handBack?: () => Promise<void>): Promise<HighlightedMention[] | null> {
    const marked: { start: number; mention: HighlightedMention }[] = [];
    const ordered = viewportFirstOrder(model, ascending);
    for (let from = 0; from < ordered.length; from += MARK_BATCH) {
      const batch = ordered.slice(from, from + MARK_BATCH);
      const done = this.writeDom(() => this.highlighter.highlightMentions(model, batch));
      done.forEach((mention, i) => {
        if (mention) marked.push({ start: batch[i]!.start, mention });
      });
      await clock.yieldIfDue(handBack);
      if (generation !== this.generation) {
        this.writeDom(() => this.highlighter.unhighlight(marked.map(({ mention }) => mention)));
        return null;
      }
    }
    return marked.sort((a, b) => a.start - b.start).map(({ mention }) => mention);
  }

  private watch(shadowRoots: Iterable<ShadowRoot>): void {
    const batcher = new MutationBatcher({ onBatch: (roots) => this.enqueueUpdate(roots) });
    this.batcher = batcher;
    batcher.observe(this.options.root);
    for (const root of shadowRoots) batcher.observe(root);
  }

  private enqueueUpdate(roots: Element[]): void {
    const generation = this.generation;
    if (!this.budget.backlogAllows(++this.queuedUpdates)) {
      this.stopFollowing();
      return;
    }
    this.updating = this.updating.then(() => {
      this.queuedUpdates--;
      return this.update(roots, generation);
    });
  }

  /** Past the budget for a changing page: keeps what is marked, follows no more changes. */
  private stopFollowing(): void {
    this.batcher?.stop();
    this.batcher = null;
    this.setStatus('over-budget');
  }

  /** Rescans the subtrees that changed: their old marks go, their text is read and marked anew. */
  private async update(roots: Element[], generation: number): Promise<void> {
    if (generation !== this.generation || this.status !== 'ready') return;
    this.updatesStarted++;
    this.fullScan = null;
    const clock = this.newClock();
    let changed = this.highlights.takeDisconnected().length > 0;
    let textLength = 0;
    for (const root of roots) {
      if (!root.isConnected) continue;
      const old = this.highlights.takeWithin(root, this.batcher?.shadowRoots() ?? []);
      if (old.length > 0) {
        this.writeDom(() => this.highlighter.unhighlight(old));
        changed = true;
      }
      const model = await this.readModel(root, clock, generation);
      if (model === null || model === 'over-budget') return;
      textLength += model.text.length;
      const mentions = await this.match(model.text, clock);
      if (generation !== this.generation) return;
      // A live update marks what the page just added, which the page renders anyway: no wait for frames.
      const marked = await this.placeMarks(model, mentions, clock, generation);
      if (marked === null || generation !== this.generation) return;
      if (marked.length > 0) changed = true;
      this.highlights.add(marked);
      for (const shadow of shadowRootsOf(model)) this.batcher?.observe(shadow);
      await clock.yieldIfDue();
      if (generation !== this.generation) return;
    }
    clock.endSlice();
    this.updateWorkMs += clock.workMs;
    this.options.onUpdate?.({ workMs: clock.workMs, textLength, roots: roots.length });
    if (!this.budget.spendOnUpdate(performance.now(), clock.workMs)) {
      this.batcher?.stop();
      this.batcher = null;
      this.setStatus('over-budget');
      return;
    }
    if (changed) this.options.onChange?.();
  }

  private overBudget(clock: SliceClock): void {
    clock.endSlice();
    this.setStatus('over-budget');
  }

  private clear(): void {
    this.batcher?.stop();
    this.batcher = null;
    this.lazyMarks?.reset();
    const all = this.highlights.takeAll();
    if (all.length > 0) this.highlighter.unhighlight(all);
    this.fullScan = null;
  }

  /** Our own DOM changes, hidden from our own observer. */
  private writeDom<T>(change: () => T): T {
    return this.batcher ? this.batcher.withoutObserving(change) : change();
  }

  private setStatus(status: ScanStatus): void {
    this.status = status;
    this.options.onChange?.();
  }
}

/**
 * Text nodes the quick look reads between two looks at the clock: the browser's walker takes well
 * under a microsecond for each, cold or not.
 */
const TEXT_NODE_STEP = 1024;

/**
 * Mentions marked in one go before the clock is asked again: a few milliseconds of work, and few
 * enough cuts of one long text node per batch that its copies stay cheap.
 */
const MARK_BATCH = 64;

/**
 * The mentions in document order, without overlaps: overlapping mentions would nest marks; the
 * engine should not give any, and the later one wins. The engine gives them in order, so they are
 * sorted only when they are not (a hundred thousand of them cost tens of milliseconds to sort).
 */
function inOrderWithoutOverlaps(mentions: readonly Mention[]): Mention[] {
  const ascending = mentions.every((mention, i) => i === 0 || mentions[i - 1]!.start <= mention.start)
    ? mentions
    : [...mentions].sort((a, b) => a.start - b.start);
  const kept: Mention[] = [];
  let nextStart = Infinity;
  for (let i = ascending.length - 1; i >= 0; i--) {
    const mention = ascending[i]!;
    if (mention.end > nextStart) continue;
    kept.push(mention);
    nextStart = mention.start;
  }
  return kept.reverse();
}

/** The open shadow roots a model read text from: each needs its own observer. */
function shadowRootsOf(model: TextModel): Set<ShadowRoot> {
  const roots = new Set<ShadowRoot>();
  let lastParent: Node | null = null;
  for (const piece of model.pieces) {
    const parent = piece.node.parentNode;
    if (parent === lastParent) continue;
    lastParent = parent;
    const root = piece.node.getRootNode();
    if (root.nodeType === 11) roots.add(root as ShadowRoot);
  }
  return roots;
}
