/**
 * End-to-end harness: the built extension (`.output/chrome-mv3`, made by `npm run build`) in the
 * Debian Chromium, a local server for our fixture pages, and a record of every request, so a test
 * can assert that nothing leaves the machine. Shared by all `tests/e2e/*.e2e.ts` files.
 */
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { SETTINGS_VERSION } from '../../src/settings/migrations';
import { defaultSettings, type Settings } from '../../src/settings/settings';
import { countMarksInPage } from './page-probes';

/** The extension API inside the worker, where `worker.evaluate` runs (no type package for it here). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const EXTENSION_DIR = path.join(repoRoot, '.output/chrome-mv3');
export const FIXTURES_DIR = path.join(repoRoot, 'tests/fixtures');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.jpg': 'image/jpeg', '.txt': 'text/plain; charset=utf-8',
};

/** Serves `mounts` (URL prefix → folder) on 127.0.0.1 at a free port. Read-only, no directory listings. */
export async function serveStatic(mounts: Record<string, string>): Promise<{ server: Server; origin: string }> {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const prefix = prefixes.find((p) => url.pathname.startsWith(p));
    const folder = prefix === undefined ? undefined : mounts[prefix];
    const relative = prefix === undefined ? '' : decodeURIComponent(url.pathname.slice(prefix.length));
    const file = folder === undefined ? '' : path.resolve(folder, relative === '' ? 'index.html' : relative);
    const inside = folder !== undefined && (file === folder || file.startsWith(folder + path.sep));
    if (!inside || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

export interface Dossier {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Origin of the fixture server, e.g. http://127.0.0.1:41234. */
  origin: string;
  /** Every request any page, frame or worker of the browser made, in order. */
  requests: string[];
  /** Requests that went anywhere but the fixture server or the extension itself. */
  outsideRequests(): string[];
  /** Opens a fixture (path under `tests/fixtures/` or another mount) and waits until Dossier has scanned it. */
  open(pathname: string): Promise<Page>;
  /** The browser's tab id of a page, for messages and `popup.html?tabId=`. */
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** Extra URL prefix → folder mounts beside `/` → tests/fixtures. */
  mounts?: Record<string, string>;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
}

/** Launches Chromium with the built extension. Fails clearly when the build is missing. */
export async function launchDossier(options: LaunchOptions = {}): Promise<Dossier> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build\` first (npm run test:e2e does).`);
  }
  const { server, origin } = await serveStatic({ '/': FIXTURES_DIR, ...options.mounts });
  const profile = mkdtempSync(path.join(tmpdir(), 'dossier-e2e-'));
  // Service-worker requests are only reported to Playwright with this switch.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const headless = options.headless ?? true;
  const cleanUp = () => {
    server.close();
    rmSync(profile, { recursive: true, force: true });
  };
  // A browser that fails to start must not leave its profile or the server behind.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    // Playwright's own headless switch is the old mode, which loads no extensions: pass the new one.
    headless: false,
    viewport: options.viewport ?? { width: 1200, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    args: [
      ...(headless ? ['--headless=new'] : []),
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  }).catch((error: unknown) => {
    cleanUp();
    throw error;
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  // Nothing but the fixture server is reachable: a request elsewhere fails fast and stays on record.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return isLocal(url, origin) ? route.continue() : route.abort('blockedbyclient');
  });
  const worker = await extensionWorker(context);
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    worker,
    extensionId,
    origin,
    requests,
    outsideRequests: () => requests.filter((url) => !isLocal(url, origin)),
    async open(pathname: string) {
      const page = await context.newPage();
      await page.goto(new URL(pathname, origin).href);
      await waitForScan(page);
      return page;
    },
    async tabIdOf(page: Page) {
      // Without the "tabs" permission tab URLs are hidden; the active tab is the one brought to front.
      await page.bringToFront();
      const id = await worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return (tab?.id as number | undefined) ?? null;
      });
      if (id === null) throw new Error(`no tab for ${page.url()}`);
      return id;
    },
    async close() {
      await context.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The extension's service worker, once its extension API is there. Playwright can hand over a
 * worker whose script has started before Chrome has bound `chrome.*` into it; an evaluate at that
 * moment sees `chrome` undefined, so wait for the API rather than for the worker alone.
 */
async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const isOurs = (candidate: Worker) => candidate.url().startsWith('chrome-extension://');
  const worker =
    context.serviceWorkers().find(isOurs) ??
    (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }));
  const deadline = Date.now() + 15_000;
  for (;;) {
    const ready = await worker
      .evaluate(() => typeof chrome !== 'undefined' && typeof chrome.storage?.local?.get === 'function')
      .catch(() => false);
    if (ready) return worker;
    if (Date.now() > deadline) throw new Error(`the extension's worker at ${worker.url()} never exposed chrome.storage`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function isLocal(url: string, origin: string): boolean {
  return url.startsWith(`${origin}/`) || url === origin || /^(chrome-extension|data|blob|about):/.test(url);
}

/** Waits until the page has stopped changing its marks for a moment: the scan is done. */
export async function waitForScan(page: Page, quietMs = 400, timeoutMs = 10_000): Promise<number> {
  const started = Date.now();
  let last = -1;
  let stableSince = Date.now();
  for (;;) {
    const count = await page.locator('mark[data-dossier-mark]').count();
    if (count !== last) {
      last = count;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= quietMs) {
      return count;
    }
    if (Date.now() - started > timeoutMs) return count;
    await page.waitForTimeout(100);
  }
}

/** Marks per entity id (each mention once, however many pieces markup split it into). */
export async function markCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(countMarksInPage);
}

/** Writes Dossier's settings as the settings module stores them (`sync:settings`, versioned), from the extension's worker. */
export async function changeSettings(dossier: Dossier, change: (settings: Settings) => Settings): Promise<void> {
  const stored = await dossier.worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings ?? null);
  const next = change({ ...defaultSettings(), ...(stored as Partial<Settings> | null) });
  await dossier.worker.evaluate(async ({ value, version }) => {
    await chrome.storage.sync.set({ settings: value, settings$: { v: version } });
  }, { value: next, version: SETTINGS_VERSION });
}

/** Opens Dossier's options page in a new tab and waits until it lists the watchlist. */
export async function openOptionsPage(dossier: Dossier): Promise<Page> {
  const page = await dossier.context.newPage();
  await page.goto(`chrome-extension://${dossier.extensionId}/options.html`);
  await page.locator('.entity-row').first().waitFor();
  return page;
}

/** The extension's service worker as DevTools sees it: its status over time, and a way to stop it. */
export interface WorkerControl {
  /** The worker version's last reported status ("running", "stopped", …). */
  status(): string | undefined;
  /** Whether the version has been reported in `status` at any point since the control was made. */
  wasEver(status: string): boolean;
  /** Stops the worker, as Chrome does when it is idle (CDP `ServiceWorker.stopWorker`). */
  stop(): Promise<void>;
  detach(): Promise<void>;
}

/** Watches the extension's service worker through a DevTools session on `page`. */
export async function controlWorker(dossier: Dossier, page: Page): Promise<WorkerControl> {
  const scope = `chrome-extension://${dossier.extensionId}/`;
  const versions: { versionId: string; scriptURL: string; runningStatus: string }[] = [];
  const session = await dossier.context.newCDPSession(page);
  session.on('ServiceWorker.workerVersionUpdated', (event: { versions: typeof versions }) => versions.push(...event.versions));
  await session.send('ServiceWorker.enable');
  const deadline = Date.now() + 5000;
  while (!versions.some((version) => version.scriptURL.startsWith(scope))) {
    if (Date.now() > deadline) throw new Error(`DevTools reported no service worker for ${scope}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const { versionId } = versions.find((entry) => entry.scriptURL.startsWith(scope))!;
  const reports = () => versions.filter((entry) => entry.versionId === versionId);
  return {
    status: () => reports().at(-1)?.runningStatus,
    wasEver: (status) => reports().some((entry) => entry.runningStatus === status),
    stop: async () => {
      await session.send('ServiceWorker.stopWorker', { versionId });
    },
    detach: () => session.detach(),
  };
}
