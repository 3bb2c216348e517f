/**
 * The content script: wires the page session (src/content/page-session.ts) to settings,
 * messages and Dossier's shadow-root UI. Runs in every frame; only the top frame reports state.
 * The analysis runs in the background: this script sends it the page's text and keeps the report.
 */
import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { PageText } from '../../src/analysis/page-text';
import type { AnalysisReport, ArticleMetadata } from '../../src/analysis/types';
import { setDossierLookup } from '../../src/content/card-controller';
import { PageSession } from '../../src/content/page-session';
import { isSpeakerHistoryAnswer } from '../../src/messaging/dossier-messages';
import {
  isArticleMetadata,
  isReport,
  isToContentScript,
  POPUP_PORT,
  type PageState,
  type ToBackground,
  type ToPopup,
} from '../../src/messaging/messages';
import { loadStoredMatcher } from '../../src/settings/matcher-store';
import { DOSSIER_UI_ATTRIBUTE } from '../../src/text/visibility';
import { setMessageLookup } from '../../src/i18n/strings';
import '../../src/ui/card/hover-card.css';
import { watchPageConfig } from './page-config';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    setMessageLookup((key, substitutions) => browser.i18n.getMessage(key, substitutions));
    setDossierLookup({
      async history(entityId) {
        const message: ToBackground = { type: 'speaker-history', entityId, pageUrl: location.href };
        const answer: unknown = await browser.runtime.sendMessage(message);
        return isSpeakerHistoryAnswer(answer) ? answer : null;
      },
      open(entityId) {
        const message: ToBackground = { type: 'open-dossier', entityId };
        browser.runtime.sendMessage(message).catch(() => undefined);
      },
    });
    const isTopFrame = window === window.top;
    const popups = new Set<Browser.runtime.Port>();
    const session = new PageSession({
      doc: document,
      url: () => location.href,
      mountCardContainer: () => mountCardContainer(ctx),
      analyze,
      readHeader,
      storedMatcher: loadStoredMatcher,
      onStateChange: (state) => {
        if (!isTopFrame) return;
        reportState(state);
        for (const port of popups) pushState(port, state);
      },
    });

    // Registered before the first await, so the popup's first question is never lost.
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (!isTopFrame || !isToContentScript(message)) return undefined;
      switch (message.type) {
        case 'get-page-state':
          return Promise.resolve({ ...session.state(), url: location.href });
        case 'scroll-to-mention':
          return Promise.resolve(session.scrollToMention(message.entityId, message.index));
        case 'next-mention':
          return Promise.resolve(session.nextMention());
      }
    });
    // The popup subscribes: it gets the state at once and every change after, never asks again.
    browser.runtime.onConnect.addListener((port) => {
      if (!isTopFrame || port.name !== POPUP_PORT) return;
      popups.add(port);
      port.onDisconnect.addListener(() => popups.delete(port));
      pushState(port, session.popupOpened());
    });

    const { source, stop } = await watchPageConfig((changed) => void session.configure(changed.current(location.href)));
    ctx.onInvalidated(() => {
      stop();
      session.destroy();
      for (const port of popups) port.disconnect();
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      const config = source.current(location.href);
      void session.configure(config).then(() => session.rescan());
    });
    await session.configure(source.current(location.href));
  },
});

function pushState(port: Browser.runtime.Port, state: PageState): void {
  const message: ToPopup = { type: 'page-state', state: { ...state, url: location.href } };
  try {
    port.postMessage(message);
  } catch {
    // The popup closed between the change and the push.
  }
}

/** The background's report; a stopped worker is started again by the message. */
async function analyze(page: PageText): Promise<AnalysisReport> {
  const message: ToBackground = { type: 'analyze-page', page };
  const answer: unknown = await browser.runtime.sendMessage(message);
  if (!isReport(answer)) throw new Error('the background sent no report');
  return answer;
}

async function readHeader(html: string, url: string): Promise<ArticleMetadata | null> {
  const message: ToBackground = { type: 'read-header', html, url };
  const answer: unknown = await browser.runtime.sendMessage(message);
  return isArticleMetadata(answer) ? answer : null;
}

function reportState(state: PageState): void {
  // The worker keeps the status and the count (badge, menus); the report goes to the popup through its port.
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
