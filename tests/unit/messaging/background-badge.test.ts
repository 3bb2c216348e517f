import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onPageStateChanged, onTabLoading, refreshAllBadges } from '../../../entrypoints/background/badge';
import { allTabStates, forgetTab } from '../../../src/messaging/tab-states';
import type { PageState } from '../../../src/messaging/messages';
import { defaultSettings } from '../../../src/settings/settings';
import { saveSettings } from '../../../src/settings/settings-store';

const ready = (markCount: number, url = 'https://example.com/a'): PageState => ({ status: 'ready', report: null, markCount, url });
const badgeOf = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });

/** WXT's fake browser has no setIcon: record what the background asks for, per tab. */
let iconOf: Map<number, Record<string, string>>;

beforeEach(() => {
  fakeBrowser.reset();
  iconOf = new Map();
  (fakeBrowser.action as { setIcon: unknown }).setIcon = async ({ tabId, path }: { tabId: number; path: Record<string, string> }) => {
    iconOf.set(tabId, path);
  };
});

describe('toolbar badge', () => {
  it('shows each tab its own mark count', async () => {
    await onPageStateChanged(1, ready(5));
    await onPageStateChanged(2, ready(0));
    expect(await badgeOf(1)).toBe('5');
    expect(await badgeOf(2)).toBe('');
  });

  it('keeps the state in session storage, not in worker memory', async () => {
    await onPageStateChanged(3, ready(2));
    expect(await fakeBrowser.storage.session.get('tab-3')).toEqual({ 'tab-3': { status: 'ready', markCount: 2, url: 'https://example.com/a' } });
    expect([...(await allTabStates()).keys()]).toEqual([3]);
  });

  it('clears when the tab loads a new page, and comes back with its report', async () => {
    await onPageStateChanged(1, ready(5));
    await onTabLoading(1);
    expect(await badgeOf(1)).toBe('');
    await onPageStateChanged(1, ready(2, 'https://example.com/b'));
    expect(await badgeOf(1)).toBe('2');
  });

  it('follows the badge setting in every known tab', async () => {
    await onPageStateChanged(1, ready(5));
    await onPageStateChanged(2, ready(9));
    await refreshAllBadges(false);
    expect([await badgeOf(1), await badgeOf(2)]).toEqual(['', '']);
    await refreshAllBadges(true);
    expect([await badgeOf(1), await badgeOf(2)]).toEqual(['5', '9']);
  });

  it('respects a hidden badge for new reports', async () => {
    await saveSettings({ ...defaultSettings(), showBadge: false });
    await onPageStateChanged(1, ready(5));
    expect(await badgeOf(1)).toBe('');
  });

  it('shows on, off for this site and paused as the toolbar icon of each tab', async () => {
    await onPageStateChanged(1, ready(5));
    await onPageStateChanged(2, { status: 'disabled', report: null, markCount: 0 });
    await onPageStateChanged(3, { status: 'paused', report: null, markCount: 0 });
    expect(iconOf.get(1)?.['16']).toBe('icons/on-16.png');
    expect(iconOf.get(2)?.['32']).toBe('icons/off-32.png');
    expect(iconOf.get(3)?.['128']).toBe('icons/paused-128.png');
  });

  it('forgets closed tabs', async () => {
    await onPageStateChanged(1, ready(5));
    await forgetTab(1);
    expect((await allTabStates()).size).toBe(0);
  });
});
