// Checked indexing for the attribution engine under noUncheckedIndexedAccess.

/** `arr[i]` where the caller has proved `i` in range (a loop bound, a token range of the same
 * paragraph); a miss is a logic error and throws, as reading a property of the miss did before. */
export function at<T>(arr: ArrayLike<T>, i: number): T {
  const v = arr[i];
  if (v === undefined) throw new RangeError(`index ${i} out of range (length ${arr.length})`);
  return v;
}
