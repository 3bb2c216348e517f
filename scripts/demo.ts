/**
 * `npm run demo`: builds Dossier, serves the demo article (assets/demo/) on localhost and opens
 * Chromium with the extension loaded on it.
 *
 *   npm run demo                                   a window to try it in; Ctrl+C to end
 *   npm run demo -- --headless --screenshots DIR   saves the highlighted page, open hover cards (light,
 *                                                  dark, with sources, in German and Russian), the popup
 *                                                  (light, dark and in German), the options page, the
 *                                                  dossier page and side panel (light and dark, after the
 *                                                  demo and tests/fixtures/dossier/ pages were visited) and the
 *                                                  toolbar icon states as PNGs, then exits: the README's
 *                                                  screenshots come only from here
 *   --no-build                                     use the existing .output/chrome-mv3
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchDossier, openOptionsPage, type Dossier } from '../tests/e2e/harness';
import { ShadowProbe } from '../tests/e2e/shadow-probe';
import { hasDisplay } from './display';
import { TOOLBAR_ICON_STATES, toolbarIconFile } from '../src/messaging/toolbar-icon';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const screenshotsAt = args.indexOf('--screenshots');
const screenshotDir = screenshotsAt === -1 ? null : path.resolve(args[screenshotsAt + 1] ?? 'docs/screenshots');
const headless = args.includes('--headless') || !hasDisplay();
if (!args.includes('--headless') && headless) {
  console.log(
    'No display here (DISPLAY is not set), so the demo runs headless: it checks the demo article and ends. ' +
      'For screenshots instead: npm run demo -- --headless --screenshots DIR',
  );
}

if (!args.includes('--no-build')) execSync('npm run build', { cwd: repoRoot, stdio: 'inherit' });

const dossier = await launchDossier({
  headless,
  mounts: { '/demo/': path.join(repoRoot, 'assets/demo') },
  viewport: { width: 1280, height: 860 },
});
// The browser and its temporary profile go away on every way out: the end, an error, Ctrl+C.
const closeOnSignal = () => void dossier.close().finally(() => process.exit(130));
process.once('SIGINT', closeOnSignal);
process.once('SIGTERM', closeOnSignal);
try {
  const page = await dossier.open('/demo/');
  const marks = await page.locator('mark[data-dossier-mark]:not([data-dossier-continued])').count();
  console.log(`Demo article at ${page.url()}: ${marks} mentions highlighted.`);
  if (screenshotDir) {
    mkdirSync(screenshotDir, { recursive: true });
    await saveScreenshots(dossier, page, screenshotDir);
    const outside = dossier.outsideRequests();
    if (outside.length > 0) console.warn(`Requests that left the machine: ${outside.join(', ')}`);
  }
} catch (error) {
  await dossier.close();
  throw error;
}
if (screenshotDir) {
  await dossier.close();
  // The cards in the reader's language: Chromium takes its UI language, and the extension's, from LANGUAGE.
  for (const language of ['de', 'ru']) await saveLocalisedCard(language, screenshotDir);
  await saveGermanPopup(screenshotDir);
} else if (headless) {
  await dossier.close();
} else {
  console.log('Hover a highlight, or open the Dossier toolbar button. Close the window or press Ctrl+C to end.');
  const end = async () => {
    await dossier.close().catch(() => undefined);
    process.exit(0);
  };
  process.removeListener('SIGINT', closeOnSignal);
  process.on('SIGINT', () => void end());
  dossier.context.on('close', () => void end());
}

/** Hovers the first mark `selector` finds, near the top of the view, and waits until its card is open. */
async function openHoverCard(page: Page, probe: ShadowProbe, selector: string): Promise<void> {
  const mark = page.locator(selector).first();
  // The mention near the top, so its card opens below it as a reader would usually see it.
  await mark.evaluate((element) => {
    element.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -120);
  });
  await page.mouse.move(5, 5);
  await mark.hover();
  // The card is in a closed shadow root: only the DevTools protocol sees whether it is open.
  for (const started = Date.now(); !(await probe.box('[role="dialog"]'))?.height;) {
    if (Date.now() - started > 5000) throw new Error(`no hover card opened on ${selector}`);
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(150);
}

async function saveScreenshots(dossier: Dossier, page: Page, dir: string): Promise<void> {
  const shot = async (target: Page, name: string) => {
    const file = path.join(dir, name);
    await target.screenshot({ path: file });
    console.log(`Saved ${file}`);
  };
  await shot(page, 'highlighted-page.png');

  // The card is in a closed shadow root: only the DevTools protocol sees whether it is open.
  const probe = await ShadowProbe.attach(page);
  const openCardOn = (selector: string) => openHoverCard(page, probe, selector);
  await page.evaluate(() => window.scrollTo(0, 0));
  await openCardOn('mark[data-entity="kirby"]');
  await shot(page, 'hover-card.png');
  await page.keyboard.press('Escape');
  await openCardOn('mark[data-entity="xi"]');
  await shot(page, 'hover-card-sources.png');

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.keyboard.press('Escape');
  await openCardOn('mark[data-entity="twelve-point-paper"]');
  await shot(page, 'hover-card-dark.png');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.keyboard.press('Escape');
  await probe.detach();

  const tabId = await dossier.tabIdOf(page);
  const popup = await dossier.context.newPage();
  await popup.setViewportSize({ width: 420, height: 720 });
  await popup.goto(`chrome-extension://${dossier.extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForLoadState('load');
  await popup.locator('h1').waitFor();
  await popup.waitForTimeout(300);
  await shot(popup, 'popup-on-demo-article.png');
  await popup.emulateMedia({ colorScheme: 'dark' });
  await popup.waitForTimeout(300);
  await shot(popup, 'popup-dark.png');
  await popup.close();

  const options = await openOptionsPage(dossier);
  await options.setViewportSize({ width: 1100, height: 900 });
  await options.waitForTimeout(300);
  await shot(options, 'options.png');
  await options.close();
  await saveDossierScreenshots(dossier, shot);
  await saveToolbarIcons(dossier, path.join(dir, 'toolbar-icons.png'));
}

/**
 * The dossier page (a tab) and the side panel's page at a side panel's width, light and dark, once
 * the demo article and the three fixtures are recorded. (Headless Chromium draws no side panel
 * around the page; the page is what the panel shows.)
 */
async function saveDossierScreenshots(dossier: Dossier, shot: (target: Page, name: string) => Promise<void>): Promise<void> {
  // Pages of our own that quote one statement three ways (tests/fixtures/dossier/): the dossier groups them.
  for (const fixture of ['/dossier/harbour-post.html', '/dossier/morgenzeitung.html', '/dossier/eastern-ledger.html']) {
    const visited = await dossier.open(fixture);
    // The background records a page before it answers its report: a moment after the scan is enough.
    await visited.waitForTimeout(800);
    await visited.close();
  }
  const views = [
    { page: 'dossier.html', name: 'dossier-page', viewport: { width: 1100, height: 1400 } },
    { page: 'sidepanel.html', name: 'side-panel', viewport: { width: 400, height: 1100 } },
  ];
  for (const view of views) {
    const page = await dossier.context.newPage();
    await page.setViewportSize(view.viewport);
    await page.goto(`chrome-extension://${dossier.extensionId}/${view.page}`);
    await page.locator('#dossier-statements .dossier-statement').first().waitFor();
    await page.waitForTimeout(300);
    await shot(page, `${view.name}.png`);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForTimeout(300);
    await shot(page, `${view.name}-dark.png`);
    await page.close();
  }
}

/**
 * The toolbar icons of the three states as the build ships them, at toolbar size on a light and a
 * dark toolbar. (A headless browser draws no toolbar to screenshot; the switch between the states is
 * covered by tests/unit/messaging/background-badge.test.ts.)
 */
async function saveToolbarIcons(dossier: Dossier, file: string): Promise<void> {
  const labels = { on: 'On', off: 'Off for this site', paused: 'Paused everywhere' } as const;
  const icon = (state: (typeof TOOLBAR_ICON_STATES)[number], size: number) =>
    `data:image/png;base64,${readFileSync(path.join(repoRoot, '.output/chrome-mv3', toolbarIconFile(state, size))).toString('base64')}`;
  const strip = () => TOOLBAR_ICON_STATES.map((state) =>
    `<figure><img src="${icon(state, 16)}" width="16" height="16" alt=""><img src="${icon(state, 32)}" width="32" height="32" alt="">` +
    `<img src="${icon(state, 128)}" width="64" height="64" alt=""><figcaption>${labels[state]}</figcaption></figure>`).join('');
  const page = await dossier.context.newPage();
  await page.setViewportSize({ width: 880, height: 200 });
  await page.setContent(`<!doctype html><html><body style="margin:0;font:14px system-ui,sans-serif">
    ${['light', 'dark'].map((theme) => `<div style="display:flex;gap:28px;padding:18px 20px;background:${theme === 'light' ? '#f1f3f4' : '#35363a'};color:${theme === 'light' ? '#202124' : '#e8eaed'}">${strip()}</div>`).join('')}
    <style>figure{margin:0;display:flex;align-items:center;gap:12px}figcaption{margin-left:4px;white-space:nowrap}</style></body></html>`);
  await page.screenshot({ path: file });
  console.log(`Saved ${file}`);
  await page.close();
}

/** A hover card with its background notes and sources, in a browser whose interface speaks `language`. */
async function saveLocalisedCard(language: string, dir: string): Promise<void> {
  const saved = { LANGUAGE: process.env.LANGUAGE, LANG: process.env.LANG };
  // glib ignores LANGUAGE under the C locale, hence LANG too.
  process.env.LANGUAGE = language;
  process.env.LANG = `${language}_${language.toUpperCase()}.UTF-8`;
  const localised = await launchDossier({
    headless: true,
    mounts: { '/demo/': path.join(repoRoot, 'assets/demo') },
    viewport: { width: 1280, height: 860 },
  });
  try {
    const page = await localised.open('/demo/');
    const probe = await ShadowProbe.attach(page);
    await openHoverCard(page, probe, 'mark[data-entity="putin"]');
    const file = path.join(dir, `hover-card-${language}.png`);
    await page.screenshot({ path: file });
    console.log(`Saved ${file}`);
    await probe.detach();
  } finally {
    await localised.close();
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

/** The popup in German: Chromium on Linux takes its UI language (and the extension's) from LANGUAGE and LANG. */
async function saveGermanPopup(dir: string): Promise<void> {
  const saved = { LANGUAGE: process.env.LANGUAGE, LANG: process.env.LANG };
  process.env.LANGUAGE = 'de';
  process.env.LANG = 'de_DE.UTF-8';
  const german = await launchDossier({ headless: true, mounts: { '/demo/': path.join(repoRoot, 'assets/demo') }, viewport: { width: 1280, height: 860 } });
  try {
    const article = await german.open('/demo/');
    const tabId = await german.tabIdOf(article);
    const popup = await german.context.newPage();
    await popup.setViewportSize({ width: 420, height: 720 });
    await popup.goto(`chrome-extension://${german.extensionId}/popup.html?tabId=${tabId}`);
    await popup.locator('h1').waitFor();
    await popup.waitForTimeout(300);
    const file = path.join(dir, 'popup-de.png');
    await popup.screenshot({ path: file });
    console.log(`Saved ${file}`);
  } finally {
    await german.close();
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

