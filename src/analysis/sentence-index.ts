/** Finds the sentence around an offset, by binary search over sorted sentence spans. */
import type { Span } from './types';
import { partitionPoint } from '../text/partition-point';

export function sentenceAt(sentences: readonly Span[], offset: number): Span | null {
  const sentence = sentences[partitionPoint(sentences, (span) => span.end <= offset)];
  return sentence && sentence.start <= offset ? sentence : null;
}

/** Sentence text for display: one line, trimmed. */
export function displayText(text: string, span: Span): string {
  return text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
}
