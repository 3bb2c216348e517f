/**
 * Per-tab page state kept in session storage, not in worker memory: an MV3 worker is stopped
 * whenever the browser likes, and the badge and menus must survive that.
 */
import { storage } from '@wxt-dev/storage';
import type { PageState } from './messages';

export type StoredTabState = Pick<PageState, 'status' | 'markCount' | 'url'>;

const key = (tabId: number) => `session:tab-${tabId}` as const;

export async function rememberTabState(tabId: number, state: PageState): Promise<StoredTabState> {
  const stored: StoredTabState = { status: state.status, markCount: state.markCount, ...(state.url === undefined ? {} : { url: state.url }) };
  await storage.setItem(key(tabId), stored);
  return stored;
}

export async function readTabState(tabId: number): Promise<StoredTabState | null> {
  return storage.getItem<StoredTabState>(key(tabId));
}

export async function forgetTab(tabId: number): Promise<void> {
  await storage.removeItem(key(tabId));
}

/** Every tab a content script has reported on since the browser started. */
export async function allTabStates(): Promise<Map<number, StoredTabState>> {
  const snapshot = await storage.snapshot('session');
  const states = new Map<number, StoredTabState>();
  for (const [name, value] of Object.entries(snapshot)) {
    const match = /^tab-(\d+)$/.exec(name);
    if (match?.[1] !== undefined && value !== null && typeof value === 'object') states.set(Number(match[1]), value as StoredTabState);
  }
  return states;
}
