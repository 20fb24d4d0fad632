// Folds of a corpus by a stable hash of each article's id, not by position: an article stays in
// its fold when articles are added, removed or reordered, so a fold held out for testing never
// leaks into tuning. The price is folds of slightly unequal size.

/** A fold written "i/K": the i-th (1-based) of K folds. */
export interface FoldSpec {
  index: number;
  count: number;
}

/** 32-bit FNV-1a over the id's UTF-16 code units, then an avalanche so low bits are mixed too. */
export function stableHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  // FNV's low bits depend weakly on the last characters; the finaliser spreads every bit.
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The fold (1..k) an article id belongs to. */
export const foldOf = (id: string, k: number): number => (stableHash(id) % k) + 1;

/** Parses "i/K" (1 <= i <= K, K >= 2); throws with a message saying what is wrong. */
export function parseFoldSpec(text: string): FoldSpec {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) throw new Error(`fold "${text}" is not i/K (like 2/5)`);
  const index = Number(m[1]), count = Number(m[2]);
  if (count < 2 || index < 1 || index > count) throw new Error(`fold "${text}": need 1 <= i <= K and K >= 2`);
  return { index, count };
}

/** The items in the fold (or, with `exclude`, in every other fold). */
export function selectFold<T>(items: readonly T[], idOf: (item: T) => string, spec: FoldSpec, exclude = false): T[] {
  return items.filter((item) => (foldOf(idOf(item), spec.count) === spec.index) !== exclude);
}

/** The item indices of each of k folds, in order: fold i is at position i - 1. */
export function foldIndices<T>(items: readonly T[], idOf: (item: T) => string, k: number): number[][] {
  const folds: number[][] = Array.from({ length: k }, () => []);
  items.forEach((item, i) => folds[foldOf(idOf(item), k) - 1].push(i));
  return folds;
}
