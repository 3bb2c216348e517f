/**
 * How a new quote finds the statement it belongs to, whatever keeps the wordings (the in-memory
 * StatementIndex, or the store's `wordings` table): its shingles are looked up in the postings of
 * the wordings' fingerprints, the wordings sharing the most shingles are compared word by word, and
 * the best agreement wins. Only the reading of postings and wordings differs between the two.
 */
import { compareWording, type WordingComparison } from './compare-wording';
import { allShingles } from './fingerprints';
import type { StatementWords } from './statement-words';

/** Named limits of the candidate lookup. */
export const CANDIDATE_RULES = {
  /** How many candidate wordings a quote is compared with, those sharing the most shingles first. */
  candidatesCompared: 8,
  /** A shingle found in more wordings than this says little ("said that the"): it does not rank candidates. */
  commonShinglePostings: 300,
};

/** The shingles a quote looks up, each once, in the order they occur (the ranking's tie order). */
export function lookupShingles(words: StatementWords): number[] {
  return [...new Set(allShingles(words.words))];
}

/**
 * The wordings to compare, best first, from each looked-up shingle's postings (wording ids in the
 * order they were added; null for a common shingle). Ties keep the order of first appearance.
 */
export function rankCandidates(postings: Iterable<readonly number[] | null>): number[] {
  const hits = new Map<number, number>();
  for (const posting of postings) {
    if (posting === null) continue;
    for (const id of posting) hits.set(id, (hits.get(id) ?? 0) + 1);
  }
  return [...hits].sort((x, y) => y[1] - x[1]).slice(0, CANDIDATE_RULES.candidatesCompared).map(([id]) => id);
}

export interface Candidate {
  statementId: number;
  words: StatementWords;
}

export interface StatementMatch {
  statementId: number;
  comparison: Exclude<WordingComparison, { kind: 'unrelated' }>;
}

/** The candidate the quote agrees with best: the same words beat a changed wording, then the longer agreement wins. */
export function bestMatch(words: StatementWords, candidates: readonly Candidate[]): StatementMatch | null {
  let best: (StatementMatch & { rank: number }) | null = null;
  for (const candidate of candidates) {
    const comparison = compareWording(candidate.words, words);
    if (comparison.kind === 'unrelated') continue;
    const rank = (comparison.kind === 'same' ? 1e6 : 0) + comparison.commonWords;
    if (best === null || rank > best.rank) best = { statementId: candidate.statementId, comparison, rank };
  }
  return best && { statementId: best.statementId, comparison: best.comparison };
}

/**
 * Fingerprint → wording ids and words key → wording id, in memory: the whole of StatementIndex's
 * lookup, and the store's when it groups a large batch (an import, the v5 upgrade) with the
 * wordings read once, or holds the wordings it has added but not yet written.
 */
export class WordingPostings {
  private readonly byKey = new Map<string, number>();
  /** Fingerprint → wording id, or ids once a fingerprint has several (most have one). */
  private readonly postings = new Map<number, number | number[]>();

  add(id: number, key: string, fingerprints: Iterable<number>): void {
    this.byKey.set(key, id);
    for (const fingerprint of fingerprints) {
      const posting = this.postings.get(fingerprint);
      if (posting === undefined) this.postings.set(fingerprint, id);
      else if (typeof posting === 'number') this.postings.set(fingerprint, [posting, id]);
      else posting.push(id);
    }
  }

  idOfKey(key: string): number | undefined {
    return this.byKey.get(key);
  }

  /** The wordings holding a shingle, in the order they were added; empty when none does. */
  posting(shingle: number): readonly number[] {
    const posting = this.postings.get(shingle);
    if (posting === undefined) return [];
    return typeof posting === 'number' ? [posting] : posting;
  }

  /** Each shingle's posting, null where it is common. */
  postingsOf(shingles: readonly number[]): (readonly number[] | null)[] {
    return shingles.map((shingle) => {
      const posting = this.posting(shingle);
      return posting.length > CANDIDATE_RULES.commonShinglePostings ? null : posting;
    });
  }
}
