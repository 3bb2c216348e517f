import { describe, expect, it } from 'vitest';
import { looksLikePinyinName } from '../../../src/matching/pinyin';

describe('looksLikePinyinName', () => {
  it.each(['Mingze', 'Zhongxun', 'Jinping', 'An', 'Hu', 'Lüxing', 'Qiáng'])('accepts the given name %s', (word) => {
    expect(looksLikePinyinName(word)).toBe(true);
  });

  it.each(['Says', 'Arrives', 'Meets', 'Warns', 'Putin', 'Besuch', 'Regierung', 'Зеленский', 'Xi2'])(
    'rejects the word %s',
    (word) => {
      expect(looksLikePinyinName(word)).toBe(false);
    },
  );

  it('limits the number of syllables when asked', () => {
    expect(looksLikePinyinName('an', 1)).toBe(true);
    expect(looksLikePinyinName('era', 1)).toBe(false);
  });
});
