/**
 * `dossier analyze FILE [--json] [--watchlist FILE.json]`: the extension's engine on a saved page.
 * Exit codes: 0 success, 2 bad input (one line on stderr, never a stack trace).
 */
import { basename } from 'node:path';
import { analyzeDocument } from '../analysis/analyze-document';
import { DEFAULT_CATALOG } from '../catalog/default-catalog';
import { loadPage } from '../page/load-page';
import { isUserError, loadWatchlist, parseCommandOptions, readInputFile, UsageError, type Io } from './cli-input';
import { collect } from './collect';
import { formatReport } from './format-report';

const USAGE = `Usage: dossier analyze FILE [--json] [--watchlist WATCHLIST.json]

  FILE         a saved page: .html, or .txt (optional first lines "URL: …" and "TITLE: …",
               then paragraphs separated by blank lines), up to 50 MB
  --json       print the analysis as JSON (shape documented in the README)
  --watchlist  use this watchlist (the JSON the options page exports) instead of the default one`;

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
    const page = loadPage(basename(options.file), readInputFile(options.file, 'page').bytes);
    for (const warning of page.warnings) io.err(`dossier: warning: ${warning}`);
    const report = analyzeDocument(page.document, { catalog, url: page.url });
    io.out(options.json ? JSON.stringify(report, null, 2) : formatReport(report));
    return 0;
  } catch (error) {
    if (isUserError(error)) {
      io.err(`dossier: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

/** `analyze` and exactly one file, with the shared options. */
function parseArguments(argv: string[]): 'help' | { file: string; json: boolean; watchlistPath: string | null } {
  const [command, ...rest] = argv;
  if (argv.includes('--help') || argv.includes('-h')) return 'help';
  if (command !== 'analyze') throw new UsageError(`unknown command "${command}"; try: dossier analyze FILE [--json]`);
  const options = parseCommandOptions(rest);
  if (options === 'help') return 'help';
  const [file, second] = options.files;
  if (file === undefined) throw new UsageError('no file given; try: dossier analyze FILE [--json]');
  if (second !== undefined) throw new UsageError(`one file at a time (got "${file}" and "${second}")`);
  return { file, json: options.json, watchlistPath: options.watchlistPath };
}
