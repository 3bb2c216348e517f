/**
 * Sentence spans of the model text: `Intl.Segmenter` per block, then repaired where ICU's rules
 * break news prose (titles, initials, dotted abbreviations, "?" and "!" inside quotations).
 */
import type { Span } from './span';

/** Abbreviations that stand before a name or number, so a capital after them never starts a sentence. */
const ALWAYS_JOINED = new Set([
  // English titles
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'cpt', 'sgt',
  'adm', 'maj', 'cmdr', 'rev', 'hon', 'pres', 'supt', 'insp', 'gens', 'sens', 'reps', 'mt', 'ft', 'nos',
  'vs', 'v', 'cf', 'approx', 'dept', 'pp', 'const', 'cst', 'cpl', 'det', 'pte', 'pvt', 'cdr', 'brig', 'atty', 'amb', 'cllr', 'ald',
  'mme', 'mlle', 'msgr',
  // German
  'hr', 'bzw', 'vgl', 'ca', 'inkl', 'ggf', 'sog', 'str', 'bspw', 'evtl',
  // Russian
  'им', 'т', 'тт', 'ул', 'см', 'проф', 'акад', 'св', 'напр', 'гл', 'рис',
]);

/** Abbreviations that also end sentences ("in the U.S."): joined only when what follows cannot start one. */
const SOMETIMES_JOINED = new Set([
  'st', 'fr', 'est', 'usw', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'inc', 'co', 'corp', 'ltd', 'jr', 'sr', 'bros', 'etc', 'al', 'ave', 'blvd', 'rd',
  'mio', 'mrd', 'jh', 'jhd', 'dt', 'г', 'гг', 'млн', 'млрд', 'тыс', 'руб', 'др', 'пр', 'н',
]);

/** Abbreviations that stand before a number ("No. 5", "Nr. 12"): joined only when a digit follows. */
const BEFORE_NUMBER = new Set(['no', 'nr', 'art', 'abs', 'vol', 'fig', 'kap', 'ст']);

/** Words that typically open a sentence; a capitalised one of these after "U.S." or "G." starts a new one. */
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'or', 'so', 'yet', 'in', 'on',
  'at', 'for', 'if', 'as', 'this', 'that', 'these', 'those', 'there', 'then', 'what', 'when', 'while', 'after',
  'before', 'his', 'her', 'its', 'their', 'our', 'my', 'however', 'meanwhile', 'still', 'now', 'some', 'many',
  'der', 'die', 'das', 'er', 'sie', 'es', 'wir', 'ich', 'aber', 'und', 'im', 'am', 'auch', 'doch', 'dann',
  'он', 'она', 'оно', 'они', 'мы', 'я', 'это', 'но', 'и', 'в', 'на', 'по', 'как', 'при', 'однако',
]);

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string | undefined): Intl.Segmenter {
  const key = lang ?? '';
  let segmenter = segmenters.get(key);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(lang || undefined, { granularity: 'sentence' });
    } catch {
      segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
    }
    segmenters.set(key, segmenter);
  }
  return segmenter;
}

/** Splits `text` into sentence spans (trimmed, never crossing a blank-line block boundary). */
export function splitSentences(text: string, lang?: string): Span[] {
  const sentences: Span[] = [];
  const blockBreak = /\n[ \t\r]*\n/g;
  let blockStart = 0;
  for (;;) {
    const match = blockBreak.exec(text);
    const blockEnd = match ? match.index : text.length;
    splitBlock(text, blockStart, blockEnd, lang, sentences);
    if (!match) break;
    blockStart = match.index + match[0].length;
  }
  return sentences;
}

function splitBlock(text: string, start: number, end: number, lang: string | undefined, out: Span[]): void {
  if (start >= end) return;
  // Source line wraps are not sentence ends; ICU would break at every "\n".
  const block = text.slice(start, end).replace(/[\n\r]/g, ' ');
  const pieces: Span[] = [];
  const segmenter = segmenterFor(lang);
  for (let from = 0; from < block.length; ) {
    const to = segmentableEnd(block, from);
    for (const segment of segmenter.segment(block.slice(from, to))) {
      pieces.push({ start: from + segment.index, end: from + segment.index + segment.segment.length });
    }
    from = to;
  }
  const quoteOpen = openQuoteAfterEachPiece(block, pieces);
  let current: Span | null = null;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    current = current ? { start: current.start, end: piece.end } : { ...piece };
    const next = pieces[i + 1];
    if (next && shouldJoin(block, current, next, quoteOpen[i]!)) continue;
    pushTrimmed(block, current, start, out);
    current = null;
  }
  if (current) pushTrimmed(block, current, start, out);
}

/**
 * V8's sentence segmenter slows down past about 64 KB of one block, quadratically (measured: 62 KB
 * of one line in 21 ms, 100 KB in 1.1 s, 250 KB in 6 s). A page that is one long line (a transcript,
 * a live blog without paragraphs) is segmented a piece at a time, each cut after a sentence's end
 * mark and its space where one comes, so the pieces join as ICU's would.
 */
const SEGMENT_CHUNK = 16 * 1024;

function segmentableEnd(block: string, from: number): number {
  if (block.length - from <= SEGMENT_CHUNK) return block.length;
  const window = block.slice(from + SEGMENT_CHUNK, from + 2 * SEGMENT_CHUNK);
  const sentenceEnd = /[.!?…]["'”’»]?\s+(?=["'“„«]?\p{Lu})/u.exec(window);
  if (sentenceEnd) return from + SEGMENT_CHUNK + sentenceEnd.index + sentenceEnd[0].length;
  const space = window.search(/\s/u);
  return space >= 0 ? from + SEGMENT_CHUNK + space + 1 : Math.min(block.length, from + 2 * SEGMENT_CHUNK);
}

function pushTrimmed(block: string, span: Span, offset: number, out: Span[]): void {
  let s = span.start;
  let e = span.end;
  while (s < e && /\s/.test(block[s]!)) s++;
  while (e > s && /\s/.test(block[e - 1]!)) e--;
  if (e > s) out.push({ start: s + offset, end: e + offset });
}

function shouldJoin(block: string, current: Span, next: Span, insideQuote: boolean): boolean {
  const tail = block.slice(Math.max(current.start, current.end - 40), current.end).trimEnd();
  const head = block.slice(next.start, Math.min(next.end, next.start + 40)).trimStart();
  const first = head[0];
  if (first === undefined) return false;
  // Inside an open quotation the sentence goes on until the quote closes ("A. B," she said.).
  if (insideQuote) return true;
  // "“Is it over?” she asked." — ICU breaks after "?" and "!" even before a lower-case word.
  if (/[?!…][\s"'”’»›“」』]*$/.test(tail) && LOWER.test(first)) return true;
  const word = /([\p{L}.]*\p{L})\.$/u.exec(tail);
  if (!word) return false;
  const token = word[1]!;
  const lowered = token.toLowerCase();
  const nextWord = (/^[\p{L}\p{M}]+/u.exec(head)?.[0] ?? '').toLowerCase();
  if (BEFORE_NUMBER.has(lowered)) return DIGIT.test(first);
  const nextCanStart = UPPER.test(first) && SENTENCE_STARTERS.has(nextWord);
  if (ALWAYS_JOINED.has(lowered) && !token.includes('.')) return true;
  // Initials ("C. Eugene", "William G. Gale") and dotted abbreviations ("U.S.", "z.B.", "т.е.").
  const isInitial = /^\p{Lu}$/u.test(token);
  const isDotted = token.includes('.');
  if (isInitial && /^\p{Lu}\./u.test(head)) return true;
  if (isInitial || isDotted || SOMETIMES_JOINED.has(lowered)) {
    if (DIGIT.test(first) || LOWER.test(first)) return true;
    return LETTER.test(first) && UPPER.test(first) && !nextCanStart;
  }
  return false;
}

/**
 * Whether a double quotation is still open at the end of each piece. A small state machine: the
 * full pairing lives in the quote finder, but sentences only need to know "inside or not".
 */
function openQuoteAfterEachPiece(block: string, pieces: Span[]): boolean[] {
  const result: boolean[] = [];
  let opener = '';
  let p = 0;
  for (const piece of pieces) {
    for (; p < piece.end; p++) {
      const c = block[p]!;
      if (!'"“”„«»'.includes(c)) continue;
      const before = p > 0 ? block[p - 1]! : ' ';
      const after = p + 1 < block.length ? block[p + 1]! : ' ';
      const opensHere = /[\s([{\u2014\u2013-]/.test(before) && !/\s/.test(after);
      if (opener === '') {
        if (c === '„' || c === '«' || ((c === '"' || c === '“') && opensHere) || (c === '”' && opensHere)) opener = c;
        else if (c === '»' && opensHere) opener = c;
      } else if (
        (c === '"' && !opensHere) ||
        (c === '“' && (opener === '„' || !opensHere)) ||
        (c === '”' && opener !== '»') ||
        (c === '»' && opener === '«') ||
        (c === '«' && opener === '»')
      ) {
        opener = '';
      }
    }
    result.push(opener !== '');
  }
  return result;
}
