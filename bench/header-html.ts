/**
 * `npx tsx bench/header-html.ts [--pages N] [--only a,b] [--runs N]`: the page's HTML for the
 * popup's header, as issue 12's one long task measured it: `documentElement.outerHTML` in one call
 * against the same HTML in slices (src/live/page-html.ts), each in a fresh page of headless
 * Chromium, the two taking turns at going first. Prints the pages whose one call or longest slice
 * passed 20 ms, the longest of each and the long tasks the browser saw; checks that both give the
 * same text. Prints only, writes nothing.
 */
import { execSync } from 'node:child_process';
import { launchBenchChromium, offlineContext } from './bench-browser';
import { bundleIife, corpusDir, corpusPages, option, repoRoot } from './bench-cli';
import { serveStatic } from '../tests/e2e/harness';
import type { HeaderHtmlResult } from './page-bench';

const runs = Number(option('runs') ?? 1);
const load = () => execSync('cat /proc/loadavg').toString().split(' ').slice(0, 3).join(' ');

const code = await bundleIife(repoRoot, 'bench/page-bench.ts', 'DossierBenchBundle');
const { server, origin } = await serveStatic({ '/corpus/': corpusDir });
const browser = await launchBenchChromium();
const { context } = await offlineContext(browser, origin);
console.log(`${new Date().toISOString()} load ${load()}`);
const worst = { whole: 0, sliced: 0, wholeTask: 0, slicedTask: 0 };
const totals = { whole: 0, sliced: 0 };
let differ = 0;
let pages = 0;
try {
  for (let run = 0; run < runs; run++) {
    for (const [i, name] of corpusPages().entries()) {
      const results: Record<string, HeaderHtmlResult> = {};
      for (const sliced of (i + run) % 2 === 0 ? [false, true] : [true, false]) {
        const page = await context.newPage();
        await page.goto(`${origin}/corpus/${name}/source.html`, { waitUntil: 'load', timeout: 30_000 });
        await page.evaluate(code);
        const key = sliced ? 'sliced' : 'whole';
        results[key] = await page.evaluate((s) => window.DossierBench.headerHtml(s), sliced);
        await page.close();
      }
      const whole = results.whole!;
      const sliced = results.sliced!;
      pages++;
      totals.whole += whole.ms;
      totals.sliced += sliced.ms;
      if (!sliced.matches) {
        differ++;
        console.log(`${name}: the HTML in slices differs from outerHTML`);
      }
      worst.whole = Math.max(worst.whole, whole.ms);
      worst.sliced = Math.max(worst.sliced, sliced.longestSliceMs);
      worst.wholeTask = Math.max(worst.wholeTask, 0, ...whole.longTasks);
      worst.slicedTask = Math.max(worst.slicedTask, 0, ...sliced.longTasks);
      if (option('only') !== undefined || whole.ms > 20 || sliced.longestSliceMs > 20 || whole.longTasks.length > 0 || sliced.longTasks.length > 0) {
        console.log(`${name}: ${(whole.chars / 1024).toFixed(0)} KB of HTML; one call ${whole.ms.toFixed(1)} ms (long tasks ${whole.longTasks.map((ms) => ms.toFixed(0)).join(', ') || 'none'}); in slices ${sliced.ms.toFixed(1)} ms of work, ${sliced.slices} slices, longest ${sliced.longestSliceMs.toFixed(1)} ms, ${sliced.wholePieces} pieces, longest ${(sliced.longestPieceChars / 1024).toFixed(0)} KB, slowest ${sliced.slowestPieceMs.toFixed(1)} ms (long tasks ${sliced.longTasks.map((ms) => ms.toFixed(0)).join(', ') || 'none'}); load ${load()}`);
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${new Date().toISOString()} load ${load()}; ${pages} pages`);
console.log(`one call: longest ${worst.whole.toFixed(1)} ms, total ${totals.whole.toFixed(0)} ms, longest task seen ${worst.wholeTask.toFixed(0)} ms`);
console.log(`in slices: longest slice ${worst.sliced.toFixed(1)} ms, total work ${totals.sliced.toFixed(0)} ms, longest task seen ${worst.slicedTask.toFixed(0)} ms`);
console.log(`pages whose HTML in slices differs from outerHTML: ${differ}`);
