/**
 * What the page session needs from the user's settings and watchlist, read and watched through
 * the settings module (issue 5), for the URL the page has now.
 */
import type { Entity } from '../../src/catalog/entity';
import type { PageConfig } from '../../src/content/page-session';
import { isActiveOn } from '../../src/settings/site-rules';
import { loadSettings, loadWatchlist, watchSettings, watchWatchlist } from '../../src/settings/settings-store';
import type { Settings } from '../../src/settings/settings';

export interface PageConfigSource {
  current(url: string): PageConfig;
}

function configFor(url: string, settings: Settings, watchlist: Entity[]): PageConfig {
  return {
    active: isActiveOn(url, settings),
    inactiveStatus: settings.paused ? 'paused' : 'disabled',
    catalog: watchlist,
    settings,
  };
}

/** Loads settings and watchlist, then calls `onChange` whenever either changes. Returns a stop function. */
export async function watchPageConfig(onChange: (source: PageConfigSource) => void): Promise<{ source: PageConfigSource; stop(): void }> {
  let settings = await loadSettings();
  let watchlist = await loadWatchlist();
  const source: PageConfigSource = { current: (url) => configFor(url, settings, watchlist) };
  const unwatchSettings = watchSettings((next) => {
    settings = next;
    onChange(source);
  });
  const unwatchWatchlist = watchWatchlist((next) => {
    watchlist = next;
    onChange(source);
  });
  return {
    source,
    stop: () => {
      unwatchSettings();
      unwatchWatchlist();
    },
  };
}
