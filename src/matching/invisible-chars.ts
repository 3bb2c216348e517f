import { INVISIBLE_CHARS } from './characters';
import { partitionPoint } from '../text/partition-point';

const INVISIBLE_GLOBAL = new RegExp(INVISIBLE_CHARS.source, 'g');

/**
 * The text with soft hyphens and zero-width characters taken out, and a way back to offsets in
 * the original. The text model already removes them; this keeps the matcher right for any other
 * caller (pasted text, the CLI's .txt files) at no cost when there is nothing to remove.
 */
export interface VisibleText {
  text: string;
  /** Offset in the original text of the character at `index` of `text`. */
  originalOffset(index: number): number;
}

export function withoutInvisibleChars(original: string): VisibleText {
  if (!INVISIBLE_CHARS.test(original)) return { text: original, originalOffset: (index) => index };
  // For each removed character, the visible index it stood before; non-decreasing. Memory grows
  // with the number of removed characters, not with the text.
  const removedBefore: number[] = [];
  const pieces: string[] = [];
  let copiedUpTo = 0;
  INVISIBLE_GLOBAL.lastIndex = 0;
  for (let match = INVISIBLE_GLOBAL.exec(original); match; match = INVISIBLE_GLOBAL.exec(original)) {
    removedBefore.push(match.index - removedBefore.length);
    pieces.push(original.slice(copiedUpTo, match.index));
    copiedUpTo = match.index + 1;
  }
  pieces.push(original.slice(copiedUpTo));
  return {
    text: pieces.join(''),
    originalOffset(index) {
      // Original offset = visible offset + removed characters that stood at or before it.
      return index + partitionPoint(removedBefore, (visibleIndex) => visibleIndex <= index);
    },
  };
}
