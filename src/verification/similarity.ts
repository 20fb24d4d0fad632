// How alike two quotations are, for re-attaching a mark to a lightly edited quotation.
// Measure: Dice coefficient over the sets of character bigrams of the normalised texts. Why: it is
// symmetric, in [0, 1], insensitive to where in the quotation the edit is, tolerant of a changed
// word or two in a sentence, and cheap to bound (see FuzzyIndex), unlike an edit distance.
// Normalising first means a change of quotation-mark style, case or spacing is no edit at all.

/** Marks re-attach to an edited quotation at this similarity or above, and are orphaned below it. */
export const FUZZY_THRESHOLD = 0.8;

/**
 * Most candidate quotations examined for one mark: bounds the fuzzy work on pathological articles
 * (hundreds of near-identical quotations). Beyond it a mark is orphaned, never misattached.
 */
export const FUZZY_CANDIDATES_PER_MARK = 64;

const QUOTE_LIKE = /[“”„‟«»‹›「」『』"]/g;
const APOSTROPHE_LIKE = /[‘’‚‛`´]/g;
const DASH_LIKE = /[‐‑‒–—―]/g;
const SPACE_RUN = /\s+/g;

export function normaliseQuote(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(QUOTE_LIKE, '"').replace(APOSTROPHE_LIKE, "'").replace(DASH_LIKE, '-').replace(SPACE_RUN, ' ').trim();
}

/** The distinct character bigrams of an already normalised text. */
function bigramsOf(normalised: string): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + 1 < normalised.length; i++) set.add(normalised.slice(i, i + 2));
  return set;
}

function dice(a: Set<string>, b: Set<string>, aText: string, bText: string): number {
  if (a.size === 0 || b.size === 0) return aText === bText ? 1 : 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const g of small) if (large.has(g)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Similarity of two quotation texts in [0, 1]; 1 for texts equal after normalising. */
export function similarity(a: string, b: string): number {
  const na = normaliseQuote(a);
  const nb = normaliseQuote(b);
  return na === nb ? 1 : dice(bigramsOf(na), bigramsOf(nb), na, nb);
}

export interface FuzzyMatch {
  index: number;
  similarity: number;
}

/** Size of the intersection of two ascending id arrays. */
function sharedCount(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

/**
 * The candidate texts, indexed so a probe compares itself only with texts that can reach the
 * threshold (prefix filtering). For Dice >= t two sets must share at least t|X|/(2-t) bigrams of
 * either set X; so, with every set in one global order (rarest bigram first), the first
 * |X| - that + 1 bigrams of the probe and of the candidate must meet. Only those prefixes are
 * indexed and probed, and rare bigrams have short postings. Bigrams are numbered in that order,
 * so each set is an ascending Int32Array and its prefix is its head.
 */
export class FuzzyIndex {
  private readonly normalised: string[];
  private readonly ids = new Map<string, number>();
  private readonly sets: Int32Array[];
  private readonly postings: number[][];
  private readonly shared: Int32Array;
  /** Exact similarity computations so far, for tests that check the work stays bounded. */
  comparisons = 0;

  constructor(texts: readonly string[], private readonly threshold = FUZZY_THRESHOLD) {
    this.normalised = texts.map(normaliseQuote);
    const bigramSets = this.normalised.map(bigramsOf);
    const counts = new Map<string, number>();
    for (const set of bigramSets) for (const g of set) counts.set(g, (counts.get(g) ?? 0) + 1);
    [...counts.keys()].sort((a, b) => (counts.get(a) ?? 0) - (counts.get(b) ?? 0) || (a < b ? -1 : 1)).forEach((g, id) => this.ids.set(g, id));
    this.sets = bigramSets.map((set) => Int32Array.from(set, (g) => this.ids.get(g) ?? 0).sort());
    this.postings = Array.from({ length: this.ids.size }, () => []);
    this.sets.forEach((ids, i) => {
      for (const id of ids.subarray(0, this.prefixLength(ids.length))) this.postings[id].push(i);
    });
    this.shared = new Int32Array(texts.length);
  }

  /** How many of a set's first (rarest) bigrams any set reaching the threshold must meet. */
  private prefixLength(size: number): number {
    return size - Math.ceil((this.threshold * size) / (2 - this.threshold) - 1e-9) + 1;
  }

  /** Candidates whose similarity to `probe` is at least the threshold, best first. */
  matches(probe: string): FuzzyMatch[] {
    const text = normaliseQuote(probe);
    const bigrams = bigramsOf(text);
    const found: FuzzyMatch[] = [];
    if (bigrams.size === 0) {
      this.normalised.forEach((n, index) => n === text && found.push({ index, similarity: 1 }));
      return found;
    }
    // Bigrams no candidate has sort first (count 0): they fill the prefix but have no postings.
    const known = Int32Array.from([...bigrams].filter((g) => this.ids.has(g)), (g) => this.ids.get(g) ?? 0).sort();
    const unknown = bigrams.size - known.length;
    const size = bigrams.size;
    const t = this.threshold;
    const minSize = (t * size) / (2 - t) - 1e-9;
    const maxSize = ((2 - t) * size) / t + 1e-9;
    const prefix = known.subarray(0, Math.max(0, this.prefixLength(size) - unknown));
    const touched: number[] = [];
    for (const id of prefix) {
      for (const index of this.postings[id]) if (this.shared[index]++ === 0) touched.push(index);
    }
    // Candidates sharing more of the probe's rare bigrams first (bucketed by that count, which is at
    // most the prefix length), so the cap cuts the unlikely ones.
    const buckets: number[][] = Array.from({ length: prefix.length + 1 }, () => []);
    for (const index of touched) {
      const n = this.sets[index].length;
      if (n >= minSize && n <= maxSize) buckets[this.shared[index]].push(index);
      this.shared[index] = 0;
    }
    let budget = FUZZY_CANDIDATES_PER_MARK;
    for (let k = prefix.length; k > 0 && budget > 0; k--) {
      for (const index of buckets[k]) {
        if (budget-- === 0) break;
        this.comparisons++;
        const s = (2 * sharedCount(known, this.sets[index])) / (size + this.sets[index].length);
        if (s >= t) found.push({ index, similarity: s });
      }
    }
    return found.sort((a, b) => b.similarity - a.similarity || a.index - b.index);
  }
}
