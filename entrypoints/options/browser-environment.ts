/** The options page's environment in a real browser. */
import {
  loadSettings,
  loadWatchlistState,
  resetToDefaults,
  saveWatchlist,
  updateSettings,
  watchSettings,
  watchWatchlist,
} from '../../src/settings/settings-store';
import type { OptionsEnvironment } from '../../src/ui/options/options-environment';

export function createBrowserEnvironment(): OptionsEnvironment {
  return {
    loadSettings,
    watchSettings,
    updateSettings,
    loadWatchlistState,
    watchWatchlist,
    saveWatchlist,
    resetToDefaults,
    download(filename, text) {
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const link = Object.assign(document.createElement('a'), { href: url, download: filename });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    confirm: (message) => window.confirm(message),
    hash: location.hash.replace(/^#/, ''),
  };
}
