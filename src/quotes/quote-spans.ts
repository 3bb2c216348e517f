/**
 * Finds quotation spans by pairing quote marks, in one pass over the text.
 *
 * Marks are judged by what stands around them (an opening mark follows a space and precedes a
 * letter), not by their glyph alone, so swapped or mixed marks (”…”, „…”, »…«) still pair, and an
 * apostrophe (don’t, Xi’s) is never taken for a closing single quote. Pairing is per block: a stray
 * mark costs at most its own paragraph, never the rest of the page. A quote left open at the end of
 * a paragraph continues only when the next paragraph opens with a mark (the multi-paragraph
 * convention) or goes on with the same sentence in lower case (a layout's broken paragraph);
 * otherwise it is dropped.
 */
import type { Span } from '../text/span';
import { SPEECH_VERBS } from './speech-lexicon';

export interface QuoteSpan extends Span {
  /** Offset of the opening mark (`start` is just after it and any no-break space). */
  open: number;
  /** Offset just after the closing mark. */
  close: number;
  /** Offsets of the opening marks of continuation paragraphs, which are not part of the words. */
  continuationMarks: number[];
}

type Family = 'double' | 'single';

interface OpenMark {
  pos: number;
  char: string;
  family: Family;
  depth: number;
}

const SPACE_BEFORE = /[\s([{\u2014\u2013\-/]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const MARKS = /["'“”„‟«»‹›‘’‚「」『』]/g;

function isSpace(c: string | undefined): boolean {
  return c === undefined || /\s/.test(c);
}

/** Whether the mark at `pos` sits where an opening mark goes (after a space, before a word). */
function opensAt(text: string, pos: number): boolean {
  const before = text[pos - 1];
  const after = text[pos + 1];
  const beforeOk = before === undefined || SPACE_BEFORE.test(before) || '“„«‘‚‹"\'「『'.includes(before);
  // Nothing opens right before punctuation: `», mais` and `”.` close.
  return beforeOk && !isSpace(after) && !/[,.;:!?)\]}»”’“]/.test(after!);
}

/** Whether the mark at `pos` sits where a closing mark goes (after a word or punctuation, before a space or punctuation). */
function closesAt(text: string, pos: number): boolean {
  const before = text[pos - 1];
  const after = text[pos + 1];
  return before !== undefined && !isSpace(before) && (isSpace(after) || !WORD_CHAR.test(after!));
}

type Role = 'open' | 'close' | 'either' | null;

function roleOf(text: string, pos: number, char: string): { role: Role; family: Family } {
  const opens = opensAt(text, pos);
  const closes = closesAt(text, pos);
  switch (char) {
    case '„':
    case '「':
      return { role: 'open', family: 'double' };
    case '」':
      return { role: 'close', family: 'double' };
    case '«':
      return { role: closes && !opens ? 'close' : 'open', family: 'double' };
    case '»':
      return { role: opens && !closes ? 'open' : 'close', family: 'double' };
    case '”':
      // `tarot cards,”Kaplan says`: a closing glyph after the quote's last punctuation closes, though the space is missing.
      if (!opens && !closes && /[,.!?…]/.test(text[pos - 1] ?? '')) return { role: 'close', family: 'double' };
      // `Maybe I can too!’ ”`: a space set between the inner and the outer closing marks.
      if (!opens && !closes && /[’'] $/u.test(text.slice(pos - 2, pos))) return { role: 'close', family: 'double' };
      return { role: opens && closes ? 'either' : opens ? 'open' : closes ? 'close' : null, family: 'double' };
    case '"':
    case '“':
    case '‟':
      return { role: opens && closes ? 'either' : opens ? 'open' : closes ? 'close' : null, family: 'double' };
    case '‚':
    case '『':
      return { role: 'open', family: 'single' };
    case '』':
      return { role: 'close', family: 'single' };
    case '‹':
      return { role: closes && !opens ? 'close' : 'open', family: 'single' };
    case '›':
      return { role: opens && !closes ? 'open' : 'close', family: 'single' };
    default: {
      // ‘ ’ ' : between two word characters it is an apostrophe (don’t, Xi’s, O'Brien).
      const before = text[pos - 1];
      const after = text[pos + 1];
      if (before !== undefined && after !== undefined && WORD_CHAR.test(before) && WORD_CHAR.test(after)) {
        return { role: null, family: 'single' };
      }
      // An opening single quote must be followed by a letter: ’90s and 'n' are elisions.
      const opensWord = opens && after !== undefined && /\p{L}/u.test(after);
      // "the farmers’ union": after an s and before a lower-case word it is a plural possessive,
      // unless no other mark nearby could close the quote.
      if (!opensWord && closes && (before === 's' || before === 'S') && /^ \p{Ll}/u.test(text.slice(pos + 1, pos + 3))) {
        return { role: laterSingleCloser(text, pos) ? null : 'close', family: 'single' };
      }
      return { role: opensWord && closes ? 'either' : opensWord ? 'open' : closes ? 'close' : null, family: 'single' };
    }
  }
}

/** Quotation spans at the top level (nested quotes stay inside their outer quote's words). */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const result: QuoteSpan[] = [];
  // Its own copy of the global regex: another caller may run while this one is paused.
  const marks = new RegExp(MARKS.source, MARKS.flags);
  const stack: OpenMark[] = [];
  /** Continuation marks of the outer quote on the stack, when it began in an earlier paragraph. */
  let activeMarks: number[] = [];
  /** The outer quote left open at the end of the last paragraph that had marks. */
  let carried: { open: number; marks: number[]; blockEnd: number } | null = null;
  let blockEnd = -1;
  let firstInBlock = true;
  let match: RegExpExecArray | null;
  while ((match = marks.exec(text))) {
    const pos = match.index;
    if (pos > blockEnd) {
      // A new paragraph: whatever is still open either carries over or is dropped.
      const outer = stack[0];
      // Only a quote that opened a sentence runs on into the next paragraph; a stray mark mid-sentence does not.
      const carries = outer && outer.family === 'double' && blockEnd >= 0 && (activeMarks.length > 0 || opensSentence(text, outer.pos));
      carried = carries ? { open: outer.pos, marks: activeMarks, blockEnd } : null;
      stack.length = 0;
      activeMarks = [];
      blockEnd = nextBlockEnd(text, pos);
      firstInBlock = true;
    }
    const char = match[0];
    // ’’ and '' typed for ” (and ‘‘ for “): one double mark, judged where the pair stands.
    const doubled = (char === '’' || char === "'" || char === '‘') && text[pos + 1] === char;
    if (doubled) marks.lastIndex = pos + 2;
    const { role, family } = doubled ? doubledMarkRole(text, pos) : roleOf(text, pos, char);
    if (role === null) continue;
    const isFirst = firstInBlock;
    firstInBlock = false;
    if (carried) {
      const reopens =
        isFirst && family === 'double' && role !== 'close' && onlySpaceBefore(text, pos) && onlySpaceBetween(text, carried.blockEnd, pos);
      if (reopens) {
        stack.push({ pos: carried.open, char: text[carried.open]!, family: 'double', depth: 0 });
        activeMarks = [...carried.marks, pos];
        carried = null;
        continue;
      }
      // A paragraph broken mid-sentence (a page's layout, not the writer): it opens in lower case and
      // its first mark closes the quote the paragraph before left open.
      if (isFirst && family === 'double' && role !== 'open' && continuesBrokenSentence(text, carried.blockEnd)) {
        result.push(makeSpan(text, carried.open, pos, carried.marks));
        carried = null;
        continue;
      }
      carried = null;
    }
    const openerIndex = findOpener(stack, family);
    if ((role === 'close' || role === 'either') && openerIndex >= 0) {
      const opener = stack[openerIndex]!;
      stack.length = openerIndex;
      if (opener.depth === 0) {
        result.push(makeSpan(text, opener.pos, pos, activeMarks));
        activeMarks = [];
      }
      continue;
    }
    if (role === 'open' || role === 'either') {
      // The same kind of mark opening again at the top level means the earlier one was stray.
      if (stack.length === 1 && family === 'double' && stack[0]!.family === 'double' && sameStyle(stack[0]!.char, char)) {
        // "“That is dangerous. “It evokes anger.”": after a whole sentence of speech, the writer typed
        // an opening mark for the closing one; the first quote ends there and another begins.
        const end = sentenceEndBefore(text, stack[0]!.pos, pos);
        if (end > 0 && opensSentence(text, stack[0]!.pos)) result.push(makeSpan(text, stack[0]!.pos, end, activeMarks));
        stack.length = 0;
        activeMarks = [];
      }
      if (stack.length >= 8) continue;
      stack.push({ pos, char, family, depth: stack.length });
    }
  }
  return result;
}

/** Two single marks typed as one double mark at `pos`: open or close by what stands around the pair. */
function doubledMarkRole(text: string, pos: number): { role: Role; family: Family } {
  const before = text[pos - 1];
  const after = text[pos + 2];
  const opens = (before === undefined || SPACE_BEFORE.test(before)) && after !== undefined && WORD_CHAR.test(after);
  const closes = before !== undefined && !isSpace(before) && (after === undefined || !WORD_CHAR.test(after));
  return { role: opens && closes ? 'either' : opens ? 'open' : closes ? 'close' : null, family: 'double' };
}

/**
 * Where the words of a quote opened at `open` end, when they end a sentence right before the mark
 * at `pos` ("… to do. “"): the offset after the full stop. 0 when they do not.
 */
function sentenceEndBefore(text: string, open: number, pos: number): number {
  let end = pos;
  while (end > open && /\s/.test(text[end - 1]!)) end--;
  // A double mark between, even one not read as closing, means the quote ended elsewhere.
  return end < pos && /[.!?…]/.test(text[end - 1] ?? '') && !/["”]/.test(text.slice(open + 1, end)) ? end : 0;
}

/** Whether another closing single mark follows within the paragraph (bounded look-ahead). */
function laterSingleCloser(text: string, pos: number): boolean {
  const end = Math.min(text.length, pos + 300);
  for (let i = pos + 1; i < end; i++) {
    const c = text[i]!;
    if (c === '\n' && text[i + 1] === '\n') return false;
    if ((c === '’' || c === "'" || c === '‘') && closesAt(text, i) && !(text[i - 1] === 's' && /^ \p{Ll}/u.test(text.slice(i + 1, i + 3)))) return true;
  }
  return false;
}

/** Whether the mark at `pos` starts a sentence or a clause of speech ("said: “", "said “", "that “"). */
function opensSentence(text: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === '\n') return true;
    if (/\s/.test(c)) continue;
    if (/[.!?:,;\u2014\u2013…]/.test(c)) return true;
    const word = /[\p{L}]+$/u.exec(text.slice(Math.max(0, i - 20), i + 1))?.[0].toLowerCase() ?? '';
    return SPEECH_VERBS.has(word) || word === 'that' || word === 'dass' || word === 'что';
  }
  return true;
}

/** Whether the paragraph break at `blockEnd` falls inside a sentence: no end mark before it, lower case after it. */
function continuesBrokenSentence(text: string, blockEnd: number): boolean {
  let before = blockEnd - 1;
  while (before >= 0 && /\s/.test(text[before]!)) before--;
  let after = blockEnd;
  while (after < text.length && /\s/.test(text[after]!)) after++;
  return before >= 0 && !/[.!?…:;"”»“„«’']/.test(text[before]!) && /\p{Ll}/u.test(text[after] ?? '');
}

function sameStyle(a: string, b: string): boolean {
  return a === b || (a === '“' && b === '"') || (a === '"' && b === '“');
}

function findOpener(stack: OpenMark[], family: Family): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.family === family) return i;
  return -1;
}

function onlySpaceBefore(text: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === '\n') return true;
    if (!/\s/.test(c)) return false;
  }
  return true;
}

/** Offset of the blank line that ends the paragraph holding `from`. */
function nextBlockEnd(text: string, from: number): number {
  const index = text.indexOf('\n\n', from);
  return index < 0 ? text.length : index;
}

function onlySpaceBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!/\s/.test(text[i]!)) return false;
  return true;
}

function makeSpan(text: string, open: number, closeMark: number, continuationMarks: number[]): QuoteSpan {
  // '' and ‘‘ typed for one opening mark: both are marks, not words.
  let start = open + (text[open + 1] === text[open] && "'‘’".includes(text[open]!) ? 2 : 1);
  while (start < closeMark && /\s/.test(text[start]!)) start++;
  let end = closeMark;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end, open, close: closeMark + 1, continuationMarks };
}
