/**
 * The unit test files that read the shared, labelled data in ../shared (the seed article and the
 * Readability corpus). Without that folder beside the clone they are left out, and the unit run says
 * so in one line, instead of failing with ENOENT in seven places.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const TESTS_READING_SHARED = [
  'tests/unit/matching/matcher-snapshot.test.ts',
  'tests/unit/matching/corpus-pages.test.ts',
  'tests/unit/matching/seed-article.test.ts',
  'tests/unit/quotes/token-steps.test.ts',
  'tests/unit/article/metadata-corpus-agreement.test.ts',
  'tests/unit/analysis/analyze-in-steps.test.ts',
  'tests/unit/analysis/seed-article.test.ts',
];

/** The test files to leave out for want of ../shared, after saying so on stderr; none when it is there. */
export function testsWithoutShared(repoRoot: string): string[] {
  const shared = resolve(repoRoot, '..', 'shared');
  if (existsSync(resolve(shared, 'seed')) && existsSync(resolve(shared, 'corpus', 'readability'))) return [];
  process.stderr.write(
    `dossier: ${shared} (seed article and Readability corpus, ../shared beside the clone) not found; ` +
      `skipped ${TESTS_READING_SHARED.length} test files that read it: ${TESTS_READING_SHARED.map((file) => file.replace('tests/unit/', '')).join(', ')}\n`,
  );
  return TESTS_READING_SHARED;
}
