import { HYPHENS, charAt, charBefore, isCyrillic, isLatin, isUppercase } from './characters';
import { looksLikePinyinName } from './pinyin';

/**
 * A bare family name written family-name-first ("Xi" of "Xi Jinping", "Си" of "Си Цзиньпин") also
 * belongs to relatives and namesakes: "Xi Mingze", "Xi Zhongxun", "Li Xi", and "Xi An" is the city.
 * The general rule: such a surname directly followed by another given name (or, in Latin script,
 * preceded by a pinyin name) is someone else. Words of the entity's own aliases and cues never
 * count as "another" name, so "Jinping" or "Beijing" never block.
 */
export interface SurnameRule {
  script: 'latin' | 'cyrillic';
  /** Lower-cased words of all the entity's aliases and cues. */
  ownWords: ReadonlySet<string>;
}

const NAME_SPACE = /^[ \u00A0]$/;
const WORD_AT = /[\p{L}\p{M}]+/uy;

function wordAt(text: string, position: number): string {
  WORD_AT.lastIndex = position;
  const match = WORD_AT.exec(text);
  return match ? match[0] : '';
}

function wordEndingAt(text: string, position: number): string {
  let start = position;
  for (;;) {
    const c = charBefore(text, start);
    if (c === '' || !/[\p{L}\p{M}]/u.test(c)) break;
    start -= c.length;
  }
  return text.slice(start, position);
}

function isOtherGivenName(word: string, rule: SurnameRule): boolean {
  const first = charAt(word, 0);
  if (first === '' || !isUppercase(first) || rule.ownWords.has(word.toLowerCase())) return false;
  if (rule.script === 'cyrillic') return isCyrillic(first);
  return isLatin(first) && looksLikePinyinName(word);
}

/** True when the surname at [start, end) is part of someone else's name. */
export function namesSomeoneElse(text: string, start: number, end: number, rule: SurnameRule): boolean {
  const after = charAt(text, end);
  if (NAME_SPACE.test(after) && isOtherGivenName(wordAt(text, end + 1), rule)) return true;
  if (rule.script === 'latin' && after !== '' && HYPHENS.includes(after)) {
    // "Xi-an" is the city (one lower-case syllable); "Xi-Besuch", "Xi-led", "Xi-era" are the man.
    const next = wordAt(text, end + 1);
    if (next !== '' && !isUppercase(charAt(next, 0)) && looksLikePinyinName(next, 1)) return true;
  }
  if (rule.script === 'latin') {
    const before = charBefore(text, start);
    if (NAME_SPACE.test(before) && isOtherGivenName(wordEndingAt(text, start - before.length), rule)) return true;
  }
  return false;
}
