/**
 * The content script: wires the page session (src/highlight/page-session.ts) to settings,
 * messages and Dossier's shadow-root UI. Runs in every frame; only the top frame reports state.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageSession } from '../../src/highlight/page-session';
import { isToContentScript, type PageState, type ToBackground } from '../../src/messaging/messages';
import { DOSSIER_UI_ATTRIBUTE } from '../../src/text/visibility';
import { loadStoredMatcher } from '../../src/settings/matcher-store';
import { setMessageLookup } from '../../src/ui/shared/strings';
import '../../src/ui/card/hover-card.css';
import { buildReport } from './build-report';
import { watchPageConfig } from './page-config';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    setMessageLookup((key, substitutions) => browser.i18n.getMessage(key, substitutions));
    const isTopFrame = window === window.top;
    const session = new PageSession({
      doc: document,
      url: () => location.href,
      mountCardContainer: () => mountCardContainer(ctx),
      buildReport,
      storedMatcher: loadStoredMatcher,
      onStateChange: (state) => {
        if (isTopFrame) reportState(state);
      },
    });

    // Registered before the first await, so the popup's first question is never lost.
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (!isTopFrame || !isToContentScript(message)) return undefined;
      switch (message.type) {
        case 'get-page-state':
          return Promise.resolve(session.stateForPopup());
        case 'scroll-to-mention':
          return Promise.resolve(session.scrollToMention(message.entityId, message.index));
        case 'next-mention':
          return Promise.resolve(session.nextMention());
      }
    });

    const { source, stop } = await watchPageConfig((changed) => void session.configure(changed.current(location.href)));
    ctx.onInvalidated(() => {
      stop();
      session.destroy();
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      const config = source.current(location.href);
      void session.configure(config).then(() => session.rescan());
    });
    await session.configure(source.current(location.href));
  },
});

function reportState(state: PageState): void {
  // The worker keeps the status and the count (badge, menus); the popup asks the tab itself for the
  // report, so the report, tens of KB on a long article, is not copied to the worker on every change.
  const message: ToBackground = { type: 'page-state-changed', state: { ...state, report: null } };
  // The worker may be asleep or reloading; the next change reports again.
  browser.runtime.sendMessage(message).catch(() => undefined);
}

async function mountCardContainer(ctx: ContentScriptContext): Promise<HTMLElement> {
  const ui = await createShadowRootUi(ctx, {
    name: 'dossier-card',
    // Closed: the page's scripts get null from host.shadowRoot, so they can neither read what the
    // card shows (names, notes, quotes) nor change it. Our own code keeps the root WXT hands back.
    mode: 'closed',
    position: 'overlay',
    anchor: 'html',
    append: 'last',
    onMount: (container, _shadow, host) => {
      // The text model skips Dossier's own UI, so card text is never read or highlighted.
      host.setAttribute(DOSSIER_UI_ATTRIBUTE, '');
      return container;
    },
  });
  ui.mount();
  return ui.uiContainer;
}
