/** A readable word-level diff between two wordings of a statement, compared as grouping compares them. */
import { diffArrays } from 'diff';
import { foldText } from '../fold-text';
import { statementWords } from './statement-words';

export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  /** The words as the source writes them, joined by spaces. */
  text: string;
}

const comparable = (word: string) => foldText(word).replace(/['\-‐]/g, '');

/** From `before` to `after`: words only in `before` are removed, words only in `after` added. */
export function wordDiff(before: string, after: string): DiffPart[] {
  const from = statementWords(before).display;
  const to = statementWords(after).display;
  return diffArrays(from, to, { comparator: (left, right) => comparable(left) === comparable(right) }).map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value.join(' '),
  }));
}
