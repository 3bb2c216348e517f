// ESLint (flat config): typescript-eslint's recommended rules, the layer order of src/ enforced
// with import-x's no-restricted-paths (as Dark Reader does), and no page text through markup sinks
// (eslint-plugin-no-unsanitized) nor code or network sinks in our own source.
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import tseslint from 'typescript-eslint';

/**
 * The folders of src/, lowest first. A folder imports only from its own layer and those below it:
 * plain text and translations at the bottom, the content script's coordinator and the command line
 * at the top. entrypoints/ (the browser's wiring) stands above all of them.
 */
const LAYERS = [
  ['text', 'i18n'],
  ['catalog'],
  ['matching'],
  ['quotes'],
  ['article', 'summary'],
  ['analysis'],
  ['settings', 'messaging', 'live', 'geometry'],
  ['highlight'],
  ['ui'],
  ['content'],
  ['cli', 'page'],
];

const layerZones = LAYERS.flatMap((layer, index) => {
  const above = LAYERS.slice(index + 1).flat();
  return layer.flatMap((folder) => [
    ...above.map((higher) => ({
      target: `./src/${folder}`,
      from: `./src/${higher}`,
      message: `src/${folder} is below src/${higher} in the layer order (eslint.config.js): it may not import from it.`,
    })),
  ]);
});

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'dist/', 'test-results/', 'bench/results/', '.cache/', 'docs/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs,mts}'],
    plugins: { 'import-x': importX, 'no-unsanitized': noUnsanitized },
    // Our imports name TypeScript files without their extension.
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })] },
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { console: 'readonly', process: 'readonly' },
    },
    rules: {
      // TypeScript checks names; the core rule knows neither DOM nor Node globals.
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'import-x/no-restricted-paths': ['error', {
        zones: [
          ...layerZones,
          { target: './src', from: './entrypoints', message: 'src/ is plain TypeScript: the entrypoints wire it, never the other way.' },
        ],
      }],
    },
  },
  {
    // Our own code (not the tests' tools): nothing turns strings into markup or code, and nothing reaches the network.
    files: ['src/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    rules: {
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-globals': ['error',
        ...['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'importScripts'].map((name) => ({ name, message: 'Dossier makes no network requests.' })),
      ],
      'no-restricted-properties': ['error',
        { object: 'navigator', property: 'sendBeacon', message: 'Dossier makes no network requests.' },
        { object: 'window', property: 'fetch', message: 'Dossier makes no network requests.' },
        { object: 'globalThis', property: 'fetch', message: 'Dossier makes no network requests.' },
      ],
      'no-restricted-syntax': ['error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No markup from strings: render with Preact elements.' },
        { selector: "MemberExpression[property.name='srcdoc']", message: 'No markup from strings.' },
        { selector: "JSXAttribute[name.name='srcdoc']", message: 'No markup from strings.' },
      ],
    },
  },
  {
    // src/ is tested in Node: no extension API in it (the entrypoints hand it what it needs).
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'wxt/browser', message: 'src/ uses no extension API: let an entrypoint pass it in.' },
          { name: 'webextension-polyfill', message: 'src/ uses no extension API: let an entrypoint pass it in.' },
        ],
      }],
    },
  },
);
