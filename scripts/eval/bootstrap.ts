// 95% bootstrap intervals over articles: articles are drawn with replacement, and every figure is
// recomputed from the counts summed over the drawn articles (a ratio of sums, as the figure
// itself is, not a mean of per-article ratios). Articles are the unit because quotes within an
// article are not independent: one writer, one set of speakers.
import { Counts, Figures, roundLikePython as round4 } from './metrics';

export type Interval = [number, number];

export interface BootstrapOptions {
  /** How many resamples; 0 gives no intervals. */
  resamples: number;
  seed: number;
}

export const DEFAULT_BOOTSTRAP: BootstrapOptions = { resamples: 1000, seed: 12 };

/** What the bootstrap needs of a scorer: the figures from summed counts, and which are ratios. */
export interface FigureSource {
  figures(total: Counts, docs: number): Figures;
  rates: readonly string[];
}

/** Uniform numbers in [0, 1) from a 32-bit seed (the mulberry32 generator): same seed, same draws. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The p-quantile (0..1) of ascending values, interpolating between order statistics. */
export function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const below = Math.floor(h);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
}

/** The articles' counts as one flat row-major table, so a resample only adds numbers. */
function countTable(articles: readonly Counts[], names: readonly string[]): Float64Array {
  const table = new Float64Array(articles.length * names.length);
  articles.forEach((c, i) => names.forEach((k, j) => (table[i * names.length + j] = c[k])));
  return table;
}

/** The counts of one resample: as many articles as there are, drawn with replacement. */
function resampleCounts(table: Float64Array, n: number, names: readonly string[], random: () => number): Counts {
  const width = names.length;
  const sums = new Float64Array(width);
  for (let draw = 0; draw < n; draw++) {
    const row = Math.floor(random() * n) * width;
    for (let j = 0; j < width; j++) sums[j] += table[row + j];
  }
  const counts: Counts = {};
  names.forEach((k, j) => (counts[k] = sums[j]));
  return counts;
}

/**
 * The 2.5th and 97.5th percentiles of each ratio figure over the resamples; null for a figure
 * that is undefined (nothing to divide by) in every resample. Resamples where a figure is
 * undefined are left out of that figure's percentiles.
 */
export function bootstrapIntervals(articles: readonly Counts[], source: FigureSource, options: BootstrapOptions): Record<string, Interval | null> {
  const names = Object.keys(articles[0] ?? {});
  const table = countTable(articles, names);
  const random = seededRandom(options.seed);
  const samples = new Map<string, number[]>(source.rates.map((r) => [r, []]));
  for (let b = 0; b < options.resamples && articles.length; b++) {
    const figures = source.figures(resampleCounts(table, articles.length, names, random), articles.length);
    for (const [rate, values] of samples) {
      const v = figures[rate];
      if (v !== null && v !== undefined) values.push(v);
    }
  }
  const intervals: Record<string, Interval | null> = {};
  for (const [rate, values] of samples) {
    values.sort((a, b) => a - b);
    intervals[rate] = values.length ? [round4(quantile(values, 0.025)), round4(quantile(values, 0.975))] : null;
  }
  return intervals;
}
