/**
 * A quote as a sequence of words for grouping: what remains when punctuation, quote marks and case
 * are set aside. Ellipses and bracketed insertions ("[…]", "[the plan]") are editors' marks: they
 * are kept as elision points, where another source may have words this one leaves out.
 */
import { foldText } from '../fold-text';

export interface StatementWords {
  /** Folded words, the comparison's units. */
  words: string[];
  /** The same words as the source writes them, for a readable diff. */
  display: string[];
  /** Positions (0..words.length) at which the source marks an elision before words[i]. */
  elisions: ReadonlySet<number>;
}

/** An ellipsis (… or three dots), or any bracketed insertion. */
const ELISION = /\[[^\]]*\]|\(\s*(?:…|\.{3})\s*\)|…|\.{3,}/gu;
/** A word: letters and digits, with inner apostrophes and hyphens ("don't", "twelve-point"). */
const WORD = /[\p{L}\p{N}]+(?:['’\-‐][\p{L}\p{N}]+)*/gu;

export function statementWords(text: string): StatementWords {
  const words: string[] = [];
  const display: string[] = [];
  const elisions = new Set<number>();
  let last = 0;
  const readWords = (part: string) => {
    for (const match of part.matchAll(WORD)) {
      display.push(match[0]);
      words.push(foldText(match[0]).replace(/['\-‐]/g, ''));
    }
  };
  for (const elision of text.matchAll(ELISION)) {
    readWords(text.slice(last, elision.index));
    elisions.add(words.length);
    last = elision.index + elision[0].length;
  }
  readWords(text.slice(last));
  return { words, display, elisions };
}

/** The words as one string: equal keys mean the same words in the same order. */
export function wordsKey(words: StatementWords): string {
  return words.words.join(' ');
}
