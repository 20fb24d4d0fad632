// Binary search over lists sorted by a key (mentions, cues and quotations in text order).

/** Index of the last element of a sorted list with key(x) <= v, or -1. */
export function lastAtOrBefore<T>(list: readonly T[], v: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid] as T) <= v) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}
