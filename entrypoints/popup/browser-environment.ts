/**
 * The popup's environment in a real browser. The target tab is the active one, or the one named
 * by `?tabId=` — which lets tests (and a detached popup) point the popup at any tab.
 */
import { browser } from 'wxt/browser';
import { isToPopup, POPUP_PORT, type ToContentScript } from '../../src/messaging/messages';
import { readTabState } from '../../src/messaging/tab-states';
import { loadSettings, loadWatchlist, saveWatchlist, updateSettings, watchSettings } from '../../src/settings/settings-store';
import type { PopupEnvironment } from '../../src/ui/popup/popup-environment';
import { canonicalUrl } from '../../src/dossier/canonical-url';
import { openDossierStore } from '../../src/dossier/store/open-dossier-store';
import { toSpeakerHistoryAnswer } from '../../src/messaging/dossier-messages';

export async function createBrowserEnvironment(search: string): Promise<PopupEnvironment> {
  const requested = Number(new URLSearchParams(search).get('tabId'));
  const tab = Number.isInteger(requested) && requested > 0
    ? await browser.tabs.get(requested).catch(() => undefined)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  const tabId = tab?.id;

  const send = async (message: ToContentScript): Promise<unknown> => {
    if (tabId === undefined) return null;
    // The top frame's script speaks for the page; frames report into it.
    return browser.tabs.sendMessage(tabId, message, { frameId: 0 });
  };

  // Without the "tabs" permission a tab's URL is visible only after a click on the toolbar button
  // (activeTab); otherwise the address the tab's content script reported from is the one we know.
  const knownUrl = async () => tab?.url ?? (tabId === undefined ? undefined : (await readTabState(tabId).catch(() => null))?.url) ?? null;

  return {
    tabUrl: await knownUrl(),
    subscribePageState({ onState, onGone }) {
      if (tabId === undefined) {
        onGone();
        return () => undefined;
      }
      // The top frame's script speaks for the page; a tab without one disconnects the port at once.
      const port = browser.tabs.connect(tabId, { name: POPUP_PORT, frameId: 0 });
      port.onMessage.addListener((message: unknown) => {
        if (isToPopup(message)) onState(message.state);
      });
      port.onDisconnect.addListener(() => onGone());
      return () => port.disconnect();
    },
    loadSettings,
    watchSettings,
    updateSettings,
    loadWatchlist,
    saveWatchlist,
    async scrollToMention(entityId, index) {
      await send({ type: 'scroll-to-mention', entityId, index }).catch(() => undefined);
    },
    copyText: (text) => navigator.clipboard.writeText(text),
    openOptions: () => void browser.runtime.openOptionsPage(),
    async speakerHistory(entityId, pageUrl) {
      try {
        const store = await openDossierStore();
        return toSpeakerHistoryAnswer(await store.speakerHistory(entityId, pageUrl === null ? null : canonicalUrl(pageUrl)));
      } catch {
        return null;
      }
    },
    dossierUrl: (entityId) => `${browser.runtime.getURL('/dossier.html')}#entity=${encodeURIComponent(entityId)}`,
  };
}
