/** What the options page needs from the browser; the entrypoint builds it, tests fake it. */
import type { Entity } from '../../catalog/entity';
import type { Settings } from '../../settings/settings';
import type { SaveResult, WatchlistPlace } from '../../settings/settings-store';
import type { DossierControls } from './dossier-section';

export interface OptionsEnvironment {
  loadSettings(): Promise<Settings>;
  watchSettings(callback: (settings: Settings) => void): () => void;
  updateSettings(change: (settings: Settings) => Settings): Promise<SaveResult & { settings: Settings }>;
  loadWatchlistState(): Promise<{ watchlist: Entity[]; place: WatchlistPlace | null }>;
  watchWatchlist(callback: (watchlist: Entity[]) => void): () => void;
  saveWatchlist(watchlist: Entity[]): Promise<SaveResult>;
  resetToDefaults(): Promise<SaveResult>;
  /** Offers `text` as a file download. */
  download(filename: string, text: string): void;
  confirm(message: string): boolean;
  /** The dossier's record: its size, delete everything, open the dossier page. */
  dossier: DossierControls;
  /** The page's hash without `#`: the background opens `options.html#entity=<id>&status=added`. */
  hash: string;
}
