/**
 * `npx tsx bench/first-pass.ts [--against DIR] [--pages N] [--only a,b]`: the first pass
 * of issue 12 alone, without the rest of the bench. Per corpus page, each in a fresh page of
 * headless Chromium as in run.ts: the least search (after the floor's cold walk), and Dossier's
 * first pass with the stored matcher, from this checkout and, with `--against DIR`, from another
 * checkout of the repository (its own bench/page-bench.ts, bundled the same way), the two taking
 * turns at going first, so both run under the same load. Prints the totals, the ratios to the
 * least search and the text model's part, and the pages where the two found different mentions or
 * placed different marks. Prints only, writes nothing.
 */
import path from 'node:path';
import { launchBenchChromium, offlineContext } from './bench-browser';
import { bundleIife, corpusDir, corpusPages, option, repoRoot } from './bench-cli';
import { serveStatic } from '../tests/e2e/harness';
import { DEFAULT_CATALOG } from '../src/catalog/default-catalog';
import { snapshotMatcher } from '../src/matching/matcher-snapshot';
import type { DossierResult, PassResult } from './page-bench';

const against = option('against');

interface Side {
  label: string;
  code: string;
  total: { ms: number; compileMs: number; modelMs: number; matchMs: number; longestSliceMs: number; marks: number; mentions: number };
}

async function main(): Promise<void> {
  const pages = corpusPages();
  const snapshot = snapshotMatcher(DEFAULT_CATALOG);
  const storedMatcher = JSON.stringify(snapshot);
  const prefilter = snapshot.prefilterSource!;
  const empty = () => ({ ms: 0, compileMs: 0, modelMs: 0, matchMs: 0, longestSliceMs: 0, marks: 0, mentions: 0 });
  const sides: Side[] = [{ label: 'this checkout', code: await bundleIife(repoRoot, 'bench/page-bench.ts', 'DossierBenchBundle'), total: empty() }];
  if (against !== undefined) sides.push({ label: path.resolve(against), code: await bundleIife(path.resolve(against), 'bench/page-bench.ts', 'DossierBenchBundle'), total: empty() });

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
      const floorPage = await fresh(name);
      await floorPage.evaluate(sides[0]!.code);
      const floorCold: PassResult = await floorPage.evaluate(() => window.DossierBench.floorCold());
      const least: PassResult = await floorPage.evaluate((source) => window.DossierBench.leastSearchCold(source), prefilter);
      await floorPage.close();
      floorColdMs += floorCold.ms;
      leastSearchMs += least.ms;
      // Every other page, the other checkout goes first.
      const order = index % 2 === 0 ? sides : [...sides].reverse();
      const row: string[] = [];
      const marks = new Set<number>();
      for (const side of order) {
        const page = await fresh(name);
        await page.evaluate(side.code);
        const pass: DossierResult = await page.evaluate((stored) => window.DossierBench.dossier(stored), storedMatcher);
        await page.close();
        side.total.ms += pass.workMs;
        side.total.compileMs += pass.compileMs;
        side.total.modelMs += pass.modelMs;
        side.total.matchMs += pass.matchMs;
        side.total.longestSliceMs = Math.max(side.total.longestSliceMs, pass.longestSliceMs);
        side.total.marks += pass.marks;
        side.total.mentions += pass.mentions;
        marks.add(pass.marks * 100_000 + pass.mentions);
        row.push(`${side === sides[0] ? 'this' : 'other'} ${pass.workMs.toFixed(1)} (model ${pass.modelMs.toFixed(1)})`);
      }
      if (marks.size > 1) marksDiffer.push(name);
      console.log(`${name.padEnd(40)} least ${least.ms.toFixed(1).padStart(6)} | ${row.join(' | ')}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`\n${pages.length} pages; floor cold ${floorColdMs.toFixed(0)} ms; least search ${leastSearchMs.toFixed(0)} ms`);
  for (const side of sides) {
    const t = side.total;
    console.log(`${side.label}: first pass ${t.ms.toFixed(0)} ms (${(t.ms / leastSearchMs).toFixed(2)}× the least search); matcher ${t.compileMs.toFixed(0)}, text model ${t.modelMs.toFixed(0)} (${(t.modelMs / leastSearchMs).toFixed(2)}×), matching ${t.matchMs.toFixed(0)} ms; longest slice ${t.longestSliceMs.toFixed(1)} ms; ${t.mentions} mentions, ${t.marks} marks`);
  }
  if (sides.length > 1) console.log(marksDiffer.length === 0 ? 'Same mentions and marks on every page.' : `Mentions or marks differ on: ${marksDiffer.join(', ')}`);
}

await main();
