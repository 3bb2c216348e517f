/**
 * Binary search over a sorted array: the index of the first item for which `isBefore` is false,
 * or the array's length when it holds for every item. `isBefore` must be true for a prefix of the
 * array and false after it, as "ends before this offset" is for spans sorted by position. Every
 * lookup of a position among sorted offsets, spans or tokens is this one search.
 */
export function partitionPoint<T>(items: readonly T[], isBefore: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isBefore(items[middle]!)) low = middle + 1;
    else high = middle;
  }
  return low;
}
