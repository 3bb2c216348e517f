/**
 * The page's context menu: add the selected name to the watchlist; switch Dossier on this site.
 */
import { browser, type Browser } from 'wxt/browser';
import { entityFromSelection } from '../../src/settings/entity-from-selection';
import { loadSettings, loadWatchlist, saveWatchlist, updateSettings } from '../../src/settings/settings-store';
import { isSiteEnabled, toggleSite } from '../../src/settings/site-rules';
import { t } from '../../src/i18n/strings';
import { readTabState } from '../../src/messaging/tab-states';

const ADD_ID = 'add-selection';
const TOGGLE_ID = 'toggle-site';

/** Menus persist in Chrome but not in Firefox's event pages; recreating them is cheap and idempotent. */
export async function createContextMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: ADD_ID, title: t('menuAddSelection'), contexts: ['selection'] });
  browser.contextMenus.create({ id: TOGGLE_ID, title: t('menuHighlightOnSite'), type: 'checkbox', checked: true, contexts: ['page', 'selection', 'link'] });
}

export async function onContextMenuClicked(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  if (info.menuItemId === ADD_ID && info.selectionText) await addSelection(info.selectionText);
  if (info.menuItemId === TOGGLE_ID) {
    const url = info.pageUrl ?? tab?.url;
    if (url) await toggleSiteOf(url);
  }
}

/** Adds the name, then opens the options page on it so the user can say who it is. */
async function addSelection(selection: string): Promise<void> {
  const watchlist = await loadWatchlist();
  const result = entityFromSelection(selection, watchlist);
  let hash: string;
  if (result.ok) {
    const saved = await saveWatchlist([...watchlist, result.entity]);
    hash = saved.ok ? `entity=${encodeURIComponent(result.entity.id)}&status=added` : `status=save-failed&error=${encodeURIComponent(saved.error)}`;
  } else if (result.problem === 'already-watched') {
    hash = `entity=${encodeURIComponent(result.entityId)}&status=exists`;
  } else {
    hash = `status=${result.problem}`;
  }
  await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${hash}`) });
}

export async function toggleSiteOf(url: string): Promise<void> {
  const { settings } = await updateSettings((current) => toggleSite(current, url));
  await syncToggleMenu(isSiteEnabled(url, settings));
}

/** Keeps the checkbox true to the tab in front (it cannot be asked when the menu opens in Chrome). */
export async function refreshToggleMenu(tabId: number): Promise<void> {
  const state = await readTabState(tabId);
  if (!state?.url) return;
  await syncToggleMenu(isSiteEnabled(state.url, await loadSettings()));
}

async function syncToggleMenu(checked: boolean): Promise<void> {
  try {
    await browser.contextMenus.update(TOGGLE_ID, { checked });
  } catch {
    // Menus not created yet (first start): createContextMenus sets them up.
  }
}
