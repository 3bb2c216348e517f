/**
 * Where a hover card goes, given the mention's box, the card's size and the viewport. Pure, so it
 * is tested without a browser. Rules, in order: never cover the mention; below it if the card fits,
 * else above, else beside it, else on the roomier side of it (the card then scrolls inside); always
 * inside the viewport horizontally, `margin` away from its edges.
 */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export type CardSide = 'below' | 'above' | 'right' | 'left';

export interface CardPlacement {
  left: number;
  top: number;
  side: CardSide;
  /** Height the card may take without leaving the viewport or covering the mention. */
  maxHeight: number;
}

export interface PlacementOptions {
  /** Space between the mention and the card. */
  gap?: number;
  /** Space kept free along the viewport's edges. */
  margin?: number;
}

export function placeCard(anchor: Rect, card: Size, viewport: Size, options: PlacementOptions = {}): CardPlacement {
  const gap = options.gap ?? 6;
  const margin = options.margin ?? 8;
  const anchorBottom = anchor.top + anchor.height;
  const anchorRight = anchor.left + anchor.width;
  const spaceBelow = viewport.height - margin - (anchorBottom + gap);
  const spaceAbove = anchor.top - gap - margin;
  const spaceRight = viewport.width - margin - (anchorRight + gap);
  const spaceLeft = anchor.left - gap - margin;

  const left = clamp(anchor.left, margin, viewport.width - margin - card.width);
  if (card.height <= spaceBelow) return { left, top: anchorBottom + gap, side: 'below', maxHeight: spaceBelow };
  if (card.height <= spaceAbove) return { left, top: anchor.top - gap - card.height, side: 'above', maxHeight: spaceAbove };

  const fitsTall = card.height <= viewport.height - 2 * margin;
  const top = clamp(anchor.top, margin, viewport.height - margin - card.height);
  if (fitsTall && card.width <= spaceRight) return { left: anchorRight + gap, top, side: 'right', maxHeight: viewport.height - 2 * margin };
  if (fitsTall && card.width <= spaceLeft) return { left: anchor.left - gap - card.width, top, side: 'left', maxHeight: viewport.height - 2 * margin };

  // Nothing fits whole: take the taller side and let the card scroll within it.
  if (spaceBelow >= spaceAbove) return { left, top: anchorBottom + gap, side: 'below', maxHeight: Math.max(0, spaceBelow) };
  const maxHeight = Math.max(0, spaceAbove);
  return { left, top: anchor.top - gap - Math.min(card.height, maxHeight), side: 'above', maxHeight };
}

/** `value` within [min, max]; `min` wins when the range is empty (a card wider than the viewport starts at its left edge). */
function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}

/** True when two boxes share any area: the card must never cover its mention. */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

/** True when `rect` is at least partly inside the viewport. */
export function isInViewport(rect: Rect, viewport: Size): boolean {
  return rect.top + rect.height > 0 && rect.top < viewport.height && rect.left + rect.width > 0 && rect.left < viewport.width;
}
