import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { articleTitleFromPageTitle } from '../../../src/article/article-title';

function titleOf(title: string, body = ''): string | null {
  const { document } = parseHTML(`<html><head><title>${title}</title></head><body>${body}</body></html>`);
  return articleTitleFromPageTitle(document as unknown as Document);
}

describe('articleTitleFromPageTitle', () => {
  it('drops the site name after the last separator, hyphen or dash', () => {
    expect(titleOf('Kirby says Washington is studying the paper | Example News')).toBe(
      'Kirby says Washington is studying the paper',
    );
    expect(titleOf('Xi and Putin sign a joint statement – Example Post')).toBe('Xi and Putin sign a joint statement');
    expect(titleOf('Xi and Putin sign a joint statement — Example Post')).toBe('Xi and Putin sign a joint statement');
  });

  it('drops a leading site name when too little would remain after the last separator', () => {
    expect(titleOf('Example News - Talks in Moscow end without a ceasefire')).toBe(
      'Talks in Moscow end without a ceasefire',
    );
  });

  it('keeps the whole title when stripping would leave four words or fewer', () => {
    expect(titleOf('Peace plan - Example')).toBe('Peace plan - Example');
  });

  it('keeps a colon title that a heading repeats, and cuts a "Site: Headline" one', () => {
    const full = 'Analysis: what the twelve points leave out';
    expect(titleOf(full, `<h1>${full}</h1>`)).toBe(full);
    expect(titleOf('Example Weekly: what the twelve points leave out')).toBe('what the twelve points leave out');
  });

  it('takes the only <h1> when the title is too short to be a headline', () => {
    expect(titleOf('Home', '<h1>Beijing presents its position on the war</h1>')).toBe(
      'Beijing presents its position on the war',
    );
  });

  it('is null without a title or a single heading', () => {
    const { document } = parseHTML('<html><head></head><body><h1>One</h1><h1>Two</h1></body></html>');
    expect(articleTitleFromPageTitle(document as unknown as Document)).toBeNull();
  });
});
