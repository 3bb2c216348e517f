/**
 * The bench's `dense` section: pages of the project's own text (dense-text.ts) at 100 KB, 1 MB and
 * 5 MB with a mention every ~50 characters, each marked in a fresh page of headless Chromium while
 * a probe clicks every 100 ms. Reports the first mark, the whole pass, the time per 1,000 marks,
 * the longest task and the probe's worst wait.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../tests/e2e/harness';
import { densePageHtml } from './dense-text';
import type { DenseResult } from './page-bench';

export const DENSE_SIZES_KB = [100, 1024, 5120];
/** The input probe: one click this often while Dossier works. */
const PROBE_INTERVAL_MS = 100;

export interface DenseRow {
  sizeKB: number;
  textKB: number;
  mentions: number;
  marks: number;
  firstMarkMs: number;
  totalMs: number;
  workMs: number;
  matchMs: number;
  /** Dossier's work time per 1,000 marks: flat when the work grows linearly with the mentions. */
  workMsPer1000Marks: number;
  /** Wall time per 1,000 marks, the page's own rendering between slices included. */
  totalMsPer1000Marks: number;
  longestSliceMs: number;
  /** The longest task the browser reported (0 when none reached 50 ms). */
  longestTaskMs: number;
  clicks: number;
  worstClickDelayMs: number;
}

export async function measureDensePages(browser: Browser, bundle: string, storedMatcher: string, sizesKB = DENSE_SIZES_KB): Promise<DenseRow[]> {
  const folder = mkdtempSync(path.join(tmpdir(), 'dossier-dense-'));
  for (const kb of sizesKB) writeFileSync(path.join(folder, `dense-${kb}.html`), densePageHtml(kb * 1024));
  const { server, origin } = await serveStatic({ '/': folder });
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  await context.route('**/*', (route) => (route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort('blockedbyclient')));
  const rows: DenseRow[] = [];
  try {
    for (const kb of sizesKB) {
      const page = await context.newPage();
      await page.goto(`${origin}/dense-${kb}.html`, { waitUntil: 'load', timeout: 60_000 });
      await page.evaluate(bundle);
      let probing = true;
      const probe = (async () => {
        // Clicks on the page's heading, one every 100 ms, each sent without waiting for the last.
        const clicks: Promise<void>[] = [];
        while (probing) {
          clicks.push(page.mouse.click(20, 20).catch(() => undefined));
          await new Promise((resolve) => setTimeout(resolve, PROBE_INTERVAL_MS));
        }
        await Promise.all(clicks);
      })();
      const result: DenseResult = await page.evaluate((stored) => window.DossierBench.dense(stored), storedMatcher);
      probing = false;
      await probe;
      const marks = Math.max(1, result.marks);
      rows.push({
        sizeKB: kb,
        textKB: result.textLength / 1024,
        mentions: result.mentions,
        marks: result.marks,
        firstMarkMs: result.firstMarkMs,
        totalMs: result.totalMs,
        workMs: result.workMs,
        matchMs: result.matchMs,
        workMsPer1000Marks: (result.workMs / marks) * 1000,
        totalMsPer1000Marks: (result.totalMs / marks) * 1000,
        longestSliceMs: result.longestSliceMs,
        longestTaskMs: Math.max(0, ...result.longTasks),
        clicks: result.clickDelays.length,
        worstClickDelayMs: Math.max(0, ...result.clickDelays),
      });
      await page.close();
    }
  } finally {
    await context.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(folder, { recursive: true, force: true });
  }
  return rows;
}

export function printDenseRows(rows: readonly DenseRow[]): void {
  console.log('\n| dense page | mentions | first mark | total | work | ms per 1,000 marks (work / total) | longest slice | longest task | clicks | worst click delay |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    console.log(`| ${row.textKB.toFixed(0)} KB | ${row.mentions} | ${row.firstMarkMs.toFixed(0)} ms | ${row.totalMs.toFixed(0)} ms | ${row.workMs.toFixed(0)} ms | ${row.workMsPer1000Marks.toFixed(1)} / ${row.totalMsPer1000Marks.toFixed(1)} | ${row.longestSliceMs.toFixed(1)} ms | ${row.longestTaskMs.toFixed(0)} ms | ${row.clicks} | ${row.worstClickDelayMs.toFixed(1)} ms |`);
  }
}

/** The targets of the dense section: flat time per mark, no long task, clicks answered within 100 ms. */
export function denseTargets(rows: readonly DenseRow[]) {
  const perMark = rows.map((row) => row.workMsPer1000Marks);
  return {
    // Flat: the largest page costs no more per mark than 1.5 times the smallest (whose figure also
    // carries the engine's first compile of our code, so it is the dearer one per mark).
    flatTimePerMark: perMark[perMark.length - 1]! <= 1.5 * perMark[0]!,
    noTaskOver50ms: rows.every((row) => row.longestTaskMs <= 50 && row.longestSliceMs <= 50),
    clicksAnsweredWithin100ms: rows.every((row) => row.clicks > 0 && row.worstClickDelayMs <= 100),
  };
}
