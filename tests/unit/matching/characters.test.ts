import { describe, expect, it } from 'vitest';
import { isCyrillic, isLatin, isLetter, isSpacelessScript, isUppercase, isWordChar } from '../../../src/matching/characters';

// The classes as Unicode defines them: the ASCII shortcuts must give the same answers.
const reference: Array<[string, (ch: string) => boolean, RegExp]> = [
  ['isWordChar', isWordChar, /[\p{L}\p{N}\p{M}]/u],
  ['isSpacelessScript', isSpacelessScript, /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u],
  ['isCyrillic', isCyrillic, /\p{Script=Cyrillic}/u],
  ['isLatin', isLatin, /\p{Script=Latin}/u],
  ['isUppercase', isUppercase, /\p{Lu}/u],
  ['isLetter', isLetter, /\p{L}/u],
];

describe('character classes', () => {
  it.each(reference)('%s agrees with Unicode on every ASCII character and a sample beyond', (_name, test, unicode) => {
    const samples = [...Array.from({ length: 0x80 }, (_, code) => String.fromCharCode(code)), 'é', 'ß', 'Ж', 'ї', '习', 'の', '٣', '́', '😀', ''];
    for (const ch of samples) expect(test(ch), JSON.stringify(ch)).toBe(ch !== '' && unicode.test(ch));
  });
});
