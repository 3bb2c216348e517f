import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { PAGE_LIMITS } from '../../../src/page/page-limits';

// 50 MB files, written to a temporary folder (never into the repository) and removed afterwards.
const FIFTY_MB = 50_000_000;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-big-'));
  const paragraph = 'Officials met in the capital on Monday, and the talks went on for hours without a statement.\n\n';
  writeFileSync(join(dir, 'dense.txt'), paragraph.repeat(Math.ceil(FIFTY_MB / paragraph.length)));
  // A saved page that is big for its markup, not its text: an inline image, as "save page" makes them.
  const article = '<p>John Kirby, the White House spokesman, spoke to reporters about the plan.</p>';
  const image = `<img alt="" src="data:image/png;base64,${'QUJDRA'.repeat(Math.ceil((FIFTY_MB - 2000) / 6))}">`;
  writeFileSync(join(dir, 'heavy.html'), `<!doctype html><html lang="en"><head><title>Heavy page</title></head><body><article>${article.repeat(10)}${image}</article></body></html>`);
  writeFileSync(join(dir, 'too-big.html'), Buffer.alloc(PAGE_LIMITS.maxFileBytes + 1, 0x20));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { out: (t) => (stdout += t + '\n'), err: (t) => (stderr += t + '\n') });
  return { code, stdout, stderr };
}

describe('dossier analyze on 50 MB files', () => {
  it('analyses a 50 MB page whose size is markup', async () => {
    const { code, stdout } = await run('analyze', join(dir, 'heavy.html'), '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).entities).toEqual([expect.objectContaining({ id: 'kirby', count: 10 })]);
  }, 60_000);

  it.each([
    ['50 MB of text', 'dense.txt', /million characters of text/],
    ['a file over the size limit', 'too-big.html', /Dossier reads files up to 50\.0 MB/],
  ])('refuses %s with one line and exit code 2', async (_case, file, message) => {
    const { code, stdout, stderr } = await run('analyze', join(dir, file));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  }, 60_000);
});
