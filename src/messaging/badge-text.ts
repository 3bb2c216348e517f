/**
 * What the toolbar badge says for a tab: the number of marks on its page, or nothing — at zero,
 * while the page is still being scanned, when Dossier is off there, or when the user hid the badge.
 * An empty badge never claims "nothing found" for a page that was not looked at.
 */
import type { PageState } from './messages';

/** The part of a tab's page state the background keeps (in session storage) for the badge. */
export type TabBadgeState = Pick<PageState, 'status' | 'markCount'>;

const MAX_SHOWN = 999;

export function badgeText(state: TabBadgeState | null, showBadge: boolean): string {
  if (!showBadge || state === null || state.status !== 'ready' || state.markCount <= 0) return '';
  return state.markCount > MAX_SHOWN ? `${MAX_SHOWN}+` : String(state.markCount);
}
