/**
 * The benchmark's chart: time per page against the page's text size, one series per method, on
 * log–log axes (pages and times both span three orders of magnitude). Plain SVG, no library.
 */
export interface ChartSeries {
  name: string;
  colour: string;
  /** Marker shape, so the series differ without colour too. */
  shape: 'circle' | 'ring' | 'square' | 'triangle' | 'diamond';
  points: { x: number; y: number }[];
}

const WIDTH = 760;
const HEIGHT = 460;
const PAD = { left: 64, right: 20, top: 72, bottom: 52 };
/** The legend sits between the title and the plot, in as many rows as its entries need. */
const LEGEND_TOP = 40;
const LEGEND_ROW = 18;

export function renderChart(title: string, xLabel: string, yLabel: string, series: ChartSeries[]): string {
  const all = series.flatMap((s) => s.points).filter((p) => p.x > 0 && p.y > 0);
  const [xMin, xMax] = logRange(all.map((p) => p.x));
  const [yMin, yMax] = logRange(all.map((p) => p.y));
  const x = (value: number) => PAD.left + ((Math.log10(value) - xMin) / (xMax - xMin)) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number) => HEIGHT - PAD.bottom - ((Math.log10(value) - yMin) / (yMax - yMin)) * (HEIGHT - PAD.top - PAD.bottom);
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="system-ui, sans-serif" font-size="12">`);
  parts.push(`<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`);
  parts.push(`<text x="${WIDTH / 2}" y="20" text-anchor="middle" font-size="14" font-weight="600">${escape(title)}</text>`);
  for (let e = Math.ceil(xMin); e <= Math.floor(xMax); e++) {
    parts.push(`<line x1="${x(10 ** e)}" y1="${PAD.top}" x2="${x(10 ** e)}" y2="${HEIGHT - PAD.bottom}" stroke="#e3e3e3"/>`);
    parts.push(`<text x="${x(10 ** e)}" y="${HEIGHT - PAD.bottom + 16}" text-anchor="middle">${formatTick(10 ** e)}</text>`);
  }
  for (let e = Math.ceil(yMin); e <= Math.floor(yMax); e++) {
    parts.push(`<line x1="${PAD.left}" y1="${y(10 ** e)}" x2="${WIDTH - PAD.right}" y2="${y(10 ** e)}" stroke="#e3e3e3"/>`);
    parts.push(`<text x="${PAD.left - 6}" y="${y(10 ** e) + 4}" text-anchor="end">${formatTick(10 ** e)}</text>`);
  }
  parts.push(`<text x="${(PAD.left + WIDTH - PAD.right) / 2}" y="${HEIGHT - 12}" text-anchor="middle">${escape(xLabel)}</text>`);
  parts.push(`<text transform="translate(16 ${(PAD.top + HEIGHT - PAD.bottom) / 2}) rotate(-90)" text-anchor="middle">${escape(yLabel)}</text>`);
  let lx = PAD.left;
  let ly = LEGEND_TOP;
  for (const s of series) {
    for (const p of s.points) if (p.x > 0 && p.y > 0) parts.push(marker(s, x(p.x), y(p.y)));
    // About 6.5 px a character at 12 px: enough to keep entries apart without measuring text.
    const entryWidth = 28 + s.name.length * 6.5;
    if (lx + entryWidth > WIDTH - PAD.right && lx > PAD.left) {
      lx = PAD.left;
      ly += LEGEND_ROW;
    }
    parts.push(marker(s, lx + 4, ly));
    parts.push(`<text x="${lx + 13}" y="${ly + 4}">${escape(s.name)}</text>`);
    lx += entryWidth;
  }
  parts.push('</svg>');
  return parts.join('\n');
}

function marker(s: ChartSeries, cx: number, cy: number): string {
  const at = (n: number) => n.toFixed(1);
  if (s.shape === 'square') return `<rect x="${at(cx - 3)}" y="${at(cy - 3)}" width="6" height="6" fill="${s.colour}" fill-opacity="0.75"/>`;
  if (s.shape === 'ring') return `<circle cx="${at(cx)}" cy="${at(cy)}" r="3.2" fill="none" stroke="${s.colour}" stroke-width="1.5"/>`;
  if (s.shape === 'diamond') return `<path d="M${at(cx)} ${at(cy - 4)} L${at(cx + 4)} ${at(cy)} L${at(cx)} ${at(cy + 4)} L${at(cx - 4)} ${at(cy)} Z" fill="${s.colour}" fill-opacity="0.75"/>`;
  if (s.shape === 'triangle') return `<path d="M${at(cx)} ${at(cy - 4)} L${at(cx + 4)} ${at(cy + 3)} L${at(cx - 4)} ${at(cy + 3)} Z" fill="${s.colour}" fill-opacity="0.75"/>`;
  return `<circle cx="${at(cx)}" cy="${at(cy)}" r="3.2" fill="${s.colour}" fill-opacity="0.75"/>`;
}

function logRange(values: number[]): [number, number] {
  const logs = values.map((v) => Math.log10(v));
  const low = Math.floor(Math.min(...logs));
  const high = Math.ceil(Math.max(...logs));
  return [low, high === low ? low + 1 : high];
}

function formatTick(value: number): string {
  return value >= 1 ? String(value) : value.toString();
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
