/** The dossier page's environment in a real browser (the tab and the side panel share it). */
import { openDossierStore } from '../../src/dossier/store/open-dossier-store';
import type { DossierEnvironment } from '../../src/ui/dossier/dossier-environment';

export function createBrowserEnvironment(): DossierEnvironment {
  const hashOf = () => location.hash.replace(/^#/, '');
  // The store starts opening now, while the page renders its shell, not once the app's effects run.
  openDossierStore().catch(() => {
    // The app opens it again and shows why it failed.
  });
  return {
    openStore: openDossierStore,
    // The settings store (with the default catalog) is loaded beside the store's opening, not before the page's first script runs.
    loadEntityLabels: async () => {
      const { loadWatchlist } = await import('../../src/settings/settings-store');
      return new Map((await loadWatchlist()).map((entity) => [entity.id, entity.label]));
    },
    download(filename, text, type) {
      const url = URL.createObjectURL(new Blob([text], { type }));
      const link = Object.assign(document.createElement('a'), { href: url, download: filename });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    confirm: (message) => window.confirm(message),
    // A macrotask: the browser paints and handles input between two slices of index building.
    pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
    hash: hashOf(),
    onHashChange(callback) {
      const listener = () => callback(hashOf());
      window.addEventListener('hashchange', listener);
      return () => window.removeEventListener('hashchange', listener);
    },
    now: () => new Date(),
  };
}
