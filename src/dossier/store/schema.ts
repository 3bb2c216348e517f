/**
 * The dossier's IndexedDB schema, as a list of versions: each adds its tables and indexes and may
 * carry an upgrade that rewrites the rows of the version before. Dexie opens the database at the
 * last version and runs the upgrades a stored database has not had yet, in order, each in the
 * transaction that opens it, so an interrupted upgrade leaves the old version as it was.
 */
import type { Transaction } from 'dexie';
import type { PageRecord, QuoteRecord } from '../types';
import { groupStoredQuotes } from './stored-grouping';

export interface PageRow extends PageRecord {
  id?: number;
  /** Size of the page and its quotes as stored (UTF-8 JSON), for the storage estimate. */
  bytes: number;
  /** Its quotes by and about each entity, counted at write, so overviews need not read every quote. */
  quotesBy: Record<string, number>;
  quotesAbout: Record<string, number>;
}

export interface QuoteRow extends QuoteRecord {
  id?: number;
  pageId: number;
  /** The page's last visit: the record's order, newest first. */
  visitedAt: number;
  /** Since v5: the statement it was grouped into when recorded (StatementRow), and its wording (WordingRow). */
  statementId?: number;
  wordingId?: number;
}

/**
 * Since v5, one distinct wording of a statement (its words as statement-words.ts reads them): what a
 * new quote is looked up against, by its words key and by the fingerprints of its shingles.
 */
export interface WordingRow {
  id: number;
  /** The words, folded and joined: equal keys are the same wording (unique). */
  key: string;
  /** The text of its first quote: its words and elision marks are what later quotes are compared with. */
  text: string;
  statementId: number;
  /** Its winnowed shingle hashes (fingerprints.ts): the postings it is listed in. */
  fingerprints: number[];
  /** Quotes with this wording: the row goes with the last of them. */
  quotes: number;
}

/**
 * Since v5, the wordings holding one fingerprint, in the order they were added: a quote's lookup is
 * one read of its shingles' rows, not a read of an index per shingle. A fingerprint found in more
 * wordings than the lookup's cutoff (candidates.ts) says little; its row stops listing them.
 */
export interface PostingRow {
  fingerprint: number;
  wordingIds: number[];
  /** Once past the cutoff: common for good, its ids no longer kept (deleting wordings does not bring them back). */
  common?: true;
}

/** Since v5, one statement: its quotes are those with its id (the quotes' statementId index). */
export interface StatementRow {
  id: number;
  quotes: number;
  /** The newest visit of a page quoting it. */
  newestAt: number;
  /** newestAt, only while two or more quotes make it: the sparse index of "one statement, many sources". */
  sharedAt?: number;
}

/** Running totals, kept in the same transactions as the rows, so the size shows without a scan. */
export interface TotalsRow {
  key: 'totals';
  pages: number;
  quotes: number;
  bytes: number;
  /**
   * Since v6: how many times pages were deleted, pruned or everything cleared. A search index built
   * while this changed may hold the words of quotes deleted meanwhile: it is not saved.
   */
  purges?: number;
}

/**
 * Since v6, the dossier page's search index as it last saved it (search/saved-search.ts): FlexSearch's
 * exported parts and each quote's filter keys, a row per part, and a `stamp` row saying what it covers.
 * Deleting or pruning pages, or clearing the record, empties the table in the same transaction, so a
 * deleted quote's words do not stay on disk in it.
 */
export interface SearchIndexRow {
  key: string;
  data: string;
}

/**
 * One entity across the record, kept up to date in the same transactions as the pages, so the
 * dossier page's overview reads a row per entity, not every page.
 */
export interface EntityRow {
  entityId: string;
  mentions: number;
  pages: number;
  quotesBy: number;
  quotesAbout: number;
}

/** An entity's mentions, quotes by it and quotes about it on one day. */
export type DayCounts = [mentions: number, quotesBy: number, quotesAbout: number];

/**
 * One entity in one month (YYYY-MM), since v3: its timeline's days in that month (YYYY-MM-DD, UTC,
 * of the page's date). The first view reads a row per entity and month, not per entity and day
 * (7,334 rows and 420 ms for a year of 10,000 pages); a write rewrites at most a month of days.
 */
export interface EntityMonthRow {
  entityId: string;
  month: string;
  days: Record<string, DayCounts>;
}

/** One entity on one day: a point of its timeline, one row each in v1 and v2. */
export interface EntityDayRow {
  entityId: string;
  day: string;
  mentions: number;
  quotesBy: number;
  quotesAbout: number;
}

export interface SchemaVersion {
  version: number;
  /** Dexie's table specs: primary key first, then indexes ("*" multi-entry, "&" unique). */
  stores: Record<string, string | null>;
  upgrade?: (transaction: Transaction) => PromiseLike<unknown> | void;
}

export const DOSSIER_SCHEMA: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // Only the indexes a query uses: each one is written with every row.
      pages: '++id, &url, lastVisit',
      quotes: '++id, pageId, visitedAt',
      meta: 'key',
      entities: 'entityId',
      entityDays: '[entityId+day]',
    },
  },
  {
    // v2: an entity's quotes without a scan: by its speaker entity, newest first (the popup's and
    // card's "N more in your dossier", the dossier page at an entity), and by the entities a quote
    // is about (multi-entry). Dexie builds the new indexes over the stored rows when it opens v1.
    version: 2,
    stores: {
      quotes: '++id, pageId, visitedAt, [speakerEntityId+visitedAt], *aboutEntityIds',
    },
  },
  {
    // v3: the timelines a row per entity and month; the first view had read every day row.
    version: 3,
    stores: { entityMonths: '[entityId+month]' },
    upgrade: foldDaysIntoMonths,
  },
  {
    // v4: the day rows, folded into month rows by v3, go.
    version: 4,
    stores: { entityDays: null },
  },
  {
    // v5: quotes grouped into statements as they are recorded, against the wordings already stored,
    // so "one statement, many sources" covers the whole record. The upgrade groups the quotes stored
    // so far, in the order they were recorded.
    version: 5,
    stores: {
      quotes: '++id, pageId, visitedAt, [speakerEntityId+visitedAt], *aboutEntityIds, [statementId+visitedAt]',
      wordings: 'id, &key',
      postings: 'fingerprint',
      statements: 'id, [sharedAt+id]',
    },
    upgrade: groupRecordedQuotes,
  },
  {
    // v6: the dossier page's search index, kept between openings instead of rebuilt each time.
    version: 6,
    stores: { searchIndex: 'key' },
  },
];

/** v3's upgrade: the day rows folded into month rows. */
async function foldDaysIntoMonths(transaction: Transaction): Promise<void> {
  const months = new Map<string, EntityMonthRow>();
  await transaction.table<EntityDayRow>('entityDays').each((row) => {
    const month = row.day.slice(0, 7);
    const key = `${row.entityId}\u0000${month}`;
    const entry = months.get(key) ?? { entityId: row.entityId, month, days: {} };
    entry.days[row.day] = [row.mentions, row.quotesBy, row.quotesAbout];
    months.set(key, entry);
  });
  await transaction.table<EntityMonthRow>('entityMonths').bulkPut([...months.values()]);
}

/** v5's upgrade: every stored quote grouped, oldest first, as recording would have grouped it. */
async function groupRecordedQuotes(transaction: Transaction): Promise<void> {
  await groupStoredQuotes({
    quotes: transaction.table<QuoteRow, number>('quotes'),
    wordings: transaction.table<WordingRow, number>('wordings'),
    statements: transaction.table<StatementRow, number>('statements'),
    postings: transaction.table<PostingRow, number>('postings'),
  });
}

export const DOSSIER_SCHEMA_VERSION = DOSSIER_SCHEMA[DOSSIER_SCHEMA.length - 1]!.version;
