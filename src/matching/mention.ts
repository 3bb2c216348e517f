import type { Span } from '../text/span';

/** One mention of a watchlist entity in the page text. */
export interface Mention extends Span {
  entityId: string;
  /** The text as it stands on the page (without soft hyphens or zero-width characters). */
  text: string;
}
