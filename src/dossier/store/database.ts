/** The dossier's database: Dexie over IndexedDB (in Node, over fake-indexeddb in tests and the bench). */
import Dexie, { type DexieOptions, type Table } from 'dexie';
import { DOSSIER_SCHEMA, type EntityMonthRow, type EntityRow, type PageRow, type QuoteRow, type PostingRow, type SchemaVersion, type SearchIndexRow, type StatementRow, type TotalsRow, type WordingRow } from './schema';

export const DOSSIER_DATABASE_NAME = 'dossier';

export class DossierDatabase extends Dexie {
  pages!: Table<PageRow, number>;
  quotes!: Table<QuoteRow, number>;
  meta!: Table<TotalsRow, string>;
  entities!: Table<EntityRow, string>;
  entityMonths!: Table<EntityMonthRow, [string, string]>;
  wordings!: Table<WordingRow, number>;
  statements!: Table<StatementRow, number>;
  postings!: Table<PostingRow, number>;
  searchIndex!: Table<SearchIndexRow, string>;
  /** The last schema version this code knows. */
  readonly declaredVersion: number;

  /** `options` passes another IndexedDB (fake-indexeddb in Node); `schema` defaults to the real one. */
  constructor(name = DOSSIER_DATABASE_NAME, readonly options: DexieOptions = {}, schema: readonly SchemaVersion[] = DOSSIER_SCHEMA) {
    super(name, options);
    this.declaredVersion = Math.max(...schema.map((step) => step.version));
    for (const step of schema) {
      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade) version.upgrade(step.upgrade);
    }
  }
}

/**
 * The version a stored database is at (0 when there is none), read without changing it: Dexie 4
 * would otherwise open a newer database with our older schema and add our tables to it. Read from
 * `indexedDB.databases()` where the browser has it (Chromium, Firefox 126+): no connection is
 * opened, which on the dossier page's first view had cost an open of its own before the real one.
 * Dexie keeps its version ×10 in IndexedDB's.
 */
export async function installedVersion(db: DossierDatabase): Promise<number> {
  const factory = (db.options.indexedDB ?? globalThis.indexedDB) as Partial<IDBFactory> | undefined;
  if (typeof factory?.databases === 'function') {
    const stored = (await factory.databases()).find((info) => info.name === db.name);
    return (stored?.version ?? 0) / 10;
  }
  const probe = new Dexie(db.name, db.options);
  try {
    await probe.open();
    return probe.verno;
  } catch (error) {
    if (error instanceof Dexie.NoSuchDatabaseError) return 0;
    throw error;
  } finally {
    probe.close();
  }
}
