import { STOPWORDS } from './stopwords';

/** Words of at least this many letters count; shorter ones are mostly function words or initials. */
const MIN_WORD_LENGTH = 3;

/**
 * Inflected forms are merged by keeping only a word's first letters ("negotiations" and "negotiated"
 * both become "negoti"; "Verhandlungen"/"Verhandlung", "переговоры"/"переговорах" likewise). Truncation
 * is a crude stemmer, but it needs no dictionary and treats English, German and Russian alike.
 */
const STEM_LENGTH = 6;

/** Chinese and Japanese runs, written without spaces between words. */
const SPACELESS = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+$/u;

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;

export interface WordAnalysis {
  /** All words, function words included, for length limits. */
  count: number;
  /** The content-word stems, in order, repeats kept. */
  stems: string[];
}

/** Counts the words of `text` and stems its content words, in one pass (this runs on every sentence of a page). */
export function analyzeWords(text: string): WordAnalysis {
  const stems: string[] = [];
  let count = 0;
  const word = new RegExp(WORD.source, WORD.flags);
  for (let match = word.exec(text); match !== null; match = word.exec(text)) {
    if (SPACELESS.test(match[0])) {
      count += addSpacelessRun(match[0], stems);
      continue;
    }
    count++;
    const lower = match[0].toLowerCase().replace(/['’]s$/, '');
    if (lower.length < MIN_WORD_LENGTH || STOPWORDS.has(lower) || /^\p{N}+$/u.test(lower)) continue;
    stems.push(lower.slice(0, STEM_LENGTH));
  }
  return { count, stems };
}

/** The content-word stems of `text`, in order, repeats kept. */
export function contentWords(text: string): string[] {
  return analyzeWords(text).stems;
}

/**
 * A run of Chinese or Japanese counts as one word per two characters (most Chinese words have one or
 * two), and gives its character pairs as stems — the usual way to index these scripts without a
 * dictionary. Returns the word count.
 */
function addSpacelessRun(run: string, stems: string[]): number {
  const characters = Array.from(run);
  if (characters.length === 1) stems.push(run);
  for (let i = 0; i + 1 < characters.length; i++) stems.push(characters[i]! + characters[i + 1]!);
  return Math.ceil(characters.length / 2);
}
