/**
 * What the browser benches share: their options (`--pages N`, `--only a,b`, and any `--name value`),
 * the corpus pages they run over, and the page-side code bundled as one IIFE to inject.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const repoRoot = fileURLToPath(new URL('../', import.meta.url));
export const corpusDir = path.resolve(repoRoot, '../shared/corpus/readability');

const args = process.argv.slice(2);

/** The value after `--name`, or undefined. */
export function option(name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? undefined : args[at + 1];
}

/** Whether the bare flag `--name` was given. */
export function flag(name: string): boolean {
  return args.includes(`--${name}`);
}

/** The corpus pages to measure, sorted: `--only` picks some by name, `--pages N` keeps the first N. */
export function corpusPages(): string[] {
  const onlyPages = option('only')?.split(',') ?? null;
  return readdirSync(corpusDir)
    .filter((name) => existsSync(path.join(corpusDir, name, 'source.html')))
    .filter((name) => onlyPages === null || onlyPages.includes(name))
    .sort()
    .slice(0, pageLimit());
}

export function pageLimit(): number {
  return Number(option('pages') ?? Infinity);
}

/** `entry` (relative to `root`, a checkout of this repository) bundled as an IIFE exposing `name`. */
export async function bundleIife(root: string, entry: string, name: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    build: { write: false, minify: true, lib: { entry: path.join(root, entry), formats: ['iife'], name, fileName: path.basename(entry, '.ts') } },
  });
  for (const output of Array.isArray(result) ? result : [result]) {
    if (!('output' in output)) continue;
    const chunk = output.output.find((item) => item.type === 'chunk');
    if (chunk && chunk.type === 'chunk') return chunk.code;
  }
  throw new Error(`bench: no bundle of ${entry} in ${root}`);
}
