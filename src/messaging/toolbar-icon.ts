/**
 * Which toolbar icon a tab shows: Dossier on, off for this site, or paused everywhere. The images
 * are drawn from one SVG mark at build time (scripts/icons/) into `icons/<state>-<size>.png`.
 */
import type { PageState } from './messages';

export type ToolbarIconState = 'on' | 'off' | 'paused';
export const TOOLBAR_ICON_STATES: readonly ToolbarIconState[] = ['on', 'off', 'paused'];
/** The sizes the stores and browsers ask for: toolbar (16, 32), extensions page (48), store (128). */
export const TOOLBAR_ICON_SIZES = [16, 32, 48, 128] as const;

/** A page still loading or never reached (null) shows Dossier on: nothing says otherwise. */
export function toolbarIconState(status: PageState['status'] | null): ToolbarIconState {
  if (status === 'disabled') return 'off';
  if (status === 'paused') return 'paused';
  return 'on';
}

export function toolbarIconFile(state: ToolbarIconState, size: number): string {
  return `icons/${state}-${size}.png`;
}

/** `{ 16: 'icons/on-16.png', … }`, as `action.setIcon({ path })` and the manifest take it. */
export function toolbarIconPaths(state: ToolbarIconState): Record<string, string> {
  return Object.fromEntries(TOOLBAR_ICON_SIZES.map((size) => [String(size), toolbarIconFile(state, size)]));
}
