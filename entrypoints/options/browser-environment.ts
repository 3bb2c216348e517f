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
import { browser } from 'wxt/browser';
import { storageSizeWithSearch } from '../../src/dossier/search/saved-search-stamp';
import { openDossierStore } from '../../src/dossier/store/open-dossier-store';

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
    dossier: {
      estimate: async () => storageSizeWithSearch(await openDossierStore()),
      clear: async () => (await openDossierStore()).clear(),
      open: () => void browser.tabs.create({ url: browser.runtime.getURL('/dossier.html') }),
    },
    hash: location.hash.replace(/^#/, ''),
  };
}
