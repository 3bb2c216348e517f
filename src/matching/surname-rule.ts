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
    if (NAME_SPACE.test(before)) {
      const wordEnd = start - before.length;
      const word = wordEndingAt(text, wordEnd);
      // A sentence's first word is capitalised by grammar: "Die Xi-Reise", "Eine Xi-Rede" parse as
      // pinyin but are German. There only a common Chinese family name tells "Li Xi" apart.
      const counts = opensSentence(text, wordEnd - word.length) ? COMMON_FAMILY_NAMES.has(word.toLowerCase()) : true;
      if (counts && isOtherGivenName(word, rule)) return true;
    }
  }
  return false;
}

/** The most common Chinese family names in pinyin: with them, a sentence-opening word before "Xi" is a name. */
const COMMON_FAMILY_NAMES: ReadonlySet<string> = new Set(
  ('li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang ' +
    'han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai jia ding wei xue ye yan du dai xia zhong qian ' +
    'fu shen lu ren yao jin cui tan liao fan zou shi xiong meng qin bai yin hou shao kong mao duan lei hao long qiao ' +
    'wan gu lai wen qiu chang ge lv niu qi hong zhuang geng mo fang ou kang bao tao chai xing hua ruan nie an yi').split(' '),
);

/** Whether the word at `position` is the first of its sentence: only spaces and opening quotes since a stop, a break or the start. */
function opensSentence(text: string, position: number): boolean {
  let i = position;
  for (let c = charBefore(text, i); c !== ''; c = charBefore(text, i)) {
    if (c === '\n' || /[.!?:…]/u.test(c)) return true;
    if (!/[\s\p{Pi}\p{Ps}"'„«‹]/u.test(c)) return false;
    i -= c.length;
  }
  return true;
}
