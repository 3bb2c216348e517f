/**
 * The options page in Chromium with the built extension: a broken import changes nothing, and an
 * entity added here is marked on the next page load.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { markCounts, openOptionsPage, type Dossier } from './harness';
import { withDossier } from './suite';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

// What a test saw, for review: an ignored folder (README screenshots come only from `npm run demo -- --headless --screenshots docs/screenshots`).
const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
let dossier: Dossier;
withDossier((launched) => (dossier = launched));

const openOptions = () => openOptionsPage(dossier);

/** Everything Dossier keeps, as the browser stores it. */
const storedEverything = () => dossier.worker.evaluate(async () => ({
  sync: await chrome.storage.sync.get(null),
  local: await chrome.storage.local.get(null),
}));

describe('options page', () => {
  it('refuses a broken import file, says why, and leaves the watchlist as it was', async () => {
    const page = await openOptions();
    // Save once, so there is a stored watchlist to compare (before that, the defaults are not stored).
    await page.locator('.entity-row[data-entity="kirby"] input[type="checkbox"]').uncheck();
    await expect.poll(async () => Object.keys((await storedEverything()).sync).length).toBeGreaterThan(0);
    const before = await storedEverything();
    const rowsBefore = await page.locator('.entity-row').count();

    for (const [name, text, message] of [
      ['broken.json', '{"dossierExport": 1, "entities": [{"id": "x"', 'This file is not JSON, or it is damaged. Nothing was changed.'],
      ['other.json', '{"theme": "dark"}', 'This file is not a Dossier export or watchlist. Nothing was changed.'],
      ['bad-entity.json', '[{"id": "x", "label": "X", "kind": "planet", "aliases": ["X"]}]', 'The watchlist in this file has an error'],
    ] as const) {
      await page.locator('#import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
      await page.locator('input[name="import-mode"][value="replace"]').check();
      await page.locator('#import-button').click();
      await expect.poll(() => page.locator('#backup-message').textContent()).toContain(message);
    }
    expect(await storedEverything()).toEqual(before);
    expect(await page.locator('.entity-row').count()).toBe(rowsBefore);
    await page.locator('.entity-row[data-entity="kirby"] input[type="checkbox"]').check();
    await page.close();
  });

  it('marks an entity added here on the next page load', async () => {
    const article = await dossier.open('/article.html');
    expect(await markCounts(article)).not.toHaveProperty('national-security-council');

    const page = await openOptions();
    await page.locator('#add-entity').click();
    await page.locator('#entity-new-label').fill('National Security Council');
    await page.locator('#entity-new-kind').selectOption('organisation');
    await page.locator('#entity-new-role').fill('US presidential advisory body');
    await page.locator('#entity-new-aliases').fill('National Security Council\nNSC');
    await page.locator('#entity-new-contextual').fill('');
    await page.locator('form.entity-form button[type="submit"]').click();
    // "NSC" is short: the catalogue advises a cue; this test accepts the advice being shown and saves anyway.
    const warnings = page.locator('.form-warnings');
    if (await warnings.count()) await page.locator('form.entity-form button[type="submit"]').click();
    await page.locator('.entity-row[data-entity="national-security-council"] .entity-name').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'options.png'), fullPage: true });

    await article.reload();
    await expect.poll(async () => (await markCounts(article))['national-security-council']).toBe(1);
    await article.close();
    await page.close();
  });

  it('keeps a large watchlist in sync storage in chunks Chrome accepts, and a too-large one locally with a notice', async () => {
    const entities = (count: number, noteLength: number) => Array.from({ length: count }, (_, i) => ({
      id: `person-${i}`, label: `Person ${i}`, kind: 'person', aliases: [`Person Number ${i}`],
      // Quotes, Cyrillic and emoji: each counts differently against the quota.
      notes: [{ text: `„Note“ ${i}: ${'Ж“😀'.repeat(noteLength / 4)}`, source: 'Test' }],
    }));
    const page = await openOptions();
    const importEntities = async (list: unknown[]) => {
      await page.locator('#import-file').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(list)) });
      await page.locator('input[name="import-mode"][value="replace"]').check();
      await page.locator('#import-button').click();
      await expect.poll(() => page.locator('#backup-message').textContent(), { timeout: 10_000 }).toBe(`Entities imported: ${list.length}.`);
    };

    await importEntities(entities(20, 1200));
    const synced = await storedEverything();
    const chunks = Object.keys(synced.sync).filter((key) => key.startsWith('watchlist-chunk-'));
    expect(chunks.length).toBeGreaterThan(3);
    expect(synced.sync.watchlist).toMatchObject({ area: 'sync', chunkCount: chunks.length });
    expect(await page.locator('#watchlist-place').count()).toBe(0);

    await importEntities(entities(60, 2400));
    await expect.poll(() => page.locator('#watchlist-place').textContent()).toContain('kept on this computer only');
    expect((await storedEverything()).sync.watchlist).toMatchObject({ area: 'local' });
    await page.reload();
    await expect.poll(() => page.locator('.entity-row').count()).toBe(60);

    // Reset asks first; accepting brings the defaults back, in sync storage again.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.locator('#reset-button').click();
    await expect.poll(() => page.locator('#backup-message').textContent()).toBe('Watchlist and settings are back to the defaults.');
    expect(await page.locator('.entity-row').count()).toBe(4);
    expect((await storedEverything()).sync.watchlist).toMatchObject({ area: 'sync' });
    await page.close();
  });

  it('shows the entity editor with its fields and messages', async () => {
    const page = await openOptions();
    await page.locator('.entity-row[data-entity="putin"] button', { hasText: 'Edit' }).click();
    const form = page.locator('.entity-row[data-entity="putin"] form.entity-form');
    await form.locator('textarea[name="aliases"]').fill('Vladimir Putin\nXi Jinping');
    await form.locator('button[type="submit"]').click();
    await expect.poll(() => form.locator('.form-problems').textContent()).toContain('already used by “Xi Jinping”');
    await page.setViewportSize({ width: 900, height: 1100 });
    await form.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'options-editor.png') });
    await form.locator('button', { hasText: 'Cancel' }).click();
    await page.close();
  });
});
