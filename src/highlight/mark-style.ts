/**
 * How a highlight looks. Inline and `!important`, because page style sheets style `mark` freely
 * (padding, borders, yellow backgrounds) and must neither hide a highlight nor shift the layout.
 */
import type { HighlightStyle } from '../settings/settings';

/** `#rgb` or `#rrggbb` → `r g b`, for colours with alpha; null for anything else. */
export function hexToRgbChannels(colour: string): string | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim())?.[1];
  if (!hex) return null;
  const full = hex.length === 3 ? hex.replace(/./g, (c) => c + c) : hex;
  const value = Number.parseInt(full, 16);
  return `${(value >> 16) & 255} ${(value >> 8) & 255} ${value & 255}`;
}

const FALLBACK_CHANNELS = '214 158 46';

/** How much of the underline is the entity's colour; the rest is the page's text colour. */
export const UNDERLINE_SHARE = 55;

/**
 * The mark's inline style. `all: unset` drops whatever the page gives `mark` (padding, border, font
 * changes) so nothing moves; text keeps the page's own colour, so it reads on light and dark pages;
 * the underline carries the entity's colour, so colour is never the only signal. The underline mixes
 * the entity's colour with the text's own: pale colours (yellow, sky blue) darken on light pages
 * and lighten on dark ones, so the line keeps 3:1 against either without knowing the page.
 */
export function markStyle(colour: string, style: HighlightStyle = 'background-underline'): string {
  const channels = hexToRgbChannels(colour) ?? FALLBACK_CHANNELS;
  const background = style === 'background-underline' ? `rgb(${channels} / 0.24)` : 'transparent';
  return [
    'all: unset !important',
    'display: inline !important',
    `background-color: ${background} !important`,
    'text-decoration: underline 2px solid !important',
    `text-decoration-color: color-mix(in srgb, rgb(${channels}) ${UNDERLINE_SHARE}%, currentColor) !important`,
    'text-underline-offset: 0.18em !important',
    'text-decoration-skip-ink: none !important',
    'cursor: help !important',
    '-webkit-box-decoration-break: clone !important',
    'box-decoration-break: clone !important',
  ].join('; ');
}
