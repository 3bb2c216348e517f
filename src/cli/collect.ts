/**
 * `dossier collect FILE… [--json] [--watchlist FILE.json]`: the engine on several saved pages, their
 * quotes grouped into statements as the dossier groups them ("one statement, many sources").
 * Exit codes: 0 success, 2 bad input (one line on stderr per bad file, nothing on stdout).
 */
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeDocument } from '../analysis/analyze-document';
import { DEFAULT_CATALOG } from '../catalog/default-catalog';
import type { Catalog } from '../catalog/entity';
import { collectRecord, type CollectedRecord } from '../dossier/collected-record';
import { recordFromReport } from '../dossier/record-from-report';
import type { PageVisit } from '../dossier/types';
import { loadPage } from '../page/load-page';
import { isUserError, loadWatchlist, parseCommandOptions, readInputFile, UsageError, type CommandOptions, type Io } from './cli-input';

export const COLLECT_USAGE = `Usage: dossier collect FILE… [--json] [--watchlist WATCHLIST.json]

  FILE…        saved pages (.html, or .txt as for "dossier analyze"), analysed in turn
  --json       print the pages and the grouped statements as JSON (shape in the README)
  --watchlist  use this watchlist (the JSON the options page exports) instead of the default one`;

export async function collect(argv: string[], io: Io): Promise<number> {
  let options: CommandOptions | 'help';
  let catalog: Catalog;
  try {
    options = parseCommandOptions(argv);
    if (options === 'help') {
      io.out(COLLECT_USAGE);
      return 0;
    }
    if (options.files.length === 0) throw new UsageError('no file given; try: dossier collect FILE… [--json]');
    catalog = options.watchlistPath ? loadWatchlist(options.watchlistPath) : DEFAULT_CATALOG;
  } catch (error) {
    if (isUserError(error)) {
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
      if (!isUserError(error)) throw error;
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

/** One saved page, analysed and reduced to what the record keeps; its visit time is the file's. */
function visitOf(file: string, catalog: Catalog): PageVisit {
  const { bytes, modified } = readInputFile(file, 'page');
  const page = loadPage(basename(file), bytes);
  const report = analyzeDocument(page.document, { catalog, url: page.url });
  return recordFromReport(report, page.url ?? pathToFileURL(resolve(file)).href, modified);
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
