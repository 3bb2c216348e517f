/** Finds the sentence around an offset, by binary search over sorted sentence spans. */
import type { Span } from './types';

export function sentenceAt(sentences: readonly Span[], offset: number): Span | null {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const sentence = sentences[mid]!;
    if (offset < sentence.start) high = mid - 1;
    else if (offset >= sentence.end) low = mid + 1;
    else return sentence;
  }
  return null;
}

/** Sentence text for display: one line, trimmed. */
export function displayText(text: string, span: Span): string {
  return text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
}
