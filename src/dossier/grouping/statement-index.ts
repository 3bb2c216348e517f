/**
 * "One statement, many sources": quotes grouped as they arrive, in memory (`dossier collect`, and
 * the rules the store's grouping follows: candidates.ts). Each statement keeps its distinct
 * wordings; a shingle index maps fingerprints to wordings, so a new quote is compared only with the
 * few wordings it shares runs of words with, never with every quote in the record.
 */
import { bestMatch, lookupShingles, rankCandidates, WordingPostings } from './candidates';
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

export class StatementIndex {
  private readonly statements: Statement[] = [];
  private readonly wordings: Wording[] = [];
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

  private newStatement(): number {
    const id = this.statements.length;
    this.statements.push({ id, quoteIds: [], wordingIds: [], wordingDiffers: false });
    return id;
  }

  private addWording(statementId: number, words: StatementWords, key: string, quoteId: number): void {
    const id = this.wordings.length;
    this.wordings.push({ statementId, words, quoteId });
    this.postings.add(id, key, storedFingerprints(words.words));
    this.statements[statementId]!.wordingIds.push(id);
  }

  private join(statementId: number, quoteId: number): Statement {
    const statement = this.statements[statementId]!;
    statement.quoteIds.push(quoteId);
    this.statementOfQuote.set(quoteId, statementId);
    return statement;
  }
}
