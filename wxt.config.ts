import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import path from 'node:path';
import { renderIcons } from './scripts/icons/render-icons';
import { toolbarIconPaths } from './src/messaging/toolbar-icon';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports read better than auto-imports, and `src/` is plain TypeScript.
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    // The icons are drawn from the SVG mark on every build (scripts/icons/), into .wxt/ and copied in.
    'build:publicAssets': (wxt, files) => {
      files.push(...renderIcons(path.join(wxt.config.wxtDir, 'icons-rendered')));
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    // Names and descriptions come from public/_locales, in the browser's language.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    icons: toolbarIconPaths('on'),
    // The toolbar button's icon: `action` in MV3, `browser_action` in Firefox's MV2 build.
    ...(manifestVersion === 2
      ? { browser_action: { default_icon: toolbarIconPaths('on') } }
      : { action: { default_icon: toolbarIconPaths('on') } }),
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
              // A stable, domain-like ID of the project's own: it keeps the add-on's storage across updates and
              // is what addons.mozilla.org and enterprise policies know it by.
              id: 'dossier@dossier-reader.extension',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
