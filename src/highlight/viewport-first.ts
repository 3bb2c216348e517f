/**
 * The order in which a page's mentions are marked: those the reader is looking at first, then the
 * rest of the page below, then the part above. On a page of megabytes dense with names, marking
 * takes seconds of frames; the marks in view appear in the first of them.
 *
 * Each part is marked from its last mention to its first, as the Highlighter needs within a text
 * node, and parts only meet between text nodes, so no node is cut by two parts out of order.
 */
import type { Mention } from '../matching/mention';
import type { TextModel } from '../text/text-model';

/** Mentions in the first part: a few screens of a dense page, a whole ordinary article. */
export const FIRST_PART_MENTIONS = 300;

/**
 * `ascending` (sorted, non-overlapping) in marking order: the part from the first mention in view
 * on, then the rest below, then the part above; each part last to first.
 */
export function viewportFirstOrder(model: TextModel, ascending: readonly Mention[], viewportTop = 0): Mention[] {
  const count = ascending.length;
  if (count <= FIRST_PART_MENTIONS) return [...ascending].reverse();
  const firstInView = atNodeBoundary(model, ascending, firstMentionBelow(model, ascending, viewportTop), -1);
  const endOfFirstPart = atNodeBoundary(model, ascending, Math.min(count, firstInView + FIRST_PART_MENTIONS), 1);
  return [
    ...ascending.slice(firstInView, endOfFirstPart).reverse(),
    ...ascending.slice(endOfFirstPart).reverse(),
    ...ascending.slice(0, firstInView).reverse(),
  ];
}

/** Index of the first mention whose text ends below `top` (viewport coordinates); a binary search over layout boxes, which are in document order. */
function firstMentionBelow(model: TextModel, ascending: readonly Mention[], top: number): number {
  let low = 0;
  let high = ascending.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const node = model.domRangesOf(ascending[middle]!)[0]?.node;
    const box = node?.parentElement?.getBoundingClientRect();
    if (box === undefined || box.bottom < top) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Moves a split point (`direction` -1: back, 1: on) until the mentions on its two sides lie in different text nodes. */
function atNodeBoundary(model: TextModel, ascending: readonly Mention[], index: number, direction: -1 | 1): number {
  let at = index;
  while (at > 0 && at < ascending.length && sharesNode(model, ascending[at - 1]!, ascending[at]!)) at += direction;
  return at;
}

function sharesNode(model: TextModel, before: Mention, after: Mention): boolean {
  const lastOfBefore = model.domRangesOf(before).at(-1)?.node;
  const firstOfAfter = model.domRangesOf(after)[0]?.node;
  return lastOfBefore !== undefined && lastOfBefore === firstOfAfter;
}
