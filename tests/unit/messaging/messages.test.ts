import { describe, expect, it } from 'vitest';
import { isPageState, isToBackground, isToContentScript, type PageState } from '../../../src/messaging/messages';

const report = {
  url: 'https://example.com/a',
  article: { title: 'T', byline: null, siteName: null, published: null, lang: 'en', excerpt: null },
  summary: [],
  readingMinutes: 3,
  entities: [],
  quotes: [],
};
const state: PageState = { status: 'ready', report, markCount: 4, url: 'https://example.com/a' };

describe('isToContentScript', () => {
  it('accepts the messages the content script answers', () => {
    expect(isToContentScript({ type: 'get-page-state' })).toBe(true);
    expect(isToContentScript({ type: 'next-mention' })).toBe(true);
    expect(isToContentScript({ type: 'scroll-to-mention', entityId: 'putin', index: 0 })).toBe(true);
  });

  it('refuses anything else', () => {
    for (const message of [null, 'get-page-state', [], { type: 'delete-everything' }, { type: 'scroll-to-mention', entityId: 'putin', index: -1 },
      { type: 'scroll-to-mention', entityId: 'putin', index: 1.5 }, { type: 'scroll-to-mention', index: 0 }]) {
      expect(isToContentScript(message)).toBe(false);
    }
  });
});

describe('isToBackground and isPageState', () => {
  it('accept a well-formed page state, with or without report and url', () => {
    expect(isToBackground({ type: 'page-state-changed', state })).toBe(true);
    expect(isPageState({ status: 'disabled', report: null, markCount: 0 })).toBe(true);
  });

  it('refuse states the badge or popup could not show', () => {
    const bad: unknown[] = [
      { ...state, status: 'exploded' },
      { ...state, markCount: -1 },
      { ...state, markCount: 2.5 },
      { ...state, markCount: '4' },
      { ...state, url: 42 },
      { ...state, report: { ...report, quotes: 'none' } },
      { ...state, report: undefined },
    ];
    for (const value of bad) {
      expect(isPageState(value)).toBe(false);
      expect(isToBackground({ type: 'page-state-changed', state: value })).toBe(false);
    }
    expect(isToBackground({ type: 'get-page-state' })).toBe(false);
  });
});
