/**
 * `dossier collect FILE… [--json] [--watchlist FILE.json]`: the engine on several saved pages, their
 * quotes grouped into statements as the dossier groups them ("one statement, many sources").
 * Exit codes: 0 success, 2 bad input (one line on stderr per bad file, nothing on stdout).
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeDocument } from '../analysis/analyze-document';
import { DEFAULT_CATALOG } from '../catalog/default-catalog';
import type { Catalog } from '../catalog/entity';
import { parseCatalog } from '../catalog/parse-catalog';
import { collectRecord, type CollectedRecord } from '../dossier/collected-record';
import { recordFromReport } from '../dossier/record-from-report';
import type { PageVisit } from '../dossier/types';
import { loadPage } from '../page/load-page';

export const COLLECT_USAGE = `Usage: dossier collect FILE… [--json] [--watchlist WATCHLIST.json]

  FILE…        saved pages (.html, or .txt as for "dossier analyze"), analysed in turn
  --json       print the pages and the grouped statements as JSON (shape in the README)
  --watchlist  use this watchlist (the JSON the options page exports) instead of the default one`;

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** A problem with what the user gave: one line says it all. */
class InputError extends Error {}

interface CollectOptions {
  files: string[];
  json: boolean;
  catalogPath: string | null;
}

export async function collect(argv: string[], io: Io): Promise<number> {
  let options: CollectOptions | 'help';
  let catalog: Catalog;
  try {
    options = parseCollectArguments(argv);
    if (options === 'help') {
      io.out(COLLECT_USAGE);
      return 0;
    }
    catalog = options.catalogPath ? loadCatalog(options.catalogPath) : DEFAULT_CATALOG;
  } catch (error) {
    if (isInputError(error)) {
      io.err(`dossier: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const visits: PageVisit[] = [];
  const problems: string[] = [];
  for (const file of options.files) {
    try {
      visits.push(visitOf(file, catalog));
    } catch (error) {
      if (!isInputError(error)) throw error;
      problems.push(`dossier: ${error.message}`);
    }
  }
  if (problems.length > 0) {
    for (const problem of problems) io.err(problem);
    return 2;
  }
  const record = collectRecord(visits);
  io.out(options.json ? JSON.stringify(record, null, 2) : formatCollected(record));
  return 0;
}

function isInputError(error: unknown): error is Error {
  return error instanceof InputError || (error instanceof Error && ['PageLoadError', 'CatalogError'].includes(error.name));
}

function parseCollectArguments(argv: string[]): CollectOptions | 'help' {
  if (argv.includes('--help') || argv.includes('-h')) return 'help';
  const files: string[] = [];
  let json = false;
  let catalogPath: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--watchlist') {
      catalogPath = argv[++i] ?? null;
      if (catalogPath === null) throw new InputError('--watchlist needs a file: --watchlist WATCHLIST.json');
    } else if (arg.startsWith('--watchlist=')) catalogPath = arg.slice('--watchlist='.length);
    else if (arg.startsWith('-')) throw new InputError(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (files.length === 0) throw new InputError('no file given; try: dossier collect FILE… [--json]');
  return { files, json, catalogPath };
}

/** One saved page, analysed and reduced to what the record keeps; its visit time is the file's. */
function visitOf(file: string, catalog: Catalog): PageVisit {
  const { bytes, modified } = readInput(file, 'page');
  const page = loadPage(basename(file), bytes);
  const report = analyzeDocument(page.document, { catalog, url: page.url });
  return recordFromReport(report, page.url ?? pathToFileURL(resolve(file)).href, modified);
}

function readInput(path: string, what: string): { bytes: Uint8Array; modified: number } {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new InputError(`${what} file not found: ${path}`);
  }
  if (stats.isDirectory()) throw new InputError(`${path} is a directory, not a ${what} file`);
  try {
    return { bytes: readFileSync(path), modified: stats.mtimeMs };
  } catch (error) {
    throw new InputError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'read error'}`);
  }
}

function loadCatalog(path: string): Catalog {
  const text = new TextDecoder('utf-8').decode(readInput(path, 'catalogue').bytes);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InputError(`${path} is not valid JSON; a catalogue is a JSON array of entities`);
  }
  return parseCatalog(json);
}

/** The readable form: each statement, its sources, and what differs between them. */
export function formatCollected(record: CollectedRecord): string {
  const lines: string[] = [`${record.pages.length} pages, ${record.statements.length} statements`, ''];
  record.pages.forEach((page, index) => lines.push(`[${index + 1}] ${page.title ?? page.url} — ${page.site}${page.published ? `, ${page.published.slice(0, 10)}` : ''}`));
  for (const statement of record.statements) {
    const flags = [statement.wordingDiffers && 'wording differs', statement.attributionDiffers && 'attribution differs'].filter(Boolean);
    lines.push('', `“${statement.text}”${flags.length ? `  (${flags.join('; ')})` : ''}`);
    for (const source of statement.sources) lines.push(`  [${source.pageIndex + 1}] ${source.speaker ?? 'unknown speaker'}: “${source.text}”`);
    for (const diff of statement.diffs) {
      lines.push(`  diff: ${diff.parts.map((part) => (part.kind === 'same' ? part.text : part.kind === 'removed' ? `[-${part.text}-]` : `{+${part.text}+}`)).join(' ')}`);
    }
  }
  return lines.join('\n');
}
