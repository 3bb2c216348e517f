/** A fresh in-memory IndexedDB per test (fake-indexeddb), and small record builders. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { DossierDatabase } from '../../../src/dossier/store/database';
import { DossierStore } from '../../../src/dossier/store/dossier-store';
import type { SchemaVersion } from '../../../src/dossier/store/schema';
import type { PageVisit, QuoteRecord } from '../../../src/dossier/types';

export function freshIndexedDb() {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

export async function openStore(indexedDb = freshIndexedDb(), schema?: readonly SchemaVersion[]): Promise<DossierStore> {
  return DossierStore.open(new DossierDatabase('dossier-test', indexedDb, schema));
}

export const DAY = 86_400_000;
export const T0 = Date.UTC(2026, 10, 2, 9, 0);

export function visit(url: string, visitedAt: number, quotes: Partial<QuoteRecord>[] = [], site = 'example.org'): PageVisit {
  return {
    page: {
      url, title: `Title of ${url}`, site, byline: null, published: null, lang: 'en',
      firstVisit: visitedAt, lastVisit: visitedAt, mentionCounts: { kirby: 2 },
    },
    quotes: quotes.map((quote) => ({
      pageUrl: url, text: 'We are watching closely', speaker: 'John Kirby', speakerEntityId: 'kirby',
      aboutEntityIds: [], confidence: 0.9, sentence: '"We are watching closely," John Kirby said.', ...quote,
    })),
  };
}
