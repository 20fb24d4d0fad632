// Index reads that are in range by construction, under noUncheckedIndexedAccess.

/**
 * arr[i] where the caller's logic guarantees i is in range (a loop bound, a parallel array, a
 * span of token indices found earlier): an out-of-range index is a bug, so it throws rather than
 * letting `undefined` through.
 */
export function nth<T>(arr: ArrayLike<T>, i: number): T {
  const v = arr[i];
  if (v === undefined) throw new RangeError(`index ${i} out of range (length ${arr.length})`);
  return v;
}
