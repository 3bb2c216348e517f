/**
 * `npx tsx bench/profile-first-pass.ts [--pages N] [--only a,b] [--interval US] [--top N]`: where the
 * cold first pass spends its time. Per corpus page, a fresh page of headless Chromium as in
 * first-pass.ts; V8's sampling profiler (Chrome DevTools Protocol `Profiler`) runs over Dossier's
 * first pass with the stored matcher only (the bundle unminified, so functions keep their names).
 * Prints the functions by self time summed over the pages, and by time including their callees.
 * Prints only, writes nothing.
 */
import path from 'node:path';
import { build } from 'vite';
import { launchBenchChromium, offlineContext } from './bench-browser';
import { corpusDir, corpusPages, option, repoRoot } from './bench-cli';
import { serveStatic } from '../tests/e2e/harness';
import { DEFAULT_CATALOG } from '../src/catalog/default-catalog';
import { snapshotMatcher } from '../src/matching/matcher-snapshot';
import type { DossierResult } from './page-bench';

interface CallFrame { functionName: string; url: string; lineNumber: number; columnNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame; children?: number[]; hitCount?: number; positionTicks?: { line: number; ticks: number }[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

async function unminifiedBundle(root: string): Promise<string> {
  const entry = 'bench/page-bench.ts';
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    build: { write: false, minify: false, lib: { entry: path.join(root, entry), formats: ['iife'], name: 'DossierBenchBundle', fileName: 'page-bench' } },
  });
  for (const output of Array.isArray(result) ? result : [result]) {
    if (!('output' in output)) continue;
    const chunk = output.output.find((item) => item.type === 'chunk');
    if (chunk && chunk.type === 'chunk') return chunk.code;
  }
  throw new Error('no bundle');
}

async function main(): Promise<void> {
  const pages = corpusPages();
  const interval = Number(option('interval') ?? 100);
  const top = Number(option('top') ?? 40);
  const storedMatcher = JSON.stringify(snapshotMatcher(DEFAULT_CATALOG));
  const code = `${await unminifiedBundle(repoRoot)}\n//# sourceURL=dossier-bench.js\n`;
  const codeLines = code.split('\n');
  const { server, origin } = await serveStatic({ '/corpus/': corpusDir });
  const browser = await launchBenchChromium();
  const { context } = await offlineContext(browser, origin);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const lineTicks = new Map<number, number>();
  let sampled = 0;
  let passMs = 0;
  let modelMs = 0;
  let matchMs = 0;
  let compileMs = 0;
  try {
    for (const name of pages) {
      const page = await context.newPage();
      await page.goto(`${origin}/corpus/${name}/source.html`, { waitUntil: 'load', timeout: 30_000 });
      await page.evaluate(code);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval });
      await cdp.send('Profiler.start');
      const pass: DossierResult = await page.evaluate((stored) => window.DossierBench.dossier(stored), storedMatcher);
      const { profile } = await cdp.send('Profiler.stop') as unknown as { profile: Profile };
      await page.close();
      passMs += pass.workMs;
      modelMs += pass.modelMs;
      matchMs += pass.matchMs;
      compileMs += pass.compileMs;
      for (const node of profile.nodes) for (const tick of node.positionTicks ?? []) if (node.callFrame.url.endsWith('dossier-bench.js')) lineTicks.set(tick.line, (lineTicks.get(tick.line) ?? 0) + tick.ticks);
      const byId = new Map(profile.nodes.map((node) => [node.id, node]));
      const parent = new Map<number, number>();
      for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
      const label = (frame: CallFrame) => {
        const line = frame.url.endsWith('dossier-bench.js') && frame.lineNumber >= 0 ? codeLines[frame.lineNumber]?.trim().slice(0, 50) ?? '' : '';
        return `${frame.functionName || '(anonymous)'} ${frame.url ? path.basename(frame.url) : ''}:${frame.lineNumber + 1}${line ? `  ‹${line}›` : ''}`;
      };
      profile.samples.forEach((id, i) => {
        const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
        const node = byId.get(id)!;
        if (node.callFrame.functionName === '(idle)') return;
        sampled += ms;
        const key = label(node.callFrame);
        self.set(key, (self.get(key) ?? 0) + ms);
        const seen = new Set<string>();
        for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
          const k = label(byId.get(at)!.callFrame);
          if (seen.has(k)) continue;
          seen.add(k);
          inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
        }
      });
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`${pages.length} pages; first pass (its own clock, profiler on) ${passMs.toFixed(0)} ms: matcher ${compileMs.toFixed(0)}, model ${modelMs.toFixed(0)}, matching ${matchMs.toFixed(0)}; sampled (not idle) ${sampled.toFixed(0)} ms`);
  const print = (title: string, map: Map<string, number>) => {
    console.log(`\n${title}`);
    for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${key}`);
  };
  print('self time', self);
  print('including callees', inclusive);
  console.log('\nlines by ticks');
  for (const [line, ticks] of [...lineTicks].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${String(ticks).padStart(7)}  ${line}: ${codeLines[line - 1]?.trim().slice(0, 110)}`);
}

await main();
