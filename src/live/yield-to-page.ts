/**
 * Hands the main thread back to the page between slices of work.
 *
 * `scheduler.yield()` (Chromium 129+) resumes us ahead of other queued tasks: the right thing for a
 * short job, which should finish before the page's next timers and messages. On a long job it
 * starves them: measured on a page of 5 MB dense with names, a `page.evaluate` (one ordinary task)
 * waited for the whole scan. So once work has gone on for `FAIR_TURN_MS` with only such yields,
 * the next yield is an ordinary task (a MessageChannel message, unclamped unlike a nested timeout)
 * that queues behind whatever the page has waiting. Elsewhere, every yield is one.
 */
interface SchedulerWithYield {
  yield(): Promise<void>;
}

/** Longest stretch of continuous work in which queued page tasks may wait behind our continuations. */
export const FAIR_TURN_MS = 50;

let lastOrdinaryTurn = -Infinity;

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  const now = performance.now();
  if (scheduler && typeof scheduler.yield === 'function' && now - lastOrdinaryTurn < FAIR_TURN_MS) return scheduler.yield();
  lastOrdinaryTurn = now;
  return ordinaryTask();
}

/**
 * Hands the thread back until the page has rendered: for work that changes the DOM. The page's
 * style and layout work follows the marks added since its last frame; pausing for a frame after
 * each slice keeps that work one slice's worth, where yields that skip rendering let thousands of
 * marks pile up into one rendering task of hundreds of milliseconds (measured: 600 ms on a 1 MB
 * page dense with names). A hidden page does not render: it gets an ordinary task instead.
 */
export function yieldForPaint(): Promise<void> {
  const frame = (globalThis as { requestAnimationFrame?: (callback: () => void) => number }).requestAnimationFrame;
  const doc = (globalThis as { document?: Document }).document;
  if (typeof frame !== 'function' || doc === undefined || doc.visibilityState === 'hidden') return yieldToPage();
  lastOrdinaryTurn = performance.now();
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve();
    };
    // The frame callback runs just before rendering; the task after it runs once the frame is done.
    frame(() => void ordinaryTask().then(finish));
    // A page that stops rendering while visible (a throttled frame) must not stop the work.
    setTimeout(finish, PAINT_WAIT_LIMIT_MS);
  });
}

/** How long `yieldForPaint` waits for a frame before going on without one. */
const PAINT_WAIT_LIMIT_MS = 100;

function ordinaryTask(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
