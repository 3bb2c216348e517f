import type { Mention } from '../matching/mention';
import type { Span } from '../text/span';
import { coveredBy, overlap, profileSentences, sentenceCentrality, stemCentrality, type SentenceProfile } from './sentence-profile';

export interface ArticleSummaryOptions {
  /** Fewest sentences to pick when the page has that many prose sentences (default 3). */
  minSentences?: number;
  /** Most sentences to pick (default 5). */
  maxSentences?: number;
}

/**
 * Weights of the article ranking. Each part is on 0..1:
 * - position: news is written top-down, the gist comes first. 1/√(1 + rank among the prose
 *   sentences from the first paragraph of the article), so the lead counts most and the tail of the
 *   page (related links, comments) least. The article starts at its first real paragraph — a block
 *   with two prose sentences, or one of twenty words or more; a prose sentence above it is a
 *   caption, a teaser or a standfirst, and ranks as if it stood last.
 * - centrality: the mean centrality of the sentence's words (see stemCentrality) — a sentence made of
 *   the words the whole page keeps returning to is about what the page is about.
 * - entities: watchlist entities named in the sentence, half a point each, at most one — the
 *   reader follows these names, so a sentence that names them is worth more to them.
 */
const WEIGHTS = { position: 0.4, centrality: 0.4, entities: 0.2 } as const;

/**
 * A sentence opening with a pronoun or a connective leans on the one before it ("He added…",
 * "But officials…"): it is taken only right after that sentence, never on its own, where it dangles.
 */
const LEANS_ON_CONTEXT =
  /^["'“„«]?(?:he|she|it|they|this|that|these|those|but|and|however|also|still|yet|er|sie|es|dies|aber|auch|doch|он|она|оно|они|это|но|однако|также)(?![\p{L}\p{N}])/iu;

/** A sentence this long is a paragraph of its own, not a caption or a teaser. */
const LONG_SENTENCE_WORDS = 20;

/**
 * A candidate sharing this much of its words with one sentence already picked says the same thing
 * again; one whose words the picked sentences already have between them this much adds nothing new.
 */
const MAX_OVERLAP = 0.6;
const MAX_COVERED = 0.75;

/**
 * A short summary of the page: three to five of its own sentences, in document order.
 *
 * Only prose counts (six to sixty words, ending like a sentence, no captions, credits, links or page
 * furniture; see sentence-profile.ts). Each is scored by the weights above and the best are taken
 * greedily, skipping questions, any that restate what is already taken and any that lean on a sentence
 * not taken.
 * The number taken grows with the article: one per ten prose sentences, between `minSentences` and
 * `maxSentences`.
 */
export function summarizeArticle(
  text: string,
  sentences: readonly Span[],
  mentions: readonly Mention[],
  options: ArticleSummaryOptions = {},
): Span[] {
  const profiles = profileSentences(text, sentences, mentions);
  return summarizeArticleFromProfiles(profiles, stemCentrality(profiles), options);
}

/** The same from the page's sentence profiles and stem centrality, made once for the whole report. */
export function summarizeArticleFromProfiles(
  profiles: readonly SentenceProfile[],
  centrality: ReadonlyMap<string, number>,
  options: ArticleSummaryOptions = {},
): Span[] {
  const minSentences = Math.max(1, options.minSentences ?? 3);
  const maxSentences = Math.max(minSentences, options.maxSentences ?? 5);

  const prose = profiles.filter((profile) => profile.isProse);
  if (prose.length === 0) return [];

  const start = articleStart(prose);
  const scored = prose.map((profile, rank) => ({
    profile,
    score: articleScore(profile, rank >= start ? rank - start : prose.length, centrality),
  }));
  scored.sort((a, b) => b.score - a.score || a.profile.index - b.profile.index);

  const wanted = Math.min(maxSentences, Math.max(minSentences, Math.round(prose.length / 10)));
  const picked: SentenceProfile[] = [];
  const remaining = scored.map(({ profile }) => profile);
  // Each pick may make a leaning sentence acceptable (its predecessor is now taken): start over from the best.
  while (picked.length < wanted) {
    const next = remaining.findIndex((profile) => acceptable(profile, picked));
    if (next < 0) break;
    picked.push(remaining[next]!);
    remaining.splice(next, 1);
  }
  return picked.sort((a, b) => a.index - b.index).map(({ span }) => ({ start: span.start, end: span.end }));
}

/** Rank among the prose sentences of the first real paragraph's first sentence (0 when none is found). */
function articleStart(prose: readonly SentenceProfile[]): number {
  const perBlock = new Map<number, number>();
  for (const profile of prose) perBlock.set(profile.block, (perBlock.get(profile.block) ?? 0) + 1);
  const start = prose.findIndex((profile) => (perBlock.get(profile.block) ?? 0) >= 2 || profile.words >= LONG_SENTENCE_WORDS);
  return Math.max(0, start);
}

/** A question the page asks ("Where do relations go from here?") introduces a point; it does not make one. */
const QUESTION = /[?？]["'”’»“«)\]]*$/u;

function acceptable(profile: SentenceProfile, picked: readonly SentenceProfile[]): boolean {
  if (QUESTION.test(profile.text)) return false;
  if (picked.some((chosen) => overlap(chosen, profile) > MAX_OVERLAP)) return false;
  if (coveredBy(profile, picked) > MAX_COVERED) return false;
  return !LEANS_ON_CONTEXT.test(profile.text) || picked.some((chosen) => chosen.index === profile.index - 1);
}

function articleScore(profile: SentenceProfile, rank: number, centrality: ReadonlyMap<string, number>): number {
  const position = 1 / Math.sqrt(1 + rank);
  const entities = Math.min(1, new Set(profile.mentions.map((mention) => mention.entityId)).size / 2);
  return WEIGHTS.position * position + WEIGHTS.centrality * sentenceCentrality(profile, centrality) + WEIGHTS.entities * entities;
}
