/**
 * How far our article metadata agrees with Readability's own results over its test corpus
 * (`../shared/corpus/readability/<page>/expected-metadata.json`, read in place).
 *
 *   npx tsx scripts/metadata-agreement.ts [--verbose] [--without-readability]
 *
 * --verbose lists every disagreement; --without-readability skips Readability's parse (meta tags,
 * JSON-LD and markup only), to measure what the parse adds and what it costs.
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
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import type { ArticleMetadata } from '../src/analysis/types';
import { readArticleMetadata, type ReadArticleMetadataOptions } from '../src/article/read-article-metadata';

export const CORPUS = fileURLToPath(new URL('../../shared/corpus/readability/', import.meta.url));

const FIELDS: ReadonlyArray<readonly [expectedKey: string, ourKey: keyof ArticleMetadata]> = [
  ['title', 'title'],
  ['byline', 'byline'],
  ['excerpt', 'excerpt'],
  ['siteName', 'siteName'],
  ['publishedTime', 'published'],
  ['lang', 'lang'],
];

export interface FieldAgreement {
  /** Pages where both sides agree, nulls included. */
  agree: number;
  /** Pages where Readability found a value, and of those, where we agree. */
  expectedValues: number;
  agreeOnExpectedValues: number;
  /** Pages where Readability found nothing and we found something. */
  filledWhereExpectedNull: number;
  disagreements: string[];
}

export interface AgreementReport {
  pages: number;
  /** By the field name of expected-metadata.json. */
  fields: Map<string, FieldAgreement>;
  /** Milliseconds readArticleMetadata took on each page. */
  timings: Array<[page: string, ms: number]>;
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

export function measureAgreement(corpus: string = CORPUS, options: ReadArticleMetadataOptions = {}): AgreementReport {
  const fields = new Map<string, FieldAgreement>(
    FIELDS.map(([key]) => [key, { agree: 0, expectedValues: 0, agreeOnExpectedValues: 0, filledWhereExpectedNull: 0, disagreements: [] }]),
  );
  const timings: Array<[string, number]> = [];
  const pages = readdirSync(corpus, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(`${corpus}/${entry.name}/expected-metadata.json`))
    .map((entry) => entry.name)
    .sort();

  for (const page of pages) {
    const expected = JSON.parse(readFileSync(`${corpus}/${page}/expected-metadata.json`, 'utf8')) as Record<string, unknown>;
    const { document } = parseHTML(readFileSync(`${corpus}/${page}/source.html`, 'utf8'));
    const started = performance.now();
    const ours = readArticleMetadata(document as unknown as Document, null, options);
    timings.push([page, performance.now() - started]);

    for (const [expectedKey, ourKey] of FIELDS) {
      const tally = fields.get(expectedKey)!;
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
  return { pages: pages.length, fields, timings };
}

function printReport({ pages, fields, timings }: AgreementReport, verbose: boolean): void {
  const percent = (part: number, whole: number) => (whole === 0 ? '   n/a' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`);
  console.log(`Metadata agreement with Readability's expected-metadata.json over ${pages} pages\n`);
  console.log('field        strict (nulls count)      where Readability found a value   filled where it found none');
  for (const [key, tally] of fields) {
    console.log(
      `${key.padEnd(12)} ${percent(tally.agree, pages)} (${tally.agree}/${pages})`.padEnd(39) +
        `${percent(tally.agreeOnExpectedValues, tally.expectedValues)} (${tally.agreeOnExpectedValues}/${tally.expectedValues})`.padEnd(34) +
        `${tally.filledWhereExpectedNull}`,
    );
  }
  const sorted = timings.map(([, ms]) => ms).sort((a, b) => a - b);
  const total = sorted.reduce((sum, ms) => sum + ms, 0);
  const slowest = timings.reduce((a, b) => (b[1] > a[1] ? b : a), ['', 0]);
  console.log(
    `\ntime per page (linkedom): mean ${(total / Math.max(1, sorted.length)).toFixed(1)} ms, median ${(sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(1)} ms, ` +
      `slowest ${slowest[1].toFixed(1)} ms (${slowest[0]})`,
  );

  if (!verbose) {
    console.log('(--verbose lists every disagreement)');
    return;
  }
  for (const [key, tally] of fields) {
    if (tally.disagreements.length === 0) continue;
    console.log(`\n${key}: ${tally.disagreements.length} disagreements`);
    for (const line of tally.disagreements) console.log(`  ${line}`);
  }
}

function main(): void {
  if (!existsSync(CORPUS)) {
    console.error(`No corpus at ${CORPUS}`);
    process.exit(2);
  }
  const options = process.argv.includes('--without-readability') ? { maxElementsForReadability: 0 } : {};
  printReport(measureAgreement(CORPUS, options), process.argv.includes('--verbose'));
}

// Run as a script, not when a test imports measureAgreement.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
