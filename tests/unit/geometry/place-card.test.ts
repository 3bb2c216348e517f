import { describe, expect, it } from 'vitest';
import { isInViewport, overlaps, placeCard, type Rect, type Size } from '../../../src/geometry/place-card';

const viewport: Size = { width: 1000, height: 800 };
const card: Size = { width: 320, height: 200 };

function cardRect(placement: { left: number; top: number }, size: Size = card): Rect {
  return { left: placement.left, top: placement.top, width: size.width, height: size.height };
}

describe('placeCard', () => {
  it('puts the card below the mention, aligned with its start', () => {
    const anchor = { left: 100, top: 100, width: 40, height: 18 };
    expect(placeCard(anchor, card, viewport)).toEqual({ left: 100, top: 124, side: 'below', maxHeight: 800 - 8 - 124 });
  });

  it('flips above when the bottom edge is too close', () => {
    const anchor = { left: 100, top: 700, width: 40, height: 18 };
    const placed = placeCard(anchor, card, viewport);
    expect(placed.side).toBe('above');
    expect(placed.top + card.height).toBe(694);
  });

  it('stays inside the viewport at the right edge', () => {
    const anchor = { left: 950, top: 100, width: 40, height: 18 };
    const placed = placeCard(anchor, card, viewport);
    expect(placed.left + card.width).toBe(992);
  });

  it('goes beside the mention when neither above nor below has room', () => {
    const short: Size = { width: 1000, height: 300 };
    const anchor = { left: 100, top: 120, width: 40, height: 18 };
    const placed = placeCard(anchor, card, short);
    expect(placed.side).toBe('right');
    expect(placed.left).toBe(146);
  });

  it('never covers the mention, wherever it stands', () => {
    const sizes: Size[] = [card, { width: 600, height: 500 }, { width: 300, height: 790 }];
    for (const size of sizes) {
      for (let top = 0; top < 800; top += 37) {
        for (let left = 0; left < 1000; left += 53) {
          const anchor = { left, top, width: 60, height: 20 };
          const placed = placeCard(anchor, size, viewport);
          const drawn = cardRect(placed, { width: size.width, height: Math.min(size.height, placed.maxHeight) });
          expect(overlaps(drawn, anchor), JSON.stringify({ anchor, size, placed })).toBe(false);
        }
      }
    }
  });

  it('keeps a card that fits inside the viewport, every time', () => {
    for (let top = 0; top < 780; top += 41) {
      for (let left = 0; left < 960; left += 47) {
        const placed = placeCard({ left, top, width: 40, height: 18 }, card, viewport);
        expect(placed.left).toBeGreaterThanOrEqual(8);
        expect(placed.left + card.width).toBeLessThanOrEqual(992);
        expect(placed.top).toBeGreaterThanOrEqual(0);
        expect(placed.top + Math.min(card.height, placed.maxHeight)).toBeLessThanOrEqual(800);
      }
    }
  });
});

describe('isInViewport', () => {
  it('tells a mention scrolled away from one still on screen', () => {
    expect(isInViewport({ left: 10, top: -30, width: 40, height: 18 }, viewport)).toBe(false);
    expect(isInViewport({ left: 10, top: -10, width: 40, height: 18 }, viewport)).toBe(true);
    expect(isInViewport({ left: 10, top: 801, width: 40, height: 18 }, viewport)).toBe(false);
  });
});
