import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DossierStoreError, SIZE_SAMPLE_ROWS } from '../../../src/dossier/store/dossier-store';
import { rowBytes } from '../../../src/dossier/store/row-size';
import { DOSSIER_SCHEMA, type SchemaVersion } from '../../../src/dossier/store/schema';
import { DAY, freshIndexedDb, openStore, T0, visit } from './test-store';

describe('the dossier store', () => {
  it('records a page with its quotes, and a revisit refreshes them without a second page', async () => {
    const store = await openStore();
    const first = await store.recordVisit(visit('https://a.example/1', T0, [{ text: 'One' }, { text: 'Two' }]));
    expect(first).toMatchObject({ newPage: true, quotes: 2 });
    const again = await store.recordVisit(visit('https://a.example/1', T0 + DAY, [{ text: 'Three' }]));
    expect(again).toMatchObject({ newPage: false, pageId: first.pageId, quotes: 1 });
    expect(await store.page('https://a.example/1')).toMatchObject({ firstVisit: T0, lastVisit: T0 + DAY });
    expect((await store.quotesOf('https://a.example/1')).map((q) => q.text)).toEqual(['Three']);
    expect(await store.estimate()).toMatchObject({ pages: 1, quotes: 1 });
  });

  it('a late, older visit only widens the visit span', async () => {
    const store = await openStore();
    await store.recordVisit(visit('https://a.example/1', T0 + DAY, [{ text: 'New' }]));
    await store.recordVisit(visit('https://a.example/1', T0, [{ text: 'Old' }]));
    expect(await store.page('https://a.example/1')).toMatchObject({ firstVisit: T0, lastVisit: T0 + DAY });
    expect((await store.quotesOf('https://a.example/1')).map((q) => q.text)).toEqual(['New']);
  });

  it('writes a page whole or not at all', async () => {
    const store = await openStore();
    await store.recordVisit(visit('https://a.example/1', T0, [{ text: 'Kept' }]));
    // A quote IndexedDB cannot store (a function cannot be cloned) fails the write mid-way.
    const broken = visit('https://a.example/2', T0, [{ text: 'Fine' }, { text: 'Broken', aboutEntityIds: [() => 1] as unknown as string[] }]);
    await expect(store.recordVisit(broken)).rejects.toThrow();
    expect(await store.page('https://a.example/2')).toBeUndefined();
    expect((await store.allQuotes()).map((q) => q.text)).toEqual(['Kept']);
    expect(await store.estimate()).toMatchObject({ pages: 1, quotes: 1 });
  });

  it('deletes a page, prunes old pages, clears everything, and keeps the size estimate true', async () => {
    const store = await openStore();
    await store.recordVisit(visit('https://a.example/old', T0, [{ text: 'Old' }]));
    await store.recordVisit(visit('https://a.example/mid', T0 + 50 * DAY, [{ text: 'Mid' }, { text: 'Mid 2' }]));
    await store.recordVisit(visit('https://a.example/new', T0 + 100 * DAY, [{ text: 'New' }]));
    const full = await store.estimate();
    expect(full).toMatchObject({ pages: 3, quotes: 4 });
    expect(full.bytes).toBeGreaterThan(500);

    expect(await store.prune(90, T0 + 100 * DAY)).toBe(1);
    expect((await store.allPages()).map((p) => p.url).sort()).toEqual(['https://a.example/mid', 'https://a.example/new']);
    expect(await store.deletePage('https://a.example/mid')).toBe(true);
    expect(await store.deletePage('https://a.example/mid')).toBe(false);
    const left = await store.estimate();
    expect(left).toMatchObject({ pages: 1, quotes: 1 });
    // The running total equals the rows left, however they were deleted.
    const [page] = await store.allPages();
    expect(left.bytes).toBe(page!.bytes);

    await store.clear();
    expect(await store.estimate()).toEqual({ pages: 0, quotes: 0, bytes: 0 });
    expect(await store.allQuotes()).toEqual([]);
  });

  it("the storage size counts the grouping's tables: exactly while they are small, from a sample once they are large", async () => {
    const store = await openStore();
    // Words of each quote's own: each of its shingles is a posting of its own.
    const quotes = (page: number) => Array.from({ length: 10 }, (_, i) => ({ text: Array.from({ length: 9 }, (_, k) => `w${page}q${i}k${k}`).join(' ') }));
    for (let page = 0; page < 2; page++) await store.recordVisit(visit(`https://a.example/${page}`, T0 + page * DAY, quotes(page)));
    const exact = async () => {
      const [wordings, postings, statements, quoteRows] = await Promise.all([store.db.wordings.toArray(), store.db.postings.toArray(), store.db.statements.toArray(), store.allQuotes()]);
      const bytes = (rows: unknown[]) => rows.reduce<number>((sum, row) => sum + rowBytes(row), 0);
      return bytes(wordings) + bytes(postings) + bytes(statements) + quoteRows.reduce((sum, row) => sum + rowBytes({ statementId: row.statementId, wordingId: row.wordingId }) - 1, 0);
    };
    const small = await store.storageSize();
    const totals = await store.estimate();
    expect(await store.db.postings.count()).toBeLessThan(SIZE_SAMPLE_ROWS);
    expect(small.groupingBytes).toBe(await exact());
    expect(small).toEqual({ ...totals, bytes: totals.bytes + small.groupingBytes, groupingBytes: small.groupingBytes });
    // Past the sample (a few hundred postings), an estimate within a fifth of the true size.
    for (let page = 2; page < 30; page++) await store.recordVisit(visit(`https://a.example/${page}`, T0 + page * DAY, quotes(page)));
    expect(await store.db.postings.count()).toBeGreaterThan(SIZE_SAMPLE_ROWS);
    const large = await store.storageSize();
    expect(Math.abs(large.groupingBytes / (await exact()) - 1)).toBeLessThan(0.2);
    await store.clear();
    expect(await store.storageSize()).toEqual({ pages: 0, quotes: 0, bytes: 0, groupingBytes: 0 });
  });

  it('lists the newest quotes first', async () => {
    const store = await openStore();
    await store.recordVisit(visit('https://a.example/1', T0, [{ text: 'First' }]));
    await store.recordVisit(visit('https://a.example/2', T0 + DAY, [{ text: 'Second' }]));
    expect((await store.latestQuotes(1)).map((q) => q.text)).toEqual(['Second']);
  });
});

describe('schema versions and migrations', () => {
  it('opens at the current version', async () => {
    const store = await openStore();
    expect(store.db.verno).toBe(DOSSIER_SCHEMA[DOSSIER_SCHEMA.length - 1]!.version);
  });

  it('upgrades a stored database with the versions it has not had, and keeps its rows', async () => {
    const indexedDb = freshIndexedDb();
    const v1 = await openStore(indexedDb);
    await v1.recordVisit(visit('https://a.example/1', T0, [{ text: 'Kept', speaker: 'Kirby' }]));
    v1.db.close();
    // A later version: a new index, and an upgrade that fills it in for the rows already stored.
    const next: SchemaVersion = {
      version: DOSSIER_SCHEMA.at(-1)!.version + 1,
      stores: { quotes: '++id, pageId, visitedAt, speakerKey' },
      upgrade: (tx) => tx.table('quotes').toCollection().modify((quote: { speaker: string | null; speakerKey?: string }) => {
        quote.speakerKey = (quote.speaker ?? '').toLowerCase();
      }),
    };
    const upgraded = await openStore(indexedDb, [...DOSSIER_SCHEMA, next]);
    expect(upgraded.db.verno).toBe(next.version);
    expect(await upgraded.db.quotes.where('speakerKey').equals('kirby').count()).toBe(1);
    expect(await upgraded.estimate()).toMatchObject({ pages: 1, quotes: 1 });
  });

  it("v1 → v2: a record written before the speaker and about indexes is found through them after the upgrade", async () => {
    // The rows as today's code writes them, stored in a v1 database (v1 had neither index).
    const source = await openStore();
    await source.recordVisit(visit('https://a.example/1', T0, [{ text: 'Kept', aboutEntityIds: ['xi'] }]));
    await source.recordVisit(visit('https://a.example/2', T0 + DAY, [{ text: 'Later' }]));
    const indexedDb = freshIndexedDb();
    const v1 = new Dexie('dossier-test', { indexedDB: indexedDb.indexedDB, IDBKeyRange: indexedDb.IDBKeyRange });
    v1.version(1).stores(DOSSIER_SCHEMA[0]!.stores);
    await v1.open();
    await v1.table('pages').bulkPut(await source.allPages());
    await v1.table('quotes').bulkPut(await source.allQuotes());
    v1.close();
    const v2 = await openStore(indexedDb);
    expect(v2.db.verno).toBe(DOSSIER_SCHEMA.at(-1)!.version);
    const history = await v2.speakerHistory('kirby', 'https://a.example/2');
    expect(history.count).toBe(1);
    expect(history.latest?.quote.text).toBe('Kept');
    expect((await v2.entityQuotes('xi', 10)).about.map((quote) => quote.text)).toEqual(['Kept']);
    expect((await v2.entityQuotes('kirby', 10)).by.map((quote) => quote.text)).toEqual(['Later', 'Kept']);
  });

  it('v2 → v4: the day rows fold into a row per entity and month, and the day rows’ table goes', async () => {
    const indexedDb = freshIndexedDb();
    // A v2 database as v2's code wrote it: totals in the entity rows, the timeline a row per entity and day.
    const v2 = new Dexie('dossier-test', { indexedDB: indexedDb.indexedDB, IDBKeyRange: indexedDb.IDBKeyRange });
    for (const step of DOSSIER_SCHEMA.filter((step) => step.version <= 2)) v2.version(step.version).stores(step.stores);
    await v2.open();
    await v2.table('entities').bulkPut([
      { entityId: 'xi', mentions: 5, pages: 2, quotesBy: 1, quotesAbout: 2 },
      { entityId: 'putin', mentions: 1, pages: 1, quotesBy: 0, quotesAbout: 0 },
    ]);
    await v2.table('entityDays').bulkPut([
      { entityId: 'xi', day: '2023-03-21', mentions: 3, quotesBy: 1, quotesAbout: 0 },
      { entityId: 'xi', day: '2023-03-20', mentions: 2, quotesBy: 0, quotesAbout: 2 },
      { entityId: 'putin', day: '2023-03-20', mentions: 1, quotesBy: 0, quotesAbout: 0 },
    ]);
    v2.close();

    const upgraded = await openStore(indexedDb);
    expect(upgraded.db.verno).toBe(DOSSIER_SCHEMA.at(-1)!.version);
    expect(upgraded.db.tables.map((table) => table.name)).not.toContain('entityDays');
    expect((await upgraded.entityMonthRows()).map((row) => [row.entityId, row.month])).toEqual([['putin', '2023-03'], ['xi', '2023-03']]);
    expect(await upgraded.entityDayRows()).toEqual([
      { entityId: 'putin', day: '2023-03-20', mentions: 1, quotesBy: 0, quotesAbout: 0 },
      { entityId: 'xi', day: '2023-03-20', mentions: 2, quotesBy: 0, quotesAbout: 2 },
      { entityId: 'xi', day: '2023-03-21', mentions: 3, quotesBy: 1, quotesAbout: 0 },
    ]);
    // The timeline goes on from there: a new page adds to its day.
    await upgraded.recordVisit(visit('https://a.example/1', Date.UTC(2023, 2, 21, 12), [{ text: 'New', aboutEntityIds: ['xi'] }]));
    const xi = (await upgraded.entityDayRows()).filter((row) => row.entityId === 'xi' && row.day === '2023-03-21');
    expect(xi).toEqual([{ entityId: 'xi', day: '2023-03-21', mentions: 3, quotesBy: 1, quotesAbout: 1 }]);
  });

  it('a failed upgrade leaves the stored version as it was', async () => {
    const indexedDb = freshIndexedDb();
    const v1 = await openStore(indexedDb);
    await v1.recordVisit(visit('https://a.example/1', T0, [{ text: 'Kept' }]));
    v1.db.close();
    const failing: SchemaVersion = {
      version: DOSSIER_SCHEMA.at(-1)!.version + 1,
      stores: {},
      upgrade: async (tx) => {
        await tx.table('quotes').clear();
        throw new Error('upgrade failed half-way');
      },
    };
    await expect(openStore(indexedDb, [...DOSSIER_SCHEMA, failing])).rejects.toThrow();
    const reopened = await openStore(indexedDb);
    expect(reopened.db.verno).toBe(DOSSIER_SCHEMA.at(-1)!.version);
    expect((await reopened.allQuotes()).map((q) => q.text)).toEqual(['Kept']);
  });

  // With indexedDB.databases() (Chromium, Firefox 126+, fake-indexeddb) the version is read without a
  // connection; without it (older Firefox), by a probe that opens the database as it is and closes it.
  it.each([
    ['indexedDB.databases()', (factory: IDBFactory) => factory],
    ['a probe open, where databases() is missing', (factory: IDBFactory) => new Proxy(factory, {
      get: (target, key) => (key === 'databases' ? undefined : Reflect.get(target, key, target)),
    })],
  ])('a database from a newer Dossier gives a clear error and is left alone (read by %s)', async (_how, wrap) => {
    const fresh = freshIndexedDb();
    const indexedDb = { ...fresh, indexedDB: wrap(fresh.indexedDB) };
    const newer = new Dexie('dossier-test', indexedDb);
    newer.version(DOSSIER_SCHEMA.at(-1)!.version + 5).stores({ pages: '++id', quotes: '++id', meta: 'key', extra: 'key' });
    await newer.open();
    newer.close();
    await expect(openStore(indexedDb)).rejects.toThrow(DossierStoreError);
    await expect(openStore(indexedDb)).rejects.toThrow(/newer version/);
    const untouched = new Dexie('dossier-test', indexedDb);
    await untouched.open();
    expect(untouched.tables.map((table) => table.name).sort()).toEqual(['extra', 'meta', 'pages', 'quotes']);
  });
});
