import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../../src/settings/settings';
import {
  hostOfUrl,
  isActiveOn,
  isSiteEnabled,
  normalizeHost,
  removeSiteRule,
  setSiteEnabled,
  toggleSite,
} from '../../../src/settings/site-rules';

function withRules(sites: Settings['sites'], siteMode: Settings['siteMode'] = 'everywhere-except'): Settings {
  return { ...defaultSettings(), siteMode, sites };
}

describe('normalizeHost', () => {
  it('reduces hosts and pasted URLs to the key rules use', () => {
    expect(normalizeHost('News.Example.COM')).toBe('news.example.com');
    expect(normalizeHost('https://www.example.com:8443/world/article?id=1')).toBe('example.com');
    expect(normalizeHost('  example.org.  ')).toBe('example.org');
    expect(normalizeHost('localhost:3000')).toBe('localhost');
  });

  it('refuses input that names no host', () => {
    expect(normalizeHost('')).toBeNull();
    expect(normalizeHost('   ')).toBeNull();
    expect(normalizeHost('...')).toBeNull();
    expect(normalizeHost('http://')).toBeNull();
  });
});

describe('hostOfUrl', () => {
  it('has no host for pages without one', () => {
    expect(hostOfUrl('about:blank')).toBeNull();
    expect(hostOfUrl('file:///home/me/report.html')).toBeNull();
    expect(hostOfUrl('not a url')).toBeNull();
    expect(hostOfUrl('https://www.spiegel.de/politik')).toBe('spiegel.de');
  });
});

describe('isSiteEnabled', () => {
  it('runs everywhere by default', () => {
    expect(isSiteEnabled('https://example.com/a', defaultSettings())).toBe(true);
  });

  it('lets the most specific host win, in both directions', () => {
    const settings = withRules([
      { host: 'example.com', enabled: false },
      { host: 'news.example.com', enabled: true },
    ]);
    expect(isSiteEnabled('https://example.com/', settings)).toBe(false);
    expect(isSiteEnabled('https://shop.example.com/', settings)).toBe(false);
    expect(isSiteEnabled('https://news.example.com/story', settings)).toBe(true);
    expect(isSiteEnabled('https://live.news.example.com/story', settings)).toBe(true);
    // Order of the rules does not matter, only their specificity.
    expect(isSiteEnabled('https://news.example.com/', withRules([...settings.sites].reverse()))).toBe(true);
  });

  it('does not treat a longer name that merely ends alike as a subdomain', () => {
    const settings = withRules([{ host: 'example.com', enabled: false }]);
    expect(isSiteEnabled('https://badexample.com/', settings)).toBe(true);
  });

  it('in "only on" mode runs only where a rule says so', () => {
    const settings = withRules([{ host: 'reuters.com', enabled: true }], 'only-on');
    expect(isSiteEnabled('https://www.reuters.com/world/', settings)).toBe(true);
    expect(isSiteEnabled('https://example.com/', settings)).toBe(false);
    expect(isSiteEnabled('about:blank', settings)).toBe(false);
  });

  it('keeps the site rule apart from the global pause', () => {
    const paused = { ...defaultSettings(), paused: true };
    expect(isSiteEnabled('https://example.com/', paused)).toBe(true);
    expect(isActiveOn('https://example.com/', paused)).toBe(false);
    expect(isActiveOn('https://example.com/', defaultSettings())).toBe(true);
  });
});

describe('changing site rules', () => {
  it('toggling twice leaves no rule behind', () => {
    const once = toggleSite(defaultSettings(), 'https://news.example.com/a');
    expect(once.sites).toEqual([{ host: 'news.example.com', enabled: false }]);
    expect(isSiteEnabled('https://news.example.com/b', once)).toBe(false);
    const twice = toggleSite(once, 'https://news.example.com/a');
    expect(twice.sites).toEqual([]);
  });

  it('adds a subdomain exception inside a switched-off domain', () => {
    const off = setSiteEnabled(defaultSettings(), 'example.com', false);
    const on = toggleSite(off, 'https://news.example.com/');
    expect(on.sites).toEqual([
      { host: 'example.com', enabled: false },
      { host: 'news.example.com', enabled: true },
    ]);
    expect(isSiteEnabled('https://news.example.com/', on)).toBe(true);
    expect(isSiteEnabled('https://example.com/', on)).toBe(false);
  });

  it('leaves settings alone for a page without a host, and removes a rule by host', () => {
    const settings = withRules([{ host: 'example.com', enabled: false }]);
    expect(toggleSite(settings, 'about:blank')).toBe(settings);
    expect(removeSiteRule(settings, 'example.com').sites).toEqual([]);
  });

  it('never changes the settings it was given', () => {
    const settings = defaultSettings();
    setSiteEnabled(settings, 'example.com', false);
    expect(settings.sites).toEqual([]);
  });
});
