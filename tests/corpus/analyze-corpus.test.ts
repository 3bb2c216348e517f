import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import type { AnalysisReport } from '../../src/analysis/types';
import { CORPUS_DIR, REPO_ROOT, SEED_DIR, corpusPages } from '../support/shared-data';

const pages = corpusPages();

describe('dossier analyze over the Readability corpus', () => {
  it('has all 130 pages', () => {
    expect(pages.length).toBe(130);
  });

  it.each(pages)('%s', async (name) => {
    let stdout = '';
    let stderr = '';
    const code = await main(['analyze', join(CORPUS_DIR, name, 'source.html'), '--json'], {
      out: (text) => (stdout += text),
      err: (text) => (stderr += text),
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as AnalysisReport;
    expect(Object.keys(report).sort()).toEqual(['article', 'entities', 'quotes', 'readingMinutes', 'summary', 'url']);
    expect(Object.keys(report.article).sort()).toEqual(['byline', 'excerpt', 'lang', 'published', 'siteName', 'title']);
    for (const entity of report.entities) {
      expect(entity.count).toBe(entity.mentions.length);
      expect(entity.count).toBeGreaterThan(0);
    }
    expect(Array.isArray(report.quotes)).toBe(true);
  });
});

describe('the installed command', () => {
  it('runs through npx on the seed article', () => {
    const output = execFileSync('npx', ['--no-install', 'dossier', 'analyze', join(SEED_DIR, '000_28fa4cede3bf2d94.txt'), '--json'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    const report = JSON.parse(output) as AnalysisReport;
    expect(report.entities.map((entity) => entity.id)).toContain('xi');
  });
});
