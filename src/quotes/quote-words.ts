/**
 * A quote's words, as the finder reports them and the scorer counts them: the four-word rule that
 * tells speech from terms must count alike on both sides.
 */
import type { QuoteSpan } from './quote-spans';

/** The quote's words: continuation paragraphs lose their opening marks. */
export function quoteText(text: string, span: QuoteSpan): string {
  if (span.continuationMarks.length === 0) return text.slice(span.start, span.end);
  let result = '';
  let from = span.start;
  for (const mark of span.continuationMarks) {
    result += text.slice(from, mark);
    from = mark + 1;
  }
  return result + text.slice(from, span.end);
}

/** Words in any script; hyphenated and apostrophised words ("peace-plan", "can’t") count once. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Whether `text` has fewer than `limit` words: counts no further than the limit, so a long quote costs no more than a short one. */
export function hasFewerWords(text: string, limit: number): boolean {
  WORD.lastIndex = 0;
  let count = 0;
  while (count < limit && WORD.exec(text) !== null) count++;
  WORD.lastIndex = 0;
  return count < limit;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
