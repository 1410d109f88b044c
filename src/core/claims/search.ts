/** The first index of a sorted array at which `atOrAfter` holds (binary search; length if none). */
export function lowerBound<T>(items: readonly T[], atOrAfter: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (atOrAfter(items[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
