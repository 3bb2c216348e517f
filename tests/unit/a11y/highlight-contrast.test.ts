/**
 * Highlights against WCAG AA, light and dark. A mark keeps the page's text colour over a tint of the
 * entity's colour (see mark-style.ts), so the text must still read at 4.5:1 on the tint; the
 * underline is the mark's only non-text signal in "underline only" mode, so it needs 3:1 (WCAG 1.4.11)
 * against the page. Colours: the default catalogue and the fallbacks for imported entities.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG } from '../../../src/catalog/default-catalog';
import { markStyle } from '../../../src/highlight/mark-style';
import { composite, contrastRatio, parseHex, type Rgb } from '../../../src/ui/shared/wcag-contrast';

/** Page palettes a reader meets: our own theme, a plain newspaper, and the common dark modes. */
const PAGES = {
  light: [
    { name: 'black on white', text: '#000000', background: '#ffffff' },
    { name: 'newspaper grey on white', text: '#333333', background: '#ffffff' },
    { name: 'Dossier light theme', text: '#1c1f24', background: '#ffffff' },
  ],
  dark: [
    { name: 'white on black', text: '#ffffff', background: '#000000' },
    { name: 'Dossier dark theme', text: '#e8eaed', background: '#1b1d21' },
    { name: 'grey on near-black', text: '#d4d4d4', background: '#121212' },
  ],
} as const;

/** Kept in step with parse-catalog.ts's fallbacks for imported entities without a colour. */
const IMPORT_FALLBACKS = ['#E69F00', '#56B4E9', '#009E73', '#CC79A7', '#F0E442', '#D55E00', '#0072B2'];
const COLOURS = [...new Set([...DEFAULT_CATALOG.map((entity) => entity.colour.toUpperCase()), ...IMPORT_FALLBACKS])];

const hex = (colour: string): Rgb => parseHex(colour) ?? (() => { throw new Error(`not a hex colour: ${colour}`); })();

/** The tint and the underline exactly as mark-style.ts writes them: the line mixes the entity's colour with the text's. */
function declaredColours(colour: string): { tint: Rgb; alpha: number; underline: Rgb; underlineShare: number } {
  const css = markStyle(colour, 'background-underline');
  const tint = /background-color:\s*rgb\((\d+) (\d+) (\d+) \/ ([\d.]+)\)/.exec(css);
  const line = /text-decoration-color:\s*color-mix\(in srgb, rgb\((\d+) (\d+) (\d+)\) (\d+)%, currentColor\)/.exec(css);
  if (!tint || !line) throw new Error(`unexpected mark style: ${css}`);
  return {
    tint: [Number(tint[1]), Number(tint[2]), Number(tint[3])],
    alpha: Number(tint[4]),
    underline: [Number(line[1]), Number(line[2]), Number(line[3])],
    underlineShare: Number(line[4]) / 100,
  };
}

const table = (scheme: keyof typeof PAGES, measure: (colour: string, page: (typeof PAGES)[typeof scheme][number]) => number) =>
  COLOURS.flatMap((colour) => PAGES[scheme].map((page) => ({ colour, page: page.name, ratio: Math.round(measure(colour, page) * 100) / 100 })));

const textOnTint = (colour: string, page: { text: string; background: string }) => {
  const { tint, alpha } = declaredColours(colour);
  return contrastRatio(hex(page.text), composite(tint, alpha, hex(page.background)));
};
const underlineOnPage = (colour: string, page: { text: string; background: string }) => {
  const { underline, underlineShare } = declaredColours(colour);
  // color-mix(in srgb, entity share, currentColor): the same as the entity colour laid over the text colour.
  return contrastRatio(composite(underline, underlineShare, hex(page.text)), hex(page.background));
};

describe('highlight contrast (WCAG AA)', () => {
  it('reads the colours from the mark style itself', () => {
    expect(declaredColours('#E69F00')).toEqual({ tint: [230, 159, 0], alpha: expect.any(Number), underline: [230, 159, 0], underlineShare: expect.any(Number) });
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps page text at 4.5:1 or more on every entity tint, ${scheme} pages`, () => {
      const rows = table(scheme, textOnTint);
      for (const row of rows) expect(row.ratio, `${row.colour} on ${row.page}`).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('draws every underline at 3:1 or more against dark pages', () => {
    for (const row of table('dark', underlineOnPage)) expect(row.ratio, `${row.colour} on ${row.page}`).toBeGreaterThanOrEqual(3);
  });

  it('draws every underline at 3:1 or more against light pages', () => {
    for (const row of table('light', underlineOnPage)) expect(row.ratio, `${row.colour} on ${row.page}`).toBeGreaterThanOrEqual(3);
  });
});
