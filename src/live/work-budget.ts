/**
 * How much a page may cost Dossier. A page with a million nodes, or one that mutates without end,
 * gets a bounded amount of work; past it Dossier stops and says so instead of freezing the tab.
 */
export interface WorkBudgetLimits {
  /** Nodes the first scan may visit. */
  maxScanNodes: number;
  /** Work time (not wall time) the first scan may take. */
  maxScanMs: number;
  /** Work time that updates for a changing page may take within `windowMs`. */
  maxUpdateMs: number;
  windowMs: number;
  /**
   * Batches of changes waiting while Dossier still works on an earlier one. Work time alone misses
   * a page that changes faster than Dossier can follow while leaving it little of the thread: the
   * queue grows without end while the work per window stays under the limit.
   */
  maxQueuedUpdates?: number;
}

export const DEFAULT_LIMITS: Readonly<WorkBudgetLimits> = Object.freeze({
  maxScanNodes: 400_000,
  maxScanMs: 4_000,
  maxUpdateMs: 1_500,
  windowMs: 10_000,
  // With changes collected for 60 ms a batch, 25 waiting batches are Dossier 1.5 s behind the page.
  maxQueuedUpdates: 25,
});

export class WorkBudget {
  private readonly updates: { at: number; ms: number }[] = [];

  constructor(readonly limits: WorkBudgetLimits = DEFAULT_LIMITS) {}

  scanAllows(visitedNodes: number, workMs: number): boolean {
    return visitedNodes <= this.limits.maxScanNodes && workMs <= this.limits.maxScanMs;
  }

  /** Whether Dossier may go on following a page with `queued` batches of changes waiting. */
  backlogAllows(queued: number): boolean {
    return queued <= (this.limits.maxQueuedUpdates ?? Infinity);
  }

  /** Books an update's work at time `at`; false once the window holds more than the limit. */
  spendOnUpdate(at: number, ms: number): boolean {
    this.updates.push({ at, ms });
    while (this.updates.length > 0 && this.updates[0]!.at < at - this.limits.windowMs) this.updates.shift();
    const spent = this.updates.reduce((sum, update) => sum + update.ms, 0);
    return spent <= this.limits.maxUpdateMs;
  }
}
