/**
 * Every direct quote on a page, with its speaker: quote spans from paired marks, a cue in the
 * quote's own sentence, then page-level resolution (surname → full name, role → person, pronoun →
 * the person last in subject position, quote-only paragraphs → the previous speaker).
 *
 * Quotes under four words are not reported: on news pages they are mostly terms, scare quotes and
 * titles ("bad deal", "borderless partnership"), and the popup lists speech. `minWords` changes it.
 */
import type { Mention, Quote, Span } from '../analysis/types';
import type { Catalog } from '../catalog/entity';
import { splitSentences } from '../text/sentences';
import { attributionOnlySentence, cueBefore, cueLaterInSentence, cueRightAfter, firstClauseStart, type Cue } from './attribution-cues';
import { NameRegistry, nameKey } from './name-registry';
import { findQuoteSpans, type QuoteSpan } from './quote-spans';
import { readSpeakerForward, type SpeakerPhrase } from './speaker-phrase';
import { isOrganisationName } from './speech-lexicon';
import { tokenize, type Token } from './tokens';
import { speakerEntityIdOf, aboutEntityIdsOf } from './quote-entities';

export interface FindQuotesContext {
  sentences: Span[];
  mentions: Mention[];
  catalog: Catalog;
  lang?: string | null;
  /** Shortest quote reported, in words (default 4). */
  minWords?: number;
}

interface Draft {
  span: QuoteSpan;
  sentence: Span;
  speaker: string | null;
  speakerRole: string | null;
  /** Where the speaker's words stand on the page, for entity links. */
  speakerSpan: Span | null;
  cue: string | null;
  confidence: number;
  isPerson: boolean;
  blockIndex: number;
}

const MIN_WORDS = 4;

export function findQuotes(text: string, context: FindQuotesContext): Quote[] {
  const sentences = context.sentences.length > 0 ? context.sentences : splitSentences(text, context.lang ?? undefined);
  const minWords = context.minWords ?? MIN_WORDS;
  const spans = findQuoteSpans(text);
  if (spans.length === 0) return [];
  const allTokens = tokenize(text, 0, text.length);
  const registry = NameRegistry.fromTokens(allTokens, text);
  const blocks = blockStarts(text);
  const subjects = sentenceSubjects(text, sentences, allTokens);
  const drafts: Draft[] = [];
  const people: { pos: number; name: string }[] = [];
  let subjectIndex = 0;
  let lastPerson: { pos: number; name: string } | null = null;

  /** The person last in subject position (or last quoted) before `pos`, for "he" and "she". */
  const personBefore = (pos: number): string | null => {
    while (subjectIndex < subjects.length && subjects[subjectIndex]!.pos < pos) {
      const subject = subjects[subjectIndex]!;
      subjectIndex++;
      // A pronoun subject continues the person already in focus.
      if (subject.phrase.kind === 'pronoun') continue;
      const resolved = resolvePhrase(subject.phrase, subject.pos);
      if (resolved && !resolved.isOrganisation && (!lastPerson || subject.pos > lastPerson.pos)) {
        lastPerson = { pos: subject.pos, name: resolved.name };
      }
    }
    return lastPerson && lastPerson.pos < pos ? lastPerson.name : null;
  };

  const resolvePhrase = (phrase: SpeakerPhrase, pos: number): { name: string; isOrganisation: boolean } | null => {
    if (phrase.kind === 'name' && phrase.name) {
      const name = registry.resolveName(phrase.name, pos);
      return { name, isOrganisation: isOrganisationName(name) };
    }
    if (phrase.kind === 'role') {
      const name = registry.resolveRole(phrase.head, pos);
      return name ? { name, isOrganisation: isOrganisationName(name) } : null;
    }
    if (phrase.kind === 'pronoun') {
      const name = personBefore(phrase.start);
      return name ? { name, isOrganisation: false } : null;
    }
    return null;
  };

  for (let q = 0; q < spans.length; q++) {
    const span = spans[q]!;
    const sentence = sentenceAt(sentences, span.open) ?? { start: span.open, end: span.close };
    const endSentence = sentenceAt(sentences, Math.max(span.open, span.close - 1)) ?? sentence;
    const previous = spans[q - 1];
    const next = spans[q + 1];
    const beforeFrom = Math.max(sentence.start, previous && previous.close <= span.open ? previous.close : 0);
    const afterTo = Math.min(endSentence.end, next ? next.open : text.length);
    const afterTokens = tokensIn(allTokens, span.close, Math.max(span.close, afterTo));
    const beforeTokens = tokensIn(allTokens, beforeFrom, span.open);

    let cue: Cue | null = cueRightAfter(afterTokens, text) ?? cueBefore(beforeTokens, text) ?? cueLaterInSentence(afterTokens, text);
    if (!cue && afterTokens.every((token) => !token.isWord) && (!next || next.open >= endSentence.end)) {
      const following = sentences[sentences.indexOf(endSentence) + 1];
      if (following && blockIndexOf(blocks, following.start) === blockIndexOf(blocks, span.close)) {
        cue = attributionOnlySentence(tokensIn(allTokens, following.start, Math.min(following.end, next ? next.open : following.end)), text);
      }
    }
    const draft: Draft = {
      span, sentence, speaker: null, speakerRole: null, speakerSpan: null, cue: null, confidence: 0, isPerson: false,
      blockIndex: blockIndexOf(blocks, span.open),
    };
    if (cue) {
      const resolved = resolvePhrase(cue.phrase, cue.phrase.start);
      if (resolved) {
        draft.speaker = resolved.name;
        draft.speakerRole = cue.phrase.role;
        draft.speakerSpan = { start: cue.phrase.start, end: cue.phrase.end };
        draft.cue = cue.cue;
        draft.confidence = cue.phrase.kind === 'name' ? cue.confidence : cue.confidence - 0.1;
        draft.isPerson = !resolved.isOrganisation;
      }
    }
    if (!draft.speaker) carryOver(draft, drafts, text, blocks, subjects, resolvePhrase, allTokens);
    if (draft.speaker && draft.isPerson) {
      lastPerson = { pos: draft.speakerSpan?.start ?? span.open, name: draft.speaker };
      people.push(lastPerson);
    }
    drafts.push(draft);
  }
  return finish(text, drafts, context, minWords, sentences);
}

/**
 * No cue in the quote's sentence. In order: a sentence before it in the paragraph whose subject is
 * a person (`Schultze summed it up. "Q."`); the previous quote of the same paragraph; for a paragraph
 * that is only a quote, an intro ending in ":" or the previous quote within three paragraphs.
 */
function carryOver(
  draft: Draft,
  drafts: Draft[],
  text: string,
  blocks: number[],
  subjects: Subject[],
  resolvePhrase: (phrase: SpeakerPhrase, pos: number) => { name: string; isOrganisation: boolean } | null,
  allTokens: Token[],
): void {
  const blockStart = blocks[draft.blockIndex]!;
  const previous = drafts.at(-1);
  const previousInBlock = previous && previous.blockIndex === draft.blockIndex ? previous : null;
  const from = previousInBlock ? previousInBlock.span.close : blockStart;
  // The subject of the last sentence between the previous quote (or paragraph start) and this one.
  const subject = lastSubjectBetween(subjects, from, draft.sentence.start);
  if (subject) {
    const resolved = resolvePhrase(subject.phrase, subject.pos);
    if (resolved && !resolved.isOrganisation) {
      return assign(draft, resolved.name, subject.phrase, null, previousInBlock?.speaker === resolved.name ? 0.75 : 0.6, true);
    }
  }
  if (previousInBlock?.speaker) {
    return assign(draft, previousInBlock.speaker, null, previousInBlock.speakerRole, 0.75, previousInBlock.isPerson);
  }
  const startsBlock = onlySpaceBetween(text, blockStart, draft.span.open);
  if (!startsBlock || draft.blockIndex === 0) return;
  // "He said:" closing the previous paragraph introduces this one.
  const previousBlockEnd = blockStart - 2;
  const intro = /:\s*$/.test(text.slice(Math.max(0, previousBlockEnd - 3), previousBlockEnd + 1));
  if (intro) {
    const introStart = blocks[draft.blockIndex - 1]!;
    const tokens = tokensIn(allTokens, introStart, previousBlockEnd + 1);
    const cue = cueBefore(tokens, text);
    if (cue) {
      const resolved = resolvePhrase(cue.phrase, cue.phrase.start);
      if (resolved) return assign(draft, resolved.name, cue.phrase, cue.phrase.role, 0.75, !resolved.isOrganisation);
    }
  }
  if (previous?.speaker && draft.blockIndex - previous.blockIndex <= 3) {
    assign(draft, previous.speaker, null, previous.speakerRole, 0.6, previous.isPerson);
  }
}

function assign(draft: Draft, speaker: string, phrase: SpeakerPhrase | null, role: string | null, confidence: number, isPerson: boolean): void {
  draft.speaker = speaker;
  draft.speakerRole = role ?? phrase?.role ?? null;
  draft.speakerSpan = phrase ? { start: phrase.start, end: phrase.end } : null;
  draft.cue = null;
  draft.confidence = confidence;
  draft.isPerson = isPerson;
}

interface Subject {
  pos: number;
  sentenceStart: number;
  phrase: SpeakerPhrase;
}

/** The subject of each sentence that opens with a name, a role or a pronoun (outside quotes). */
function sentenceSubjects(text: string, sentences: Span[], allTokens: Token[]): Subject[] {
  const subjects: Subject[] = [];
  for (const sentence of sentences) {
    const first = text[sentence.start];
    if (first && /["“”„«»‘’'‚]/.test(first)) continue;
    const tokens = tokensIn(allTokens, sentence.start, Math.min(sentence.end, sentence.start + 400));
    const start = firstClauseStart(tokens);
    const phrase = readSpeakerForward(tokens, start, text);
    if (!phrase) continue;
    const following = tokens[phrase.next];
    // A subject is followed by its verb or an apposition, not by more of a noun phrase.
    if (following && following.isWord && following.isCapitalised) continue;
    subjects.push({ pos: phrase.start, sentenceStart: sentence.start, phrase });
  }
  return subjects;
}

function lastSubjectBetween(subjects: Subject[], from: number, to: number): Subject | null {
  let low = 0;
  let high = subjects.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (subjects[mid]!.sentenceStart < to) low = mid + 1;
    else high = mid;
  }
  const candidate = subjects[low - 1];
  return candidate && candidate.sentenceStart >= from ? candidate : null;
}

function finish(text: string, drafts: Draft[], context: FindQuotesContext, minWords: number, _sentences: Span[]): Quote[] {
  const quotes: Quote[] = [];
  const seen = new Map<string, number>();
  for (let d = 0; d < drafts.length; d++) {
    const draft = drafts[d]!;
    const words = quoteText(text, draft.span);
    if (wordCount(words) < minWords) continue;
    const key = normalise(words);
    // A pull quote repeats a body quote: report it once, and let a repeated fragment take the speaker.
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      const kept = quotes[earlier]!;
      if (!kept.speaker && draft.speaker) quotes[earlier] = toQuote(text, draft, words, context);
      continue;
    }
    if (!draft.speaker) {
      const source = nearbyQuoteContaining(text, drafts, d, key);
      if (source) {
        assign(draft, source.speaker!, null, source.speakerRole, 0.6, source.isPerson);
        draft.speakerSpan = source.speakerSpan;
      } else if (looksLikeTitle(words)) {
        continue;
      }
    }
    seen.set(key, quotes.length);
    quotes.push(toQuote(text, draft, words, context));
  }
  return quotes;
}

/** An attributed quote near `index` whose words contain `key` (a pull quote's source); bounded, so linear. */
function nearbyQuoteContaining(text: string, drafts: Draft[], index: number, key: string): Draft | null {
  for (let k = Math.max(0, index - 30); k < Math.min(drafts.length, index + 30); k++) {
    const other = drafts[k]!;
    if (k !== index && other.speaker && normalise(quoteText(text, other.span)).includes(key)) return other;
  }
  return null;
}

function toQuote(text: string, draft: Draft, words: string, context: FindQuotesContext): Quote {
  const speakerEntityId = draft.speaker ? speakerEntityIdOf(draft.speaker, draft.speakerSpan, context.mentions, context.catalog) : null;
  return {
    start: draft.span.start,
    end: draft.span.end,
    text: words,
    speaker: draft.speaker,
    speakerRole: draft.speakerRole,
    speakerEntityId,
    cue: draft.cue,
    confidence: Math.round(draft.confidence * 100) / 100,
    sentence: draft.sentence,
    aboutEntityIds: aboutEntityIdsOf(draft.span, draft.sentence, draft.speakerSpan, context.mentions),
  };
}

/** The quote's words: continuation paragraphs lose their opening marks. */
function quoteText(text: string, span: QuoteSpan): string {
  if (span.continuationMarks.length === 0) return text.slice(span.start, span.end);
  let result = '';
  let from = span.start;
  for (const mark of span.continuationMarks) {
    result += text.slice(from, mark);
    from = mark + 1;
  }
  return result + text.slice(from, span.end);
}

function wordCount(words: string): number {
  return words.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

function normalise(words: string): string {
  return words.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** "Deterministic Nonperiodic Flow", "The Great Big Lie": capitalised words, no sentence punctuation. */
function looksLikeTitle(words: string): boolean {
  if (/[.!?,;:]/.test(words)) return false;
  const tokens = words.split(/\s+/).filter(Boolean);
  const capitalised = tokens.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised / tokens.length >= 0.6;
}

function blockStarts(text: string): number[] {
  const starts = [0];
  const separator = /\n[ \t\r]*\n/g;
  let match: RegExpExecArray | null;
  while ((match = separator.exec(text))) starts.push(match.index + match[0].length);
  return starts;
}

function blockIndexOf(starts: number[], pos: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (starts[mid]! <= pos) low = mid + 1;
    else high = mid;
  }
  return Math.max(0, low - 1);
}

function sentenceAt(sentences: Span[], pos: number): Span | null {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sentences[mid]!.end <= pos) low = mid + 1;
    else high = mid;
  }
  const sentence = sentences[low];
  return sentence && sentence.start <= pos + 1 ? sentence : null;
}

/** The tokens that lie within [from, to), by binary search over the page's tokens. */
function tokensIn(tokens: Token[], from: number, to: number): Token[] {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (tokens[mid]!.start < from) low = mid + 1;
    else high = mid;
  }
  const result: Token[] = [];
  for (let i = low; i < tokens.length && tokens[i]!.end <= to; i++) result.push(tokens[i]!);
  return result;
}

function onlySpaceBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!/\s/.test(text[i]!)) return false;
  return true;
}

export { nameKey };
