/**
 * Audits the built extension (`.output/chrome-mv3`): every place its JavaScript could turn text into
 * markup or code, or reach the network, must be library code on an allow-list that says why page
 * and user text never get there; and the manifest asks for nothing the code does not use. Shared by
 * the unit test (skips without a build) and the end-to-end test (runs after `npm run build`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const BUILD_DIR = path.join(REPO_ROOT, '.output/chrome-mv3');

/** Sinks: text in, markup or code out; or a request out. */
export const SINKS: Record<string, RegExp> = {
  innerHTML: /\.innerHTML\s*=(?!=)/g,
  outerHTML: /\.outerHTML\s*=(?!=)/g,
  insertAdjacentHTML: /insertAdjacentHTML/g,
  dangerouslySetInnerHTML: /dangerouslySetInnerHTML/g,
  documentWrite: /document\.write(?:ln)?\s*\(/g,
  eval: /(?<![\w$.])eval\s*\(/g,
  newFunction: /new\s+Function\s*\(/g,
  stringTimer: /set(?:Timeout|Interval)\s*\(\s*["'`]/g,
  srcdoc: /srcdoc/g,
  createContextualFragment: /createContextualFragment/g,
  fetch: /(?<![\w$.])fetch\s*\(/g,
  xhr: /XMLHttpRequest/g,
  beacon: /sendBeacon/g,
  socket: /new\s+(?:WebSocket|EventSource)\b/g,
  importScripts: /importScripts\s*\(/g,
};

export interface AllowedUse {
  sink: keyof typeof SINKS;
  /** Recognises the library code around the use (property names survive minification). */
  context: RegExp;
  library: string;
  /** Why page and user text never reach it. */
  why: string;
}

export const ALLOWED: readonly AllowedUse[] = [
  {
    sink: 'dangerouslySetInnerHTML', context: /__html|"defaultValue"in/, library: 'Preact (diff)',
    why: 'Preact only writes innerHTML for a `dangerouslySetInnerHTML` prop; no file in src/ or entrypoints/ passes one (checked by sourceSinks).',
  },
  {
    sink: 'innerHTML', context: /__html|innerHTML\s*=\s*""/, library: 'Preact (diff)',
    why: 'Writes `props.dangerouslySetInnerHTML.__html` (never passed by our code) or clears an element with "".',
  },
  {
    sink: 'innerHTML', context: /_grabArticle|_attempts|readability-page|_isSingleImage|_allowedVideoRegex|this\._doc|noscript/, library: '@mozilla/readability',
    why: 'Readability runs only on `doc.cloneNode(true)` (src/article/readability-fields.ts, checked by readabilityOnClonesOnly): a document without a browsing context, where parsed markup runs no script and loads nothing, and the page is never changed.',
  },
  {
    sink: 'fetch', context: /getURL\(\s*"\/content-scripts\/|"url"\s*in\s*\w+\s*\?\s*\w+\.textContent\s*=\s*yield fetch/, library: 'WXT createShadowRootUi',
    why: 'Loads the content script\'s own style sheet from the extension (runtime.getURL), never a page or remote URL.',
  },
  {
    sink: 'fetch', context: /modulepreload|\.ep\)|crossOrigin/, library: 'Vite module preload polyfill',
    why: 'Preloads the extension page\'s own chunks named in its <link rel=modulepreload> tags; extension pages contain no page text.',
  },
];

export interface SinkUse {
  file: string;
  sink: string;
  index: number;
  excerpt: string;
  allowedAs: AllowedUse | null;
}

function filesUnder(dir: string, extension: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return filesUnder(full, extension);
    return extension.test(name) ? [full] : [];
  });
}

export function hasBuild(): boolean {
  return existsSync(path.join(BUILD_DIR, 'manifest.json'));
}

/** Every sink in the built JavaScript, with the allow-list entry it falls under (or null). */
export function bundleSinks(dir = BUILD_DIR): SinkUse[] {
  const uses: SinkUse[] = [];
  for (const file of filesUnder(dir, /\.m?js$/)) {
    const code = readFileSync(file, 'utf8');
    for (const [sink, pattern] of Object.entries(SINKS)) {
      for (const match of code.matchAll(new RegExp(pattern.source, pattern.flags))) {
        const index = match.index ?? 0;
        const around = code.slice(Math.max(0, index - 300), index + 300);
        const allowedAs = ALLOWED.find((entry) => entry.sink === sink && entry.context.test(around)) ?? null;
        uses.push({ file: path.relative(dir, file), sink, index, excerpt: code.slice(Math.max(0, index - 80), index + 80), allowedAs });
      }
    }
  }
  return uses;
}

/** Each `new Readability(x)` in src/ must take a variable assigned from a deep clone in the same file. */
export function readabilityOnClonesOnly(): { file: string; argument: string; cloned: boolean }[] {
  const calls: { file: string; argument: string; cloned: boolean }[] = [];
  for (const file of filesUnder(path.join(REPO_ROOT, 'src'), /\.(ts|tsx)$/)) {
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/new Readability\(\s*([\w$]+)/g)) {
      const argument = match[1]!;
      const cloned = new RegExp(`\\b${argument}\\s*=\\s*[\\w$.]+\\.cloneNode\\(true\\)`).test(code);
      calls.push({ file: path.relative(REPO_ROOT, file), argument, cloned });
    }
  }
  return calls;
}

export interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: { extension_pages?: string; sandbox?: string } | string;
  content_scripts?: { matches: string[]; js?: string[] }[];
  web_accessible_resources?: { resources: string[]; matches: string[] }[];
  externally_connectable?: unknown;
  update_url?: string;
}

export function readManifest(dir = BUILD_DIR): Manifest {
  return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

/** Our own source, for permission use. */
export function sourceText(): string {
  return ['src', 'entrypoints']
    .flatMap((root) => filesUnder(path.join(REPO_ROOT, root), /\.(ts|tsx)$/))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
}

/**
 * What each permission is for, as evidence in the source. `activeTab` has no namespace of its own:
 * it is what lets the popup and the keyboard commands read the URL of the tab the user acted on.
 */
export const PERMISSION_EVIDENCE: Record<string, RegExp> = {
  storage: /browser\.storage\.|from '@wxt-dev\/storage'/,
  contextMenus: /browser\.contextMenus\./,
  activeTab: /browser\.tabs\.(query|get)\(/,
  // Chrome's worker has no DOM: Readability reads an article's header in an offscreen document.
  offscreen: /\.offscreen\s*\.createDocument\(/,
  // Chrome's side panel (WXT adds it for entrypoints/sidepanel/, whose page marks its body so).
  sidePanel: /classList\.add\('dossier-side-panel'\)/,
};

/** Namespaces that need a permission of the same name when used. */
export const NAMESPACES_NEEDING_PERMISSION = [
  'alarms', 'bookmarks', 'browsingData', 'clipboardRead', 'clipboardWrite', 'contextMenus', 'cookies', 'debugger', 'declarativeNetRequest',
  'downloads', 'history', 'identity', 'idle', 'management', 'menus', 'notifications', 'offscreen', 'scripting', 'sessions', 'storage',
  'tabGroups', 'topSites', 'webNavigation', 'webRequest',
];

/** A CSP for extension pages is strict when scripts come only from the extension and nothing is eval'd. */
export function cspProblems(policy: string): string[] {
  const directives = new Map(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name, ...values] = d.split(/\s+/);
    return [name!, values] as const;
  }));
  const problems: string[] = [];
  const scripts = directives.get('script-src') ?? directives.get('default-src');
  if (!scripts) problems.push('no script-src');
  for (const value of scripts ?? []) {
    if (value !== "'self'" && value !== "'wasm-unsafe-eval'") problems.push(`script-src allows ${value}`);
  }
  const objects = directives.get('object-src') ?? directives.get('default-src');
  if (objects && objects.some((v) => v !== "'self'" && v !== "'none'")) problems.push(`object-src allows ${objects.join(' ')}`);
  if (/https?:|\*/.test(policy)) problems.push('names a remote host or a wildcard');
  return problems;
}
