/**
 * Firefox end-to-end harness: the built Firefox add-on (`.output/firefox-mv2`, made by
 * `npm run build:firefox`) installed as a temporary add-on in Debian's Firefox ESR, driven over
 * WebDriver BiDi by puppeteer-core. Shares the fixture server with the Chromium harness.
 *
 * Firefox hides its extension pages from a remote client in two ways, and the harness works around
 * both without touching the add-on:
 * - moz-extension:// URLs are random per profile: the pref `extensions.webextensions.uuids` gives
 *   the add-on (by its gecko id, read from the built manifest) a fixed one.
 * - BiDi refuses to navigate a tab to a privileged URL unless Firefox runs with
 *   `-remote-allow-system-access`; with it the navigation happens but is not reported as finished,
 *   so `openExtensionPage` waits for the document instead of for `goto`.
 * The extension API the tests need (storage, tab ids) is called from an extension page of the
 * add-on's own, open in a tab of its own, as the options page would call it.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { SETTINGS_VERSION } from '../../../src/settings/migrations';
import { defaultSettings, type Settings } from '../../../src/settings/settings';
import { FIXTURES_DIR, serveStatic } from '../harness';
import { countMarksInPage } from '../page-probes';

/** The extension API inside an extension page, where `extensionPage.evaluate` runs. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const browser: any;

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const FIREFOX_EXTENSION_DIR = path.join(repoRoot, '.output/firefox-mv2');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Any fixed UUID: only this profile's add-on uses it. */
const EXTENSION_UUID = '6f1b9c2e-4d3a-4e8b-9a7c-2d5e8f0a1b3c';
/** Screenshots the Firefox tests take: test-results/ is ignored by git. */
export const FIREFOX_SHOTS = path.join(repoRoot, 'test-results/firefox');

export interface FirefoxDossier {
  browser: Browser;
  origin: string;
  /** The add-on's base URL, moz-extension://<uuid>/. */
  extensionBase: string;
  /** An extension page of the add-on, open in its own tab: the tests' door to the extension API. */
  extensionPage: Page;
  /** Opens a fixture (path under tests/fixtures/) in a new tab and waits until Dossier has scanned it. */
  open(pathname: string): Promise<Page>;
  /** Opens one of the add-on's pages (e.g. `popup.html?tabId=3`) in a new tab, once its body has rendered `readySelector`. */
  openExtensionPage(file: string, readySelector: string): Promise<Page>;
  /** The browser's tab id of a page (brought to front: without the "tabs" permission only the active tab is known by id). */
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

/** The add-on's gecko id, from the built manifest: whatever wxt.config.ts sets, the pref must name it. */
function geckoIdOf(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (id === undefined) throw new Error(`The Firefox manifest in ${extensionDir} has no gecko id: Firefox cannot give it a fixed UUID.`);
  return id;
}

/** Launches Firefox ESR with Dossier installed as a temporary add-on. Fails clearly when the build is missing. */
export async function launchFirefoxDossier(): Promise<FirefoxDossier> {
  if (!existsSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first (npm run test:e2e does).`);
  }
  if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: apt-get install firefox-esr (.ci/run does).`);
  const geckoId = geckoIdOf(FIREFOX_EXTENSION_DIR);
  const { server, origin } = await serveStatic({ '/': FIXTURES_DIR });
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['-remote-allow-system-access'],
    defaultViewport: { width: 1200, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      // Nothing but the fixture server: no update checks, telemetry or remote settings from the browser itself.
      'network.proxy.type': 0,
      'app.update.enabled': false,
    },
  });
  const installed = await firefox.installExtension(FIREFOX_EXTENSION_DIR);
  if (installed !== geckoId) throw new Error(`Firefox installed ${installed}, expected ${geckoId}`);
  const extensionBase = `moz-extension://${EXTENSION_UUID}/`;

  async function openExtensionPage(file: string, readySelector: string): Promise<Page> {
    const page = await firefox.newPage();
    const url = new URL(file, extensionBase).href;
    // The navigation completes but BiDi never reports it: don't wait for goto, wait for the page.
    page.goto(url, { timeout: 20_000 }).catch(() => undefined);
    const deadline = Date.now() + 15_000;
    for (;;) {
      const ready = await page.evaluate((selector: string) => location.protocol === 'moz-extension:' && document.querySelector(selector) !== null, readySelector)
        .catch(() => false);
      if (ready) return page;
      if (Date.now() > deadline) throw new Error(`${url} did not show ${readySelector}`);
      await delay(100);
    }
  }

  const extensionPage = await openExtensionPage('options.html', '.entity-row');

  return {
    browser: firefox,
    origin,
    extensionBase,
    extensionPage,
    async open(pathname: string) {
      const page = await firefox.newPage();
      await page.goto(new URL(pathname, origin).href);
      await waitForScan(page);
      return page;
    },
    openExtensionPage,
    async tabIdOf(page: Page) {
      await page.bringToFront();
      const id = await extensionPage.evaluate(async () => {
        const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
        return (tab?.id as number | undefined) ?? null;
      });
      if (id === null) throw new Error(`no tab for ${page.url()}`);
      return id;
    },
    async close() {
      await firefox.close();
      await closeServer(server);
    },
  };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

/**
 * Sizes a page's viewport like the toolbar popup, where the browser can. Puppeteer sizes it with BiDi
 * commands that Firefox ESR 140 does not all know (`setScreenOrientationOverride`: "unknown command");
 * there the page keeps the window's size, which no check here depends on (only the screenshots' width).
 */
export async function setPopupViewport(page: Page, width = 400, height = 600): Promise<void> {
  try {
    await page.setViewport({ width, height });
  } catch (error) {
    if (!/setScreenOrientationOverride|unknown command/.test(String(error))) throw error;
  }
}

export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const countMarks = (page: Page) => page.evaluate(() => document.querySelectorAll('mark[data-dossier-mark]').length);

/** Waits until the page has stopped changing its marks for a moment: the scan is done. */
export async function waitForScan(page: Page, quietMs = 400, timeoutMs = 10_000): Promise<number> {
  const started = Date.now();
  let last = -1;
  let stableSince = Date.now();
  for (;;) {
    const count = await countMarks(page);
    if (count !== last) {
      last = count;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= quietMs) {
      return count;
    }
    if (Date.now() - started > timeoutMs) return count;
    await delay(100);
  }
}

/** Polls `read` until it returns `expected` (compared as JSON) or the time is up; returns the last value read. */
export async function pollUntil<T>(read: () => Promise<T>, expected: T, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (JSON.stringify(value) === JSON.stringify(expected) || Date.now() > deadline) return value;
    await delay(100);
  }
}

/** Marks per entity id (each mention once, however many pieces markup split it into). */
export async function markCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(countMarksInPage);
}

/** Writes Dossier's settings as the settings module stores them (`sync:settings`, versioned), from an extension page. */
export async function changeSettings(dossier: FirefoxDossier, change: (settings: Settings) => Settings): Promise<void> {
  const stored = await dossier.extensionPage.evaluate(async () => (await browser.storage.sync.get('settings')).settings ?? null);
  const next = change({ ...defaultSettings(), ...(stored as Partial<Settings> | null) });
  await dossier.extensionPage.evaluate(async (value: Settings, version: number) => {
    await browser.storage.sync.set({ settings: value, settings$: { v: version } });
  }, next, SETTINGS_VERSION);
}

/**
 * The shadow root of the element `hostSelector`, even a closed one. WebDriver BiDi serialises an
 * element with its shadow root whatever the root's mode (as a debugger sees it), so the test gets a
 * handle the page's own scripts could never get.
 */
export async function shadowRootOf(page: Page, hostSelector: string): Promise<ElementHandle<ShadowRoot> | null> {
  const host = await page.$(hostSelector);
  if (host === null) return null;
  // Puppeteer's BiDi element handle keeps the protocol's remote value; the root is one too.
  const bidiHost = host as unknown as { remoteValue(): { value?: { shadowRoot?: unknown } }; realm: unknown };
  const root = bidiHost.remoteValue().value?.shadowRoot;
  if (root === undefined || root === null) return null;
  const handleClass = host.constructor as unknown as { from(value: unknown, realm: unknown): ElementHandle<ShadowRoot> };
  return handleClass.from(root, bidiHost.realm);
}
