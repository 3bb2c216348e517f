/**
 * The people and bodies in subject position, sentence by sentence: who a pronoun, a quote-only
 * paragraph or a cue-less quote most likely belongs to.
 */
import type { Span } from '../analysis/types';
import { CLAUSE_OPENERS, firstClauseStart, subjectStarts } from './attribution-cues';
import { readSpeakerForward, type SpeakerPhrase } from './speaker-phrase';
import { SPEECH_VERBS } from './speech-lexicon';
import { blockIndexOf, tokensIn } from './text-index';
import type { Token } from './tokens';
import { partitionPoint } from '../text/partition-point';

export interface Subject {
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
export function sentenceSubjects(text: string, sentences: Span[], allTokens: Token[], blocks: number[]): Subject[] {
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
    const ended =
      /[.!?…"”»“']\s*$/.test(text.slice(Math.max(sentence.start, sentence.end - 3), sentence.end)) ||
      /["“„«]/.test(text.slice(sentence.start, sentence.end));
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

export function lastSubjectBetween(subjects: Subject[], from: number, to: number, skipPronouns = false): Subject | null {
  const low = partitionPoint(subjects, (subject) => subject.sentenceStart < to);
  for (let i = low - 1; i >= 0 && subjects[i]!.sentenceStart >= from; i--) {
    if (!skipPronouns || subjects[i]!.phrase.kind !== 'pronoun') return subjects[i]!;
  }
  return null;
}
