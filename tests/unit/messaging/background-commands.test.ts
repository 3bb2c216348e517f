import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onCommand } from '../../../entrypoints/background/commands';
import { rememberTabState } from '../../../src/messaging/tab-states';
import { loadSettings } from '../../../src/settings/settings-store';

const tab = (fields: Partial<Browser.tabs.Tab>) => ({ index: 0, highlighted: true, active: true, pinned: false, incognito: false, ...fields }) as Browser.tabs.Tab;

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('keyboard commands', () => {
  it('toggle-site switches the tab’s site off and on again', async () => {
    await onCommand('toggle-site', tab({ id: 1, url: 'https://news.example.com/story' }));
    expect((await loadSettings()).sites).toEqual([{ host: 'news.example.com', enabled: false }]);
    await onCommand('toggle-site', tab({ id: 1, url: 'https://news.example.com/story' }));
    expect((await loadSettings()).sites).toEqual([]);
  });

  it('toggle-site uses the address the content script reported when the tab’s URL is hidden', async () => {
    await rememberTabState(2, { status: 'ready', report: null, markCount: 3, url: 'https://www.example.org/a' });
    await onCommand('toggle-site', tab({ id: 2 }));
    expect((await loadSettings()).sites).toEqual([{ host: 'example.org', enabled: false }]);
  });

  it('next-mention is forwarded to the tab’s content script', async () => {
    const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await onCommand('next-mention', tab({ id: 3 }));
    expect(sendMessage).toHaveBeenCalledWith(3, { type: 'next-mention' });
  });

  it('next-mention on a tab without a content script does nothing and throws nothing', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(onCommand('next-mention', tab({ id: 4 }))).resolves.toBeUndefined();
  });
});
