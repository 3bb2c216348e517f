import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION, migrate } from '../../../src/settings/migrations';
import { defaultSettings } from '../../../src/settings/settings';

const v1 = { enabled: false, disabledHosts: ['spiegel.de', 42], hoverDelay: 150, underlineOnly: false, badge: true };

describe('migrate', () => {
  it('brings pre-release settings to the current shape', () => {
    expect(migrate(v1, 1, SETTINGS_VERSION, SETTINGS_MIGRATIONS)).toEqual({
      paused: true,
      siteMode: 'everywhere-except',
      sites: [{ host: 'spiegel.de', enabled: false }],
      hoverDelayMs: 150,
      highlightStyle: 'background-underline',
      showBadge: true,
      recordingPaused: false,
      neverRecordHosts: [],
      retentionDays: null,
    });
  });

  it("v2 → v3 adds the dossier's privacy settings as before the dossier: recording on, nothing excluded, pages kept", () => {
    const v2 = { paused: false, siteMode: 'only-on', sites: [{ host: 'example.com', enabled: true }], hoverDelayMs: 300, highlightStyle: 'underline', showBadge: true };
    expect(migrate(v2, 2, 3, SETTINGS_MIGRATIONS)).toEqual({ ...v2, recordingPaused: false, neverRecordHosts: [], retentionDays: null });
  });

  it('leaves a current value alone and refuses a future one', () => {
    const current = defaultSettings();
    expect(migrate(current, SETTINGS_VERSION, SETTINGS_VERSION, SETTINGS_MIGRATIONS)).toBe(current);
    expect(() => migrate(current, SETTINGS_VERSION + 1, SETTINGS_VERSION, SETTINGS_MIGRATIONS)).toThrow(RangeError);
    expect(() => migrate(current, 0, SETTINGS_VERSION, SETTINGS_MIGRATIONS)).toThrow(RangeError);
  });
});

describe('stored settings from an older version', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The storage items run their migrations when the module is loaded, as in a freshly updated extension.
    vi.resetModules();
  });

  it('are migrated in storage when the extension starts', async () => {
    await fakeBrowser.storage.sync.set({ settings: v1, settings$: { v: 1 } });
    const { loadSettings } = await import('../../../src/settings/settings-store');
    expect(await loadSettings()).toMatchObject({ paused: true, sites: [{ host: 'spiegel.de', enabled: false }], hoverDelayMs: 150 });
    expect(await fakeBrowser.storage.sync.get('settings$')).toEqual({ settings$: { v: SETTINGS_VERSION } });
  });

  it('from v2 gain the recording settings in storage, keeping the rest', async () => {
    const v2 = { paused: false, siteMode: 'everywhere-except', sites: [{ host: 'example.com', enabled: false }], hoverDelayMs: 450, highlightStyle: 'underline', showBadge: false };
    await fakeBrowser.storage.sync.set({ settings: v2, settings$: { v: 2 } });
    const { loadSettings } = await import('../../../src/settings/settings-store');
    expect(await loadSettings()).toEqual({ ...v2, recordingPaused: false, neverRecordHosts: [], retentionDays: null });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({ recordingPaused: false, retentionDays: null });
  });

  it('from a version newer than this one read as defaults and stay untouched for that version', async () => {
    const future = { paused: 'maybe', somethingNew: true };
    await fakeBrowser.storage.sync.set({ settings: future, settings$: { v: SETTINGS_VERSION + 1 } });
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { loadSettings } = await import('../../../src/settings/settings-store');
    expect(await loadSettings()).toEqual(defaultSettings());
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(future);
    consoleError.mockRestore();
  });
});
