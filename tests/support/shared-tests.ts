/**
 * The unit test files that read the shared, labelled data in ../shared (the seed article and the
 * Readability corpus). Without that folder beside the clone they are left out, and the unit run says
 * so in one line, instead of failing with ENOENT. The files are found by what they import, so a new
 * one is covered without being listed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** What a test file that reads ../shared contains: the shared-data helper, a ../shared path, or the metadata corpus. */
const READS_SHARED = /support\/shared-data|\.\.\/shared\/|scripts\/metadata-agreement/;

function testFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return /\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

export function testsReadingShared(repoRoot: string): string[] {
  return testFiles(join(repoRoot, 'tests', 'unit'))
    .filter((file) => READS_SHARED.test(readFileSync(file, 'utf8')))
    .map((file) => relative(repoRoot, file).split('\\').join('/'))
    .sort();
}

/** The test files to leave out for want of ../shared, after saying so on stderr; none when it is there. */
export function testsWithoutShared(repoRoot: string): string[] {
  const shared = resolve(repoRoot, '..', 'shared');
  if (existsSync(resolve(shared, 'seed')) && existsSync(resolve(shared, 'corpus', 'readability'))) return [];
  const skipped = testsReadingShared(repoRoot);
  process.stderr.write(
    `dossier: ${shared} (seed article and Readability corpus, ../shared beside the clone) not found; ` +
      `skipped ${skipped.length} test files that read it: ${skipped.map((file) => file.replace('tests/unit/', '')).join(', ')}\n`,
  );
  return skipped;
}
