import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import type { AnalysisReport } from '../../../src/analysis/types';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
  writeFileSync(join(dir, 'visit.txt'), [
    'URL: https://news.example.org/world/moscow-visit',
    'TITLE: Xi lands in Moscow for three days of talks',
    '',
    'Chinese leader Xi Jinping arrived in Moscow on Monday for talks with Vladimir Putin.',
    '',
    '"We will speak about everything," a Kremlin aide told reporters before the dinner.',
  ].join('\n'));
  writeFileSync(join(dir, 'page.html'), '<!doctype html><html lang="en"><head><title>Kirby on the plan</title></head>'
    + '<body><article><h1>Kirby on the plan</h1><p>John Kirby, the White House spokesman, spoke about the plan.</p></article></body></html>');
  writeFileSync(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  writeFileSync(join(dir, 'data.json'), '{"not": "a page"}');
  writeFileSync(join(dir, 'fake.html'), 'just some words, no markup at all');
  writeFileSync(join(dir, 'broken-catalog.json'), '[{"id": "x"');
  writeFileSync(join(dir, 'foreign-catalog.json'), '{"settings": true}');
  writeFileSync(join(dir, 'catalog.json'), JSON.stringify([{
    id: 'scholz', label: 'Olaf Scholz', kind: 'person', aliases: ['Olaf Scholz', 'Scholz'], contextualAliases: [], cues: [],
    role: 'German chancellor (2021–2025)', colour: '#2a7f62', notes: [],
  }]));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'empty.html'), '\n  \n');
  writeFileSync(join(dir, 'dated.html'), '<!doctype html><html lang="en"><head><title>Plan</title>'
    + '<meta property="article:published_time" content="2023-02-24"></head><body><p>Words.</p></body></html>');
  writeFileSync(join(dir, 'headline.txt'), 'TITLE: The title line\n\nA short first line\n\nThe body says what it says, at some length, in a sentence.');
  writeFileSync(join(dir, 'scholz.txt'), 'Chancellor Olaf Scholz flew to Beijing. Scholz met Xi Jinping there.');
});

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { out: (t) => (stdout += t + '\n'), err: (t) => (stderr += t + '\n') });
  return { code, stdout, stderr };
}

describe('dossier analyze', () => {
  it('reads a .txt page with URL and TITLE header lines', async () => {
    const { code, stdout } = await run('analyze', join(dir, 'visit.txt'), '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as AnalysisReport;
    expect(report.url).toBe('https://news.example.org/world/moscow-visit');
    expect(report.article.title).toBe('Xi lands in Moscow for three days of talks');
    const counts = Object.fromEntries(report.entities.map((e) => [e.id, e.count]));
    // The title is metadata: only the body's "Xi Jinping" and "Vladimir Putin" count.
    expect(counts).toEqual({ xi: 1, putin: 1 });
    expect(report.entities.find((e) => e.id === 'xi')!.mentions[0]!.sentence)
      .toBe('Chinese leader Xi Jinping arrived in Moscow on Monday for talks with Vladimir Putin.');
  });

  it('prints a readable report by default', async () => {
    const { code, stdout } = await run('analyze', join(dir, 'page.html'));
    expect(code).toBe(0);
    expect(stdout).toContain('Kirby on the plan');
    // The <h1> is body text, so it counts; the <title> does not.
    expect(stdout).toMatch(/John Kirby — 2 mentions/);
  });

  it('uses another watchlist with --watchlist', async () => {
    const { code, stdout } = await run('analyze', join(dir, 'scholz.txt'), '--json', '--watchlist', join(dir, 'catalog.json'));
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as AnalysisReport;
    expect(report.entities.map((e) => [e.id, e.count])).toEqual([['scholz', 2]]);
  });

  it.each([
    ['a missing file', ['analyze', 'no/such/page.html'], /not found/],
    ['a directory', ['analyze', '.'], /is a directory/],
    ['a binary file', ['analyze', 'image.png'], /binary/],
    ['a non-page file', ['analyze', 'data.json'], /expected an \.html or \.txt page/],
    ['an .html file without HTML', ['analyze', 'fake.html'], /does not contain HTML/],
    ['a broken watchlist', ['analyze', 'visit.txt', '--watchlist', 'broken-catalog.json'], /not valid JSON/],
    ['a foreign watchlist', ['analyze', 'visit.txt', '--watchlist', 'foreign-catalog.json'], /./],
    ['a missing watchlist', ['analyze', 'visit.txt', '--watchlist', 'nope.json'], /not found/],
    ['an unknown option', ['analyze', 'visit.txt', '--jsn'], /unknown option/],
    ['an unknown command', ['analyse', 'visit.txt'], /unknown command/],
    ['an empty .txt file', ['analyze', 'empty.txt'], /empty\.txt is empty/],
    ['an empty .html file', ['analyze', 'empty.html'], /empty\.html is empty/],
  ])('gives one clear line and exit code 2 for %s', async (_case, argv, message) => {
    const resolved = argv.map((arg, i) => (i > 0 && !arg.startsWith('-') && arg !== '.' && !arg.startsWith('no/') ? join(dir, arg) : arg));
    const { code, stdout, stderr } = await run(...resolved);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^dossier: /);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('prints usage on stderr and exits with 2 without arguments', async () => {
    const { code, stdout, stderr } = await run();
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('dossier analyze FILE');
  });

  it('shows the published date as a human date in the readable report', async () => {
    const { stdout } = await run('analyze', join(dir, 'dated.html'));
    expect(stdout).toContain('24 February 2023');
    expect(stdout).not.toContain('2023-02-24');
  });

  it("takes a .txt file's TITLE: line as its title", async () => {
    const { stdout } = await run('analyze', join(dir, 'headline.txt'), '--json');
    expect((JSON.parse(stdout) as AnalysisReport).article.title).toBe('The title line');
  });

  it('prints usage with --help', async () => {
    const { code, stdout } = await run('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('dossier analyze FILE');
  });
});
