/**
 * What a saved search index covers (its `stamp` row; saved-search.ts saves and reads the parts), read
 * apart from FlexSearch: the options page sizes the saved index from it without loading the search.
 */
import type { DossierStore, StorageSize } from '../store/dossier-store';

/** What the saved parts are: another format is rebuilt, never read. */
export const SEARCH_INDEX_FORMAT = 1;

export const STAMP_KEY = 'stamp';
/** A part's row: each save writes a generation of its own, made the saved one by its stamp at the end. */
export const partKey = (generation: number, n: number) => `part:${generation}:${String(n).padStart(6, '0')}`;
export const isPartOf = (generation: number) => (key: string) => key.startsWith(`part:${generation}:`);

/** What a saved index covers. */
export interface Stamp {
  format: number;
  /** Its parts' generation (partKey): rows of other generations are a save left half-way, deleted by the next. */
  generation: number;
  /** Every quote recorded up to this id was indexed (or is gone); later ones are added on opening. */
  lastQuoteId: number;
  parts: number;
  /** Quotes discarded before it was saved, whose ids its words still hold. */
  dead: number;
  /** The saved rows' size (their data as UTF-8), for the options page's storage size. */
  size: number;
}

export async function readStamp(store: DossierStore): Promise<Stamp | null> {
  const data = await store.searchIndexRow(STAMP_KEY);
  if (data === undefined) return null;
  try {
    const stamp = JSON.parse(data) as Stamp;
    return stamp.format === SEARCH_INDEX_FORMAT ? stamp : null;
  } catch {
    return null;
  }
}

/** The size a saved index takes (0 when there is none): for the storage size, without reading its parts. */
export async function savedSearchSize(store: DossierStore): Promise<number> {
  return (await readStamp(store))?.size ?? 0;
}

/** The record's storage size (DossierStore.storageSize) with its saved search index: what the options page shows. */
export async function storageSizeWithSearch(store: DossierStore): Promise<StorageSize & { searchBytes: number }> {
  const [size, searchBytes] = await Promise.all([store.storageSize(), savedSearchSize(store)]);
  return { ...size, bytes: size.bytes + searchBytes, searchBytes };
}

