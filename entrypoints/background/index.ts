import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isToBackground } from '../../src/messaging/messages';
import { ensureCompiledMatcher, storeCompiledMatcher } from '../../src/settings/matcher-store';
import { loadWatchlist, watchSettings, watchWatchlist } from '../../src/settings/settings-store';
import { headerFor, reportFor } from './analysis';
import { recordAnalysedPage, speakerHistoryFor } from './dossier-recording';
import { onPageStateChanged, onTabLoading, refreshAllBadges, setUpBadge } from './badge';
import { onCommand } from './commands';
import { createContextMenus, onContextMenuClicked, refreshToggleMenu } from './context-menus';
import { forgetTab } from '../../src/messaging/tab-states';
import { setMessageLookup } from '../../src/i18n/strings';

// Listeners are registered synchronously at the top of main(): a worker woken by an event
// must find its listener already there. All state lives in storage (see tab-states.ts), and the
// analysis is rebuilt from each request (analysis.ts), so the worker can be stopped at any time.
export default defineBackground(() => {
  setMessageLookup((key, substitutions) => browser.i18n.getMessage(key, substitutions));
  browser.runtime.onInstalled.addListener(() => void createContextMenus());
  browser.runtime.onStartup.addListener(() => void createContextMenus());
  void setUpBadge();

  browser.runtime.onMessage.addListener((message, sender) => {
    const tabId = sender.tab?.id;
    // Only content scripts in tabs talk to us; anything else (the offscreen document's answers) is not for us.
    if (!isToBackground(message) || tabId === undefined) return undefined;
    // The analysis for a page's cards and popup, built from what the page sent, kept nowhere.
    // Recorded in the dossier before the answer: a worker stopped before it is asked again.
    if (message.type === 'analyze-page') {
      return reportFor(message.page).then(async (report) => {
        await recordAnalysedPage(report, sender, message.page.url);
        return report;
      });
    }
    if (message.type === 'speaker-history') return speakerHistoryFor(message.entityId, message.pageUrl);
    if (message.type === 'open-dossier') {
      // tabs.create needs no permission; the hash opens the dossier page at the entity.
      void browser.tabs.create({ url: `${browser.runtime.getURL('/dossier.html')}#entity=${encodeURIComponent(message.entityId)}` });
      return undefined;
    }
    if (message.type === 'read-header') return headerFor(message.html, message.url);
    if (sender.frameId !== 0) return undefined;
    // The sender's URL is the browser's word, known without the "tabs" permission: the popup and
    // the keyboard command read it from here when the tab's own URL is hidden from them.
    const state = { ...message.state, url: message.state.url ?? sender.url };
    void onPageStateChanged(tabId, state).then(() => refreshToggleMenu(tabId));
    return undefined;
  });

  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status === 'loading') void onTabLoading(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.tabs.onActivated.addListener(({ tabId }) => void refreshToggleMenu(tabId));

  browser.contextMenus.onClicked.addListener((info, tab) => void onContextMenuClicked(info, tab));
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));

  watchSettings((settings) => void refreshAllBadges(settings.showBadge));
  // Pages load the watchlist's matcher compiled here instead of compiling it on every load.
  watchWatchlist((watchlist) => void storeCompiledMatcher(watchlist));
  void loadWatchlist().then(ensureCompiledMatcher);
});
