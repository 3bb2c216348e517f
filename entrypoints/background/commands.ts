/**
 * Keyboard commands (declared in wxt.config.ts): toggle this site, and move to the next mention.
 */
import { browser, type Browser } from 'wxt/browser';
import type { ToContentScript } from '../../src/messaging/messages';
import { toggleSiteOf } from './context-menus';
import { readTabState } from '../../src/messaging/tab-states';

export async function onCommand(command: string, tab?: Browser.tabs.Tab): Promise<void> {
  const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (target?.id === undefined) return;
  if (command === 'toggle-site') {
    // The shortcut grants activeTab, so the URL is known; the content script's report is the fallback.
    const url = target.url ?? (await readTabState(target.id))?.url;
    if (url) await toggleSiteOf(url);
  } else if (command === 'next-mention') {
    const message: ToContentScript = { type: 'next-mention' };
    // No content script there (browser pages, web stores): nothing to move to.
    await browser.tabs.sendMessage(target.id, message).catch(() => undefined);
  }
}
