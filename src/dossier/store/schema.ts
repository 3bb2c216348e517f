/**
 * The dossier's IndexedDB schema, as a list of versions: each adds its tables and indexes and may
 * carry an upgrade that rewrites the rows of the version before. Dexie opens the database at the
 * last version and runs the upgrades a stored database has not had yet, in order, each in the
 * transaction that opens it, so an interrupted upgrade leaves the old version as it was.
 */
import type { Transaction } from 'dexie';
import type { PageRecord, QuoteRecord } from '../types';

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
}

/** Running totals, kept in the same transactions as the rows, so the size shows without a scan. */
export interface TotalsRow {
  key: 'totals';
  pages: number;
  quotes: number;
  bytes: number;
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

export const DOSSIER_SCHEMA_VERSION = DOSSIER_SCHEMA[DOSSIER_SCHEMA.length - 1]!.version;
