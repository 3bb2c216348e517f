import { describe, expect, it } from 'vitest';
import type { AnalysisReport } from '../../../src/analysis/types';
import { recordPage } from '../../../src/dossier/recording/record-page';
import { recordingDecision, type RecordingContext } from '../../../src/dossier/recording/recording-policy';
import { defaultSettings, type Settings } from '../../../src/settings/settings';
import { setSiteEnabled } from '../../../src/settings/site-rules';
import { DAY, openStore, T0 } from './test-store';

function report(overrides: Partial<AnalysisReport> = {}): AnalysisReport {
  return {
    url: null,
    article: { title: 'A page of our own', byline: null, siteName: 'Example News', published: null, lang: 'en', excerpt: null },
    summary: [],
    readingMinutes: 1,
    entities: [{ id: 'kirby', label: 'John Kirby', count: 2, mentions: [], summary: [] }],
    quotes: [{ text: 'We are watching closely', speaker: 'John Kirby', speakerRole: null, speakerEntityId: 'kirby', aboutEntityIds: [], cue: 'said', confidence: 0.9, sentence: '"We are watching closely," John Kirby said.' }],
    ...overrides,
  };
}

function context(overrides: Partial<RecordingContext> = {}, settings: Partial<Settings> = {}): RecordingContext {
  return { tabUrl: 'https://news.example.com/story', incognito: false, topFrame: true, settings: { ...defaultSettings(), ...settings }, report: report(), ...overrides };
}

describe('whether a page is recorded', () => {
  it('records a web page where the watchlist appears, with default settings', () => {
    expect(recordingDecision(context())).toEqual({ record: true });
  });

  it.each([
    ['private-window', context({ incognito: true })],
    ['not-top-frame', context({ topFrame: false })],
    ['not-web-page', context({ tabUrl: 'file:///home/me/page.html' })],
    ['paused', context({}, { paused: true })],
    ['recording-paused', context({}, { recordingPaused: true })],
    ['site-switched-off', context({}, setSiteEnabled(defaultSettings(), 'example.com', false))],
    ['site-switched-off', context({}, { siteMode: 'only-on' })],
    ['never-record', context({}, { neverRecordHosts: ['example.com'] })],
    ['no-watchlist-entity', context({ report: report({ entities: [{ id: 'kirby', label: 'John Kirby', count: 0, mentions: [], summary: [] }] }) })],
  ])('leaves it out: %s', (reason, ctx) => {
    expect(recordingDecision(ctx)).toEqual({ record: false, reason });
  });

  it("follows the site rules for the page's own canonical address too", () => {
    const canonicalElsewhere = context({ report: report({ url: 'https://mirror.example.net/story' }) }, { neverRecordHosts: ['example.net'] });
    expect(recordingDecision(canonicalElsewhere)).toEqual({ record: false, reason: 'never-record' });
  });

  it('privacy wins over everything: a private window is never recorded, even on a site switched on', () => {
    const on = setSiteEnabled({ ...defaultSettings(), siteMode: 'only-on' }, 'example.com', true);
    expect(recordingDecision(context({ incognito: true }, on))).toEqual({ record: false, reason: 'private-window' });
    expect(recordingDecision(context({}, on))).toEqual({ record: true });
  });
});

describe('recording a page', () => {
  it('writes the page once, a revisit updates its last visit, and a left-out page writes nothing', async () => {
    const store = await openStore();
    expect(await recordPage(store, context(), T0)).toMatchObject({ record: true, result: { newPage: true, quotes: 1 } });
    expect(await recordPage(store, context(), T0 + DAY)).toMatchObject({ record: true, result: { newPage: false, quotes: 1 } });
    expect(await store.page('https://news.example.com/story')).toMatchObject({ firstVisit: T0, lastVisit: T0 + DAY, site: 'Example News' });
    expect(await recordPage(store, context({ tabUrl: 'https://other.example.org/a' }, { recordingPaused: true }), T0)).toEqual({ record: false, reason: 'recording-paused' });
    expect(await store.estimate()).toMatchObject({ pages: 1, quotes: 1 });
  });

  it('prunes pages past the retention period as it records', async () => {
    const store = await openStore();
    await recordPage(store, context({ tabUrl: 'https://old.example.org/a' }), T0);
    const outcome = await recordPage(store, context({}, { retentionDays: 90 }), T0 + 91 * DAY);
    expect(outcome.pruned).toBe(1);
    expect(await store.page('https://old.example.org/a')).toBeUndefined();
    expect(await store.estimate()).toMatchObject({ pages: 1 });
  });

  it("answers a speaker's quotes on other pages, and the newest of them", async () => {
    const store = await openStore();
    await recordPage(store, context({ tabUrl: 'https://a.example.org/1' }), T0);
    await recordPage(store, context({ tabUrl: 'https://b.example.org/2', report: report({ quotes: [{ ...report().quotes[0]!, text: 'Newer words' }] }) }), T0 + DAY);
    const history = await store.speakerHistory('kirby', 'https://c.example.org/3');
    expect(history.count).toBe(2);
    expect(history.latest).toMatchObject({ quote: { text: 'Newer words' }, page: { url: 'https://b.example.org/2' } });
    const fromB = await store.speakerHistory('kirby', 'https://b.example.org/2');
    expect(fromB.count).toBe(1);
    expect(fromB.latest?.quote.text).toBe('We are watching closely');
    expect((await store.speakerHistory('xi', null)).count).toBe(0);
  });
});
