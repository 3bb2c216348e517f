/**
 * Accessibility of everything Dossier shows, against the built extension in Chromium: axe-core in
 * the popup (for a real tab), the options page and an open hover card, light and dark, with no
 * serious or critical violation; the popup and options reached control by control from the
 * keyboard, each with a visible focus outline; and the German UI, screenshotted for review.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContextObject, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchDossier, type Dossier } from './harness';
import { ShadowProbe } from './shadow-probe';

// What a test saw, for review: an ignored folder (README screenshots come only from `npm run demo -- --headless --screenshots docs/screenshots`).
const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SCHEMES = ['light', 'dark'] as const;

/** WCAG 2.x A and AA rules plus axe's best practices. */
const AXE_OPTIONS: RunOptions = { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } };

declare const axe: { run(context: unknown, options: unknown): Promise<{ violations: unknown }> };

/**
 * Runs axe in the page's main world. `evaluate` is not subject to the pages' script CSP, which
 * would block a script tag in extension pages.
 */
async function runAxe(page: Page, context: ContextObject | string = 'body'): Promise<Result[]> {
  await page.evaluate(AXE_SOURCE);
  // Only the violations cross back: axe's full result type is too deep for `evaluate`'s serialisation types.
  const violations = await page.evaluate<unknown, { context: unknown; options: unknown }>(
    async ({ context, options }) => (await axe.run(context, options)).violations,
    { context: context as unknown, options: AXE_OPTIONS },
  );
  return violations as Result[];
}

/** The hover card's dialog, inside the closed shadow root of its host. */
const CARD_DIALOG = '[role="dialog"]';

/**
 * Axe over the open card. A check that passed no rule would have checked nothing, and colour
 * contrast must be decided, not left incomplete.
 */
async function runAxeOnCard(probe: ShadowProbe): Promise<Result[]> {
  const { violations, passes, incomplete } = await probe.runAxe(AXE_SOURCE, CARD_DIALOG, AXE_OPTIONS);
  expect(passes, 'axe rules that passed on the card').toBeGreaterThan(5);
  expect(incomplete.filter((rule) => rule.startsWith('color-contrast'))).toEqual([]);
  return violations;
}

/** Hovers the first Putin mention of a fresh article page until its card is open; the probe reads it. */
async function openCard(scheme: 'light' | 'dark'): Promise<{ page: Page; probe: ShadowProbe }> {
  const page = await dossier.open('/article.html');
  await page.emulateMedia({ colorScheme: scheme });
  const probe = await ShadowProbe.attach(page);
  await page.locator('mark[data-entity="putin"]').first().hover();
  await expect.poll(() => probe.count('[role="dialog"]'), { timeout: 3000 }).toBe(1);
  expect(await probe.mode()).toBe('closed');
  return { page, probe };
}

/** One line per violation, for the log and the failure message. */
const describeViolations = (violations: Result[]) =>
  violations.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')})`);

function expectNoSeriousViolations(where: string, violations: Result[]): void {
  const lines = describeViolations(violations);
  console.log(`axe ${where}: ${violations.length} violation(s)${lines.length ? '\n  ' + lines.join('\n  ') : ''}`);
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(describeViolations(serious), where).toEqual([]);
}

/** The focused element, through shadow roots. */
interface Focused { tag: string; label: string; outline: string; shadow: string }

/** Presses Tab until focus comes back round; returns what was focused, in order. */
async function tabThrough(page: Page, limit = 80): Promise<Focused[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const seen: Focused[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      return {
        tag: element.tagName.toLowerCase(),
        label: element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '',
        outline: style.outlineStyle === 'none' || parseFloat(style.outlineWidth) === 0 ? 'none' : `${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`,
        shadow: style.boxShadow,
        id: element.dataset.tabProbe ?? '',
      };
    });
    if (focused === null) break;
    if (seen.some((s) => (s as Focused & { id: string }).id === focused.id)) break;
    seen.push(focused);
  }
  return seen;
}

/** Gives every visible, enabled control a probe id; returns how many there are. */
const tagControls = (page: Page) => page.evaluate(() => {
  const controls = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')]
    .filter((element) => {
      if (element.matches(':disabled') || element.getAttribute('tabindex') === '-1') return false;
      // A radio group is one tab stop: only the checked radio (or the first) is reached by Tab.
      if (element instanceof HTMLInputElement && element.type === 'radio') {
        const group = [...document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${element.name}"]`)];
        const stop = group.find((radio) => radio.checked) ?? group[0];
        if (stop !== element) return false;
      }
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
    });
  controls.forEach((element, index) => (element.dataset.tabProbe = String(index)));
  return controls.length;
});

let dossier: Dossier;

async function openPopupFor(fixture: string, colorScheme: 'light' | 'dark'): Promise<{ page: Page; popup: Page }> {
  const page = await dossier.open(fixture);
  const tabId = await dossier.tabIdOf(page);
  const popup = await dossier.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.emulateMedia({ colorScheme });
  await popup.goto(`chrome-extension://${dossier.extensionId}/popup.html?tabId=${tabId}`);
  await popup.locator('.speaker-group').first().waitFor();
  return { page, popup };
}

async function openOptions(colorScheme: 'light' | 'dark'): Promise<Page> {
  const page = await dossier.context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.goto(`chrome-extension://${dossier.extensionId}/options.html`);
  await page.locator('.entity-row').first().waitFor();
  return page;
}

describe('accessibility (English)', () => {
  beforeAll(async () => {
    dossier = await launchDossier();
  });
  afterAll(async () => {
    await dossier?.close();
  });

  for (const scheme of SCHEMES) {
    it(`popup for a real article passes axe, ${scheme}`, async () => {
      const { page, popup } = await openPopupFor('/article.html', scheme);
      expectNoSeriousViolations(`popup ${scheme}`, await runAxe(popup));
      // Then with every disclosure open, so what hides inside is checked too.
      for (const summary of await popup.locator('summary').all()) await summary.click();
      expectNoSeriousViolations(`popup ${scheme}, disclosures open`, await runAxe(popup));
      await popup.close();
      await page.close();
    });

    it(`options page passes axe, ${scheme}`, async () => {
      const options = await openOptions(scheme);
      expectNoSeriousViolations(`options ${scheme}`, await runAxe(options));
      // The entity editor, opened, is part of the page too.
      await options.locator('.entity-row').first().getByRole('button', { name: 'Edit' }).click();
      await options.locator('form').first().waitFor();
      expectNoSeriousViolations(`options editor ${scheme}`, await runAxe(options));
      await options.close();
    });

    it(`open hover card passes axe inside its closed shadow root, ${scheme}`, async () => {
      const { page, probe } = await openCard(scheme);
      expectNoSeriousViolations(`hover card ${scheme}`, await runAxeOnCard(probe));
      await probe.detach();
      await page.close();
    });
  }

  it('the card check sees the card: a nameless button and grey-on-white text put into it are reported', async () => {
    const { page, probe } = await openCard('light');
    expect((await runAxeOnCard(probe)).map((violation) => violation.id)).toEqual([]);
    await probe.call((root) => {
      const dialog = root.querySelector('[role="dialog"]')!;
      const button = dialog.ownerDocument.createElement('button');
      button.className = 'axe-probe-bait';
      const faint = dialog.ownerDocument.createElement('p');
      faint.className = 'axe-probe-bait';
      faint.textContent = 'Barely readable';
      faint.style.cssText = 'color:#ccc !important;background:#fff !important';
      dialog.prepend(faint, button);
    }, null);
    const ids = (await runAxeOnCard(probe)).map((violation) => violation.id);
    expect(ids).toContain('button-name');
    expect(ids).toContain('color-contrast');
    await probe.detach();
    await page.close();
  });

  it('popup: Tab reaches every control, each with a visible focus outline', async () => {
    const { page, popup } = await openPopupFor('/article.html', 'light');
    const total = await tagControls(popup);
    const reached = await tabThrough(popup);
    expect(total).toBeGreaterThan(3);
    expect(reached.length, JSON.stringify(reached)).toBe(total);
    for (const focused of reached) expect(focused.outline, `${focused.tag} ${focused.label}`).not.toBe('none');
    await popup.close();
    await page.close();
  });

  it('options: Tab reaches every control, each with a visible focus outline', async () => {
    const options = await openOptions('light');
    const total = await tagControls(options);
    const reached = await tabThrough(options, 200);
    expect(total).toBeGreaterThan(10);
    expect(reached.length, JSON.stringify(reached)).toBe(total);
    for (const focused of reached) expect(focused.outline, `${focused.tag} ${focused.label}`).not.toBe('none');
    await options.close();
  });
});

describe('German UI', () => {
  const saved = { LANGUAGE: process.env.LANGUAGE, LANG: process.env.LANG };
  beforeAll(async () => {
    // Chromium on Linux takes its UI language from LANGUAGE (which glib ignores under the C locale,
    // hence LANG too); the extension's i18n follows the UI language.
    process.env.LANGUAGE = 'de';
    process.env.LANG = 'de_DE.UTF-8';
    dossier = await launchDossier();
  });
  afterAll(async () => {
    await dossier?.close();
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('popup and options speak German, pass axe, and are screenshotted', async () => {
    const { page, popup } = await openPopupFor('/article.html', 'light');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await popup.locator('#quotes-heading').textContent()).toBe('Zitate');
    expect(await popup.locator('.article-details').textContent()).toMatch(/Min\. Lesezeit/);
    expectNoSeriousViolations('popup de', await runAxe(popup));
    await popup.screenshot({ path: path.join(SCREENSHOTS, 'popup-de.png'), fullPage: true });
    await popup.close();
    await page.close();

    const options = await openOptions('light');
    expect(await options.title()).toBe('Dossier-Einstellungen');
    expect(await options.getByRole('heading', { name: 'Beobachtungsliste' }).count()).toBe(1);
    expectNoSeriousViolations('options de', await runAxe(options));
    await options.screenshot({ path: path.join(SCREENSHOTS, 'options-de.png'), fullPage: true });
    await options.close();
  });
});
