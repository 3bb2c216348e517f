/**
 * "One statement, many sources": quotes grouped as they arrive. Each statement keeps its distinct
 * wordings; a shingle index maps fingerprints to wordings, so a new quote is compared only with the
 * few wordings it shares runs of words with, never with every quote in the record.
 */
import { compareWording, type WordingComparison } from './compare-wording';
import { allShingles, storedFingerprints } from './fingerprints';
import { statementWords, wordsKey, type StatementWords } from './statement-words';

/** A quote as the index sees it: an id of the caller's choosing and its words. */
export interface GroupableQuote {
  id: number;
  text: string;
}

export interface Statement {
  id: number;
  /** Ids of the quotes grouped here, in the order they arrived. */
  quoteIds: number[];
  /** Ids of the distinct wordings (see StatementIndex.wording), the first one first. */
  wordingIds: number[];
  /** Some source changed, added or dropped words without an elision mark. */
  wordingDiffers: boolean;
}

export interface Wording {
  statementId: number;
  words: StatementWords;
  /** The first quote with this wording: its text is what the group shows. */
  quoteId: number;
}

/** How many candidate wordings a quote is compared with, those sharing the most shingles first. */
const CANDIDATES_COMPARED = 8;
/** A shingle found in more wordings than this says little ("said that the"): it does not rank candidates. */
const COMMON_SHINGLE_POSTINGS = 300;

export class StatementIndex {
  private readonly statements: Statement[] = [];
  private readonly wordings: Wording[] = [];
  private readonly wordingByKey = new Map<string, number>();
  /** Fingerprint → wording id, or ids once a fingerprint has several (most have one). */
  private readonly postings = new Map<number, number | number[]>();
  private readonly statementOfQuote = new Map<number, number>();

  get statementCount(): number {
    return this.statements.length;
  }

  /** Groups one quote and returns its statement. */
  add(quote: GroupableQuote): Statement {
    const known = this.statementOfQuote.get(quote.id);
    if (known !== undefined) return this.statements[known]!;
    const words = statementWords(quote.text);
    const key = wordsKey(words);
    const sameWording = this.wordingByKey.get(key);
    if (sameWording !== undefined) return this.join(this.wordings[sameWording]!.statementId, quote.id);
    const match = this.bestMatch(words);
    const statementId = match?.statementId ?? this.newStatement();
    const statement = this.statements[statementId]!;
    if (match?.comparison.kind === 'differs') statement.wordingDiffers = true;
    this.addWording(statementId, words, key, quote.id);
    return this.join(statementId, quote.id);
  }

  statement(id: number): Statement {
    const statement = this.statements[id];
    if (!statement) throw new RangeError(`no statement ${id}`);
    return statement;
  }

  statementOf(quoteId: number): Statement | undefined {
    const id = this.statementOfQuote.get(quoteId);
    return id === undefined ? undefined : this.statements[id];
  }

  wording(id: number): Wording {
    const wording = this.wordings[id];
    if (!wording) throw new RangeError(`no wording ${id}`);
    return wording;
  }

  all(): readonly Statement[] {
    return this.statements;
  }

  private bestMatch(words: StatementWords): { statementId: number; comparison: WordingComparison } | null {
    const hits = new Map<number, number>();
    for (const shingle of new Set(allShingles(words.words))) {
      const posting = this.postings.get(shingle);
      if (posting === undefined) continue;
      if (typeof posting === 'number') hits.set(posting, (hits.get(posting) ?? 0) + 1);
      else if (posting.length <= COMMON_SHINGLE_POSTINGS) for (const id of posting) hits.set(id, (hits.get(id) ?? 0) + 1);
    }
    const candidates = [...hits].sort((x, y) => y[1] - x[1]).slice(0, CANDIDATES_COMPARED);
    let best: { statementId: number; comparison: WordingComparison; rank: number } | null = null;
    for (const [wordingId] of candidates) {
      const wording = this.wordings[wordingId]!;
      const comparison = compareWording(wording.words, words);
      if (comparison.kind === 'unrelated') continue;
      // The same words beat a changed wording; then the longer agreement wins.
      const rank = (comparison.kind === 'same' ? 1e6 : 0) + comparison.commonWords;
      if (best === null || rank > best.rank) best = { statementId: wording.statementId, comparison, rank };
    }
    return best;
  }

  private newStatement(): number {
    const id = this.statements.length;
    this.statements.push({ id, quoteIds: [], wordingIds: [], wordingDiffers: false });
    return id;
  }

  private addWording(statementId: number, words: StatementWords, key: string, quoteId: number): void {
    const id = this.wordings.length;
    this.wordings.push({ statementId, words, quoteId });
    this.wordingByKey.set(key, id);
    this.statements[statementId]!.wordingIds.push(id);
    for (const fingerprint of storedFingerprints(words.words)) {
      const posting = this.postings.get(fingerprint);
      if (posting === undefined) this.postings.set(fingerprint, id);
      else if (typeof posting === 'number') this.postings.set(fingerprint, [posting, id]);
      else posting.push(id);
    }
  }

  private join(statementId: number, quoteId: number): Statement {
    const statement = this.statements[statementId]!;
    statement.quoteIds.push(quoteId);
    this.statementOfQuote.set(quoteId, statementId);
    return statement;
  }
}
