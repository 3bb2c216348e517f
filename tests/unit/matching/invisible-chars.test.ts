import { describe, expect, it } from 'vitest';
import { withoutInvisibleChars } from '../../../src/matching/invisible-chars';

describe('withoutInvisibleChars', () => {
  it('leaves clean text as it is', () => {
    const visible = withoutInvisibleChars('Putin');
    expect(visible.text).toBe('Putin');
    expect(visible.originalOffset(3)).toBe(3);
  });

  it('maps every visible character back to where it stood', () => {
    const original = '\u200BA\u00AD\u00ADB😀\uFEFFC\u2060';
    const visible = withoutInvisibleChars(original);
    expect(visible.text).toBe('AB😀C');
    const offsets = [...Array(visible.text.length).keys()].map((i) => visible.originalOffset(i));
    expect(offsets.map((o) => original[o])).toEqual([...'AB', '\uD83D', '\uDE00', 'C']);
  });
});
