/**
 * How far our article metadata agrees with Readability's own results over its test corpus
 * (`../shared/corpus/readability/<page>/expected-metadata.json`, read in place).
 *
 *   npx tsx scripts/metadata-agreement.ts [--verbose] [--without-readability]
 *
 * --without-readability skips Readability's parse (meta tags, JSON-LD and markup only), to measure
 * what the parse adds and what it costs.
 *
 * A field agrees when both sides, after collapsing whitespace, are the same string; the date also
 * agrees when both sides parse to the same instant (we write ISO 8601, pages do not always).
 * Nulls count as values: null against null agrees, a value against null does not — so a fallback
 * that fills a field Readability left empty lowers the strict rate. The second column therefore
 * gives the rate over only the pages where Readability found a value, and the third how many
 * pages we filled where it found none.
 * Pages are read without an address (Readability's corpus has none), so the site name never falls
 * back to the host here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import type { ArticleMetadata } from '../src/analysis/types';
import { readArticleMetadata } from '../src/article/read-article-metadata';

const CORPUS = fileURLToPath(new URL('../../shared/corpus/readability/', import.meta.url));

const FIELDS: ReadonlyArray<readonly [expectedKey: string, ourKey: keyof ArticleMetadata]> = [
  ['title', 'title'],
  ['byline', 'byline'],
  ['excerpt', 'excerpt'],
  ['siteName', 'siteName'],
  ['publishedTime', 'published'],
  ['lang', 'lang'],
];

interface FieldTally {
  agree: number;
  expectedValues: number;
  agreeOnExpectedValues: number;
  filledWhereExpectedNull: number;
  disagreements: string[];
}

function normalise(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const collapsed = value.replace(/\s+/g, ' ').trim();
  return collapsed === '' ? null : collapsed;
}

function sameValue(field: string, expected: string | null, ours: string | null): boolean {
  if (expected === ours) return true;
  if (field !== 'publishedTime' || expected === null || ours === null) return false;
  const [a, b] = [Date.parse(expected), Date.parse(ours)];
  return !Number.isNaN(a) && a === b;
}

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const options = process.argv.includes('--without-readability') ? { maxElementsForReadability: -1 } : {};
  if (!existsSync(CORPUS)) {
    console.error(`No corpus at ${CORPUS}`);
    process.exit(2);
  }
  const tallies = new Map<string, FieldTally>(
    FIELDS.map(([key]) => [key, { agree: 0, expectedValues: 0, agreeOnExpectedValues: 0, filledWhereExpectedNull: 0, disagreements: [] }]),
  );
  const timings: Array<[page: string, ms: number]> = [];

  const pages = readdirSync(CORPUS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(`${CORPUS}${entry.name}/expected-metadata.json`))
    .map((entry) => entry.name)
    .sort();

  for (const page of pages) {
    const expected = JSON.parse(readFileSync(`${CORPUS}${page}/expected-metadata.json`, 'utf8')) as Record<string, unknown>;
    const { document } = parseHTML(readFileSync(`${CORPUS}${page}/source.html`, 'utf8'));
    const started = performance.now();
    const ours = readArticleMetadata(document as unknown as Document, null, options);
    timings.push([page, performance.now() - started]);

    for (const [expectedKey, ourKey] of FIELDS) {
      const tally = tallies.get(expectedKey)!;
      const want = normalise(expected[expectedKey]);
      const got = normalise(ours[ourKey]);
      const agrees = sameValue(expectedKey, want, got);
      if (agrees) tally.agree++;
      if (want !== null) {
        tally.expectedValues++;
        if (agrees) tally.agreeOnExpectedValues++;
      } else if (got !== null) {
        tally.filledWhereExpectedNull++;
      }
      if (!agrees) tally.disagreements.push(`${page}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
    }
  }

  const percent = (part: number, whole: number) => (whole === 0 ? '   n/a' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`);
  console.log(`Metadata agreement with Readability's expected-metadata.json over ${pages.length} pages\n`);
  console.log('field        strict (nulls count)      where Readability found a value   filled where it found none');
  for (const [key, tally] of tallies) {
    console.log(
      `${key.padEnd(12)} ${percent(tally.agree, pages.length)} (${tally.agree}/${pages.length})`.padEnd(39) +
        `${percent(tally.agreeOnExpectedValues, tally.expectedValues)} (${tally.agreeOnExpectedValues}/${tally.expectedValues})`.padEnd(34) +
        `${tally.filledWhereExpectedNull}`,
    );
  }
  const sorted = timings.map(([, ms]) => ms).sort((a, b) => a - b);
  const total = sorted.reduce((sum, ms) => sum + ms, 0);
  const slowest = timings.reduce((a, b) => (b[1] > a[1] ? b : a), ['', 0]);
  console.log(
    `\ntime per page (linkedom): mean ${(total / sorted.length).toFixed(1)} ms, median ${(sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(1)} ms, ` +
      `slowest ${slowest[1].toFixed(1)} ms (${slowest[0]})`,
  );

  if (verbose) {
    for (const [key, tally] of tallies) {
      if (tally.disagreements.length === 0) continue;
      console.log(`\n${key}: ${tally.disagreements.length} disagreements`);
      for (const line of tally.disagreements) console.log(`  ${line}`);
    }
  } else {
    console.log('(--verbose lists every disagreement)');
  }
}

main();
