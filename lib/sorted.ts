// Binary search over sorted data, once for the whole code base.

/**
 * The first index in [0, length) for which `isAfter(index)` holds, or `length` when none does.
 * `isAfter` must be false for a prefix of the indexes and true for the rest (e.g. "item ends
 * after the offset" over items sorted by position).
 */
export function partitionPoint(length: number, isAfter: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isAfter(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
