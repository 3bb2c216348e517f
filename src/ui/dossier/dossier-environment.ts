/** What the dossier page (and the side panel) needs from the browser; the entrypoint builds it, tests fake it. */
import type { DossierStore } from '../../dossier/store/dossier-store';

export interface DossierEnvironment {
  openStore(): Promise<DossierStore>;
  /** The watchlist's names, for entity ids. */
  loadEntityLabels(): Promise<Map<string, string>>;
  /** Offers `text` as a file download. */
  download(filename: string, text: string, type: string): void;
  confirm(message: string): boolean;
  /** Gives the page a moment to render between slices of work. */
  pause(): Promise<void>;
  /** The page's hash without `#`: `entity=<id>` opens the dossier at that entity. */
  hash: string;
  /** Follows changes of the hash (the links between entities). */
  onHashChange(callback: (hash: string) => void): () => void;
  now(): Date;
}
