/**
 * Hands the main thread back to the page between slices of work. `scheduler.yield()` resumes us
 * ahead of other queued tasks (Chromium 129+); elsewhere a zero timeout lets input and paint run.
 */
interface SchedulerWithYield {
  yield(): Promise<void>;
}

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
