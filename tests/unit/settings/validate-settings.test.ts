import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, defaultSettings } from '../../../src/settings/settings';
import { validateSettings } from '../../../src/settings/validate-settings';

describe('validateSettings', () => {
  it('keeps valid settings as they are', () => {
    const settings = { ...defaultSettings(), paused: true, hoverDelayMs: 500, sites: [{ host: 'example.com', enabled: false }] };
    expect(validateSettings(settings)).toEqual({ value: settings, repaired: [] });
  });

  it('reads nothing stored as the defaults, quietly', () => {
    expect(validateSettings(null)).toEqual({ value: defaultSettings(), repaired: [] });
    expect(validateSettings(undefined).repaired).toEqual([]);
  });

  it('recovers a value that is not settings at all', () => {
    for (const junk of ['{"paused":', 42, [1, 2], true]) {
      const result = validateSettings(junk);
      expect(result.value).toEqual(defaultSettings());
      expect(result.repaired).toEqual(['settings']);
    }
  });

  it('repairs each damaged field on its own and keeps the rest', () => {
    const result = validateSettings({
      paused: 'yes',
      siteMode: 'sometimes',
      hoverDelayMs: Number.NaN,
      highlightStyle: 'underline',
      showBadge: false,
      sites: [{ host: 'Example.com', enabled: false }, { host: 42 }, 'spiegel.de', { host: 'www.taz.de', enabled: true }],
    });
    expect(result.value).toEqual({
      paused: DEFAULT_SETTINGS.paused,
      siteMode: DEFAULT_SETTINGS.siteMode,
      hoverDelayMs: DEFAULT_SETTINGS.hoverDelayMs,
      highlightStyle: 'underline',
      showBadge: false,
      sites: [{ host: 'example.com', enabled: false }, { host: 'taz.de', enabled: true }],
      recordingPaused: false,
      neverRecordHosts: [],
      retentionDays: null,
    });
    expect(result.repaired.sort()).toEqual(['hoverDelayMs', 'paused', 'siteMode', 'sites']);
  });

  it("repairs the dossier's privacy settings field by field", () => {
    const result = validateSettings({ recordingPaused: 'no', neverRecordHosts: ['WWW.Example.com', 7, 'https://news.example.org/x', 'example.com'], retentionDays: 0 });
    expect(result.value).toMatchObject({ recordingPaused: false, neverRecordHosts: ['example.com', 'news.example.org'], retentionDays: null });
    expect(result.repaired.sort()).toEqual(['neverRecordHosts', 'recordingPaused', 'retentionDays']);
    expect(validateSettings({ retentionDays: 90 }).value.retentionDays).toBe(90);
    expect(validateSettings({ retentionDays: 2.5 }).value.retentionDays).toBeNull();
    expect(validateSettings({ neverRecordHosts: 'example.com' }).repaired).toEqual(['neverRecordHosts']);
  });

  it('refuses hover delays outside the range the options page offers', () => {
    expect(validateSettings({ hoverDelayMs: -1 }).value.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    expect(validateSettings({ hoverDelayMs: 60_000 }).value.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    expect(validateSettings({ hoverDelayMs: 0 }).value.hoverDelayMs).toBe(0);
  });

  it('keeps the last of two rules for one host', () => {
    const result = validateSettings({ sites: [{ host: 'example.com', enabled: false }, { host: 'www.example.com', enabled: true }] });
    expect(result.value.sites).toEqual([{ host: 'example.com', enabled: true }]);
  });
});
