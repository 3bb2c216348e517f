/**
 * "One statement, many sources" as the dossier page lists it: the statements the store grouped at
 * record time (store/stored-grouping.ts) that two quotes or more make, over the whole record, the
 * most recently quoted first, a page at a time; each described from its quotes when it is read
 * (grouping/group-statements.ts), so a statement that lost sources says only what is left.
 */
import { describeStatement, type StatementGroup } from './grouping/group-statements';
import type { DossierStore, StatementCursor } from './store/dossier-store';
import type { StatementRow } from './store/schema';
import type { PageRecord } from './types';

/** Statements read at a time. */
export const SHARED_STATEMENTS_PAGE = 20;
/** A statement's quotes read at most (its newest): enough to show its wordings and speakers. */
export const STATEMENT_QUOTES_READ = 200;

export interface SharedStatement {
  id: number;
  /** All its quotes, where more than were read. */
  quotes: number;
  group: StatementGroup<PageRecord>;
}

export interface SharedStatementsPage {
  statements: SharedStatement[];
  /** Where the next page starts; null when this one was the last. */
  next: StatementCursor | null;
}

export async function loadSharedStatements(store: DossierStore, after: StatementCursor | null, limit = SHARED_STATEMENTS_PAGE): Promise<SharedStatementsPage> {
  const rows = await store.sharedStatements(after, limit);
  const last = rows.at(-1);
  return {
    statements: await describeRows(store, rows),
    next: rows.length === limit && last?.sharedAt !== undefined ? { sharedAt: last.sharedAt, id: last.id } : null,
  };
}

/** The shared statements among some quotes (an entity's), the most recently quoted first. */
export async function sharedStatementsAmong(store: DossierStore, quotes: Parameters<DossierStore['sharedStatementsOf']>[0]): Promise<SharedStatement[]> {
  return describeRows(store, await store.sharedStatementsOf(quotes));
}

async function describeRows(store: DossierStore, rows: readonly StatementRow[]): Promise<SharedStatement[]> {
  const described = await Promise.all(rows.map(async (row) => {
    const quotes = await store.statementQuotes(row.id, STATEMENT_QUOTES_READ);
    if (quotes.length === 0) return null;
    const group = describeStatement(quotes.map(({ quote, page }) => ({ text: quote.text, speaker: quote.speaker, speakerEntityId: quote.speakerEntityId, source: page as PageRecord })));
    return { id: row.id, quotes: row.quotes, group };
  }));
  return described.filter((statement) => statement !== null);
}
