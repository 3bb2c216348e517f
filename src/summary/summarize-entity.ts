import type { Mention } from '../matching/mention';
import type { Span } from '../text/span';
import { MIN_WORDS, overlap, profileSentences, sentenceCentrality, stemCentrality, type SentenceProfile } from './sentence-profile';

/**
 * Weights of the entity ranking, each part on 0..1, over the sentences that mention the entity:
 * - focus: the entity's share of the watchlist mentions in the sentence — a sentence about Xi alone
 *   says more about Xi than one that lists four leaders.
 * - subject: the entity is named in the first third of the sentence, where news puts its subject
 *   ("Kirby said…", "Xi arrived…") rather than in passing at the end.
 * - centrality: the sentence is about the page's main topic (see stemCentrality), not an aside.
 * - introduction: the first prose sentence to name the entity, which is where news says who someone is.
 */
const WEIGHTS = { focus: 0.25, subject: 0.2, centrality: 0.25, introduction: 0.3 } as const;

const MOST_SENTENCES = 3;
/** The third sentence is added only when it is nearly as good as the best: two strong beat three weak. */
const THIRD_SENTENCE_MIN_SHARE = 0.6;
const MAX_OVERLAP = 0.6;

/**
 * The two or three sentences of the page that say most about one entity, in document order.
 *
 * Candidates are the sentences with a mention of the entity. Prose sentences (see sentence-profile.ts)
 * are preferred; when fewer than two are found, shorter or unpunctuated ones of at least six words
 * (headings, captions) may fill in, since a caption may be all a page says about someone.
 * Restatements of an already picked sentence are skipped.
 */
export function summarizeEntity(
  text: string,
  sentences: readonly Span[],
  mentions: readonly Mention[],
  entityId: string,
): Span[] {
  const profiles = profileSentences(text, sentences, mentions);
  return summarizeEntityFromProfiles(profiles, stemCentrality(profiles), entityId);
}

/** The same from the page's sentence profiles and stem centrality, made once for every entity of a report. */
export function summarizeEntityFromProfiles(
  profiles: readonly SentenceProfile[],
  centrality: ReadonlyMap<string, number>,
  entityId: string,
): Span[] {
  const naming = profiles.filter((profile) => profile.mentions.some((mention) => mention.entityId === entityId));
  if (naming.length === 0) return [];
  // The introduction is the first sentence of running text that names the entity, not the headline.
  const firstIndex = (naming.find((profile) => profile.isProse) ?? naming[0]!).index;

  const rank = (candidates: SentenceProfile[]) =>
    candidates
      .map((profile) => ({ profile, score: entityScore(profile, entityId, firstIndex, centrality) }))
      .sort((a, b) => b.score - a.score || a.profile.index - b.profile.index);
  const prose = rank(naming.filter((profile) => profile.isProse));
  const others = prose.length >= 2 ? [] : rank(naming.filter((profile) => !profile.isProse && profile.words >= MIN_WORDS));

  const picked: Array<{ profile: SentenceProfile; score: number }> = [];
  const best = prose[0]?.score ?? others[0]?.score ?? 0;
  for (const candidate of [...prose, ...others]) {
    if (picked.length >= MOST_SENTENCES) break;
    if (picked.length === 2 && candidate.score < best * THIRD_SENTENCE_MIN_SHARE) break;
    if (picked.some(({ profile }) => overlap(profile, candidate.profile) > MAX_OVERLAP)) continue;
    picked.push(candidate);
  }
  return picked
    .map(({ profile }) => profile)
    .sort((a, b) => a.index - b.index)
    .map(({ span }) => ({ start: span.start, end: span.end }));
}

function entityScore(
  profile: SentenceProfile,
  entityId: string,
  firstIndex: number,
  centrality: ReadonlyMap<string, number>,
): number {
  const own = profile.mentions.filter((mention) => mention.entityId === entityId);
  const focus = own.length / profile.mentions.length;
  const sentenceLength = Math.max(1, profile.span.end - profile.span.start);
  const subject = own.some((mention) => (mention.start - profile.span.start) / sentenceLength < 1 / 3) ? 1 : 0;
  const introduction = profile.index === firstIndex ? 1 : 0;
  return (
    WEIGHTS.focus * focus +
    WEIGHTS.subject * subject +
    WEIGHTS.centrality * sentenceCentrality(profile, centrality) +
    WEIGHTS.introduction * introduction
  );
}
