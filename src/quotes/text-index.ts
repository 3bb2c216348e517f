/** Positions in the page text: paragraphs, sentences and tokens found by binary search, so lookups stay cheap. */
import type { Span } from '../text/span';
import type { Token } from './tokens';
import { partitionPoint } from '../text/partition-point';

export function blockStarts(text: string): number[] {
  const starts = [0];
  const separator = /\n[ \t\r]*\n/g;
  let match: RegExpExecArray | null;
  while ((match = separator.exec(text))) starts.push(match.index + match[0].length);
  return starts;
}

export function blockIndexOf(starts: number[], pos: number): number {
  return Math.max(0, partitionPoint(starts, (start) => start <= pos) - 1);
}

export function sentenceAt(sentences: Span[], pos: number): Span | null {
  const index = sentenceIndexAt(sentences, pos);
  return index >= 0 ? sentences[index]! : null;
}

/** Index of the sentence holding `pos` (or starting right after it), -1 when none. */
export function sentenceIndexAt(sentences: Span[], pos: number): number {
  const low = partitionPoint(sentences, (sentence) => sentence.end <= pos);
  const sentence = sentences[low];
  return sentence && sentence.start <= pos + 1 ? low : -1;
}

/** Index of the first token that starts at or after `offset` (a phrase's first token, from its start). */
export function tokenIndexFrom(tokens: Token[], offset: number): number {
  return partitionPoint(tokens, (token) => token.start < offset);
}

/** The tokens that lie within [from, to), by binary search over the page's tokens. */
export function tokensIn(tokens: Token[], from: number, to: number): Token[] {
  const low = tokenIndexFrom(tokens, from);
  const result: Token[] = [];
  for (let i = low; i < tokens.length && tokens[i]!.end <= to; i++) result.push(tokens[i]!);
  return result;
}

export function onlySpaceBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!/\s/.test(text[i]!)) return false;
  return true;
}
