/**
 * `npx tsx bench/dense-ab.ts [--against DIR] [--runs N] [--sizes 100,1024]`: the dense section
 * (dense.ts) alone, repeated, for telling a change from the machine's noise. Each run launches a
 * fresh Chromium, so the first page of every run is a cold one (the case of issue 14's long task);
 * with `--against DIR` (another checkout of the repository, its own bench/page-bench.ts) the two
 * checkouts take turns at going first, run after run, under the same load. Prints each run's
 * longest tasks, slices and click waits, then per checkout how many runs held a task over 50 ms.
 * Prints only, writes nothing.
 */
import { execSync } from 'node:child_process';
import path from 'node:path';
import { launchBenchChromium } from './bench-browser';
import { bundleIife, option, repoRoot } from './bench-cli';
import { DEFAULT_CATALOG } from '../src/catalog/default-catalog';
import { snapshotMatcher } from '../src/matching/matcher-snapshot';
import { measureDensePages, type DenseRow } from './dense';

const against = option('against');
const runs = Number(option('runs') ?? 6);
const sizesKB = (option('sizes') ?? '100').split(',').map(Number);

interface Side {
  label: string;
  code: string;
  rows: DenseRow[][];
}

function load(): string {
  return execSync('cat /proc/loadavg').toString().split(' ').slice(0, 3).join(' ');
}

async function main(): Promise<void> {
  const storedMatcher = JSON.stringify(snapshotMatcher(DEFAULT_CATALOG));
  const sides: Side[] = [{ label: 'this checkout', code: await bundleIife(repoRoot, 'bench/page-bench.ts', 'DossierBenchBundle'), rows: [] }];
  if (against !== undefined) sides.push({ label: path.resolve(against), code: await bundleIife(path.resolve(against), 'bench/page-bench.ts', 'DossierBenchBundle'), rows: [] });
  console.log(`${new Date().toISOString()} load ${load()}; ${runs} runs, pages of ${sizesKB.join(', ')} KB`);
  console.log('run | checkout | page | longest task: pass / scrolling / scrolling without Dossier | longest slice: pass / scrolling | first mark | work | worst click | load');
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? sides : [...sides].reverse();
    for (const side of order) {
      const browser = await launchBenchChromium();
      try {
        const rows = await measureDensePages(browser, side.code, storedMatcher, sizesKB);
        side.rows.push(rows);
        for (const row of rows) {
          console.log(`${run + 1} | ${side.label} | ${row.sizeKB} KB | ${row.longestTaskMs.toFixed(0)} / ${row.scrollLongestTaskMs.toFixed(0)} / ${row.scrollLongestTaskWithoutDossierMs.toFixed(0)} ms | ${row.longestSliceMs.toFixed(1)} / ${row.scrollLongestSliceMs.toFixed(1)} ms | ${row.firstMarkMs.toFixed(0)} ms | ${row.workMs.toFixed(0)} ms | ${row.worstClickDelayMs.toFixed(0)} ms | ${load()}`);
        }
      } finally {
        await browser.close();
      }
    }
  }
  console.log(`\n${new Date().toISOString()} load ${load()}`);
  for (const side of sides) {
    for (const [i, kb] of sizesKB.entries()) {
      const rows = side.rows.map((r) => r[i]!);
      const pass = rows.map((row) => row.longestTaskMs);
      const scroll = rows.map((row) => row.scrollLongestTaskMs);
      const slices = rows.map((row) => row.longestSliceMs);
      console.log(`${side.label}, ${kb} KB: pass task over 50 ms in ${pass.filter((ms) => ms > 50).length} of ${rows.length} runs (${pass.map((ms) => ms.toFixed(0)).join(', ')}); `
        + `scrolling over 50 ms in ${scroll.filter((ms) => ms > 50).length} (${scroll.map((ms) => ms.toFixed(0)).join(', ')}); `
        + `longest pass slice ${slices.map((ms) => ms.toFixed(0)).join(', ')} ms; `
        + `work median ${median(rows.map((row) => row.workMs)).toFixed(0)} ms`);
    }
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

await main();
