/**
 * Character classes the matcher reasons with. Kept in one place so the compiled patterns and the
 * checks done in code agree on what a "word character", an apostrophe or a space is.
 */

/** Letters, digits and combining marks of any script: what a word boundary is made of. */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/**
 * Scripts written without spaces between words: an alias in them is matched as a substring,
 * since no word boundary can be seen.
 */
const SPACELESS_CHAR =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;

const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
const UPPERCASE_LETTER = /\p{Lu}/u;
const LETTER = /\p{L}/u;

/** Straight, curly and typewriter-substitute apostrophes seen in news text. */
export const APOSTROPHES = '\'’ʼ‘´`′＇';
/** Hyphens and short dashes that join compound words ("Putin-Regierung", "12‑point"). */
export const HYPHENS = '-‐‑‒–';
/** Middle dots that separate given and family names in Chinese and Japanese ("约翰·柯比"). */
export const MIDDOTS = '·・‧•';
/**
 * Characters that never show but split words: soft hyphen, zero-width space/joiners, word joiner,
 * byte-order mark. The text model removes them; the matcher still tolerates them.
 */
export const INVISIBLE_CHARS = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const INVISIBLE_CHARS_GLOBAL = new RegExp(INVISIBLE_CHARS.source, 'g');

/** Drops the characters the page text loses too, so a name and the page compare alike. */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE_CHARS_GLOBAL, '');
}

// ASCII answers come from the character code: the Unicode-property regexes cost a millisecond or
// more to compile on a page's first call, and most characters a matcher looks at are ASCII.
function isAsciiWordCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
}

export function isWordChar(ch: string): boolean {
  if (ch.length === 1 && ch.charCodeAt(0) < 0x80) return isAsciiWordCode(ch.charCodeAt(0));
  return WORD_CHAR.test(ch);
}

export function isSpacelessScript(ch: string): boolean {
  if (ch.length === 1 && ch.charCodeAt(0) < 0x80) return false;
  return SPACELESS_CHAR.test(ch);
}

export function isCyrillic(ch: string): boolean {
  if (ch.length === 1 && ch.charCodeAt(0) < 0x80) return false;
  return CYRILLIC_LETTER.test(ch);
}

export function isLatin(ch: string): boolean {
  if (ch.length === 1 && ch.charCodeAt(0) < 0x80) return isAsciiLetterCode(ch.charCodeAt(0));
  return LATIN_LETTER.test(ch);
}

export function isUppercase(ch: string): boolean {
  if (ch.length === 1 && ch.charCodeAt(0) < 0x80) return ch.charCodeAt(0) >= 0x41 && ch.charCodeAt(0) <= 0x5a;
  return UPPERCASE_LETTER.test(ch);
}

export function isLetter(ch: string): boolean {
  if (ch.length === 1 && ch.charCodeAt(0) < 0x80) return isAsciiLetterCode(ch.charCodeAt(0));
  return LETTER.test(ch);
}

function isAsciiLetterCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

export function isApostrophe(ch: string): boolean {
  return ch !== '' && APOSTROPHES.includes(ch);
}

/** The code point that ends just before `index`, as a string ('' at the start of the text). */
export function charBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  if (index >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index);
  }
  return text.slice(index - 1, index);
}

/** The code point that starts at `index`, as a string ('' at the end of the text). */
export function charAt(text: string, index: number): string {
  const cp = text.codePointAt(index);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** Escapes a string for use as a literal in a regular expression compiled with the `u` flag. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}
