/**
 * `npx tsx bench/first-pass.ts [--against DIR] [--pages N] [--only a,b] [--runs N]`: the first pass
 * of issue 12 alone, without the rest of the bench. Per corpus page, each in a fresh page of
 * headless Chromium as in run.ts: the least search (after the floor's cold walk), and Dossier's
 * first pass with the stored matcher, from this checkout and, with `--against DIR`, from another
 * checkout of the repository (its own bench/page-bench.ts, bundled the same way), the two taking
 * turns at going first, so both run under the same load. Prints the totals, the ratios to the
 * least search and the text model's part, and the pages where the two found different mentions or
 * placed different marks. Prints only, writes nothing.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { launchBenchChromium, offlineContext } from './bench-browser';
import { bundleIife, corpusDir, corpusPages, option, repoRoot } from './bench-cli';
import { serveStatic } from '../tests/e2e/harness';
import { DEFAULT_CATALOG } from '../src/catalog/default-catalog';
import { snapshotMatcher } from '../src/matching/matcher-snapshot';
import type { DossierResult, PassResult } from './page-bench';

const against = option('against');
const runs = Number(option('runs') ?? 1);

interface Side {
  label: string;
  code: string;
  /** The stored matcher as that checkout makes it (its snapshot format may differ from this one's). */
  storedMatcher: string;
  total: { ms: number; compileMs: number; lookMs: number; modelMs: number; matchMs: number; longestSliceMs: number; marks: number; mentions: number };
}

async function main(): Promise<void> {
  const pages = corpusPages();
  const snapshot = snapshotMatcher(DEFAULT_CATALOG);
  const storedMatcher = JSON.stringify(snapshot);
  const prefilter = snapshot.prefilterSource!;
  const empty = () => ({ ms: 0, compileMs: 0, lookMs: 0, modelMs: 0, matchMs: 0, longestSliceMs: 0, marks: 0, mentions: 0 });
  const sides: Side[] = [{ label: 'this checkout', code: await bundleIife(repoRoot, 'bench/page-bench.ts', 'DossierBenchBundle'), storedMatcher, total: empty() }];
  if (against !== undefined) {
    const root = path.resolve(against);
    sides.push({ label: root, code: await bundleIife(root, 'bench/page-bench.ts', 'DossierBenchBundle'), storedMatcher: storedMatcherOf(root), total: empty() });
  }

  const { server, origin } = await serveStatic({ '/corpus/': corpusDir });
  const browser = await launchBenchChromium();
  const { context } = await offlineContext(browser, origin);
  const fresh = async (name: string) => {
    const page = await context.newPage();
    await page.goto(`${origin}/corpus/${name}/source.html`, { waitUntil: 'load', timeout: 30_000 });
    return page;
  };
  let leastSearchMs = 0;
  let floorColdMs = 0;
  const marksDiffer: string[] = [];
  try {
    for (const [index, name] of pages.entries()) {
      // With `--runs N`, each page is measured N times, the checkouts taking turns, and the best
      // (shortest) run of each counts: on a machine others use, their jobs only ever add time.
      let least: PassResult | null = null;
      let floorCold: PassResult | null = null;
      const best = new Map<Side, DossierResult>();
      const marks = new Set<number>();
      for (let run = 0; run < runs; run++) {
        const floorPage = await fresh(name);
        await floorPage.evaluate(sides[0]!.code);
        const floorRun: PassResult = await floorPage.evaluate(() => window.DossierBench.floorCold());
        const leastRun: PassResult = await floorPage.evaluate((source) => window.DossierBench.leastSearchCold(source), prefilter);
        await floorPage.close();
        if (floorCold === null || floorRun.ms < floorCold.ms) floorCold = floorRun;
        if (least === null || leastRun.ms < least.ms) least = leastRun;
        // Every other page (and run), the other checkout goes first.
        const order = (index + run) % 2 === 0 ? sides : [...sides].reverse();
        for (const side of order) {
          const page = await fresh(name);
          await page.evaluate(side.code);
          const pass: DossierResult = await page.evaluate((stored) => window.DossierBench.dossier(stored), side.storedMatcher);
          await page.close();
          marks.add(pass.marks * 100_000 + pass.mentions);
          const known = best.get(side);
          if (known === undefined || pass.workMs < known.workMs) best.set(side, pass);
        }
      }
      floorColdMs += floorCold!.ms;
      leastSearchMs += least!.ms;
      const row: string[] = [];
      for (const side of sides) {
        const pass = best.get(side)!;
        side.total.ms += pass.workMs;
        side.total.compileMs += pass.compileMs;
        side.total.lookMs += pass.lookMs ?? 0;
        side.total.modelMs += pass.modelMs;
        side.total.matchMs += pass.matchMs;
        side.total.longestSliceMs = Math.max(side.total.longestSliceMs, pass.longestSliceMs);
        side.total.marks += pass.marks;
        side.total.mentions += pass.mentions;
        row.push(`${side === sides[0] ? 'this' : 'other'} ${pass.workMs.toFixed(1)} (look ${(pass.lookMs ?? 0).toFixed(1)}, model ${pass.modelMs.toFixed(1)})`);
      }
      if (marks.size > 1) marksDiffer.push(name);
      console.log(`${name.padEnd(40)} least ${least!.ms.toFixed(1).padStart(6)} | ${row.join(' | ')}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`\n${pages.length} pages${runs > 1 ? `, best of ${runs} runs each` : ''}; floor cold ${floorColdMs.toFixed(0)} ms; least search ${leastSearchMs.toFixed(0)} ms`);
  for (const side of sides) {
    const t = side.total;
    console.log(`${side.label}: first pass ${t.ms.toFixed(0)} ms (${(t.ms / leastSearchMs).toFixed(2)}× the least search); matcher ${t.compileMs.toFixed(0)}, quick look ${t.lookMs.toFixed(0)}, text model ${t.modelMs.toFixed(0)} (${(t.modelMs / leastSearchMs).toFixed(2)}×), matching ${t.matchMs.toFixed(0)} ms; longest slice ${t.longestSliceMs.toFixed(1)} ms; ${t.mentions} mentions, ${t.marks} marks`);
  }
  if (sides.length > 1) console.log(marksDiffer.length === 0 ? 'Same mentions and marks on every page.' : `Mentions or marks differ on: ${marksDiffer.join(', ')}`);
}

/** The default catalogue's stored matcher as the checkout in `root` makes it, as JSON (run with that checkout's code). */
function storedMatcherOf(root: string): string {
  const script = `const { snapshotMatcher } = await import(${JSON.stringify(path.join(root, 'src/matching/matcher-snapshot.ts'))});
const { DEFAULT_CATALOG } = await import(${JSON.stringify(path.join(root, 'src/catalog/default-catalog.ts'))});
process.stdout.write(JSON.stringify(snapshotMatcher(DEFAULT_CATALOG)));`;
  return execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

await main();
