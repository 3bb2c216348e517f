/**
 * `dossier analyze` on big files, each in a child process as a user runs it (`bin/dossier.js`, the
 * built CLI): wall time, throughput and peak memory (the child's maxRSS), from 1 MB of text to the
 * 50 MB files the CLI must analyse or refuse in one line. The files are the project's own generated
 * text, written to a temporary folder and removed afterwards.
 *   npx tsx bench/big-files.ts     this section alone (prints a table, writes nothing)
 */
import { execSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));

export interface BigFileRun {
  file: string;
  megabytes: number;
  exitCode: number | null;
  /** Wall time, which a busy shared machine stretches. */
  seconds: number;
  /** The child's own CPU time (user + system): the figure that shows whether time is linear in size. */
  cpuSeconds: number;
  /** Per CPU second. */
  megabytesPerSecond: number;
  peakMemoryMB: number;
  /** The one line on stderr when the file is refused. */
  message: string | null;
}

/** Sentences of our own, with watchlist names in some of them, repeated with a counter so they vary. */
function ownProse(targetBytes: number, paragraphBreak: string): string {
  const sentences = [
    'Delegations met in the capital on Monday and talked for several hours about trade and security.',
    'Xi Jinping arrived for the talks in the morning, according to officials who spoke on condition of anonymity.',
    '"We discussed everything that matters to both sides," Vladimir Putin told reporters after the meeting.',
    'John Kirby said the White House would study the twelve-point paper before it commented on it.',
    'Analysts expect further rounds of talks later in the year, though no date has been set.',
  ];
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const paragraph = `${sentences[i % sentences.length]} Item ${i}.${paragraphBreak}`;
    parts.push(paragraph);
    size += Buffer.byteLength(paragraph);
  }
  return parts.join('');
}

const CHILD = `
const { main } = await import(process.argv[1]);
const code = await main(['analyze', process.argv[2], '--json'], { out: () => {}, err: (t) => process.stderr.write(t + '\\n') });
const usage = process.resourceUsage();
process.stdout.write(JSON.stringify({ code, maxRssKB: usage.maxRSS, cpuMicros: usage.userCPUTime + usage.systemCPUTime }));
`;

function runCli(file: string): BigFileRun {
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD, path.join(repoRoot, 'dist/cli.js'), file], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const seconds = (performance.now() - started) / 1000;
  const megabytes = statSync(file).size / 1e6;
  const result = child.stdout ? (JSON.parse(child.stdout) as { code: number; maxRssKB: number; cpuMicros: number }) : null;
  const cpuSeconds = (result?.cpuMicros ?? 0) / 1e6;
  return {
    file: path.basename(file),
    megabytes,
    exitCode: result?.code ?? child.status,
    seconds,
    cpuSeconds,
    megabytesPerSecond: megabytes / cpuSeconds,
    peakMemoryMB: (result?.maxRssKB ?? 0) / 1024,
    message: child.stderr.trim() || null,
  };
}

export function measureBigFiles(): BigFileRun[] {
  execSync('npm run -s build:cli', { cwd: repoRoot, stdio: 'inherit' });
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-bench-big-'));
  try {
    const files: string[] = [];
    for (const megabytes of [1, 2.5, 5, 9.5]) {
      const file = path.join(dir, `text-${megabytes}mb.txt`);
      writeFileSync(file, ownProse(megabytes * 1e6, '\n\n'));
      files.push(file);
    }
    const html = path.join(dir, 'page-5mb.html');
    writeFileSync(html, `<!doctype html><html lang="en"><head><title>Long page</title></head><body><article>${ownProse(5e6, '</p>\n<p>')}</article></body></html>`);
    files.push(html);
    // 50 MB of markup (an inline image, as "save page" makes them) around an article: analysed.
    const heavy = path.join(dir, 'saved-page-50mb.html');
    const image = `<img alt="" src="data:image/png;base64,${'QUJDRA'.repeat(Math.ceil(49e6 / 6))}">`;
    writeFileSync(heavy, `<!doctype html><html lang="en"><head><title>Saved page</title></head><body><article><p>${ownProse(200_000, '</p><p>')}</p>${image}</article></body></html>`);
    files.push(heavy);
    // 50 MB of text, and of paragraphs: refused, in one line.
    const denseText = path.join(dir, 'text-50mb.txt');
    writeFileSync(denseText, ownProse(50e6, '\n\n'));
    files.push(denseText);
    const denseHtml = path.join(dir, 'paragraphs-50mb.html');
    writeFileSync(denseHtml, `<!doctype html><html lang="en"><body><p>${ownProse(50e6, '</p>\n<p>')}</p></body></html>`);
    files.push(denseHtml);
    return files.map(runCli);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function bigFilesTable(runs: BigFileRun[]): string {
  const rows = runs.map((run) =>
    `| ${run.file} | ${run.megabytes.toFixed(1)} | ${run.exitCode === 0 ? 'analysed' : `refused (exit ${run.exitCode})`} | ${run.seconds.toFixed(1)} s | ${run.cpuSeconds.toFixed(1)} s | ${run.megabytesPerSecond.toFixed(2)} MB/s | ${run.peakMemoryMB.toFixed(0)} MB |`);
  return ['| file | MB | result | wall time | CPU time | MB per CPU second | peak memory |', '|---|---:|---|---:|---:|---:|---:|', ...rows].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const runs = measureBigFiles();
  console.log(bigFilesTable(runs));
  for (const run of runs) if (run.message) console.log(`${run.file}: ${run.message}`);
}
