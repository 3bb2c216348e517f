/**
 * Dossier's mark, drawn for this project: a page of text on a navy tile, one line of it highlighted
 * in the amber the watchlist's first entity uses — what the extension does, at any size. States:
 * off for this site greys the tile and strikes the page through; paused dims the highlight and adds
 * a pause badge. Coordinates are on a 128 grid; shapes stay at least 8 units wide, so that the 16 px
 * icon (one pixel per 8 units) keeps the page, the highlight and the state readable.
 */
import type { ToolbarIconState } from '../../src/messaging/toolbar-icon';

interface Palette {
  tile: string;
  page: string;
  fold: string;
  lines: string;
  highlight: string;
}

const PALETTES: Record<ToolbarIconState, Palette> = {
  on: { tile: '#26344f', page: '#ffffff', fold: '#c7d0e0', lines: '#8f9bb3', highlight: '#E69F00' },
  off: { tile: '#737b89', page: '#eef0f3', fold: '#c4c9d1', lines: '#a4abb7', highlight: '#b9bec7' },
  paused: { tile: '#26344f', page: '#ffffff', fold: '#c7d0e0', lines: '#8f9bb3', highlight: '#8c7a55' },
};

export function dossierMarkSvg(state: ToolbarIconState, size = 128): string {
  const colours = PALETTES[state];
  const overlay = state === 'off' ? STRIKE_THROUGH : state === 'paused' ? PAUSE_BADGE : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="${colours.tile}"/>
  <path d="M36 18 H78 L100 40 V102 A8 8 0 0 1 92 110 H36 A8 8 0 0 1 28 102 V26 A8 8 0 0 1 36 18 Z" fill="${colours.page}"/>
  <path d="M78 18 V34 A6 6 0 0 0 84 40 H100 Z" fill="${colours.fold}"/>
  <rect x="40" y="46" width="36" height="8" rx="4" fill="${colours.lines}"/>
  <rect x="34" y="62" width="60" height="16" rx="5" fill="${colours.highlight}"/>
  <rect x="40" y="88" width="44" height="8" rx="4" fill="${colours.lines}"/>
  ${overlay}
</svg>`;
}

/** A diagonal bar across the tile, in white on a dark edge so it reads on both light and dark toolbars. */
const STRIKE_THROUGH = `<path d="M20 108 L108 20" stroke="#3a404a" stroke-width="24" stroke-linecap="round"/>
  <path d="M20 108 L108 20" stroke="#ffffff" stroke-width="12" stroke-linecap="round"/>`;

/** Two bars in a round badge at the lower right. */
const PAUSE_BADGE = `<circle cx="94" cy="94" r="29" fill="#ffffff" stroke="#26344f" stroke-width="6"/>
  <rect x="80" y="80" width="10" height="28" rx="3" fill="#26344f"/>
  <rect x="98" y="80" width="10" height="28" rx="3" fill="#26344f"/>`;
