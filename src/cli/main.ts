/**
 * `dossier analyze FILE [--json] [--watchlist FILE.json]`: the extension's engine on a saved page.
 * Exit codes: 0 success, 2 bad input (one line on stderr, never a stack trace).
 */
import { readFileSync, statSync, type Stats } from 'node:fs';
import { basename } from 'node:path';
import { analyzeDocument } from '../analysis/analyze-document';
import { DEFAULT_CATALOG } from '../catalog/default-catalog';
import type { Catalog } from '../catalog/entity';
import { parseCatalog } from '../catalog/parse-catalog';
import { loadPage } from '../page/load-page';
import { formatMegabytes, PAGE_LIMITS } from '../page/page-limits';
import { collect } from './collect';
import { formatReport } from './format-report';

const USAGE = `Usage: dossier analyze FILE [--json] [--watchlist WATCHLIST.json]

  FILE         a saved page: .html, or .txt (optional first lines "URL: …" and "TITLE: …",
               then paragraphs separated by blank lines), up to 50 MB
  --json       print the analysis as JSON (shape documented in the README)
  --watchlist  use this watchlist (the JSON the options page exports) instead of the default one`;

/** One clear line for the user: the message is the whole story. */
class UsageError extends Error {}

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processIo: Io = {
  out: (text) => process.stdout.write(text + '\n'),
  err: (text) => process.stderr.write(text + '\n'),
};

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  if (argv[0] === 'collect') return collect(argv.slice(1), io);
  try {
    if (argv.length === 0) {
      io.err(USAGE);
      return 2;
    }
    const options = parseArguments(argv);
    if (options === 'help') {
      io.out(USAGE);
      return 0;
    }
    const catalog = options.watchlistPath ? loadWatchlist(options.watchlistPath) : DEFAULT_CATALOG;
    const page = loadPage(basename(options.file), readInput(options.file, 'page'));
    for (const warning of page.warnings) io.err(`dossier: warning: ${warning}`);
    const report = analyzeDocument(page.document, { catalog, url: page.url });
    io.out(options.json ? JSON.stringify(report, null, 2) : formatReport(report));
    return 0;
  } catch (error) {
    if (error instanceof Error && isUserError(error)) {
      io.err(`dossier: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

function isUserError(error: Error): boolean {
  return error instanceof UsageError || ['PageLoadError', 'CatalogError'].includes(error.name);
}

function parseArguments(argv: string[]): 'help' | { file: string; json: boolean; watchlistPath: string | null } {
  if (argv.includes('--help') || argv.includes('-h')) return 'help';
  const [command, ...rest] = argv;
  if (command !== 'analyze') throw new UsageError(`unknown command "${command}"; try: dossier analyze FILE [--json]`);
  let file: string | null = null;
  let json = false;
  let watchlistPath: string | null = null;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--watchlist') {
      watchlistPath = rest[++i] ?? null;
      if (watchlistPath === null) throw new UsageError('--watchlist needs a file: --watchlist WATCHLIST.json');
    } else if (arg.startsWith('--watchlist=')) watchlistPath = arg.slice('--watchlist='.length);
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else if (file === null) file = arg;
    else throw new UsageError(`one file at a time (got "${file}" and "${arg}")`);
  }
  if (file === null) throw new UsageError('no file given; try: dossier analyze FILE [--json]');
  return { file, json, watchlistPath };
}

function readInput(path: string, what: string): Uint8Array {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch {
    throw new UsageError(`${what} file not found: ${path}`);
  }
  if (stats.isDirectory()) throw new UsageError(`${path} is a directory, not a ${what} file`);
  // Refused before reading: a huge file is never loaded into memory at all.
  if (stats.size > PAGE_LIMITS.maxFileBytes) {
    throw new UsageError(`${path} is ${formatMegabytes(stats.size)}; Dossier reads files up to ${formatMegabytes(PAGE_LIMITS.maxFileBytes)}`);
  }
  try {
    return readFileSync(path);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'read error'}`);
  }
}

function loadWatchlist(path: string): Catalog {
  const text = new TextDecoder('utf-8').decode(readInput(path, 'watchlist'));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UsageError(`${path} is not valid JSON; a watchlist is a JSON array of entities, as the options page exports it`);
  }
  return parseCatalog(json);
}
