/**
 * The popup's view of the tab: asks the content script once, and again while it is still
 * scanning or after a setting changed, so counts follow what the page shows.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PageState } from '../../messaging/messages';
import type { PopupEnvironment } from './popup-environment';

export const RESCAN_POLL_MS = 400;
/** How long to wait for the analysis of a scanned page (it runs after the marks, off the critical path). */
export const ANALYSIS_WAIT_MS = 8000;

/** `settled`: false while the page is still working and we will ask again. */
export type PageView = { phase: 'loading' } | { phase: 'unreachable' } | { phase: 'answered'; state: PageState; settled: boolean };

/** Still working: scanning, or scanned but the analysis for the popup is not in yet (a page without marks builds it when asked). */
function isUnfinished(state: PageState): boolean {
  return state.status === 'scanning' || (state.status === 'ready' && state.report === null);
}

export function usePageState(env: PopupEnvironment): { view: PageView; refresh: () => void } {
  const [view, setView] = useState<PageView>({ phase: 'loading' });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const alive = useRef(true);
  const waitingSince = useRef<number | null>(null);

  const ask = useCallback(async () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const state = await env.getPageState().catch(() => null);
    if (!alive.current) return;
    if (state === null) {
      setView({ phase: 'unreachable' });
      return;
    }
    const unfinished = isUnfinished(state);
    if (!unfinished) waitingSince.current = null;
    else waitingSince.current ??= Date.now();
    const keepAsking = unfinished && Date.now() - (waitingSince.current ?? 0) < ANALYSIS_WAIT_MS;
    setView({ phase: 'answered', state, settled: !keepAsking });
    if (keepAsking) timer.current = setTimeout(() => void ask(), RESCAN_POLL_MS);
  }, [env]);

  useEffect(() => {
    alive.current = true;
    void ask();
    return () => {
      alive.current = false;
      if (timer.current !== null) clearTimeout(timer.current);
    };
  }, [ask]);

  // After a settings change the content script needs a moment to mark or unmark the page.
  const refresh = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    waitingSince.current = null;
    timer.current = setTimeout(() => void ask(), RESCAN_POLL_MS);
  }, [ask]);

  return { view, refresh };
}
