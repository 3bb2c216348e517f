/**
 * `dossier analyze FILE [--json] [--catalog FILE.json]`: the extension's engine on a saved page.
 * Exit codes: 0 success, 2 bad input (one line on stderr, never a stack trace).
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { analyzeDocument } from '../analysis/analyze-document';
import { DEFAULT_CATALOG } from '../catalog/default-catalog';
import type { Catalog } from '../catalog/entity';
import { parseCatalog } from '../catalog/parse-catalog';
import { loadPage } from '../page/load-page';
import { formatReport } from './format-report';

const USAGE = `Usage: dossier analyze FILE [--json] [--catalog WATCHLIST.json]

  FILE         a saved page: .html, or .txt (optional first lines "URL: …" and "TITLE: …",
               then paragraphs separated by blank lines)
  --json       print the analysis as JSON (shape documented in the README)
  --catalog    use this watchlist instead of the default one`;

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
  try {
    const options = parseArguments(argv);
    if (options === 'help') {
      io.out(USAGE);
      return 0;
    }
    const catalog = options.catalogPath ? loadCatalog(options.catalogPath) : DEFAULT_CATALOG;
    const page = loadPage(basename(options.file), readInput(options.file, 'page'));
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

function parseArguments(argv: string[]): 'help' | { file: string; json: boolean; catalogPath: string | null } {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) return 'help';
  const [command, ...rest] = argv;
  if (command !== 'analyze') throw new UsageError(`unknown command "${command}"; try: dossier analyze FILE [--json]`);
  let file: string | null = null;
  let json = false;
  let catalogPath: string | null = null;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--catalog') {
      catalogPath = rest[++i] ?? null;
      if (catalogPath === null) throw new UsageError('--catalog needs a file: --catalog WATCHLIST.json');
    } else if (arg.startsWith('--catalog=')) catalogPath = arg.slice('--catalog='.length);
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else if (file === null) file = arg;
    else throw new UsageError(`one file at a time (got "${file}" and "${arg}")`);
  }
  if (file === null) throw new UsageError('no file given; try: dossier analyze FILE [--json]');
  return { file, json, catalogPath };
}

function readInput(path: string, what: string): Uint8Array {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch {
    throw new UsageError(`${what} file not found: ${path}`);
  }
  if (isDirectory) throw new UsageError(`${path} is a directory, not a ${what} file`);
  try {
    return readFileSync(path);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'read error'}`);
  }
}

function loadCatalog(path: string): Catalog {
  const text = new TextDecoder('utf-8').decode(readInput(path, 'catalogue'));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UsageError(`${path} is not valid JSON; a catalogue is a JSON array of entities`);
  }
  return parseCatalog(json);
}
