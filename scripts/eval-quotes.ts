/**
 * `npm run eval:quotes -- DIR… [--verbose]`: scores the quote finder against hand labels.
 *
 * Label files, in any mix under each DIR (searched recursively):
 * - `NAME.labels.json` beside `NAME.txt` or `NAME.html` (seed style; a "file" field may name the page);
 * - `labels/NAME.json` with a "page" field (dev style), resolved against the folders above it. When
 *   its scope is Readability's extract and `expected.html` sits beside the page, that is scored.
 *
 * A full HTML page is scored on its article as Readability extracts it (the dev labels' scope), unless
 * its labels' "scope" says "body" or "page", or `--scope body` is given; fragments and .txt as they are.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { buildTextModel } from '../src/text/text-model';
import { loadTextPage } from '../src/page/load-page';
import { splitSentences } from '../src/text/sentences';
import { findQuotes } from '../src/quotes/find-quotes';
import { classifyAttributionError, scorePage, type AttributionError, type PageScore, type QuoteLabel } from '../src/quotes/score-quotes';
import { SURE_CONFIDENCE } from '../src/quotes/confidence';
import { isOrganisationName } from '../src/quotes/speech-lexicon';
import { compileMatcher } from '../src/matching/compile-matcher';
import { DEFAULT_CATALOG } from '../src/catalog/default-catalog';

interface LabelFile {
  page?: string;
  file?: string;
  scope?: string;
  quotes?: QuoteLabel[];
  ignore?: string[];
}

interface Case {
  name: string;
  labelPath: string;
  pagePath: string;
  labels: LabelFile;
}

function findLabelFiles(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      findLabelFiles(path, out);
    } else if (entry.endsWith('.labels.json') || (basename(dir) === 'labels' && entry.endsWith('.json'))) {
      out.push(path);
    }
  }
}

/** The page a label file scores, or null when it cannot be found. */
function pageOf(labelPath: string, labels: LabelFile): string | null {
  const dir = dirname(labelPath);
  if (labelPath.endsWith('.labels.json')) {
    const stem = basename(labelPath, '.labels.json');
    const candidates = [labels.file ? join(dir, labels.file) : null, join(dir, `${stem}.txt`), join(dir, `${stem}.html`), join(dir, `${stem}.htm`)];
    return candidates.find((path): path is string => path !== null && existsSync(path)) ?? null;
  }
  const stem = basename(labelPath, '.json');
  const candidates: string[] = [];
  for (let up = dir; ; up = dirname(up)) {
    if (labels.page) candidates.push(join(up, labels.page));
    candidates.push(join(up, `${stem}.html`), join(up, `${stem}.txt`));
    if (dirname(up) === up) break;
  }
  const page = candidates.find((path) => existsSync(path));
  if (!page) return null;
  const expected = join(dirname(page), 'expected.html');
  if (/readability|expected\.html/i.test(labels.scope ?? '') && existsSync(expected)) return expected;
  return page;
}

/** The text a page is scored on, as the engine sees it. */
function pageText(pagePath: string, labels: LabelFile, scopeOverride: string | null): string {
  const source = readFileSync(pagePath, 'utf8');
  // The same loader as `dossier analyze`: a TITLE line is metadata, as the <title> of a page is.
  if (pagePath.endsWith('.txt')) return buildTextModel(loadTextPage(source).document.body).text;
  const isFragment = !/<html[\s>]/i.test(source);
  const { document } = parseHTML(isFragment ? `<!doctype html><html><body>${source}</body></html>` : source);
  const scope = scopeOverride ?? (/\b(body|page|whole)\b/i.test(labels.scope ?? '') && !/readability|article/i.test(labels.scope ?? '') ? 'body' : 'article');
  if (!isFragment && scope === 'article') {
    const article = new Readability(document.cloneNode(true) as Document).parse();
    if (article?.content) {
      const extracted = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document;
      return buildTextModel(extracted.body).text;
    }
  }
  return buildTextModel(document.body ?? document).text;
}

function collectCases(targets: string[]): Case[] {
  const cases: Case[] = [];
  for (const target of targets) {
    const path = resolve(target);
    const labelPaths: string[] = [];
    if (statSync(path).isDirectory()) findLabelFiles(path, labelPaths);
    else labelPaths.push(path);
    for (const labelPath of labelPaths.sort()) {
      const labels = JSON.parse(readFileSync(labelPath, 'utf8')) as LabelFile;
      if (!Array.isArray(labels.quotes)) continue;
      const pagePath = pageOf(labelPath, labels);
      if (!pagePath) {
        console.error(`no page for ${labelPath}`);
        continue;
      }
      const name = labelPath.endsWith('.labels.json') ? basename(labelPath, '.labels.json') : basename(labelPath, '.json');
      cases.push({ name, labelPath, pagePath, labels });
    }
  }
  return cases;
}

/**
 * The labelled pages split in two halves by a hash of their names (stable, and blind to content):
 * rules are developed on half A and reported on half B, so the figure on B is one of generalisation.
 */
export function halfOf(name: string): 'A' | 'B' {
  let hash = 2166136261;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 16777619);
  return (hash >>> 0) % 2 === 0 ? 'A' : 'B';
}

/** Confidence bands of the calibration table, highest first. */
const CONFIDENCE_BANDS: [number, number][] = [[0.9, 1.01], [0.8, 0.9], [0.7, 0.8], [0.6, 0.7], [0.5, 0.6], [0, 0.5]];

const ERROR_CLASSES: AttributionError[] = ['no speaker', 'not a speaker', 'wrong person', 'body'];

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : numerator / denominator;
}

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

function formatRow(cells: (string | number)[], widths: number[]): string {
  return cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]!) : String(cell).padStart(widths[i]!))).join('  ');
}

export interface QuoteEvaluation {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  speakerAccuracy: number;
  /** Wrong speakers by class. */
  errors: Record<AttributionError, number>;
  /** Among attributions shown as sure (a speaker at or above SURE_CONFIDENCE): how many, how many right. */
  sure: { count: number; correct: number };
  /** Text matches by the rule that gave their speaker: how many, how many right. */
  rules: Record<string, { count: number; correct: number }>;
}

/** Scores every labelled page under `targets`, printing the per-page table through `log`. */
export function evaluateQuotes(
  targets: string[],
  options: { verbose?: boolean; scopeOverride?: string | null; half?: 'A' | 'B' | null; log?: (line: string) => void } = {},
): QuoteEvaluation {
  const { verbose = false, scopeOverride = null, half = null, log = console.log } = options;
  const cases = collectCases(targets).filter((testCase) => half === null || halfOf(testCase.name) === half);
  const errors = Object.fromEntries(ERROR_CLASSES.map((name) => [name, 0])) as Record<AttributionError, number>;
  const bands = CONFIDENCE_BANDS.map(() => ({ count: 0, correct: 0 }));
  const sure = { count: 0, correct: 0 };
  const rules: Record<string, { count: number; correct: number }> = {};
  const matcher = compileMatcher(DEFAULT_CATALOG);
  const widths = [22, 8, 6, 4, 4, 4, 6, 6, 6, 8];
  log(formatRow(['page', 'labelled', 'found', 'TP', 'FP', 'FN', 'P', 'R', 'F1', 'speaker'], widths));
  const total = { labelled: 0, found: 0, tp: 0, fp: 0, fn: 0, textMatches: 0, speakerCorrect: 0, chars: 0, ms: 0 };
  for (const testCase of cases) {
    const text = pageText(testCase.pagePath, testCase.labels, scopeOverride);
    const started = performance.now();
    const sentences = splitSentences(text);
    const mentions = matcher.findMentions(text);
    const quotes = findQuotes(text, { sentences, mentions, catalog: DEFAULT_CATALOG });
    total.ms += performance.now() - started;
    total.chars += text.length;
    const score: PageScore = scorePage(quotes, testCase.labels.quotes ?? [], testCase.labels.ignore ?? []);
    const precision = ratio(score.truePositives, score.found);
    const recall = ratio(score.truePositives, score.labelled);
    log(
      formatRow(
        [
          testCase.name.slice(0, 22), score.labelled, score.found, score.truePositives, score.falsePositives.length,
          score.falseNegatives.length, precision.toFixed(2), recall.toFixed(2), f1(precision, recall).toFixed(2),
          ratio(score.speakerCorrect, score.textMatches).toFixed(2),
        ],
        widths,
      ),
    );
    const pageLabels = testCase.labels.quotes ?? [];
    for (const { quote, correct } of score.matched) {
      const band = CONFIDENCE_BANDS.findIndex(([low, high]) => (quote.confidence ?? 0) >= low && (quote.confidence ?? 0) < high);
      bands[band]!.count++;
      if (correct) bands[band]!.correct++;
      const rule = (rules[quote.rule ?? 'unknown'] ??= { count: 0, correct: 0 });
      rule.count++;
      if (correct) rule.correct++;
      if (quote.speaker !== null && (quote.confidence ?? 0) >= SURE_CONFIDENCE) {
        sure.count++;
        if (correct) sure.correct++;
      }
    }
    const classes = score.wrongSpeakers.map(([quote, label]) => classifyAttributionError(quote.speaker, label, pageLabels, isOrganisationName));
    for (const name of classes) errors[name]++;
    if (verbose) {
      score.wrongSpeakers.forEach(([quote, label], i) => {
        log(`    SPEAKER [${classes[i]}] found ${JSON.stringify(quote.speaker)} (${quote.confidence}, ${quote.rule}) want ${JSON.stringify(label.speaker)}: ${quote.text.slice(0, 70)}`);
      });
      for (const quote of score.falsePositives) {
        if (score.wrongSpeakers.some(([wrong]) => wrong === quote)) continue;
        log(`    FP  ${JSON.stringify(quote.speaker)}: ${quote.text.slice(0, 90).replace(/\n/g, ' ')}`);
      }
      for (const label of score.falseNegatives) {
        if (score.wrongSpeakers.some(([, wrong]) => wrong === label)) continue;
        log(`    FN  ${JSON.stringify(label.speaker)}: ${label.text_start}`);
      }
    }
    total.labelled += score.labelled;
    total.found += score.found;
    total.tp += score.truePositives;
    total.fp += score.falsePositives.length;
    total.fn += score.falseNegatives.length;
    total.textMatches += score.textMatches;
    total.speakerCorrect += score.speakerCorrect;
  }
  const precision = ratio(total.tp, total.found);
  const recall = ratio(total.tp, total.labelled);
  log(
    formatRow(
      [
        'TOTAL', total.labelled, total.found, total.tp, total.fp, total.fn, precision.toFixed(3), recall.toFixed(3),
        f1(precision, recall).toFixed(3), ratio(total.speakerCorrect, total.textMatches).toFixed(3),
      ],
      widths,
    ),
  );
  log(
    `quote+speaker precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1(precision, recall).toFixed(3)}  ` +
      `speaker accuracy ${ratio(total.speakerCorrect, total.textMatches).toFixed(3)} (${total.speakerCorrect}/${total.textMatches})  ` +
      `pages ${cases.length}, ${(total.chars / 1e6 / (total.ms / 1000)).toFixed(2)} MB/s (sentences + mentions + quotes)`,
  );
  log(`wrong speakers by class: ${ERROR_CLASSES.map((name) => `${name} ${errors[name]}`).join(' · ')}`);
  log('calibration (found quotes matching a label): confidence band → speaker right');
  CONFIDENCE_BANDS.forEach(([low, high], i) => {
    const band = bands[i]!;
    if (band.count > 0) log(`  ${low.toFixed(2)}–${Math.min(high, 1).toFixed(2)}  ${String(band.correct).padStart(4)}/${String(band.count).padEnd(4)} ${(band.correct / band.count).toFixed(3)}`);
  });
  log(`shown as sure (speaker, confidence ≥ ${SURE_CONFIDENCE}): ${sure.correct}/${sure.count} right, ${ratio(sure.correct, sure.count).toFixed(3)}`);
  if (verbose) {
    log('by rule: right/found');
    for (const [name, rule] of Object.entries(rules).sort((a, b) => b[1].count - a[1].count)) {
      log(`  ${name.padEnd(38)} ${String(rule.correct).padStart(4)}/${String(rule.count).padEnd(4)} ${(rule.correct / rule.count).toFixed(3)}`);
    }
  }
  return {
    pages: cases.length,
    precision,
    recall,
    f1: f1(precision, recall),
    speakerAccuracy: ratio(total.speakerCorrect, total.textMatches),
    errors,
    sure,
    rules,
  };
}

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const valueOf = (flag: string): string | null => {
    const index = args.indexOf(flag);
    return index >= 0 ? (args[index + 1] ?? null) : null;
  };
  const scopeOverride = valueOf('--scope');
  const halfArg = valueOf('--half');
  const takesValue = new Set(['--scope', '--half']);
  const targets = args.filter((arg, i) => !arg.startsWith('--') && !takesValue.has(args[i - 1] ?? ''));
  if (targets.length === 0 || (halfArg !== null && halfArg !== 'A' && halfArg !== 'B')) {
    console.error('usage: npm run eval:quotes -- DIR… [--verbose] [--scope article|body] [--half A|B]');
    process.exit(2);
  }
  evaluateQuotes(targets, { verbose, scopeOverride, half: halfArg as 'A' | 'B' | null });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
