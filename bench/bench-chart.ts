/** The benchmark's chart from its per-page rows: time per page against text size, one series per method. */
import { renderChart } from './chart';

export interface ChartRow {
  textKB: number;
  floorMs: number;
  dossierMs: number;
  compiledOnLoadMs: number;
  dossierWarmMs: number;
  anchorMs: number;
}

export function benchChart(rows: readonly ChartRow[]): string {
  const series = (pick: (row: ChartRow) => number) => rows.map((row) => ({ x: row.textKB, y: pick(row) }));
  return renderChart(
    `Time per page against text size (${rows.length} pages, headless Chromium)`,
    'visible text (KB, log scale)',
    'ms (log scale)',
    [
      { name: 'floor: TreeWalker', colour: '#7f7f7f', shape: 'triangle', points: series((row) => row.floorMs) },
      { name: 'Dossier, first pass', colour: '#0072B2', shape: 'circle', points: series((row) => row.dossierMs) },
      { name: 'Dossier, first pass compiling', colour: '#CC79A7', shape: 'diamond', points: series((row) => row.compiledOnLoadMs) },
      { name: 'Dossier, warm', colour: '#009E73', shape: 'ring', points: series((row) => row.dossierWarmMs) },
      { name: 'anchor: mark.js', colour: '#D55E00', shape: 'square', points: series((row) => row.anchorMs) },
    ],
  );
}
