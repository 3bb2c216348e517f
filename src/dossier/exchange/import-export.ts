/** Export and import of the whole record, over the store. */
import type { DossierStore, MergeResult } from '../store/dossier-store';
import { parseDossierJson, toDossierJson, type ParsedImport } from './json-format';

export interface ImportReport extends MergeResult {
  /** Pages of the file left out, and why. */
  rejected: ParsedImport['rejected'];
}

export async function exportDossierJson(store: DossierStore, now: Date): Promise<string> {
  return toDossierJson(await store.visits(), now);
}

/**
 * Merges an export into the record. A file that cannot be read throws DossierImportError before
 * anything is written; otherwise all of its valid pages are merged in one transaction.
 */
export async function importDossierJson(store: DossierStore, text: string): Promise<ImportReport> {
  const { visits, rejected } = parseDossierJson(text);
  const merged = await store.mergeVisits(visits);
  return { ...merged, rejected };
}
