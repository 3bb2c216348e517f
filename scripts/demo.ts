/**
 * `npm run demo`: builds Dossier, serves the demo article (assets/demo/) on localhost and opens
 * Chromium with the extension loaded on it.
 *
 *   npm run demo                                   a window to try it in; Ctrl+C to end
 *   npm run demo -- --headless --screenshots DIR   saves the highlighted page, an open hover card
 *                                                  (light and dark), the popup (light, dark and in
 *                                                  German) and the options page as PNGs, then exits:
 *                                                  the README's screenshots come only from here
 *   --no-build                                     use the existing .output/chrome-mv3
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchDossier, openOptionsPage, type Dossier } from '../tests/e2e/harness';
import { ShadowProbe } from '../tests/e2e/shadow-probe';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const headless = args.includes('--headless');
const screenshotsAt = args.indexOf('--screenshots');
const screenshotDir = screenshotsAt === -1 ? null : path.resolve(args[screenshotsAt + 1] ?? 'docs/screenshots');

if (!args.includes('--no-build')) execSync('npm run build', { cwd: repoRoot, stdio: 'inherit' });

const dossier = await launchDossier({
  headless,
  mounts: { '/demo/': path.join(repoRoot, 'assets/demo') },
  viewport: { width: 1280, height: 860 },
});
const page = await dossier.open('/demo/');
const marks = await page.locator('mark[data-dossier-mark]:not([data-dossier-continued])').count();
console.log(`Demo article at ${page.url()}: ${marks} mentions highlighted.`);

if (screenshotDir) {
  mkdirSync(screenshotDir, { recursive: true });
  await saveScreenshots(dossier, page, screenshotDir);
  const outside = dossier.outsideRequests();
  if (outside.length > 0) console.warn(`Requests that left the machine: ${outside.join(', ')}`);
  await dossier.close();
  await saveGermanPopup(screenshotDir);
} else if (headless) {
  await dossier.close();
} else {
  console.log('Hover a highlight, or open the Dossier toolbar button. Close the window or press Ctrl+C to end.');
  const end = async () => {
    await dossier.close().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void end());
  dossier.context.on('close', () => void end());
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
  const openCardOn = async (selector: string) => {
    const mark = page.locator(selector).first();
    // The mention near the top, so its card opens below it as a reader would usually see it.
    await mark.evaluate((element) => {
      element.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -120);
    });
    await page.mouse.move(5, 5);
    await mark.hover();
    for (const started = Date.now(); !(await probe.box('[role="dialog"]'))?.height;) {
      if (Date.now() - started > 5000) throw new Error(`no hover card opened on ${selector}`);
      await page.waitForTimeout(100);
    }
    await page.waitForTimeout(150);
  };
  await page.evaluate(() => window.scrollTo(0, 0));
  await openCardOn('mark[data-entity="kirby"]');
  await shot(page, 'hover-card.png');

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

