/**
 * The page thread's one scheduler. Work on the page (reading the text model, marking, compiling a
 * matcher no one stored) runs in slices: a slice ends when it has run `sliceMs`, and
 * `yieldIfDue()` then hands the thread back to the page. It also keeps the totals the benchmark
 * and the work budget read. Analysis never runs here: the background does it in one piece.
 */
import { yieldToPage } from './yield-to-page';

export type Clock = () => number;

/** Long enough to get work done, short enough to stay far below the 50 ms of a "long task". */
export const DEFAULT_SLICE_MS = 8;

export class SliceClock {
  private sliceStart: number;
  /** Time spent working, without the time handed back to the page. */
  workMs = 0;
  longestSliceMs = 0;
  slices = 0;

  constructor(
    private readonly sliceMs = DEFAULT_SLICE_MS,
    private readonly now: Clock = () => performance.now(),
    /** How the thread is handed back to the page between slices. */
    private readonly handBack: () => Promise<void> = yieldToPage,
  ) {
    this.sliceStart = now();
  }

  /** True once the current slice has used its time. */
  get sliceUsedUp(): boolean {
    return this.now() - this.sliceStart >= this.sliceMs;
  }

  /** Work so far, the running slice included. */
  workSoFar(): number {
    return this.workMs + (this.now() - this.sliceStart);
  }

  /** Closes the current slice (before yielding). */
  endSlice(): void {
    const length = this.now() - this.sliceStart;
    this.workMs += length;
    this.slices++;
    if (length > this.longestSliceMs) this.longestSliceMs = length;
  }

  /** Opens a new slice (after the page had its turn). */
  startSlice(): void {
    this.sliceStart = this.now();
  }

  /** Ends the slice, hands the thread over (`handBack`, or the clock's own way), and starts the next one. */
  async pause(handBack: () => Promise<void> = this.handBack): Promise<void> {
    this.endSlice();
    await handBack();
    this.startSlice();
  }

  /** Between two pieces of work: pauses when the slice is used up (`handBack` as for `pause`). */
  async yieldIfDue(handBack?: () => Promise<void>): Promise<void> {
    if (this.sliceUsedUp) await this.pause(handBack);
  }
}
