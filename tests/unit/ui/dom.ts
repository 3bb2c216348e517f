/**
 * A linkedom document as the global `document`, so Preact renders in Node as in a page.
 * Returns the mount point; call the returned cleanup in afterEach, or use `domPerTest`.
 */
import { parseHTML } from 'linkedom';
import { options, render } from 'preact';
import { afterEach, beforeEach } from 'vitest';

export function installDom(): { root: HTMLElement; window: Window & typeof globalThis; cleanup: () => void } {
  const { window, document } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  const saved = { document: globalThis.document, window: (globalThis as { window?: unknown }).window };
  Object.assign(globalThis, { document, window });
  // Preact runs effects after the next frame; Node has no frames, so run them on the next task.
  options.requestAnimationFrame = (callback) => setTimeout(callback, 0);
  return {
    root: document.getElementById('app') as unknown as HTMLElement,
    window: window as unknown as Window & typeof globalThis,
    cleanup: () => Object.assign(globalThis, saved),
  };
}

/** Lets effects, promises and timers already due run before checking the DOM. */
export async function settle(ms = 0): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, ms));
}

export type TestDom = ReturnType<typeof installDom>;

/**
 * A fresh document for every test of the calling file, with whatever Preact rendered unmounted
 * after each. The returned object always holds the current test's `root` and `window`.
 */
export function domPerTest(): TestDom {
  const current = {} as TestDom;
  beforeEach(() => {
    Object.assign(current, installDom());
  });
  afterEach(() => {
    render(null, current.root);
    current.cleanup();
  });
  return current;
}
