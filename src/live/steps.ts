/**
 * Work written as a generator that yields wherever it may pause: the same code runs in one piece
 * (Node, the CLI, tests) or in slices on a page, where each slice is one task on the main thread.
 * A yield costs next to nothing; the slice clock decides which yields really hand the thread back.
 */
export type Steps<T> = Generator<void, T>;

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
    if (clock.sliceUsedUp) await clock.pause(pause);
  }
}
