/**
 * The popup's view of the tab: it subscribes to the tab's content script and renders each state
 * the page pushes — the report as soon as the background has built it. It never asks again.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PageState } from '../../messaging/messages';
import type { PopupEnvironment } from './popup-environment';

/** `settled`: false while the page is still working and more is on its way. */
export type PageView = { phase: 'loading' } | { phase: 'unreachable' } | { phase: 'answered'; state: PageState; settled: boolean };

/** Still working: scanning, or scanned while the background builds the report. */
function isUnfinished(state: PageState): boolean {
  return state.status === 'scanning' || (state.status === 'ready' && state.report === null && state.reportFailed !== true);
}

export function usePageState(env: PopupEnvironment): { view: PageView } {
  const [view, setView] = useState<PageView>({ phase: 'loading' });
  useEffect(() => {
    let answered = false;
    return env.subscribePageState({
      onState: (state) => {
        answered = true;
        setView({ phase: 'answered', state, settled: !isUnfinished(state) });
      },
      // No content script (a browser page, or one loaded before Dossier): nothing will come.
      onGone: () => {
        if (!answered) setView({ phase: 'unreachable' });
      },
    });
  }, [env]);
  return { view };
}
