/**
 * Matching with a hostile watchlist, in Node (part of `npm run bench`, or alone with
 * `npx tsx bench/hostile.ts`): the time to parse and compile 10,000 aliases (first compile, no
 * cache), the size of the matcher the background stores for them, and the matcher's throughput
 * over the text of every corpus page, beside the default watchlist. Median of three passes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_CATALOG } from '../src/catalog/default-catalog';
import type { Catalog } from '../src/catalog/entity';
import { parseCatalog } from '../src/catalog/parse-catalog';
import { compileMatcher } from '../src/matching/compile-matcher';
import { snapshotMatcher } from '../src/matching/matcher-snapshot';
import { loadHtmlPage } from '../src/page/load-page';
import { buildTextModel } from '../src/text/text-model';
import { corpusPages, CORPUS_DIR } from '../tests/support/shared-data';
import { seededRandom, syntheticWatchlist } from '../tests/unit/hostile/synthetic-watchlist';

const PASSES = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timed<T>(work: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = work();
  return { value, ms: performance.now() - started };
}

/** The visible text of every corpus page, as the content script reads it, one page per string. */
function corpusTexts(): string[] {
  return corpusPages().map((name) => buildTextModel(loadHtmlPage(readFileSync(path.join(CORPUS_DIR, name, 'source.html'), 'utf8')).document.body).text);
}

/** The corpus text again with synthetic names sprinkled in, so the big watchlist has work to do. */
function withNames(texts: string[], aliases: string[]): string[] {
  const random = seededRandom(42);
  return texts.map((text) => text.replace(/\. /g, (dot) => (random() < 0.1 ? `. ${aliases[Math.floor(random() * aliases.length)]!} said ` : dot)));
}

function throughput(catalog: Catalog, texts: string[]): { mb: number; mbPerS: number; mentions: number } {
  const matcher = compileMatcher(catalog);
  const mb = Buffer.byteLength(texts.join(''), 'utf8') / 1_048_576;
  let mentions = 0;
  const runs: number[] = [];
  for (let pass = 0; pass < PASSES; pass++) {
    const { value, ms } = timed(() => texts.reduce((sum, text) => sum + matcher.findMentions(text).length, 0));
    mentions = value;
    runs.push(ms);
  }
  return { mb, mbPerS: mb / (median(runs) / 1000), mentions };
}

export interface HostileFigures {
  aliases: number;
  entities: number;
  parseMs: number;
  compileMs: number;
  storedMatcherMB: number;
  rows: Array<{ watchlist: string; text: string; mb: number; mbPerS: number; mentions: number }>;
}

export function measureHostileWatchlist(): HostileFigures {
  const { entities, owner } = syntheticWatchlist(10_000);
  const parsed = timed(() => parseCatalog(entities));
  const compiled = timed(() => compileMatcher(parsed.value));
  const stored = JSON.stringify(snapshotMatcher(parsed.value));
  const texts = corpusTexts();
  const sprinkled = withNames(texts, [...owner.keys()]);
  return {
    aliases: 10_000,
    entities: entities.length,
    parseMs: parsed.ms,
    compileMs: compiled.ms,
    storedMatcherMB: stored.length / 1_048_576,
    rows: [
      { watchlist: 'default (4 entities)', text: 'corpus', ...throughput(DEFAULT_CATALOG, texts) },
      { watchlist: '10,000 aliases', text: 'corpus', ...throughput(parsed.value, texts) },
      { watchlist: '10,000 aliases', text: 'corpus + names', ...throughput(parsed.value, sprinkled) },
    ],
  };
}

export function printHostileFigures(figures: HostileFigures): void {
  console.log(`${figures.aliases.toLocaleString('en')} aliases in ${figures.entities} entities: parse ${figures.parseMs.toFixed(0)} ms, compile ${figures.compileMs.toFixed(0)} ms, stored matcher ${figures.storedMatcherMB.toFixed(2)} MB`);
  console.table(figures.rows.map((row) => ({ watchlist: row.watchlist, text: row.text, MB: row.mb.toFixed(2), 'MB/s': row.mbPerS.toFixed(1), mentions: row.mentions })));
}

// Run on its own: `npx tsx bench/hostile.ts`.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) printHostileFigures(measureHostileWatchlist());
