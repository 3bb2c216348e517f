import { describe, expect, it } from 'vitest';
import { citationMarkdown } from '../../../src/ui/popup/citation';
import { displayQuote } from '../../../src/ui/popup/quote-text';
import { REPORT } from './fixtures';

describe('citationMarkdown', () => {
  it('gives quote, speaker, title, site, date and address', () => {
    const quote = REPORT.quotes[1]!;
    expect(citationMarkdown(quote, REPORT.article, REPORT.url)).toBe(
      '> We do not think a ceasefire now is fair\n>\n> — John Kirby, White House spokesman\n\n'
      + 'Source: [Xi arrives in Moscow for talks](https://news.example.com/world/xi-in-moscow), Example News, 2023-03-20\n',
    );
  });

  it('keeps brackets in titles and spaces in addresses from breaking the link', () => {
    const text = citationMarkdown(REPORT.quotes[2]!, { ...REPORT.article, title: 'Talks [live]', siteName: null, published: null }, 'https://example.com/a b(1)');
    expect(text).toContain('> — Unattributed');
    expect(text).toContain('Source: [Talks \\[live\\]](https://example.com/a%20b%281%29)\n');
  });
});

describe('displayQuote', () => {
  it('folds the page’s line breaks and drops the comma that only continued the sentence', () => {
    expect(displayQuote('Any ceasefire now would\n      simply freeze gains in place,')).toBe('Any ceasefire now would simply freeze gains in place');
    expect(displayQuote('Is this peace?')).toBe('Is this peace?');
  });
});
