import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports read better than auto-imports, and `src/` is plain TypeScript.
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    // Names and descriptions come from public/_locales, in the browser's language.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Chrome's worker has no DOM: Readability reads an article's header in an offscreen document.
    permissions: ['storage', 'activeTab', 'contextMenus', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // Extension pages run only the extension's own scripts: no remote code, no eval, no plugins.
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'",
    },
    commands: {
      'toggle-site': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_commandToggleSite__' },
      'next-mention': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_commandNextMention__' },
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
