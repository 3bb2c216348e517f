/** Where the shared, read-only data lives: `../shared` beside the repository, read in place. */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const SHARED_DIR = resolve(REPO_ROOT, '..', 'shared');
export const CORPUS_DIR = join(SHARED_DIR, 'corpus', 'readability');
export const SEED_DIR = join(SHARED_DIR, 'seed');
export const DEV_DIR = join(SHARED_DIR, 'dev');

/** The corpus page folders (those with a source.html), sorted. */
export function corpusPages(): string[] {
  if (!existsSync(CORPUS_DIR)) throw new Error(`shared corpus not found at ${CORPUS_DIR}`);
  return readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(CORPUS_DIR, entry.name, 'source.html')))
    .map((entry) => entry.name)
    .sort();
}
