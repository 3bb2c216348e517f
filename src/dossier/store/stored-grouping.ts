/**
 * Quotes grouped into statements as they are written, against the wordings already stored (schema
 * v5's `wordings`, `postings` and `statements` tables), inside the transaction that writes the
 * quotes: the record's statements are always those of all its quotes, not of the ones a page
 * happened to read. The rules are grouping/'s (candidates.ts, compare-wording.ts, fingerprints.ts);
 * only where postings and wordings are read from differs from the in-memory StatementIndex, and a
 * record grouped here from empty has the statements groupStatements gives its quotes in the order
 * recorded.
 */
import Dexie, { type Table } from 'dexie';
import { bestMatch, CANDIDATE_RULES, lookupShingles, rankCandidates, WordingPostings } from '../grouping/candidates';
import { storedFingerprints } from '../grouping/fingerprints';
import { groupStatements } from '../grouping/group-statements';
import { statementWords, wordsKey, type StatementWords } from '../grouping/statement-words';
import type { PostingRow, QuoteRow, StatementRow, WordingRow } from './schema';

export interface GroupingTables {
  quotes: Table<QuoteRow, number>;
  wordings: Table<WordingRow, number>;
  statements: Table<StatementRow, number>;
  postings: Table<PostingRow, number>;
}

/** Named thresholds of the stored grouping. */
export const STORED_GROUPING_RULES = {
  /**
   * A batch of more quotes than this (an import, the v5 upgrade) reads every wording and statement
   * once and groups in memory; fewer (a page being recorded) read only the rows their words and
   * shingles name, a few bulk reads whatever the size of the record.
   */
  readAllAbove: 2000,
};

/** Where a grouping session reads wordings, postings and statements. */
interface WordingLookup {
  idOfKey(key: string): number | undefined;
  /** Each shingle's wordings (ids in the order added), null where the shingle is common. */
  postingsOf(shingles: readonly number[]): (readonly number[] | null)[];
  /** The rows, each read once: the session changes them in place and writes them at the end. */
  wordings(ids: readonly number[]): Promise<WordingRow[]>;
  statement(id: number): Promise<StatementRow | undefined>;
  /** A wording this session added (written only at the end). */
  added(row: WordingRow): void;
  /** The posting rows of these fingerprints with the wordings added since: what to write. */
  postingRows(fingerprints: Iterable<number>): PostingRow[];
}

/** Extends a posting row with wordings, common for good once past the cutoff. */
function appendToPosting(row: PostingRow, ids: readonly number[]): PostingRow {
  if (row.common) return row;
  const wordingIds = [...row.wordingIds, ...ids];
  return wordingIds.length > CANDIDATE_RULES.commonShinglePostings ? { fingerprint: row.fingerprint, wordingIds: [], common: true } : { ...row, wordingIds };
}

/**
 * The rows a batch names, read up front in a few bulk reads (its words keys, its shingles'
 * postings), then the candidates each quote ranks; the wordings added but not yet written are held
 * beside them.
 */
class IndexedLookup implements WordingLookup {
  private readonly pending = new WordingPostings();
  private readonly keys = new Map<string, number>();
  private readonly postings = new Map<number, PostingRow>();
  private readonly rows = new Map<number, WordingRow>();
  private readonly statements = new Map<number, StatementRow>();

  private constructor(private readonly tables: GroupingTables) {}

  static async read(tables: GroupingTables, words: readonly StatementWords[]): Promise<IndexedLookup> {
    const lookup = new IndexedLookup(tables);
    const keys = [...new Set(words.map(wordsKey))];
    // One read per key: anyOf's cursor, skipping through the unique index, took 100–300 ms in fake-indexeddb.
    const known = await Promise.all(keys.map((key) => tables.wordings.where('key').equals(key).first()));
    for (const row of known) {
      if (!row) continue;
      lookup.keys.set(row.key, row.id);
      lookup.rows.set(row.id, row);
    }
    // Only a quote whose words are not stored yet ranks candidates (and adds fingerprints): the
    // others join their wording's statement, so their shingles' postings are not read.
    const shingles = [...new Set(words.filter((quote) => !lookup.keys.has(wordsKey(quote))).flatMap(lookupShingles))];
    for (const row of await tables.postings.bulkGet(shingles)) if (row) lookup.postings.set(row.fingerprint, row);
    return lookup;
  }

  idOfKey(key: string): number | undefined {
    return this.pending.idOfKey(key) ?? this.keys.get(key);
  }

  postingsOf(shingles: readonly number[]): (readonly number[] | null)[] {
    return shingles.map((shingle) => {
      const stored = this.postings.get(shingle);
      if (stored?.common) return null;
      const posting = [...(stored?.wordingIds ?? []), ...this.pending.posting(shingle)];
      return posting.length > CANDIDATE_RULES.commonShinglePostings ? null : posting;
    });
  }

  async wordings(ids: readonly number[]): Promise<WordingRow[]> {
    const missing = ids.filter((id) => !this.rows.has(id));
    if (missing.length > 0) {
      for (const row of await this.tables.wordings.bulkGet(missing)) if (row) this.rows.set(row.id, row);
    }
    return ids.map((id) => this.rows.get(id)!);
  }

  async statement(id: number): Promise<StatementRow | undefined> {
    let row = this.statements.get(id);
    if (!row) {
      row = await this.tables.statements.get(id);
      if (row) this.statements.set(id, row);
    }
    return row;
  }

  added(row: WordingRow): void {
    this.pending.add(row.id, row.key, row.fingerprints);
    this.rows.set(row.id, row);
  }

  postingRows(fingerprints: Iterable<number>): PostingRow[] {
    // A new wording's fingerprints are among its shingles, all read up front. A posting common
    // before the batch stays as it is: it is not written again.
    return [...fingerprints].flatMap((fingerprint) => {
      const stored = this.postings.get(fingerprint);
      return stored?.common ? [] : [appendToPosting(stored ?? { fingerprint, wordingIds: [] }, this.pending.posting(fingerprint))];
    });
  }
}

/** Every wording and statement read once: for batches where that costs less than reading per page. */
class LoadedLookup implements WordingLookup {
  private readonly postings = new WordingPostings();
  private readonly rows = new Map<number, WordingRow>();
  private readonly statementRows = new Map<number, StatementRow>();

  static async read(tables: GroupingTables): Promise<LoadedLookup> {
    const lookup = new LoadedLookup();
    // In id order, the order they were added: the postings keep it, as the stored rows do. Read
    // whole: one read each, not a cursor step per row.
    const [wordings, statements] = await Promise.all([tables.wordings.toArray(), tables.statements.toArray()]);
    for (const row of wordings) lookup.added(row);
    for (const row of statements) lookup.statementRows.set(row.id, row);
    return lookup;
  }

  idOfKey(key: string): number | undefined {
    return this.postings.idOfKey(key);
  }

  postingsOf(shingles: readonly number[]): (readonly number[] | null)[] {
    return this.postings.postingsOf(shingles);
  }

  wordings(ids: readonly number[]): Promise<WordingRow[]> {
    return Promise.resolve(ids.map((id) => this.rows.get(id)!));
  }

  statement(id: number): Promise<StatementRow | undefined> {
    return Promise.resolve(this.statementRows.get(id));
  }

  added(row: WordingRow): void {
    this.postings.add(row.id, row.key, row.fingerprints);
    this.rows.set(row.id, row);
  }

  postingRows(fingerprints: Iterable<number>): PostingRow[] {
    // Rebuilt from every wording's fingerprints: the whole posting is in memory.
    return [...fingerprints].map((fingerprint) => appendToPosting({ fingerprint, wordingIds: [] }, this.postings.posting(fingerprint)));
  }
}

/** Where a quote was grouped. */
export interface Grouped {
  statementId: number;
  wordingId: number;
}

/**
 * A batch of quotes grouped in one transaction: `start` with their texts, `group` each in the order
 * recorded, then `write()` the wordings, postings and statements it added or changed. Call inside a
 * transaction over the grouping's tables.
 */
export class GroupingSession {
  private readonly dirtyWordings = new Map<number, WordingRow>();
  private readonly newFingerprints = new Set<number>();
  private readonly dirtyStatements = new Map<number, StatementRow>();
  private nextWordingId: number;
  private nextStatementId: number;
  /** Statements from this id on are the batch's own: there is no stored row to read. */
  private readonly firstNewStatementId: number;

  private constructor(private readonly tables: GroupingTables, private readonly lookup: WordingLookup, ids: { wording: number; statement: number }) {
    this.nextWordingId = ids.wording;
    this.nextStatementId = ids.statement;
    this.firstNewStatementId = ids.statement;
  }

  /** `texts`: the quotes the batch will group, which decide what is read. */
  static async start(tables: GroupingTables, texts: readonly string[]): Promise<GroupingSession> {
    const [lookup, lastWording, lastStatement] = await Promise.all([
      texts.length > STORED_GROUPING_RULES.readAllAbove ? LoadedLookup.read(tables) : IndexedLookup.read(tables, texts.map(statementWords)),
      tables.wordings.orderBy(':id').lastKey() as Promise<number | undefined>,
      tables.statements.orderBy(':id').lastKey() as Promise<number | undefined>,
    ]);
    return new GroupingSession(tables, lookup, { wording: (lastWording ?? 0) + 1, statement: (lastStatement ?? 0) + 1 });
  }

  /** Groups one quote: joins the statement of its words, or of the wording it agrees with best, or starts one. */
  async group(text: string, visitedAt: number): Promise<Grouped> {
    const words = statementWords(text);
    const key = wordsKey(words);
    const known = this.lookup.idOfKey(key);
    let wording: WordingRow;
    if (known !== undefined) {
      [wording] = await this.lookup.wordings([known]) as [WordingRow];
      wording.quotes += 1;
    } else {
      const ranked = rankCandidates(this.lookup.postingsOf(lookupShingles(words)));
      const candidates = (await this.lookup.wordings(ranked)).map((row) => ({ statementId: row.statementId, words: statementWords(row.text) }));
      const statementId = bestMatch(words, candidates)?.statementId ?? this.nextStatementId++;
      wording = { id: this.nextWordingId++, key, text, statementId, fingerprints: storedFingerprints(words.words), quotes: 1 };
      this.lookup.added(wording);
      for (const fingerprint of wording.fingerprints) this.newFingerprints.add(fingerprint);
    }
    this.dirtyWordings.set(wording.id, wording);
    const statement = this.dirtyStatements.get(wording.statementId)
      ?? (wording.statementId < this.firstNewStatementId ? await this.lookup.statement(wording.statementId) : undefined)
      ?? { id: wording.statementId, quotes: 0, newestAt: visitedAt };
    statement.quotes += 1;
    this.see(statement, visitedAt);
    return { statementId: statement.id, wordingId: wording.id };
  }

  /** A quote already grouped whose page was visited again later: its statement is as new as that visit. */
  async revisited(statementId: number, visitedAt: number): Promise<void> {
    const statement = this.dirtyStatements.get(statementId) ?? (await this.lookup.statement(statementId));
    if (statement && visitedAt > statement.newestAt) this.see(statement, visitedAt);
  }

  /** Writes what the batch added or changed. */
  async write(): Promise<void> {
    await Promise.all([
      this.tables.wordings.bulkPut([...this.dirtyWordings.values()]),
      this.tables.postings.bulkPut(this.lookup.postingRows(this.newFingerprints)),
      this.tables.statements.bulkPut([...this.dirtyStatements.values()].map(withSharedAt)),
    ]);
    this.dirtyWordings.clear();
    this.newFingerprints.clear();
    this.dirtyStatements.clear();
  }

  private see(statement: StatementRow, visitedAt: number): void {
    statement.newestAt = Math.max(statement.newestAt, visitedAt);
    this.dirtyStatements.set(statement.id, statement);
  }
}

/** The statement's row as stored: in the index of shared statements only while two quotes or more make it. */
function withSharedAt(row: StatementRow): StatementRow {
  const { sharedAt: _dropped, ...rest } = row;
  return row.quotes >= 2 ? { ...rest, sharedAt: row.newestAt } : rest;
}

/**
 * After quotes are deleted (a page deleted, pruned or revisited): their wordings lose them, a wording
 * left with none goes (and leaves its postings), and each statement they were in is counted again
 * from the quotes it has left (its newest visit too), or goes when none is left. Inside a
 * transaction over the grouping's tables, once the quotes' rows are gone.
 */
export async function ungroupQuotes(tables: GroupingTables, removed: readonly QuoteRow[]): Promise<void> {
  const lostByWording = new Map<number, number>();
  const statementIds = new Set<number>();
  for (const quote of removed) {
    if (quote.wordingId !== undefined) lostByWording.set(quote.wordingId, (lostByWording.get(quote.wordingId) ?? 0) + 1);
    if (quote.statementId !== undefined) statementIds.add(quote.statementId);
  }
  const wordings = (await tables.wordings.bulkGet([...lostByWording.keys()])).filter((row) => row !== undefined);
  for (const row of wordings) row.quotes -= lostByWording.get(row.id)!;
  const gone = wordings.filter((row) => row.quotes <= 0);
  await Promise.all([tables.wordings.bulkDelete(gone.map((row) => row.id)), tables.wordings.bulkPut(wordings.filter((row) => row.quotes > 0))]);
  await leavePostings(tables.postings, gone);
  const emptied: number[] = [];
  const rows: StatementRow[] = [];
  const moved: QuoteRow[] = [];
  const movedWordings = new Map<number, number>();
  let nextId: number | undefined;
  for (const id of statementIds) {
    const left = (await statementQuotesRange(tables.quotes, id).toArray()).sort((a, b) => a.id! - b.id!);
    if (left.length === 0) {
      emptied.push(id);
      continue;
    }
    const parts = splitStatement(left);
    for (const [i, part] of parts.entries()) {
      let partId = id;
      if (i > 0) {
        nextId ??= ((await tables.statements.orderBy(':id').lastKey() as number | undefined) ?? 0) + 1;
        partId = nextId++;
        for (const quote of part) {
          quote.statementId = partId;
          moved.push(quote);
          if (quote.wordingId !== undefined) movedWordings.set(quote.wordingId, partId);
        }
      }
      rows.push(withSharedAt({ id: partId, quotes: part.length, newestAt: Math.max(...part.map((quote) => quote.visitedAt)) }));
    }
  }
  const wordingRows = (await tables.wordings.bulkGet([...movedWordings.keys()])).filter((row) => row !== undefined);
  for (const row of wordingRows) row.statementId = movedWordings.get(row.id)!;
  await Promise.all([
    tables.statements.bulkDelete(emptied),
    tables.statements.bulkPut(rows),
    tables.quotes.bulkPut(moved),
    tables.wordings.bulkPut(wordingRows),
  ]);
}

/**
 * A statement's quotes left after some went, split where nothing left joins them: grouped again among
 * themselves, in the order recorded, by the rules that grouped them (groupStatements). A statement
 * whose wordings only a deleted quote had joined becomes one statement per wording it joined, so it no
 * longer claims sources it has not; the first part (with the oldest quote) keeps its id. The parts
 * are not compared with other statements. One wording left: one part, without a comparison.
 */
function splitStatement(left: readonly QuoteRow[]): QuoteRow[][] {
  if (new Set(left.map((quote) => quote.wordingId)).size < 2) return [[...left]];
  return groupStatements(left.map((quote) => ({ text: quote.text, speaker: quote.speaker, speakerEntityId: quote.speakerEntityId, source: quote })))
    .map((group) => group.sources.map((source) => source.source))
    .sort((a, b) => a[0]!.id! - b[0]!.id!);
}

/** Takes deleted wordings out of their postings; a posting left empty goes, a common one stays as it is. */
async function leavePostings(postings: Table<PostingRow, number>, gone: readonly WordingRow[]): Promise<void> {
  const leaving = new Map<number, Set<number>>();
  for (const row of gone) for (const fingerprint of row.fingerprints) leaving.set(fingerprint, (leaving.get(fingerprint) ?? new Set()).add(row.id));
  const rows = (await postings.bulkGet([...leaving.keys()])).filter((row) => row !== undefined && !row.common) as PostingRow[];
  for (const row of rows) row.wordingIds = row.wordingIds.filter((id) => !leaving.get(row.fingerprint)!.has(id));
  await Promise.all([
    postings.bulkDelete(rows.filter((row) => row.wordingIds.length === 0).map((row) => row.fingerprint)),
    postings.bulkPut(rows.filter((row) => row.wordingIds.length > 0)),
  ]);
}

/** A statement's quotes, oldest visit first, through the [statementId+visitedAt] index. */
export function statementQuotesRange(quotes: Table<QuoteRow, number>, statementId: number) {
  return quotes.where('[statementId+visitedAt]').between([statementId, Dexie.minKey], [statementId, Dexie.maxKey]);
}

/** Every stored quote grouped from nothing, in the order recorded (ids): the v5 upgrade. */
export async function groupStoredQuotes(tables: GroupingTables): Promise<void> {
  await Promise.all([tables.wordings.clear(), tables.statements.clear(), tables.postings.clear()]);
  const quotes = await tables.quotes.toArray();
  const session = await GroupingSession.start(tables, quotes.map((quote) => quote.text));
  for (const quote of quotes) Object.assign(quote, await session.group(quote.text, quote.visitedAt));
  await tables.quotes.bulkPut(quotes);
  await session.write();
}
