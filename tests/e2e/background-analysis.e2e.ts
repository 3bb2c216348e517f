/**
 * The analysis in the background, in real Chromium with the built extension: the card shows the
 * quotes the background found; the popup renders the report pushed to it, never asking again;
 * and a service worker stopped mid-page loses nothing, the next request rebuilding the report.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { controlWorker, launchDossier, type Dossier } from './harness';
import { ShadowProbe } from './shadow-probe';

// The worker's extension API, where `worker.evaluate` runs.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

let dossier: Dossier;

beforeAll(async () => {
  dossier = await launchDossier();
});

afterAll(async () => {
  await dossier?.close();
});

/**
 * Opens the popup for `tabId` with its extension calls recorded: every message it sends and every
 * state pushed to it through its port, with the time each push and the first header appeared.
 */
async function openRecordedPopup(tabId: number): Promise<Page> {
  const popup = await dossier.context.newPage();
  await popup.addInitScript(() => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const api = (globalThis as any).chrome;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const record: any = { sent: [], pushes: [], headerAt: null };
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    (globalThis as any).dossierRecord = record;
    for (const [area, name] of [['tabs', 'sendMessage'], ['runtime', 'sendMessage']] as const) {
      const original = api[area][name].bind(api[area]);
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      api[area][name] = (...args: any[]) => {
        record.sent.push(JSON.stringify(args.find((arg) => typeof arg === 'object' && arg !== null && 'type' in arg) ?? null));
        return original(...args);
      };
    }
    const connect = api.tabs.connect.bind(api.tabs);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    api.tabs.connect = (...args: any[]) => {
      const port = connect(...args);
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      port.onMessage.addListener((message: any) => {
        record.pushes.push({ at: performance.now(), hasReport: message?.state?.report != null });
      });
      return port;
    };
    new MutationObserver(() => {
      if (record.headerAt === null && document.querySelector('h1')) record.headerAt = performance.now();
    }).observe(document, { childList: true, subtree: true });
  });
  await popup.goto(`chrome-extension://${dossier.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

interface PopupRecord {
  sent: string[];
  pushes: { at: number; hasReport: boolean }[];
  headerAt: number | null;
}

const recordOf = (popup: Page) => popup.evaluate(() => (globalThis as unknown as { dossierRecord: PopupRecord }).dossierRecord);

describe('the analysis in the background', () => {
  it("a card shows the page's quotes, which the background found", async () => {
    const page = await dossier.open('/article.html');
    const probe = await ShadowProbe.attach(page);
    try {
      await page.locator('mark[data-entity="kirby"]').first().hover();
      await expect.poll(() => probe.count('[role="dialog"]'), { timeout: 5000 }).toBe(1);
      await expect.poll(() => probe.text('[role="dialog"] .quotes'), { timeout: 5000 }).toMatch(/Any ceasefire now would\s+simply freeze Russian gains in place/);
    } finally {
      await probe.detach();
      await page.close();
    }
  });

  it('the popup renders the report once it is pushed, without asking again', async () => {
    // A page without marks builds its report only once the popup subscribes: the popup opens before it exists.
    const page = await dossier.open('/no-mentions.html');
    const tabId = await dossier.tabIdOf(page);
    const popup = await openRecordedPopup(tabId);
    await expect.poll(() => popup.locator('h1').textContent(), { timeout: 10_000 }).toContain('Council approves the new river bridge');
    await expect.poll(async () => popup.locator('.quote-text').count()).toBeGreaterThanOrEqual(2);
    // Left open a while longer: a polling popup would ask again and again.
    await popup.waitForTimeout(1500);
    const record = await recordOf(popup);
    // The first state came without a report; the report came in a later push, and the header appeared after it.
    expect(record.pushes[0]!.hasReport).toBe(false);
    const firstReport = record.pushes.find((push) => push.hasReport);
    expect(firstReport).toBeDefined();
    expect(record.headerAt).not.toBeNull();
    expect(record.headerAt!).toBeGreaterThanOrEqual(firstReport!.at);
    // Not one question to the tab or the worker about the page's state.
    expect(record.sent.filter((message) => message.includes('get-page-state'))).toEqual([]);
    await popup.close();
    await page.close();
  });

  it("completes the header with Readability off the page, in Chrome's offscreen document, once the popup opens", async () => {
    // No author in the page's metadata: only Readability finds the byline in the markup.
    const page = await dossier.open('/byline-in-markup.html');
    const tabId = await dossier.tabIdOf(page);
    const offscreenDocuments = () => dossier.worker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length as number);
    const popup = await openRecordedPopup(tabId);
    await expect.poll(() => popup.locator('.article-details').textContent(), { timeout: 10_000 }).toContain('Jane Roe');
    // The parse ran in the offscreen document the worker made for it.
    expect(await offscreenDocuments()).toBe(1);
    await popup.close();
    await page.close();
  });

  it('a worker stopped mid-page loses nothing: the next request rebuilds the report', async () => {
    const page = await dossier.open('/article.html');
    const tabId = await dossier.tabIdOf(page);
    const before = await openRecordedPopup(tabId);
    const putinCount = (popup: Page) => popup.locator('.entity-item[data-entity="putin"] .entity-count').textContent().then((text) => Number((text ?? '').replace(/\D/g, '')));
    await expect.poll(() => putinCount(before), { timeout: 10_000 }).toBe(2);
    await before.close();

    // Stop the extension's service worker, as Chrome does when it is idle.
    const worker = await controlWorker(dossier, page);
    await worker.stop();
    await expect.poll(() => worker.status(), { timeout: 5000 }).toBe('stopped');

    // The page changes: its next request wakes the worker, which rebuilds the report from what the page sends.
    await page.evaluate(() => {
      const paragraph = document.createElement('p');
      paragraph.textContent = 'Late in the evening, Vladimir Putin saw his guest off at the airport, officials in Moscow said.';
      document.querySelector('article')!.append(paragraph);
    });
    await expect.poll(() => worker.status(), { timeout: 10_000 }).toBe('running');
    const after = await openRecordedPopup(tabId);
    await expect.poll(() => putinCount(after), { timeout: 10_000 }).toBe(3);
    await expect.poll(async () => after.locator('.quote-text').count()).toBeGreaterThanOrEqual(1);
    await after.close();
    await worker.detach();
    await page.close();
  });
});
