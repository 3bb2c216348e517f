/**
 * Measures work in slices: a slice ends when it has run `sliceMs`, and the caller yields to the
 * page. It also keeps the totals the benchmark and the work budget read.
 */
export type Clock = () => number;

/** Long enough to get work done, short enough to stay far below the 50 ms of a "long task". */
export const DEFAULT_SLICE_MS = 8;

export class SliceClock {
  private sliceStart: number;
  /** Time spent working, without the time handed back to the page. */
  workMs = 0;
  longestSliceMs = 0;
  slices = 0;

  constructor(private readonly sliceMs = DEFAULT_SLICE_MS, private readonly now: Clock = () => performance.now()) {
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

  /** Ends the slice, lets `pause` hand the thread over, and starts the next one. */
  async pause(pause: () => Promise<void>): Promise<void> {
    this.endSlice();
    await pause();
    this.startSlice();
  }
}
