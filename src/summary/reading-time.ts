import type { Span } from '../text/span';
import { profileSentences, type SentenceProfile } from './sentence-profile';

/**
 * Reading time from letters rather than words, so that German compounds and long Russian words are
 * timed fairly without a table of speeds per language:
 * - reading time per character is nearly the same across alphabetic languages — 68 ms per character
 *   read aloud over 14 languages in the International Reading Speed Texts study
 *   (Trauzettel-Klosinski & Dietz, Investigative Ophthalmology & Visual Science 53:5452, 2012);
 * - silent reading is faster than reading aloud by 238 to 183 words a minute in English
 *   (Brysbaert, "How many words do we read per minute?", Journal of Memory and Language, 2019).
 * Together: 68 ms × 183/238 ≈ 52 ms a letter, about 1,150 letters a minute — in English prose of
 * about 4.7 letters a word, the 238 words a minute Brysbaert gives for silent reading of non-fiction.
 */
const LETTERS_PER_MINUTE = 1150;

/**
 * Han and Kana characters each carry a syllable or a word, so they are counted at a rate of their own,
 * a cautious one for silent reading of Chinese (readers of Dossier meet these mostly in names).
 */
const HAN_OR_KANA_PER_MINUTE = 300;

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;
const NOT_HAN_OR_KANA = /[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;

/**
 * Minutes a silent reader needs for `text`, rounded up: 0 for a text without letters, at least 1
 * otherwise. The estimate reads the scripts in the text itself, so the page language callers pass
 * along is not needed; it is accepted so that a caller never has to know that.
 */
export function estimateReadingMinutes(text: string, _lang?: string | null): number {
  // Counted by deleting everything else: no array of a page's letters is ever built.
  const lettersAndDigits = text.replace(NOT_LETTER_OR_DIGIT, '');
  const hanOrKana = lettersAndDigits.replace(NOT_HAN_OR_KANA, '').length;
  const letters = lettersAndDigits.length - hanOrKana;
  if (letters + hanOrKana === 0) return 0;
  return Math.max(1, Math.ceil(letters / LETTERS_PER_MINUTE + hanOrKana / HAN_OR_KANA_PER_MINUTE));
}

/**
 * Reading time of the article alone, not of the whole page: only the blocks (paragraphs) that hold
 * at least one sentence of prose count (see sentence-profile.ts), so navigation, captions, teasers
 * and repeated banners do not add minutes. A page without such paragraphs (a poem, a table, a list)
 * is timed whole. Over the 130 pages of the Readability corpus this came within a minute of the time
 * for Readability's extracted article on 109 pages (79 exactly), against 68 (51) for the whole page's text.
 */
export function estimateArticleReadingMinutes(text: string, sentences: readonly Span[]): number {
  return articleReadingMinutesFromProfiles(text, profileSentences(text, sentences, []));
}

/** The same from the page's sentence profiles (with or without mentions: prose does not depend on them). */
export function articleReadingMinutesFromProfiles(text: string, profiles: readonly SentenceProfile[]): number {
  const proseBlocks = new Set(profiles.filter((profile) => profile.isProse).map((profile) => profile.block));
  const article = profiles.filter((profile) => proseBlocks.has(profile.block)).map((profile) => profile.text);
  return estimateReadingMinutes(article.join(' ')) || estimateReadingMinutes(text);
}
