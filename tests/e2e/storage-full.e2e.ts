/**
 * A full sync storage, end to end: the options page fills chrome.storage.sync to within a few
 * bytes of Chrome's real quota, then the user makes changes that cannot fit. Each must reach the
 * user as a message, and what was saved before must stay saved and keep working on pages.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { markCounts, openOptionsPage, type Dossier } from './harness';
import { withDossier } from './suite';

// The extension API in the worker and in the options page, where `evaluate` runs.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

// What a test saw, for review: an ignored folder (README screenshots come only from `npm run demo -- --headless --screenshots docs/screenshots`).
const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
const FILLER_PREFIX = 'test-filler-';
let dossier: Dossier;
withDossier((launched) => (dossier = launched));

const openOptions = () => openOptionsPage(dossier);

/** Dossier's own storage, as the browser holds it (the test's filler left out). */
const storedDossier = () => dossier.worker.evaluate(async (prefix: string) => {
  const sync = await chrome.storage.sync.get(null);
  for (const key of Object.keys(sync)) if (key.startsWith(prefix)) delete sync[key];
  return { sync, local: await chrome.storage.local.get(null) };
}, FILLER_PREFIX);

/**
 * Fills sync storage from the options page with string items until fewer than `leave` bytes of
 * QUOTA_BYTES are free (Chrome counts a key's length plus its value's JSON). Returns the bytes free.
 */
const fillSync = (page: Page, leave: number) => page.evaluate(async ({ prefix, leave }) => {
  const sync = chrome.storage.sync;
  const items: Record<string, string> = {};
  let free = sync.QUOTA_BYTES - (await sync.getBytesInUse(null));
  for (let i = 0; free > leave; i++) {
    const key = `${prefix}${i}`;
    const overhead = key.length + 2;
    const size = Math.min(sync.QUOTA_BYTES_PER_ITEM - overhead, free - overhead - Math.floor(leave / 2));
    if (size <= 0) break;
    items[key] = 'x'.repeat(size);
    free -= size + overhead;
  }
  // One write for all of them: sync also limits writes per minute.
  await sync.set(items);
  return sync.QUOTA_BYTES - (await sync.getBytesInUse(null));
}, { prefix: FILLER_PREFIX, leave });

describe('a full sync storage', () => {
  it('refuses what cannot fit with a message, keeps what was saved, and pages keep using it', async () => {
    const page = await openOptions();

    // Saved before: Kirby off, the National Security Council added, underline-only highlights.
    await page.locator('.entity-row[data-entity="kirby"] input[type="checkbox"]').uncheck();
    await page.locator('#add-entity').click();
    await page.locator('#entity-new-label').fill('National Security Council');
    await page.locator('#entity-new-kind').selectOption('organisation');
    await page.locator('#entity-new-aliases').fill('National Security Council');
    await page.locator('#entity-new-contextual').fill('');
    await page.locator('form.entity-form button[type="submit"]').click();
    await page.locator('.entity-row[data-entity="national-security-council"] .entity-name').waitFor();
    await page.locator('input[name="highlight-style"][value="underline"]').check();
    await expect.poll(async () => (await storedDossier()).sync.settings?.highlightStyle).toBe('underline');
    await expect.poll(async () => (await storedDossier()).sync.watchlist?.area).toBe('sync');
    const before = await storedDossier();
    expect(JSON.stringify(before.sync)).toContain('national-security-council');

    const free = await fillSync(page, 24);
    expect(free).toBeGreaterThanOrEqual(0);
    expect(free).toBeLessThan(24);

    // A settings change that needs more room: switching this site off.
    await page.locator('#site-add-input').fill('127.0.0.1');
    await page.locator('form.site-add:has(#site-add-input) button[type="submit"]').click();
    const alert = page.locator('.notice-error[role="alert"]');
    await expect.poll(() => alert.textContent(), { timeout: 5000 }).toContain('storage is full');
    expect(await page.locator('.site-row').count()).toBe(0);
    expect(await page.locator('#site-add-input').inputValue()).toBe('127.0.0.1');
    expect(await storedDossier()).toEqual(before);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'options-storage-full-alert.png') });

    // A large entity imported into the watchlist: it cannot sync, so it stays on this computer.
    const kremlin = {
      id: 'kremlin', label: 'The Kremlin', kind: 'organisation', aliases: ['Kremlin'],
      role: 'Seat of the Russian presidency',
      notes: [{ text: `A long note. ${'Ещё одна строка, „zitiert“ 😀. '.repeat(120)}`, source: 'Test' }],
    };
    await page.locator('#import-file').setInputFiles({ name: 'kremlin.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify([kremlin])) });
    await page.locator('input[name="import-mode"][value="merge"]').check();
    await page.locator('#import-button').click();
    await expect.poll(() => page.locator('#watchlist-place').textContent(), { timeout: 5000 }).toContain('kept on this computer only');
    await page.locator('.entity-row[data-entity="kremlin"]').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'options-storage-full-local.png'), fullPage: true });

    const after = await storedDossier();
    // The settings saved before are untouched; the whole watchlist, old and new, is in the local mirror.
    expect(after.sync.settings).toEqual(before.sync.settings);
    const mirrored = (after.local.watchlist as { watchlist: { id: string; enabled?: boolean }[] }).watchlist;
    expect(mirrored.map((entity) => entity.id)).toEqual(['xi', 'putin', 'kirby', 'twelve-point-paper', 'national-security-council', 'kremlin']);
    expect(mirrored.find((entity) => entity.id === 'kirby')?.enabled).toBe(false);

    // A fresh options page reads the same, and still says where the watchlist is.
    await page.reload();
    await page.locator('.entity-row').first().waitFor();
    expect(await page.locator('.entity-row').count()).toBe(6);
    expect(await page.locator('.entity-row[data-entity="kirby"] input[type="checkbox"]').isChecked()).toBe(false);
    expect(await page.locator('input[name="highlight-style"][value="underline"]').isChecked()).toBe(true);
    expect(await page.locator('#watchlist-place').textContent()).toContain('kept on this computer only');
    await page.close();

    // Pages highlight with all of it: Kirby off, both additions marked, underline only, site not switched off.
    const article = await dossier.open('/article.html');
    const counts = await markCounts(article);
    expect(counts).not.toHaveProperty('kirby');
    expect(counts['national-security-council']).toBe(1);
    expect(counts.kremlin).toBe(1);
    expect(counts.putin).toBeGreaterThan(0);
    const backgrounds = await article.locator('mark[data-dossier-mark]').evaluateAll((marks) => [...new Set(marks.map((mark) => getComputedStyle(mark).backgroundColor))]);
    expect(backgrounds).toEqual(['rgba(0, 0, 0, 0)']);
    await article.close();
  });
});
