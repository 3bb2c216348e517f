/**
 * Whether two quotes are the same statement. Words are aligned with a word-level diff (the `diff`
 * library's Myers diff). A gap is free where one side leaves words out on purpose or by quoting
 * less: at its start or end (truncation) or at its own elision mark ("…", "[…]"). Any other gap is
 * a change of wording. Quotes that share too little are different statements.
 */
import { diffArrays } from 'diff';
import type { StatementWords } from './statement-words';

export type WordingComparison =
  /** The same words, up to punctuation, case, elisions and truncation. */
  | { kind: 'same'; commonWords: number }
  /** Mostly the same words, but some changed, added or left out without an elision mark. */
  | { kind: 'differs'; commonWords: number; changedWords: number }
  | { kind: 'unrelated' };

/** Named thresholds: what "mostly the same words" means. */
export const WORDING_RULES = {
  /** A quote contained in a longer one (or overlapping it) counts as the same words only from this many words on. */
  minWordsForContainment: 4,
  /** Quotes whose wording differs still share at least this many words, in runs of two or more... */
  minCommonWords: 3,
  /** ...and at least this share of the shorter quote's words (so do overlapping truncations)... */
  minCommonShare: 0.6,
  /** ...and change at most this share of them: a few words changed, not a sentence rewritten. */
  maxChangedShare: 0.34,
};

export function compareWording(a: StatementWords, b: StatementWords): WordingComparison {
  let commonWords = 0;
  /** Common words in runs of two or more: single words in common are chance ("the", "we"). */
  let commonInRuns = 0;
  let changedWords = 0;
  let ia = 0;
  let ib = 0;
  let removed = 0;
  let added = 0;
  const closeGap = () => {
    if (removed === 0 && added === 0) return;
    // Words only b has, where a starts late, stops early or marks an elision (and the other way round).
    const leftOutByA = removed === 0 && (ia === 0 || ia === a.words.length || a.elisions.has(ia));
    const leftOutByB = added === 0 && (ib === 0 || ib === b.words.length || b.elisions.has(ib));
    if (!leftOutByA && !leftOutByB) changedWords += Math.max(removed, added);
    removed = 0;
    added = 0;
  };
  for (const part of diffArrays(a.words, b.words)) {
    const count = part.value.length;
    if (part.removed) {
      removed += count;
      ia += count;
    } else if (part.added) {
      added += count;
      ib += count;
    } else {
      closeGap();
      commonWords += count;
      if (count >= 2) commonInRuns += count;
      ia += count;
      ib += count;
    }
  }
  closeGap();
  const shorter = Math.min(a.words.length, b.words.length);
  if (shorter === 0) return { kind: 'unrelated' };
  if (changedWords === 0) {
    // One contains the other, or they overlap (each quotes a different end): enough of the shorter in common.
    const enough = commonWords >= Math.min(WORDING_RULES.minWordsForContainment, shorter)
      && commonWords / shorter >= WORDING_RULES.minCommonShare;
    return enough ? { kind: 'same', commonWords } : { kind: 'unrelated' };
  }
  const similar = commonInRuns >= WORDING_RULES.minCommonWords
    && commonInRuns / shorter >= WORDING_RULES.minCommonShare
    && changedWords / shorter <= WORDING_RULES.maxChangedShare;
  if (similar) {
    return { kind: 'differs', commonWords, changedWords };
  }
  return { kind: 'unrelated' };
}
