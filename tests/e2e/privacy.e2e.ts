/**
 * Nothing leaves the machine: every request of the browser (pages, frames, the extension's
 * service worker, popup and options page) is recorded at the context level while Dossier works on
 * fixture pages, opens its hover card, popup and options page, and reacts to a settings change.
 * The extension's own requests may only be for its own files; the pages' only for the local server.
 *
 * Also the end-to-end tier of the built-extension audit (tests/unit/security), which always has a
 * build here.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineBuiltExtensionAudit } from '../unit/security/audit-suite';
import { changeSettings, launchDossier, waitForScan, type Dossier } from './harness';
import { ShadowProbe } from './shadow-probe';

/** A page whose inert parts point elsewhere: a copy of the page that parsed them would fetch. */
const BAIT_PAGE = `<!doctype html><html lang="en"><head><title>Bait</title>
<meta property="og:image" content="http://tracker.invalid/og.png"></head><body>
<article><h1>Talks in Moscow</h1>
<p>Vladimir Putin received Xi Jinping, and John Kirby at the White House answered questions about it.</p>
<noscript><img src="http://tracker.invalid/noscript.png" alt=""><iframe src="http://tracker.invalid/frame"></iframe></noscript>
<template><img src="http://tracker.invalid/template.png" alt=""></template>
<p>More on <a href="http://tracker.invalid/link">the talks</a>; Putin said the visit went well.</p>
</article></body></html>`;

interface Recorded {
  url: string;
  /** Who asked: a page's URL, or the service worker's. */
  from: string;
}

let dossier: Dossier;
let baitDir: string;
const recorded: Recorded[] = [];

function origin(request: Request): string {
  const worker = request.serviceWorker();
  if (worker) return worker.url();
  try {
    return request.frame().url();
  } catch {
    return 'unknown';
  }
}

beforeAll(async () => {
  baitDir = mkdtempSync(path.join(tmpdir(), 'dossier-privacy-'));
  writeFileSync(path.join(baitDir, 'bait.html'), BAIT_PAGE);
  dossier = await launchDossier({ mounts: { '/privacy/': baitDir } });
  dossier.context.on('request', (request) => recorded.push({ url: request.url(), from: origin(request) }));
}, 60_000);

afterAll(async () => {
  await dossier?.close();
  if (baitDir) rmSync(baitDir, { recursive: true, force: true });
});

describe('zero network requests from Dossier', () => {
  it('while it reads pages, opens its card, popup and options page, and follows a settings change', async () => {
    const extension = `chrome-extension://${dossier.extensionId}/`;
    const pages = [];
    for (const fixture of ['/article.html', '/shadow-and-frames.html', '/infinite-scroll.html', '/privacy/bait.html']) {
      pages.push(await dossier.open(fixture));
    }
    const bait = pages[pages.length - 1]!;
    expect(await bait.locator('mark[data-dossier-mark]').count()).toBeGreaterThan(0);

    // The hover card (its style sheet is the extension's own) and the next-mention path.
    await bait.locator('mark[data-dossier-mark]').first().hover();
    await bait.waitForTimeout(800);

    const tabId = await dossier.tabIdOf(bait);
    const popup = await dossier.context.newPage();
    await popup.goto(`${extension}popup.html?tabId=${tabId}`);
    await popup.waitForTimeout(1500);
    const options = await dossier.context.newPage();
    await options.goto(`${extension}options.html`);
    await options.waitForTimeout(1000);

    // The worker updates badges and menus, the content scripts rescan.
    await changeSettings(dossier, (settings) => ({ ...settings, sites: [{ host: '127.0.0.1', enabled: false }] }));
    await bait.waitForTimeout(500);
    await changeSettings(dossier, (settings) => ({ ...settings, sites: [] }));
    await waitForScan(bait);
    await bait.reload();
    await waitForScan(bait);

    expect(recorded.length).toBeGreaterThan(0);
    const fromExtension = recorded.filter((r) => r.from.startsWith(extension));
    expect(fromExtension.length).toBeGreaterThan(0);
    // The extension's pages and worker load their own files and nothing else.
    expect(fromExtension.filter((r) => !r.url.startsWith(extension)).map((r) => `${r.from} → ${r.url}`)).toEqual([]);
    // Pages load from the fixture server only; nothing inert in a page was ever fetched.
    expect(recorded.filter((r) => r.url.includes('tracker.invalid')).map((r) => `${r.from} → ${r.url}`)).toEqual([]);
    expect(dossier.outsideRequests()).toEqual([]);
    for (const page of [...pages, popup, options]) await page.close();
  });

  // Issue 6: injected UI in closed shadow roots. The page sees the host, never what is inside.
  it('keeps the hover card in a closed shadow root the page cannot open', async () => {
    const page = await dossier.open('/privacy/bait.html');
    const probe = await ShadowProbe.attach(page);
    await page.locator('mark[data-dossier-mark]').first().hover();
    // The card is really open (read over the DevTools protocol), so the page had its chance.
    await expect.poll(() => probe.count('[role="dialog"]'), { timeout: 3000 }).toBe(1);
    expect(await probe.mode()).toBe('closed');
    const hosts = await page.evaluate(() => [...document.querySelectorAll('[data-dossier-ui]')].map((host) => ({
      closed: host.shadowRoot === null,
      // Nothing of the card's text leaks into the page's view of the host.
      text: host.textContent,
    })));
    await probe.detach();
    await page.close();
    expect(hosts.length).toBeGreaterThan(0);
    expect(hosts).toEqual(hosts.map(() => ({ closed: true, text: '' })));
  });
});

defineBuiltExtensionAudit({ requireBuild: true });
