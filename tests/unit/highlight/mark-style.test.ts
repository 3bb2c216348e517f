import { describe, expect, it } from 'vitest';
import { hexToRgbChannels, markStyle } from '../../../src/highlight/mark-style';

describe('markStyle', () => {
  it('underlines in the entity colour mixed with the text colour, so colour is never the only signal', () => {
    expect(markStyle('#d14b3f')).toContain('text-decoration: underline 2px solid !important');
    expect(markStyle('#d14b3f')).toMatch(/text-decoration-color: color-mix\(in srgb, rgb\(209 75 63\) \d+%, currentColor\) !important/);
  });

  it('tints the background only in the background style, and keeps the page text colour', () => {
    expect(markStyle('#d14b3f', 'background-underline')).toContain('background-color: rgb(209 75 63 / 0.24)');
    expect(markStyle('#d14b3f', 'underline')).toContain('background-color: transparent');
    expect(markStyle('#d14b3f')).not.toMatch(/(^|; )color:/);
  });

  it('drops whatever page styles give marks, so nothing moves', () => {
    expect(markStyle('#123')).toMatch(/^all: unset !important/);
    expect(markStyle('#123')).not.toMatch(/padding|border|font/);
  });

  it('reads short and long hex colours and refuses anything else', () => {
    expect(hexToRgbChannels('#fff')).toBe('255 255 255');
    expect(hexToRgbChannels('#0a0B0c')).toBe('10 11 12');
    expect(hexToRgbChannels('red; background: url(x)')).toBeNull();
    expect(markStyle('red; background: url(x)')).not.toContain('url');
  });
});
