/**
 * The toolbar badge and icon: the mark count of each tab and whether Dossier is on there, from what
 * its content script reports.
 * Chrome keeps tab-specific badge text itself; we only set it when something changes.
 */
import { browser } from 'wxt/browser';
import { badgeText } from '../../src/messaging/badge-text';
import type { PageState } from '../../src/messaging/messages';
import { loadSettings } from '../../src/settings/settings-store';
import { allTabStates, forgetTab, rememberTabState, type StoredTabState } from '../../src/messaging/tab-states';
import { toolbarIconPaths, toolbarIconState } from '../../src/messaging/toolbar-icon';

const BADGE_COLOUR = '#3b4a6b';

/** `action` in MV3, `browserAction` in Firefox's MV2 build. */
function toolbarAction() {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

export async function setUpBadge(): Promise<void> {
  await toolbarAction().setBadgeBackgroundColor({ color: BADGE_COLOUR });
}

export async function onPageStateChanged(tabId: number, state: PageState): Promise<void> {
  const stored = await rememberTabState(tabId, state);
  await showBadge(tabId, stored, (await loadSettings()).showBadge);
}

/** A new document is loading: its marks are gone, and its content script will report afresh. */
export async function onTabLoading(tabId: number): Promise<void> {
  await forgetTab(tabId);
  await showBadge(tabId, null, true);
}

/** After the badge setting changes, every known tab follows it. */
export async function refreshAllBadges(showBadgeSetting: boolean): Promise<void> {
  const states = await allTabStates();
  await Promise.all([...states].map(([tabId, state]) => showBadge(tabId, state, showBadgeSetting)));
}

async function showBadge(tabId: number, state: StoredTabState | null, showBadgeSetting: boolean): Promise<void> {
  try {
    await toolbarAction().setBadgeText({ tabId, text: badgeText(state, showBadgeSetting) });
  } catch {
    // The tab closed in the meantime: nothing to show.
    await forgetTab(tabId);
    return;
  }
  await showIcon(tabId, state);
}

/** The icon says whether Dossier is on, off for this site, or paused (src/messaging/toolbar-icon.ts). */
async function showIcon(tabId: number, state: StoredTabState | null): Promise<void> {
  try {
    await toolbarAction().setIcon({ tabId, path: toolbarIconPaths(toolbarIconState(state?.status ?? null)) });
  } catch {
    // The tab closed meanwhile, or the browser cannot set icons (a test double): the badge stands alone.
  }
}
