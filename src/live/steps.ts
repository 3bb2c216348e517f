/**
 * Work written as a generator that yields wherever it may pause: the same code runs in one piece
 * (Node, the CLI, tests) or in slices on a page, where each slice is one task on the main thread.
 * A yield costs next to nothing; the slice clock decides which yields really hand the thread back.
 */
export type Steps<T> = Generator<void | typeof FRESH_SLICE, T>;

/**
 * Yielded before one long piece of work that cannot be cut (such as ICU loading its sentence rules
 * for the first `Intl.Segmenter`): the runner pauses first, so the piece has a task of its own
 * instead of landing at the end of a slice already used.
 */
export const FRESH_SLICE = Symbol('fresh slice');

/** Items of a loop run one per step at its start: their first run in a page compiles the code and regexes they use. */
const FIRST_ITEMS_ONE_PER_STEP = 8;

/**
 * Whether a loop over many items should yield before item `index`: before each of the first few,
 * which cost most in a fresh page, then every `every` items.
 */
export function isStepBoundary(index: number, every: number): boolean {
  return index < FIRST_ITEMS_ONE_PER_STEP || index % every === every - 1;
}

/** Runs `steps` to the end without pausing. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The clock a sliced run looks at (a SliceClock): whether the slice is used up, and how to pause. */
export interface StepClock {
  readonly sliceUsedUp: boolean;
  pause(pause: () => Promise<void>): Promise<void>;
}

/** Runs `steps` to the end, handing the thread to the page (`pause`) whenever the slice is used up. */
export async function runStepsInSlices<T>(steps: Steps<T>, clock: StepClock, pause: () => Promise<void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (clock.sliceUsedUp || step.value === FRESH_SLICE) await clock.pause(pause);
  }
}
