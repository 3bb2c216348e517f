/**
 * Everything the popup needs from the browser, as one object the entrypoint builds. The
 * components never touch `browser.*`, so tests render them with a fake environment.
 */
import type { Entity } from '../../catalog/entity';
import type { SpeakerHistoryAnswer } from '../../messaging/dossier-messages';
import type { PageState } from '../../messaging/messages';
import type { Settings } from '../../settings/settings';
import type { SaveResult } from '../../settings/settings-store';

export interface PageStateListener {
  onState(state: PageState): void;
  onGone(): void;
}

export interface PopupEnvironment {
  /** The tab's address as the browser reports it; null when the popup may not know it. */
  tabUrl: string | null;
  /**
   * Subscribes to the tab's page state: `onState` with each state the content script pushes
   * (validated), `onGone` when no content script answers or it goes away. Returns the unsubscribe.
   */
  subscribePageState(listener: PageStateListener): () => void;
  loadSettings(): Promise<Settings>;
  watchSettings(callback: (settings: Settings) => void): () => void;
  updateSettings(change: (settings: Settings) => Settings): Promise<SaveResult & { settings: Settings }>;
  loadWatchlist(): Promise<Entity[]>;
  saveWatchlist(watchlist: Entity[]): Promise<SaveResult>;
  scrollToMention(entityId: string, index: number): Promise<void>;
  copyText(text: string): Promise<void>;
  openOptions(): void;
  /** A speaker entity's quotes in the dossier from pages other than `pageUrl` (the popup reads the dossier itself). */
  speakerHistory(entityId: string, pageUrl: string | null): Promise<SpeakerHistoryAnswer | null>;
  /** The dossier page's address at an entity. */
  dossierUrl(entityId: string): string;
}
