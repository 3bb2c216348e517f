import { describe, expect, it } from 'vitest';
import { formatPublished } from '../../../src/ui/popup/format';
import { unreachableReason } from '../../../src/ui/popup/restricted-pages';

describe('unreachableReason', () => {
  it('names the pages no extension may touch', () => {
    expect(unreachableReason('chrome://settings/')).toBe('browser-page');
    expect(unreachableReason('about:addons')).toBe('browser-page');
    expect(unreachableReason(null)).toBe('browser-page');
    expect(unreachableReason('https://chromewebstore.google.com/detail/x')).toBe('web-store');
    expect(unreachableReason('https://addons.mozilla.org/de/firefox/')).toBe('web-store');
    expect(unreachableReason('https://example.com/report.PDF')).toBe('pdf-viewer');
  });

  it('suggests a reload for an ordinary page whose script is missing', () => {
    expect(unreachableReason('https://example.com/news')).toBe('not-loaded');
  });
});

describe('formatPublished', () => {
  it('formats ISO dates in the given locale and keeps other wording', () => {
    expect(formatPublished('2023-03-20', 'en-GB')).toBe('20 Mar 2023');
    expect(formatPublished('2023-03-20', 'de-DE')).toBe('20.03.2023');
    expect(formatPublished('last Monday')).toBe('last Monday');
    expect(formatPublished(null)).toBeNull();
    expect(formatPublished('2023-13-45')).toBe('2023-13-45');
  });
});
