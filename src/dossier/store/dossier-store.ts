/**
 * The record in IndexedDB. Every write of a page (its row, its quotes and the totals) happens in one
 * transaction: a worker stopped or a browser closed mid-write leaves the page as it was before,
 * never half of it.
 */
import Dexie, { type Table } from 'dexie';
import { foldText } from '../fold-text';
import { statementWords, wordsKey } from '../grouping/statement-words';
import type { PageRecord, PageVisit, QuoteRecord } from '../types';
import { installedVersion, type DossierDatabase } from './database';
import { rowBytes } from './row-size';
import { applyToEntities } from './entity-totals';
import type { EntityDayRow, EntityMonthRow, EntityRow, PageRow, QuoteRow, SearchIndexRow, StatementRow, TotalsRow } from './schema';
import { GroupingSession, statementQuotesRange, ungroupQuotes, type GroupingTables } from './stored-grouping';

export interface StorageEstimate {
  pages: number;
  quotes: number;
  /** The record's rows as UTF-8 JSON: what the options page shows as "stored". */
  bytes: number;
}

/** The record's size with its grouping (the options page's "stored"). */
export interface StorageSize extends StorageEstimate {
  /** Of `bytes`: the grouping's tables (wordings, postings, statements) and each quote's statement and wording ids, estimated. */
  groupingBytes: number;
}

/** Rows read of each grouping table to size it: its row count times their mean size (all rows when fewer). */
export const SIZE_SAMPLE_ROWS = 200;

export interface MergeResult {
  pagesAdded: number;
  /** Pages already in the record: their visits widened, their new quotes added. */
  pagesMerged: number;
  quotesAdded: number;
  /** Quotes the record already had (same words, same speaker, same page). */
  quotesSkipped: number;
}

export interface RecordResult {
  pageId: number;
  /** False when the page was in the record already (a revisit). */
  newPage: boolean;
  quotes: number;
}

/** "N more in your dossier": a speaker's quotes elsewhere, and the newest of them. */
export interface SpeakerHistory {
  count: number;
  latest: { quote: QuoteRow; page: PageRow } | null;
}

/** Where a page of shared statements ended: the next page starts after it. */
export interface StatementCursor {
  sharedAt: number;
  id: number;
}

/** A database the running code cannot read: written by a newer Dossier, or blocked. */
export class DossierStoreError extends Error {
  override name = 'DossierStoreError';
}

const DAY_MS = 86_400_000;
const EMPTY_TOTALS: TotalsRow = { key: 'totals', pages: 0, quotes: 0, bytes: 0 };

export class DossierStore {
  constructor(readonly db: DossierDatabase) {}

  /** Opens (and if need be upgrades) the database; a clear error where it cannot. */
  static async open(db: DossierDatabase): Promise<DossierStore> {
    const newer = () => new DossierStoreError('the dossier was saved by a newer version of Dossier; update Dossier to open it (nothing was changed)');
    // A newer Dossier's database: this code does not know its rows, so it leaves it alone.
    if ((await installedVersion(db)) > db.declaredVersion) throw newer();
    try {
      await db.open();
    } catch (error) {
      if (error instanceof Dexie.VersionError) throw newer();
      throw error;
    }
    return new DossierStore(db);
  }

  /** Records one visit: a new page, or a revisit that refreshes the page and its quotes. */
  async recordVisit(visit: PageVisit): Promise<RecordResult> {
    const { pages, quotes, meta, entities, entityMonths } = this.db;
    return this.db.transaction('rw', this.recordTables(), async () => {
      const existing = await pages.where('url').equals(visit.page.url).first();
      if (existing && existing.lastVisit > visit.page.lastVisit) {
        // An older visit arriving late: it only widens the visit span.
        await pages.update(existing.id!, { firstVisit: Math.min(existing.firstVisit, visit.page.firstVisit) });
        return { pageId: existing.id!, newPage: false, quotes: await quotes.where('pageId').equals(existing.id!).count() };
      }
      const totals = await this.totals();
      if (existing) {
        totals.quotes -= await this.removeQuotesOf([existing.id!]);
        totals.bytes -= existing.bytes;
        await applyToEntities(entities, entityMonths, [existing], -1);
      }
      let pageId: number;
      const page = { ...visit.page, firstVisit: Math.min(existing?.firstVisit ?? Infinity, visit.page.firstVisit) };
      const quoteRows = visit.quotes.map((quote): QuoteRow => ({ ...quote, pageUrl: page.url, pageId: 0, visitedAt: page.lastVisit }));
      const bytes = rowBytes(page) + quoteRows.reduce((sum, row) => sum + rowBytes(row), 0);
      const row: PageRow = pageRow(page, quoteRows, bytes);
      if (existing) {
        pageId = existing.id!;
        await pages.put({ ...row, id: pageId });
      } else {
        pageId = await pages.add(row);
        totals.pages += 1;
      }
      // Grouped in this transaction, against the whole record's wordings: the page's statements are written with it.
      const grouping = await GroupingSession.start(this.groupingTables(), quoteRows.map((quote) => quote.text));
      for (const quote of quoteRows) Object.assign(quote, { pageId }, await grouping.group(quote.text, quote.visitedAt));
      await quotes.bulkAdd(quoteRows);
      await grouping.write();
      await applyToEntities(entities, entityMonths, [row], 1);
      totals.quotes += quoteRows.length;
      totals.bytes += bytes;
      await meta.put(totals);
      return { pageId, newPage: !existing, quotes: quoteRows.length };
    });
  }

  /**
   * Merges pages from elsewhere (an import) without duplicates, all in one transaction: a failure
   * part-way leaves the record as it was.
   */
  async mergeVisits(visits: readonly PageVisit[]): Promise<MergeResult> {
    const { pages, quotes, meta, entities, entityMonths } = this.db;
    return this.db.transaction('rw', this.recordTables(), async () => {
      const result: MergeResult = { pagesAdded: 0, pagesMerged: 0, quotesAdded: 0, quotesSkipped: 0 };
      const totals = await this.totals();
      // The entity rows change once for the whole import, not once per page.
      const replaced: PageRow[] = [];
      const written: PageRow[] = [];
      const grouping = await GroupingSession.start(this.groupingTables(), visits.flatMap((visit) => visit.quotes.map((quote) => quote.text)));
      for (const visit of visits) {
        const existing = await pages.where('url').equals(visit.page.url).first();
        const stored = existing ? await quotes.where('pageId').equals(existing.id!).toArray() : [];
        const newer = !existing || visit.page.lastVisit > existing.lastVisit ? visit.page : toPageRecord(existing);
        const page: PageRecord = {
          ...newer,
          firstVisit: Math.min(existing?.firstVisit ?? Infinity, visit.page.firstVisit),
          lastVisit: Math.max(existing?.lastVisit ?? -Infinity, visit.page.lastVisit),
        };
        const known = new Set(stored.map(quoteIdentity));
        const added: QuoteRow[] = [];
        for (const quote of visit.quotes) {
          const identity = quoteIdentity(quote);
          if (known.has(identity)) {
            result.quotesSkipped++;
            continue;
          }
          known.add(identity);
          added.push({ ...quote, pageUrl: page.url, pageId: existing?.id ?? 0, visitedAt: page.lastVisit });
        }
        for (const quote of stored) {
          quote.visitedAt = page.lastVisit;
          if (quote.statementId !== undefined) await grouping.revisited(quote.statementId, quote.visitedAt);
        }
        const all = [...stored, ...added];
        // Sized as recordVisit sizes a page's quotes: without their ids and grouping.
        const bytes = rowBytes(page) + all.reduce((sum, row) => sum + rowBytes({ ...row, id: undefined, pageId: 0, statementId: undefined, wordingId: undefined }), 0);
        const row: PageRow = pageRow(page, all, bytes);
        let pageId: number;
        if (existing) {
          pageId = existing.id!;
          await pages.put({ ...row, id: pageId });
          await quotes.bulkPut(stored);
          totals.bytes -= existing.bytes;
          replaced.push(existing);
          result.pagesMerged++;
        } else {
          pageId = await pages.add(row);
          totals.pages++;
          result.pagesAdded++;
        }
        for (const quote of added) Object.assign(quote, { pageId }, await grouping.group(quote.text, quote.visitedAt));
        await quotes.bulkAdd(added);
        written.push(row);
        totals.quotes += added.length;
        totals.bytes += bytes;
        result.quotesAdded += added.length;
      }
      await grouping.write();
      await applyToEntities(entities, entityMonths, replaced, -1);
      await applyToEntities(entities, entityMonths, written, 1);
      await meta.put(totals);
      return result;
    });
  }

  async deletePage(url: string): Promise<boolean> {
    const { pages } = this.db;
    return this.db.transaction('rw', this.purgeTables(), async () => {
      const page = await pages.where('url').equals(url).first();
      if (!page) return false;
      await this.deletePageRows([page]);
      return true;
    });
  }

  /** Deletes the pages last visited more than `days` days before `now`, with their quotes. */
  async prune(days: number, now: number): Promise<number> {
    const { pages } = this.db;
    return this.db.transaction('rw', this.purgeTables(), async () => {
      const old = await pages.where('lastVisit').below(now - days * DAY_MS).toArray();
      await this.deletePageRows(old);
      return old.length;
    });
  }

  async clear(): Promise<void> {
    const tables = this.purgeTables();
    await this.db.transaction('rw', tables, async () => {
      const { purges = 0 } = await this.totals();
      for (const table of tables) await table.clear();
      await this.db.meta.put({ ...EMPTY_TOTALS, purges: purges + 1 });
    });
  }

  /** Runs `work`'s reads in one read-only transaction over the record's own tables (not the grouping's). */
  readOnly<T>(work: () => Promise<T>): Promise<T> {
    const { pages, quotes, meta, entities, entityMonths } = this.db;
    return this.db.transaction('r', [pages, quotes, meta, entities, entityMonths], work);
  }

  async estimate(): Promise<StorageEstimate> {
    const { pages, quotes, bytes } = await this.totals();
    return { pages, quotes, bytes };
  }

  /**
   * The record's size, its grouping's tables included: pages and quotes from the running totals, each
   * grouping table (and the quotes' grouping ids) as its row count times the mean size of its first
   * SIZE_SAMPLE_ROWS rows. A few reads whatever the size of the record; exact while the tables are small.
   */
  async storageSize(): Promise<StorageSize> {
    const { meta, quotes, wordings, postings, statements } = this.db;
    return this.db.transaction('r', [meta, quotes, wordings, postings, statements], async () => {
      const sized = async <T>(table: Table<T>, bytesOf: (row: T) => number): Promise<number> => {
        const [count, sample] = await Promise.all([table.count(), table.limit(SIZE_SAMPLE_ROWS).toArray()]);
        return sample.length === 0 ? 0 : Math.round((count * sample.reduce((sum, row) => sum + bytesOf(row), 0)) / sample.length);
      };
      const [totals, ...grouping] = await Promise.all([
        this.totals(),
        sized(wordings, rowBytes),
        sized(postings, rowBytes),
        sized(statements, rowBytes),
        // Recording sizes a quote before it is grouped: its two ids are counted here, as `,"statementId":…,"wordingId":…`.
        sized(quotes, (row) => (row.statementId === undefined ? 0 : rowBytes({ statementId: row.statementId, wordingId: row.wordingId }) - 1)),
      ]);
      const groupingBytes = grouping.reduce((sum, bytes) => sum + bytes, 0);
      return { pages: totals.pages, quotes: totals.quotes, bytes: totals.bytes + groupingBytes, groupingBytes };
    });
  }

  async page(url: string): Promise<PageRecord | undefined> {
    const row = await this.db.pages.where('url').equals(url).first();
    return row && toPageRecord(row);
  }

  async allPages(): Promise<PageRow[]> {
    return this.db.pages.toArray();
  }

  async allQuotes(): Promise<QuoteRow[]> {
    return this.db.quotes.toArray();
  }

  async quotesOf(url: string): Promise<QuoteRecord[]> {
    const page = await this.db.pages.where('url').equals(url).first();
    if (!page) return [];
    return (await this.db.quotes.where('pageId').equals(page.id!).toArray()).map(toQuoteRecord);
  }

  /** Each entity's totals across the record. */
  async entityRows(): Promise<EntityRow[]> {
    return this.db.entities.toArray();
  }

  /** Every entity's timeline as a point per entity and day, in entity then day order. */
  async entityDayRows(): Promise<EntityDayRow[]> {
    return timelineRows(await this.db.entityMonths.toArray());
  }

  /** Every entity's timeline, a row per entity and month, in that order. */
  async entityMonthRows(): Promise<EntityMonthRow[]> {
    return this.db.entityMonths.toArray();
  }

  async pagesById(ids: readonly number[]): Promise<Map<number, PageRow>> {
    const unique = [...new Set(ids)];
    const rows = await this.db.pages.bulkGet(unique);
    return new Map(rows.flatMap((row) => (row ? [[row.id!, row] as const] : [])));
  }

  /** Quotes by id, in the order given, each with its page (a search's hits). */
  async quotesWithPages(quoteIds: readonly number[]): Promise<{ quote: QuoteRow; page: PageRow }[]> {
    const quotes = (await this.db.quotes.bulkGet([...quoteIds])).filter((quote) => quote !== undefined);
    const pages = await this.pagesById(quotes.map((quote) => quote.pageId));
    return quotes.flatMap((quote) => {
      const page = pages.get(quote.pageId);
      return page ? [{ quote, page }] : [];
    });
  }

  /**
   * Up to `limit` quotes recorded before the quote `beforeId` (all when null), the last recorded
   * first: the search index reads the record in chunks this way, never in one long read.
   */
  async quotesRecordedBefore(beforeId: number | null, limit: number): Promise<QuoteRow[]> {
    const range = beforeId === null ? this.db.quotes.toCollection() : this.db.quotes.where(':id').below(beforeId);
    return range.reverse().limit(limit).toArray();
  }

  /** The newest quotes first, as the dossier page lists them. */
  async latestQuotes(limit: number): Promise<QuoteRow[]> {
    return this.db.quotes.orderBy('visitedAt').reverse().limit(limit).toArray();
  }

  /**
   * A speaker entity's quotes on pages other than `exceptUrl`: how many, and the newest with its
   * page. Two reads of the [speakerEntityId+visitedAt] index, whatever the size of the record.
   */
  async speakerHistory(entityId: string, exceptUrl: string | null): Promise<SpeakerHistory> {
    const range = this.db.quotes.where('[speakerEntityId+visitedAt]').between([entityId, Dexie.minKey], [entityId, Dexie.maxKey]);
    return this.db.transaction('r', this.db.quotes, this.db.pages, async () => {
      const all = await range.count();
      const here = exceptUrl === null ? 0 : await this.db.quotes.where('[speakerEntityId+visitedAt]').between([entityId, Dexie.minKey], [entityId, Dexie.maxKey]).filter((quote) => quote.pageUrl === exceptUrl).count();
      const latest = await this.db.quotes.where('[speakerEntityId+visitedAt]').between([entityId, Dexie.minKey], [entityId, Dexie.maxKey])
        .reverse().filter((quote) => quote.pageUrl !== exceptUrl).first();
      const page = latest ? await this.db.pages.get(latest.pageId) : undefined;
      return { count: all - here, latest: latest && page ? { quote: latest, page } : null };
    });
  }

  /** Quotes by an entity (its speaker entity) and about it, newest first, at most `limit` of each. */
  async entityQuotes(entityId: string, limit: number): Promise<{ by: QuoteRow[]; about: QuoteRow[] }> {
    const [by, about] = await Promise.all([
      this.db.quotes.where('[speakerEntityId+visitedAt]').between([entityId, Dexie.minKey], [entityId, Dexie.maxKey]).reverse().limit(limit).toArray(),
      // Within one key the multi-entry index runs in id order, which is the order quotes were
      // recorded in (a revisit writes its quotes anew): the last ids are the newest, read without a sort of all.
      this.db.quotes.where('aboutEntityIds').equals(entityId).reverse().limit(limit).toArray()
        .then((rows) => rows.sort((a, b) => b.visitedAt - a.visitedAt)),
    ]);
    return { by, about };
  }

  /**
   * Statements that two quotes or more make, the most recently quoted first, `limit` at a time: the
   * first page with `after` null, each next one after the last row of the one before.
   */
  async sharedStatements(after: StatementCursor | null, limit: number): Promise<StatementRow[]> {
    const range = after === null ? this.sharedStatementsRange() : this.db.statements.where('[sharedAt+id]').below([after.sharedAt, after.id]);
    return range.reverse().limit(limit).toArray();
  }

  async sharedStatementCount(): Promise<number> {
    return this.sharedStatementsRange().count();
  }

  /** Every statement in the sparse index of shared ones (rows with a sharedAt). */
  private sharedStatementsRange() {
    return this.db.statements.where('[sharedAt+id]').between([Dexie.minKey, Dexie.minKey], [Dexie.maxKey, Dexie.maxKey]);
  }

  /** The statements of these quotes, each once, those that two quotes or more make only, the most recently quoted first. */
  async sharedStatementsOf(quotes: readonly QuoteRow[]): Promise<StatementRow[]> {
    const ids = [...new Set(quotes.flatMap((quote) => (quote.statementId === undefined ? [] : [quote.statementId])))];
    const rows = await this.db.statements.bulkGet(ids);
    return rows.filter((row) => row !== undefined && row.quotes >= 2).sort((a, b) => b!.newestAt - a!.newestAt || b!.id - a!.id) as StatementRow[];
  }

  /** A statement's quotes with their pages, in the order they were recorded (at most `limit`, the newest visits). */
  async statementQuotes(statementId: number, limit: number): Promise<{ quote: QuoteRow; page: PageRow }[]> {
    const quotes = (await statementQuotesRange(this.db.quotes, statementId).reverse().limit(limit).toArray()).sort((a, b) => a.id! - b.id!);
    const pages = await this.pagesById(quotes.map((quote) => quote.pageId));
    return quotes.flatMap((quote) => {
      const page = pages.get(quote.pageId);
      return page ? [{ quote, page }] : [];
    });
  }

  /** Every page with its quotes: what the JSON export writes. */
  async visits(): Promise<PageVisit[]> {
    return this.db.transaction('r', this.db.pages, this.db.quotes, async () => {
      const pages = await this.db.pages.toArray();
      const byPage = new Map<number, QuoteRecord[]>();
      await this.db.quotes.each((row) => {
        const list = byPage.get(row.pageId);
        if (list) list.push(toQuoteRecord(row));
        else byPage.set(row.pageId, [toQuoteRecord(row)]);
      });
      return pages.map((row) => ({ page: toPageRecord(row), quotes: byPage.get(row.id!) ?? [] }));
    });
  }

  private async totals(): Promise<TotalsRow> {
    return { ...((await this.db.meta.get('totals')) ?? EMPTY_TOTALS) };
  }

  /** How many times pages were deleted or pruned, or the record cleared (TotalsRow.purges). */
  async purges(): Promise<number> {
    return (await this.totals()).purges ?? 0;
  }

  /** The id of the last quote recorded (0 when none): quotes get ever higher ids. */
  async lastQuoteId(): Promise<number> {
    return ((await this.db.quotes.orderBy(':id').lastKey()) as number | undefined) ?? 0;
  }

  /** The ids of the quotes recorded up to the quote `id`, in order: one read of keys. */
  async quoteIdsUpTo(id: number): Promise<number[]> {
    return this.db.quotes.where(':id').belowOrEqual(id).primaryKeys();
  }

  /** Up to `limit` quotes recorded after the quote `afterId`, the first recorded first. */
  async quotesRecordedAfter(afterId: number, limit: number): Promise<QuoteRow[]> {
    return this.db.quotes.where(':id').above(afterId).limit(limit).toArray();
  }

  /** The saved search index's row `key` (search/saved-search.ts gives them their meaning). */
  async searchIndexRow(key: string): Promise<string | undefined> {
    return (await this.db.searchIndex.get(key))?.data;
  }

  /** The keys of the saved search index's rows, in key order. */
  async searchIndexKeys(): Promise<string[]> {
    return this.db.searchIndex.toCollection().primaryKeys();
  }

  /**
   * Writes one row of a search index being saved, in a transaction of its own (so no one write holds
   * the page), unless pages were deleted, pruned or cleared since `purgesAtStart`: the index may hold
   * their words then. False when it was not written.
   */
  async putSearchIndexRow(row: SearchIndexRow, purgesAtStart: number): Promise<boolean> {
    const { meta, searchIndex } = this.db;
    return this.db.transaction('rw', meta, searchIndex, async () => {
      if ((await this.purges()) !== purgesAtStart) return false;
      await searchIndex.put(row);
      return true;
    });
  }

  /**
   * Makes the rows whose keys `keep` accepts the saved search index: writes its `stamp` row and deletes
   * every other row, in one transaction. Where pages were deleted since `purgesAtStart`, deletes the
   * new rows instead and returns false.
   */
  async commitSearchIndex(stamp: SearchIndexRow, keep: (key: string) => boolean, purgesAtStart: number): Promise<boolean> {
    const { meta, searchIndex } = this.db;
    return this.db.transaction('rw', meta, searchIndex, async () => {
      const current = (await this.purges()) === purgesAtStart;
      const keys = await searchIndex.toCollection().primaryKeys();
      await searchIndex.bulkDelete(keys.filter((key) => key !== stamp.key && keep(key) !== current));
      if (current) await searchIndex.put(stamp);
      return current;
    });
  }

  /** The tables a deletion changes: the record's, and the saved search index, which goes with it. */
  private purgeTables(): Table[] {
    return [...this.recordTables(), this.db.searchIndex];
  }

  /** Every table a write keeps consistent: pages, quotes, totals, entity rows and the grouping's tables. */
  private recordTables(): Table[] {
    const { pages, quotes, meta, entities, entityMonths, wordings, statements, postings } = this.db;
    return [pages, quotes, meta, entities, entityMonths, wordings, statements, postings];
  }

  /**
   * Deletes these pages' quotes and takes them out of their statements; the number deleted. Inside
   * a transaction over recordTables().
   */
  private async removeQuotesOf(pageIds: readonly number[]): Promise<number> {
    const removed: QuoteRow[] = [];
    for (const pageId of pageIds) {
      const pageQuotes = await this.db.quotes.where('pageId').equals(pageId).toArray();
      await this.db.quotes.bulkDelete(pageQuotes.map((quote) => quote.id!));
      removed.push(...pageQuotes);
    }
    await ungroupQuotes(this.groupingTables(), removed);
    return removed.length;
  }

  private groupingTables(): GroupingTables {
    return { quotes: this.db.quotes, wordings: this.db.wordings, statements: this.db.statements, postings: this.db.postings };
  }

  /** Inside a transaction over purgeTables(). The saved search index goes: it holds the pages' words. */
  private async deletePageRows(rows: PageRow[]): Promise<void> {
    if (rows.length === 0) return;
    const totals = await this.totals();
    totals.purges = (totals.purges ?? 0) + 1;
    await this.db.searchIndex.clear();
    totals.quotes -= await this.removeQuotesOf(rows.map((row) => row.id!));
    for (const row of rows) totals.bytes -= row.bytes;
    await this.db.pages.bulkDelete(rows.map((row) => row.id!));
    await applyToEntities(this.db.entities, this.db.entityMonths, rows, -1);
    totals.pages -= rows.length;
    await this.db.meta.put(totals);
  }
}

function pageRow(page: PageRecord, quotes: readonly QuoteRecord[], bytes: number): PageRow {
  const quotesBy: Record<string, number> = {};
  const quotesAbout: Record<string, number> = {};
  for (const quote of quotes) {
    if (quote.speakerEntityId) quotesBy[quote.speakerEntityId] = (quotesBy[quote.speakerEntityId] ?? 0) + 1;
    for (const id of new Set(quote.aboutEntityIds)) quotesAbout[id] = (quotesAbout[id] ?? 0) + 1;
  }
  return { ...page, bytes, quotesBy, quotesAbout };
}

/** A quote is the same quote when the same page gives the same words to the same speaker. */
function quoteIdentity(quote: Pick<QuoteRecord, 'text' | 'speaker'>): string {
  return `${wordsKey(statementWords(quote.text))}\u0000${foldText(quote.speaker ?? '')}`;
}

export function toPageRecord(row: PageRow): PageRecord {
  const { url, title, site, byline, published, lang, firstVisit, lastVisit, mentionCounts } = row;
  return { url, title, site, byline, published, lang, firstVisit, lastVisit, mentionCounts };
}

export function toQuoteRecord(row: QuoteRow): QuoteRecord {
  const { pageUrl, text, speaker, speakerEntityId, aboutEntityIds, confidence, sentence } = row;
  return { pageUrl, text, speaker, speakerEntityId, aboutEntityIds, confidence, sentence };
}

/** The points of the timelines' month rows (in key order: entity, then month), in entity then day order. */
export function timelineRows(months: readonly EntityMonthRow[]): EntityDayRow[] {
  return months.flatMap(({ entityId, days }) => Object.keys(days).sort().map((day) => {
    const [mentions, quotesBy, quotesAbout] = days[day]!;
    return { entityId, day, mentions, quotesBy, quotesAbout };
  }));
}
