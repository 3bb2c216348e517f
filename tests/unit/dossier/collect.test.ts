import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import type { CollectedRecord } from '../../../src/dossier/collected-record';

const FIXTURES = fileURLToPath(new URL('../../fixtures/dossier/', import.meta.url));
const THREE = ['harbour-post.html', 'morgenzeitung.html', 'eastern-ledger.html'].map((name) => join(FIXTURES, name));

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { out: (t) => (stdout += t + '\n'), err: (t) => (stderr += t + '\n') });
  return { code, stdout, stderr };
}

describe('dossier collect', () => {
  it('groups the statement the three fixture pages report: three sources, wording and attribution differ', async () => {
    const { code, stdout, stderr } = await run('collect', ...THREE, '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const record = JSON.parse(stdout) as CollectedRecord;
    expect(record.pages).toEqual([
      { url: 'https://harbourpost.example/world/2026/11/03/white-house-china-arms', title: 'White House says it sees no Chinese arms for Moscow', site: 'The Harbour Post', published: '2026-11-03T14:20:00Z' },
      { url: 'https://morgenzeitung.example/politik/ausland/washington-peking-waffen-2026-11-03', title: 'Washington sieht keine Waffenlieferungen aus Peking', site: 'Rheinische Morgenzeitung', published: '2026-11-03T18:05:00+01:00' },
      { url: 'https://easternledger.example/news/us-officials-china-russia-weapons', title: 'US officials play down reports of Chinese weapons for Russia', site: 'Eastern Ledger', published: '2026-11-04T07:45:00Z' },
    ]);
    const [statement, ...others] = record.statements;
    expect(statement!.text).toMatch(/^We have seen no indication that Beijing is providing lethal aid to Moscow, but we are watching this very closely/);
    expect(statement!.sources.map((source) => [source.pageIndex, source.speaker])).toEqual([
      [0, 'John Kirby'], [1, 'John Kirby'], [2, 'Miriam Castellan'],
    ]);
    expect(statement!.wordingDiffers).toBe(true);
    expect(statement!.attributionDiffers).toBe(true);
    expect(statement!.speakers).toEqual([
      { name: 'John Kirby', entityId: 'kirby', sources: [0, 1] },
      { name: 'Miriam Castellan', entityId: null, sources: [2] },
    ]);
    expect(statement!.diffs).toHaveLength(1);
    expect(statement!.diffs[0]!.parts.filter((part) => part.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'indication' },
      { kind: 'added', text: 'sign' },
    ]);
    // The pages' other quotes are statements of one source each.
    expect(others.length).toBeGreaterThanOrEqual(2);
    expect(others.every((other) => other.sources.length === 1 && !other.wordingDiffers && !other.attributionDiffers)).toBe(true);
  });

  it('prints a readable grouping without --json', async () => {
    const { code, stdout } = await run('collect', ...THREE);
    expect(code).toBe(0);
    expect(stdout).toContain('3 pages');
    expect(stdout).toContain('(wording differs; attribution differs)');
    expect(stdout).toContain('[-indication-] {+sign+}');
  });

  it('gives one line on stderr per bad file and exit code 2, and prints nothing else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-collect-'));
    writeFileSync(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const { code, stdout, stderr } = await run('collect', THREE[0]!, join(dir, 'missing.html'), join(dir, 'image.png'), dir, '--json');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.every((line) => line.startsWith('dossier: '))).toBe(true);
    expect(lines[0]).toMatch(/not found/);
    expect(lines[1]).toMatch(/binary/);
    expect(lines[2]).toMatch(/is a directory/);
  });

  it.each([
    ['no file', ['collect', '--json'], /no file given/],
    ['an unknown option', ['collect', 'a.html', '--jsn'], /unknown option/],
    ['a missing watchlist', ['collect', 'a.html', '--watchlist', 'no/such.json'], /not found/],
  ])('refuses %s with one line and exit code 2', async (_case, argv, message) => {
    const { code, stdout, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });

  it('prints its usage with --help', async () => {
    const { code, stdout } = await run('collect', '--help');
    expect(code).toBe(0);
    expect(stdout).toContain('dossier collect FILE…');
  });
});
