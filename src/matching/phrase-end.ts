import type { PhraseLeaf } from './catalog-phrases';
import { charAt, isApostrophe, isWordChar } from './characters';
import { matchAtom } from './phrase-trie';

function boundaryAfter(text: string, index: number): boolean {
  const next = charAt(text, index);
  if (next === '') return true;
  if (isWordChar(next)) return false;
  // "Xi’an": an apostrophe followed by letters continues the word.
  return !(isApostrophe(next) && isWordChar(charAt(text, index + next.length)));
}

/**
 * Where a phrase whose atoms matched up to `atomsEnd` really ends, once its possessive suffix and
 * the word boundary after it are checked; -1 when it does not stand as a word ("Putin" in
 * "Putinism", "Xi" in "Xi’an").
 */
export function phraseEnd(text: string, atomsEnd: number, leaf: PhraseLeaf): number {
  if (!leaf.boundedRight) return atomsEnd;
  if (leaf.possessive) {
    const withSuffix = matchAtom(leaf.possessive, text, atomsEnd);
    if (withSuffix > atomsEnd && boundaryAfter(text, withSuffix)) return withSuffix;
  }
  return boundaryAfter(text, atomsEnd) ? atomsEnd : -1;
}
