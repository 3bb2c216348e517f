import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { UI_STRINGS } from './src/ui/shared/strings';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports read better than auto-imports, and `src/` is plain TypeScript.
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Dossier',
    description: "Who's who, and who said what: highlights people and documents in the news and attributes every quote.",
    permissions: ['storage', 'activeTab', 'contextMenus'],
    // Extension pages run only the extension's own scripts: no remote code, no eval, no plugins.
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'",
    },
    commands: {
      'toggle-site': { suggested_key: { default: 'Alt+Shift+H' }, description: UI_STRINGS.commandToggleSite },
      'next-mention': { suggested_key: { default: 'Alt+Shift+J' }, description: UI_STRINGS.commandNextMention },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'dossier@dossier.invalid',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
