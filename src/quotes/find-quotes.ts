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
import { CLAUSE_OPENERS, hasUnnamedCue, nameClosingShortClause, subjectStarts, attributionOnlySentence, cueBefore, cueLaterInSentence, cueRightAfter, firstClauseStart, type Cue } from './attribution-cues';
import { NameRegistry, nameKey } from './name-registry';
import { findQuoteSpans, type QuoteSpan } from './quote-spans';
import { readSpeakerForward, type SpeakerPhrase } from './speaker-phrase';
import { SPEECH_VERBS, isOrganisationName } from './speech-lexicon';
import { tokenize, type Token } from './tokens';
import { entityLinks, type EntityLinks } from './quote-entities';

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
  const subjects = sentenceSubjects(text, sentences, allTokens, blocks);
  const genders = new GenderEvidence();
  const people = new RecentPeople();
  let subjectIndex = 0;

  const resolvePhrase = (phrase: SpeakerPhrase, pos: number): Resolved | null => {
    if (phrase.institution && phrase.name) return { name: phrase.name, isOrganisation: true, credible: true };
    if (phrase.kind === 'name' && phrase.name) {
      const name = registry.resolveName(phrase.name, pos);
      return { name, isOrganisation: isOrganisationName(name), credible: name !== phrase.name || name.includes(' ') || phrase.role !== null || phrase.honorific };
    }
    if (phrase.kind === 'role') {
      const name = registry.resolveRole(phrase.head, pos);
      return name ? { name, isOrganisation: isOrganisationName(name), credible: true } : null;
    }
    if (phrase.kind === 'pronoun') {
      catchUp(phrase.start);
      const name = people.latest(phrase.start, genderOfPronoun(phrase.head), genders);
      return name ? { name, isOrganisation: false, credible: true } : null;
    }
    return null;
  };

  /** Takes in the subjects of sentences before `pos`: the people a pronoun there may mean. */
  const catchUp = (pos: number): void => {
    while (subjectIndex < subjects.length && subjects[subjectIndex]!.pos < pos) {
      const subject = subjects[subjectIndex]!;
      subjectIndex++;
      if (subject.phrase.kind === 'pronoun') continue;
      const resolved = resolvePhrase(subject.phrase, subject.pos);
      if (!resolved || resolved.isOrganisation || !resolved.credible) continue;
      people.add(resolved.name, subject.pos);
      if (subject.nextPronoun) genders.add(resolved.name, subject.nextPronoun);
    }
  };

  const cues = spans.map((span, q) => cueOf(text, spans, q, sentences, blocks, allTokens));
  const drafts: Draft[] = [];
  for (let q = 0; q < spans.length; q++) {
    const span = spans[q]!;
    const { sentence } = cues[q]!;
    let { cue } = cues[q]!;
    const next = spans[q + 1];
    // `"A" and "B," according to S`: a quote without its own cue shares the next one's in the same sentence.
    if (!cue && next && cues[q + 1]!.cue && sentenceAt(sentences, next.open) === sentence) {
      const shared = cues[q + 1]!.cue!;
      cue = { ...shared, confidence: shared.confidence - 0.05 };
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
        if (cue.phrase.kind === 'pronoun') genders.add(resolved.name, cue.phrase.head);
        else if (draft.isPerson) {
          const pronoun = pronounOpeningNextSentence(cue.phrase.start, sentences, blocks, allTokens);
          if (pronoun) genders.add(resolved.name, pronoun);
        }
        const verb = cue.cue ?? '';
        const cyrillicGender = /^[\u0400-\u04ff]+ла$/u.test(verb) ? 'она' : /^[\u0400-\u04ff]+л$/u.test(verb) ? 'он' : null;
        if (cyrillicGender && draft.isPerson) genders.add(resolved.name, cyrillicGender);
      }
    }
    if (!draft.speaker && !cues[q]!.unnamed) {
      catchUp(span.open);
      carryOver(draft, drafts, text, blocks, subjects, resolvePhrase, allTokens);
    }
    if (draft.speaker && draft.isPerson) people.add(draft.speaker, draft.speakerSpan?.start ?? span.open);
    drafts.push(draft);
  }
  return finish(text, drafts, context, minWords, sentences);
}

interface Resolved {
  name: string;
  isOrganisation: boolean;
  /** A bare capitalised word ("Children", "Kenya") is not taken for a person on its own. */
  credible: boolean;
}

/** The cue of quote `q` in its own sentence, or in a short attribution-only sentence right after it. */
function cueOf(
  text: string,
  spans: QuoteSpan[],
  q: number,
  sentences: Span[],
  blocks: number[],
  allTokens: Token[],
): { cue: Cue | null; sentence: Span; unnamed: boolean } {
  const span = spans[q]!;
  const sentence = sentenceAt(sentences, span.open) ?? { start: span.open, end: span.close };
  const endSentence = sentenceAt(sentences, Math.max(span.open, span.close - 1)) ?? sentence;
  const previous = spans[q - 1];
  const next = spans[q + 1];
  const beforeFrom = Math.max(sentence.start, previous && previous.close <= span.open ? previous.close : 0);
  const afterTo = Math.min(Math.max(endSentence.end, span.close), next ? next.open : text.length);
  const afterTokens = tokensIn(allTokens, span.close, Math.max(span.close, afterTo));
  const beforeTokens = tokensIn(allTokens, beforeFrom, span.open);
  let cue: Cue | null =
    cueRightAfter(afterTokens, text) ?? cueBefore(beforeTokens, text) ?? cueLaterInSentence(afterTokens, text) ??
    nameClosingShortClause(afterTokens, text, /,\s*$/.test(text.slice(span.start, span.end)));
  if (!cue && afterTokens.every((token) => !token.isWord) && (!next || next.open >= endSentence.end)) {
    const following = sentences[sentenceIndexAt(sentences, endSentence.start) + 1];
    if (following && blockIndexOf(blocks, following.start) === blockIndexOf(blocks, span.close)) {
      cue = attributionOnlySentence(tokensIn(allTokens, following.start, Math.min(following.end, next ? next.open : following.end)), text);
    }
  }
  const unnamed = !cue && (hasUnnamedCue(afterTokens) || hasUnnamedCueBefore(beforeTokens));
  return { cue, sentence, unnamed };
}

/** `One official said: "Q"` — a speech verb ends the words before the quote, but names nobody. */
function hasUnnamedCueBefore(tokens: Token[]): boolean {
  let end = tokens.length;
  while (end > 0 && /^[,:\u2014\u2013-]$/.test(tokens[end - 1]!.text)) end--;
  const last = tokens[end - 1];
  return last !== undefined && end < tokens.length && SPEECH_VERBS.has(last.lower);
}

/** The pronoun that opens the sentence after the one holding `pos`, in the same paragraph. */
function pronounOpeningNextSentence(pos: number, sentences: Span[], blocks: number[], allTokens: Token[]): string | null {
  const index = sentenceIndexAt(sentences, pos);
  if (index < 0) return null;
  const following = sentences[index + 1];
  if (!following || blockIndexOf(blocks, following.start) !== blockIndexOf(blocks, pos)) return null;
  const tokens = tokensIn(allTokens, following.start, Math.min(following.end, following.start + 80));
  return tokens[firstClauseStart(tokens)]?.lower ?? null;
}

type Gender = 'm' | 'f' | null;

/** Russian surnames mark gender (Власова, Ивановская are women; Семёнов, Песков are men); others say nothing. */
function genderOfRussianSurname(name: string): Gender {
  const surname = name.split(/\s+/).at(-1) ?? '';
  if (!/^[\u0400-\u04ff-]+$/u.test(surname)) return null;
  if (/(?:ова|ева|ёва|ина|ына|ская|цкая)$/u.test(surname)) return 'f';
  if (/(?:ов|ев|ёв|ин|ын|ский|цкий)$/u.test(surname)) return 'm';
  return null;
}

function genderOfPronoun(pronoun: string): Gender {
  if (pronoun === 'he' || pronoun === 'er' || pronoun === 'он' || pronoun === 'il' || pronoun === 'on') return 'm';
  if (pronoun === 'she' || pronoun === 'она' || pronoun === 'elle' || pronoun === 'ona') return 'f';
  return null;
}

/** What the page says about each person's gender: the pronouns that follow them as subjects. */
class GenderEvidence {
  private readonly counts = new Map<string, { m: number; f: number }>();

  add(name: string, pronoun: string): void {
    const gender = genderOfPronoun(pronoun);
    if (!gender) return;
    const count = this.counts.get(name) ?? { m: 0, f: 0 };
    count[gender]++;
    this.counts.set(name, count);
  }

  of(name: string): Gender {
    const count = this.counts.get(name);
    if (!count || count.m === count.f) return genderOfRussianSurname(name);
    return count.m > count.f ? 'm' : 'f';
  }
}

/** The people last in focus, most recent last; "he" and "she" take the latest one that fits. */
class RecentPeople {
  private readonly people: { name: string; pos: number }[] = [];

  add(name: string, pos: number): void {
    const index = this.people.findIndex((person) => person.name === name);
    if (index >= 0) this.people.splice(index, 1);
    this.people.push({ name, pos });
    if (this.people.length > 6) this.people.shift();
  }

  latest(pos: number, gender: Gender, genders: GenderEvidence): string | null {
    const before = this.people.filter((person) => person.pos < pos).sort((a, b) => a.pos - b.pos);
    for (let i = before.length - 1; i >= 0; i--) {
      const known = genders.of(before[i]!.name);
      if (!gender || !known || known === gender) return before[i]!.name;
    }
    return null;
  }
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
  resolvePhrase: (phrase: SpeakerPhrase, pos: number) => Resolved | null,
  allTokens: Token[],
): void {
  const blockStart = blocks[draft.blockIndex]!;
  const previous = drafts.at(-1);
  const previousInBlock = previous && previous.blockIndex === draft.blockIndex ? previous : null;
  const from = previousInBlock ? previousInBlock.span.close : blockStart;
  // The subject of the last sentence between the previous quote (or paragraph start) and this one.
  const startsSentence = onlySpaceBetween(text, draft.sentence.start, draft.span.open);
  const subject = startsSentence ? lastSubjectBetween(subjects, from, draft.sentence.start) : null;
  if (subject) {
    const resolved = resolvePhrase(subject.phrase, subject.pos);
    if (resolved && !resolved.isOrganisation && resolved.credible) {
      return assign(draft, resolved.name, subject.phrase, null, previousInBlock?.speaker === resolved.name ? 0.75 : 0.6, true);
    }
  }
  if (previousInBlock?.speaker) {
    return assign(draft, previousInBlock.speaker, null, previousInBlock.speakerRole, 0.75, previousInBlock.isPerson);
  }
  // "The bill lists the grounds. They include “…”": a text or body that is the paragraph's subject speaks.
  const institution = lastSubjectBetween(subjects, blockStart, draft.sentence.start + 1, true);
  if (institution?.phrase.institution && institution.phrase.name) {
    return assign(draft, institution.phrase.name, institution.phrase, null, 0.5, false);
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
  // "But for Parata and his family it is personal." then a quote-only paragraph: the one earlier
  // speaker the paragraph before names is the likeliest voice.
  const previousBlock = draft.blockIndex - 1;
  if (!previous || previous.blockIndex < previousBlock) {
    const named = speakersNamedIn(allTokens, blocks[previousBlock]!, previousBlockEnd + 1, drafts, text, resolvePhrase);
    if (named.length === 1) return assign(draft, named[0]!, null, null, 0.55, true);
  }
  if (previous?.speaker && draft.blockIndex - previous.blockIndex <= 3) {
    assign(draft, previous.speaker, null, previous.speakerRole, 0.6, previous.isPerson);
  }
}

const speakerSets = new WeakMap<Draft[], { count: number; names: Set<string> }>();

/** The people among the drafts' speakers, kept up to date as drafts are added (no rescans). */
function speakersOf(drafts: Draft[]): Set<string> {
  let entry = speakerSets.get(drafts);
  if (!entry) {
    entry = { count: 0, names: new Set() };
    speakerSets.set(drafts, entry);
  }
  for (; entry.count < drafts.length; entry.count++) {
    const draft = drafts[entry.count]!;
    if (draft.speaker && draft.isPerson) entry.names.add(draft.speaker);
  }
  return entry.names;
}

/** The page's earlier speakers (people) that a stretch of text names. */
function speakersNamedIn(
  allTokens: Token[],
  from: number,
  to: number,
  drafts: Draft[],
  text: string,
  resolvePhrase: (phrase: SpeakerPhrase, pos: number) => Resolved | null,
): string[] {
  const speakers = speakersOf(drafts);
  const tokens = tokensIn(allTokens, from, to);
  const found = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.isCapitalised || (i > 0 && tokens[i - 1]!.isCapitalised)) continue;
    const phrase = readSpeakerForward(tokens, i, text);
    if (!phrase || phrase.kind !== 'name') continue;
    const resolved = resolvePhrase(phrase, phrase.start);
    if (resolved && speakers.has(resolved.name)) found.add(resolved.name);
  }
  return [...found];
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
  /** The pronoun that opens the next sentence of the paragraph ("he", "she"), evidence of gender. */
  nextPronoun: string | null;
}

/**
 * The people in subject position, sentence by sentence: who opens the sentence ("Senator Jane Roe,
 * a Republican, …"), and who a speech verb there names ("…, said Tom Forte").
 */
function sentenceSubjects(text: string, sentences: Span[], allTokens: Token[], blocks: number[]): Subject[] {
  const subjects: Subject[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    const first = text[sentence.start];
    const tokens = tokensIn(allTokens, sentence.start, Math.min(sentence.end, sentence.start + 600));
    const following = sentences[s + 1];
    let nextPronoun: string | null = null;
    if (following && blockIndexOf(blocks, following.start) === blockIndexOf(blocks, sentence.start)) {
      const nextTokens = tokensIn(allTokens, following.start, Math.min(following.end, following.start + 80));
      nextPronoun = nextTokens[firstClauseStart(nextTokens)]?.lower ?? null;
    }
    // Headings and captions without a full stop name things; they do not put anyone in focus.
    const ended = /[.!?…"”»“']\s*$/.test(text.slice(Math.max(sentence.start, sentence.end - 3), sentence.end));
    if (ended && first && !/["“”„«»‘’'‚]/.test(first)) {
      // "Once Fetter arrived, Lorenz gave her…": the subordinate clause's subject is in focus too.
      if (tokens[0] && CLAUSE_OPENERS.has(tokens[0].lower)) {
        const inner = readSpeakerForward(tokens, 1, text);
        if (inner && inner.kind === 'name') subjects.push({ pos: inner.start, sentenceStart: sentence.start, phrase: inner, nextPronoun: null });
      }
      for (const start of subjectStarts(tokens)) {
        const phrase = readSpeakerForward(tokens, start, text);
        const after = phrase ? tokens[phrase.next] : undefined;
        // A subject is followed by its verb or an apposition, not by more of a noun phrase.
        if (!phrase || (after && after.isWord && after.isCapitalised) || (after && !after.isWord && after.text !== ',' && after.text !== '\u2014')) continue;
        subjects.push({ pos: phrase.start, sentenceStart: sentence.start, phrase, nextPronoun });
        break;
      }
    }
    // Reported speech names its speaker in subject position too: "…, said Tom Forte, who follows Amazon."
    for (let v = 1; v < tokens.length; v++) {
      const token = tokens[v]!;
      if (!token.isWord || token.isCapitalised || !SPEECH_VERBS.has(token.lower)) continue;
      const phrase = tokens[v - 1]!.text === ',' ? readSpeakerForward(tokens, v + 1, text) : null;
      if (phrase && phrase.kind === 'name' && (subjects.at(-1)?.pos ?? -1) < phrase.start) {
        subjects.push({ pos: phrase.start, sentenceStart: sentence.start, phrase, nextPronoun: null });
      }
    }
  }
  return subjects;
}

function lastSubjectBetween(subjects: Subject[], from: number, to: number, skipPronouns = false): Subject | null {
  let low = 0;
  let high = subjects.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (subjects[mid]!.sentenceStart < to) low = mid + 1;
    else high = mid;
  }
  for (let i = low - 1; i >= 0 && subjects[i]!.sentenceStart >= from; i--) {
    if (!skipPronouns || subjects[i]!.phrase.kind !== 'pronoun') return subjects[i]!;
  }
  return null;
}

function finish(text: string, drafts: Draft[], context: FindQuotesContext, minWords: number, _sentences: Span[]): Quote[] {
  const quotes: Quote[] = [];
  const links = entityLinks(context.mentions, context.catalog);
  const seen = new Map<string, number>();
  const normalised = drafts.map((draft) => normalise(quoteText(text, draft.span)));
  for (let d = 0; d < drafts.length; d++) {
    const draft = drafts[d]!;
    const words = quoteText(text, draft.span);
    if (wordCount(words) < minWords) continue;
    const key = normalise(words);
    // A pull quote repeats a body quote: report it once, and let a repeated fragment take the speaker.
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      const kept = quotes[earlier]!;
      if (!kept.speaker && draft.speaker) quotes[earlier] = toQuote(draft, words, links);
      continue;
    }
    if (!draft.speaker) {
      const source = nearbyQuoteContaining(drafts, d, key, normalised);
      if (source) {
        assign(draft, source.speaker!, null, source.speakerRole, 0.6, source.isPerson);
        draft.speakerSpan = source.speakerSpan;
      } else if (looksLikeTitle(words)) {
        continue;
      }
    } else if (draft.cue === null && draft.confidence <= 0.5 && looksLikeTitle(words)) {
      continue;
    }
    seen.set(key, quotes.length);
    quotes.push(toQuote(draft, words, links));
  }
  return quotes;
}

/** An attributed quote near `index` whose words contain `key` (a pull quote's source); bounded, so linear. */
function nearbyQuoteContaining(drafts: Draft[], index: number, key: string, normalised: string[]): Draft | null {
  for (let k = Math.max(0, index - 30); k < Math.min(drafts.length, index + 30); k++) {
    const other = drafts[k]!;
    if (k !== index && other.speaker && normalised[k]!.includes(key)) return other;
  }
  return null;
}

function toQuote(draft: Draft, words: string, links: EntityLinks): Quote {
  const speakerEntityId = draft.speaker ? links.speakerEntityIdOf(draft.speaker, draft.speakerSpan) : null;
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
    aboutEntityIds: links.aboutEntityIdsOf(draft.span, draft.sentence, draft.speakerSpan),
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
  const index = sentenceIndexAt(sentences, pos);
  return index >= 0 ? sentences[index]! : null;
}

/** Index of the sentence holding `pos` (or starting right after it), -1 when none. */
function sentenceIndexAt(sentences: Span[], pos: number): number {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sentences[mid]!.end <= pos) low = mid + 1;
    else high = mid;
  }
  const sentence = sentences[low];
  return sentence && sentence.start <= pos + 1 ? low : -1;
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
