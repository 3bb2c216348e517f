/**
 * What every `dossier` command reads from the user, read one way: the options (`--json`,
 * `--watchlist FILE`), the input files (refused over the size limit before they are read) and the
 * watchlist. A problem is a `UsageError`: one line on stderr says it all, and the exit code is 2.
 */
import { readFileSync, statSync, type Stats } from 'node:fs';
import type { Catalog } from '../catalog/entity';
import { parseCatalog } from '../catalog/parse-catalog';
import { formatMegabytes, PAGE_LIMITS } from '../page/page-limits';

/** One clear line for the user: the message is the whole story. */
export class UsageError extends Error {}

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Errors the user can act on: bad arguments, a page that cannot be loaded, a broken watchlist. */
export function isUserError(error: unknown): error is Error {
  return error instanceof UsageError || (error instanceof Error && ['PageLoadError', 'CatalogError'].includes(error.name));
}

export interface CommandOptions {
  files: string[];
  json: boolean;
  watchlistPath: string | null;
}

/** The options and files after the command's name; 'help' for `--help` or `-h`. */
export function parseCommandOptions(argv: readonly string[]): CommandOptions | 'help' {
  if (argv.includes('--help') || argv.includes('-h')) return 'help';
  const files: string[] = [];
  let json = false;
  let watchlistPath: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--watchlist') {
      watchlistPath = argv[++i] ?? null;
      if (watchlistPath === null) throw new UsageError('--watchlist needs a file: --watchlist WATCHLIST.json');
    } else if (arg.startsWith('--watchlist=')) watchlistPath = arg.slice('--watchlist='.length);
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else files.push(arg);
  }
  return { files, json, watchlistPath };
}

/** A file's bytes and when it was last changed; `what` names it in messages ("page", "watchlist"). */
export function readInputFile(path: string, what: string): { bytes: Uint8Array; modified: number } {
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
    return { bytes: readFileSync(path), modified: stats.mtimeMs };
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'read error'}`);
  }
}

/** A watchlist file as the options page exports it. */
export function loadWatchlist(path: string): Catalog {
  const text = new TextDecoder('utf-8').decode(readInputFile(path, 'watchlist').bytes);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UsageError(`${path} is not valid JSON; a watchlist is a JSON array of entities, as the options page exports it`);
  }
  return parseCatalog(json);
}
