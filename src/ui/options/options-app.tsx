/** The options page: watchlist, sites, highlights and cards, the dossier's recording, backup. Every change is saved at once. */
import { useEffect, useState } from 'preact/hooks';
import type { Entity } from '../../catalog/entity';
import type { Settings } from '../../settings/settings';
import type { SaveResult, WatchlistPlace } from '../../settings/settings-store';
import { saveFailedMessage } from '../shared/save-failed-message';
import { t } from '../../i18n/strings';
import { BackupSection } from './backup-section';
import { BehaviourSection } from './behaviour-section';
import { DossierSection } from './dossier-section';
import type { OptionsEnvironment } from './options-environment';
import { SitesSection } from './sites-section';
import { WatchlistSection } from './watchlist-section';

export function OptionsApp({ env }: { env: OptionsEnvironment }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [watchlist, setWatchlist] = useState<Entity[] | null>(null);
  const [place, setPlace] = useState<WatchlistPlace | null>(null);
  const [error, setError] = useState<string | null>(null);
  const hash = new URLSearchParams(env.hash);
  const linkedEntity = hash.get('entity');

  useEffect(() => {
    void env.loadSettings().then(setSettings);
    void env.loadWatchlistState().then((state) => {
      setWatchlist(state.watchlist);
      setPlace(state.place);
    });
    const unwatchSettings = env.watchSettings(setSettings);
    const unwatchWatchlist = env.watchWatchlist(setWatchlist);
    return () => {
      unwatchSettings();
      unwatchWatchlist();
    };
  }, [env]);

  /** Saves a settings change; resolves to whether it was saved. */
  const change = (update: (current: Settings) => Settings): Promise<boolean> =>
    env.updateSettings(update).then((result) => {
      setSettings(result.settings);
      setError(result.ok ? null : saveFailedMessage(result));
      return result.ok;
    });

  const saveWatchlist = async (next: Entity[]): Promise<SaveResult> => {
    const result = await env.saveWatchlist(next);
    if (result.ok) {
      setWatchlist(next);
      setPlace(result.place ?? null);
      setError(null);
    } else {
      setError(saveFailedMessage(result));
    }
    return result;
  };

  const saveAll = async (nextSettings: Settings, nextWatchlist: Entity[]): Promise<SaveResult> => {
    const saved = await env.updateSettings(() => nextSettings);
    setSettings(saved.settings);
    if (!saved.ok) return saved;
    return saveWatchlist(nextWatchlist);
  };

  const resetToDefaults = async (): Promise<SaveResult> => {
    const result = await env.resetToDefaults();
    const state = await env.loadWatchlistState();
    setWatchlist(state.watchlist);
    setPlace(state.place);
    setSettings(await env.loadSettings());
    return result;
  };

  if (settings === null || watchlist === null) return null;
  const linkedLabel = watchlist.find((entity) => entity.id === linkedEntity)?.label ?? '';
  const linkNotice = {
    added: t('entityAdded', linkedLabel),
    exists: t('entityExists', linkedLabel),
    empty: t('selectionEmpty'),
    'too-long': t('selectionTooLong'),
    'save-failed': t('saveFailed', hash.get('error') ?? ''),
  }[hash.get('status') ?? ''];

  // One main landmark holds the page, so screen-reader users can jump to it and nothing is left outside.
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      {error !== null && <p class="notice notice-error" role="alert">{error}</p>}

      <section aria-labelledby="watchlist-heading">
        <h2 id="watchlist-heading">{t('sectionWatchlist')}</h2>
        <p class="muted">{t('watchlistIntro')}</p>
        {linkNotice && <p class="notice" role="status">{linkNotice}</p>}
        {place?.area === 'local' && (
          <p class="notice notice-warning" role="status" id="watchlist-place">{t(place.reason === 'too-large' ? 'watchlistSyncedLocal' : 'watchlistSyncFailed')}</p>
        )}
        <WatchlistSection watchlist={watchlist} initiallyEditing={linkedEntity} save={saveWatchlist} confirm={env.confirm} />
      </section>

      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('sectionSites')}</h2>
        <SitesSection settings={settings} change={change} />
      </section>

      <section aria-labelledby="behaviour-heading">
        <h2 id="behaviour-heading">{t('sectionBehaviour')}</h2>
        <BehaviourSection settings={settings} change={change} />
      </section>

      <section aria-labelledby="dossier-heading">
        <h2 id="dossier-heading">{t('sectionDossier')}</h2>
        <DossierSection settings={settings} change={change} dossier={env.dossier} confirm={env.confirm} />
      </section>

      <section aria-labelledby="backup-heading">
        <h2 id="backup-heading">{t('sectionBackup')}</h2>
        <BackupSection settings={settings} watchlist={watchlist} saveAll={saveAll} resetToDefaults={resetToDefaults}
          download={env.download} confirm={env.confirm} />
      </section>
    </main>
  );
}
