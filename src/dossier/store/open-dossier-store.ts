/** The dossier's store in a page of the extension (the browser's IndexedDB): one connection per page or worker, a failed open tried again. */
import { DossierDatabase } from './database';
import { DossierStore } from './dossier-store';

let opening: Promise<DossierStore> | null = null;

export function openDossierStore(): Promise<DossierStore> {
  opening ??= DossierStore.open(new DossierDatabase()).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}
