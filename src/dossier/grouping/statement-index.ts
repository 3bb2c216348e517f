/**
 * "One statement, many sources": quotes grouped as they arrive, in memory (`dossier collect`, and
 * the rules the store's grouping follows: candidates.ts). Each statement keeps its distinct
 * wordings; a shingle index maps fingerprints to wordings, so a new quote is compared only with the
 * few wordings it shares runs of words with, never with every quote in the record.
 */
import { bestMatch, lookupShingles, rankCandidates, WordingPostings, type Candidate } from './candidates';
import { storedFingerprints } from './fingerprints';
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
  /** Some source changed, added or dropped words without an elision mark. */
  wordingDiffers: boolean;
}

export class StatementIndex {
  private readonly statements: Statement[] = [];
  /** Each distinct wording's words and statement, by wording id: what a new quote is compared with. */
  private readonly wordings: Candidate[] = [];
  private readonly postings = new WordingPostings();
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
    const sameWording = this.postings.idOfKey(key);
    if (sameWording !== undefined) return this.join(this.wordings[sameWording]!.statementId, quote.id);
    const candidates = rankCandidates(this.postings.postingsOf(lookupShingles(words))).map((id) => this.wordings[id]!);
    const match = bestMatch(words, candidates);
    const statementId = match?.statementId ?? this.newStatement();
    const statement = this.statements[statementId]!;
    if (match?.comparison.kind === 'differs') statement.wordingDiffers = true;
    this.addWording(statementId, words, key);
    return this.join(statementId, quote.id);
  }

  all(): readonly Statement[] {
    return this.statements;
  }

  private newStatement(): number {
    const id = this.statements.length;
    this.statements.push({ id, quoteIds: [], wordingDiffers: false });
    return id;
  }

  private addWording(statementId: number, words: StatementWords, key: string): void {
    this.postings.add(this.wordings.length, key, storedFingerprints(words.words));
    this.wordings.push({ statementId, words });
  }

  private join(statementId: number, quoteId: number): Statement {
    const statement = this.statements[statementId]!;
    statement.quoteIds.push(quoteId);
    this.statementOfQuote.set(quoteId, statementId);
    return statement;
  }
}
