/**
 * The popup's view of the tab: asks the content script once, and again while it is still
 * scanning or after a setting changed, so counts follow what the page shows.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PageState } from '../../messaging/messages';
import type { PopupEnvironment } from './popup-environment';

export const RESCAN_POLL_MS = 400;

export type PageView = { phase: 'loading' } | { phase: 'unreachable' } | { phase: 'answered'; state: PageState };

export function usePageState(env: PopupEnvironment): { view: PageView; refresh: () => void } {
  const [view, setView] = useState<PageView>({ phase: 'loading' });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const alive = useRef(true);

  const ask = useCallback(async () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const state = await env.getPageState().catch(() => null);
    if (!alive.current) return;
    setView(state === null ? { phase: 'unreachable' } : { phase: 'answered', state });
    if (state?.status === 'scanning') timer.current = setTimeout(() => void ask(), RESCAN_POLL_MS);
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
    timer.current = setTimeout(() => void ask(), RESCAN_POLL_MS);
  }, [ask]);

  return { view, refresh };
}
