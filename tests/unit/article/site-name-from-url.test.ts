import { describe, expect, it } from 'vitest';
import { siteNameFromUrl } from '../../../src/article/site-name-from-url';

describe('siteNameFromUrl', () => {
  it('is the host without www', () => {
    expect(siteNameFromUrl('https://www.example.org/world/2023/03/visit')).toBe('example.org');
    expect(siteNameFromUrl('http://news.example.co.uk/a?b=c')).toBe('news.example.co.uk');
  });

  it('is null for addresses that are not web pages, and for no address', () => {
    expect(siteNameFromUrl('file:///home/user/page.html')).toBeNull();
    expect(siteNameFromUrl('chrome://extensions')).toBeNull();
    expect(siteNameFromUrl('not a url')).toBeNull();
    expect(siteNameFromUrl(null)).toBeNull();
  });
});
