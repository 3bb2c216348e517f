import { describe, expect, it } from 'vitest';
import { estimateArticleReadingMinutes, estimateReadingMinutes } from '../../../src/summary/reading-time';
import { ARTICLE, sentenceSpans } from './article-fixture';

describe('estimateReadingMinutes', () => {
  it('is zero for a text without letters and one minute for a short one', () => {
    expect(estimateReadingMinutes('')).toBe(0);
    expect(estimateReadingMinutes(' \n\n — ')).toBe(0);
    expect(estimateReadingMinutes('Xi arrives in Moscow.')).toBe(1);
  });

  it('times English prose near 238 words a minute', () => {
    // About 2,400 words of news prose: ten minutes at 238 words a minute, give or take a minute.
    const words = ARTICLE.split(/\s+/).length;
    const text = Array.from({ length: Math.ceil(2400 / words) }, () => ARTICLE).join('\n\n');
    const minutes = estimateReadingMinutes(text);
    expect(minutes).toBeGreaterThanOrEqual(9);
    expect(minutes).toBeLessThanOrEqual(12);
  });

  it('gives German, with its long compounds, more time per word than English', () => {
    const english = 'The spokesman answered questions about the talks on the ceasefire. '.repeat(300);
    const german = 'Der Regierungssprecher beantwortete Nachfragen zu Waffenstillstandsverhandlungen. '.repeat(300);
    expect(german.split(/\s+/).length).toBeLessThan(english.split(/\s+/).length);
    expect(estimateReadingMinutes(german)).toBeGreaterThan(estimateReadingMinutes(english));
  });

  it('needs no language: the scripts in the text decide', () => {
    expect(estimateReadingMinutes(ARTICLE.repeat(5), 'de')).toBe(estimateReadingMinutes(ARTICLE.repeat(5)));
  });

  it('counts Chinese characters one by one', () => {
    expect(estimateReadingMinutes('习近平'.repeat(200))).toBe(2);
  });
});

describe('estimateArticleReadingMinutes', () => {
  it('times the article, not the navigation, teasers and comments around it', () => {
    const furniture = Array.from({ length: 400 }, (_, i) => `Section ${i}\n\nMore stories from section ${i}`).join('\n\n');
    const page = `${furniture}\n\n${ARTICLE}\n\n${furniture}`;
    const article = estimateArticleReadingMinutes(page, sentenceSpans(page));
    expect(article).toBeGreaterThanOrEqual(1);
    // The fixture itself carries a headline, a byline, a caption and links, which do not count either.
    expect(article).toBeLessThanOrEqual(estimateReadingMinutes(ARTICLE));
    expect(estimateReadingMinutes(page)).toBeGreaterThan(article + 5);
  });

  it('times a page without paragraphs of prose whole', () => {
    const list = Array.from({ length: 300 }, (_, i) => `Item ${i}: grain shipments through the port`).join('\n\n');
    expect(estimateArticleReadingMinutes(list, sentenceSpans(list))).toBe(estimateReadingMinutes(list));
    expect(estimateArticleReadingMinutes('', [])).toBe(0);
  });
});
