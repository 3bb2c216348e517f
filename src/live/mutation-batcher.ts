/**
 * Watches a page (and its open shadow roots) for new or changed text and hands it over in batches,
 * off the critical path: records are only collected when they arrive; the work waits for a quiet
 * moment. Dossier's own DOM changes are made inside `withoutObserving`, so they are never seen.
 */
import { dirtyRootsOf } from './dirty-roots';

export interface MutationBatcherOptions {
  /** Gets the subtrees that need a new look. */
  onBatch(roots: Element[]): void;
  /** How long to collect before handing a batch over. */
  delayMs?: number;
}

const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export class MutationBatcher {
  private readonly observer: MutationObserver;
  private readonly pending: MutationRecord[] = [];
  private readonly observed = new Set<Node>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  constructor(private readonly options: MutationBatcherOptions) {
    this.observer = new MutationObserver((records) => this.collect(records));
  }

  observe(root: Node): void {
    if (this.stopped || this.observed.has(root)) return;
    this.observed.add(root);
    this.observer.observe(root, OBSERVE);
  }

  /** The open shadow roots being watched (besides the document). */
  *shadowRoots(): Iterable<ShadowRoot> {
    for (const root of this.observed) if (root.nodeType === 11) yield root as ShadowRoot;
  }

  /** Runs Dossier's own DOM changes unseen; the page's changes queued so far are kept. */
  withoutObserving<T>(change: () => T): T {
    this.collect(this.observer.takeRecords());
    try {
      return change();
    } finally {
      this.observer.takeRecords();
    }
  }

  stop(): void {
    this.stopped = true;
    this.observer.disconnect();
    this.observed.clear();
    this.pending.length = 0;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private collect(records: MutationRecord[]): void {
    if (this.stopped || records.length === 0) return;
    for (const record of records) this.pending.push(record);
    if (this.timer === null) this.timer = setTimeout(() => this.flush(), this.options.delayMs ?? 60);
  }

  private flush(): void {
    this.timer = null;
    if (this.stopped) return;
    const records = this.pending.splice(0);
    const roots = dirtyRootsOf(records);
    if (roots.length > 0) this.options.onBatch(roots);
  }
}
