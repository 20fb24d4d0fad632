// Scores a set of articles from their precomputed counts (figures and bootstrap intervals), scores
// folds, and writes them as text lines: "source_accuracy 0.8682 [0.851, 0.884]".
import { BootstrapOptions, FigureSource, Interval, bootstrapIntervals } from './bootstrap';
import { Counts, Figures, roundLikePython as round4, sumCounts } from './metrics';

export interface Scored {
  figures: Figures;
  /** Absent when the bootstrap is off (0 resamples). */
  intervals?: Record<string, Interval | null>;
}

export interface FoldScored extends Scored {
  fold: string;
}

export interface Spread {
  mean: number;
  min: number;
  max: number;
}

/** The figures of these articles and, unless the bootstrap is off, their intervals. */
export function scoreCounts(articles: readonly Counts[], names: readonly string[], source: FigureSource, bootstrap: BootstrapOptions): Scored {
  const figures = source.figures(sumCounts(articles, names), articles.length);
  return bootstrap.resamples > 0 ? { figures, intervals: bootstrapIntervals(articles, source, bootstrap) } : { figures };
}

/** Each fold scored on its own; with the same seed, so `--fold i/K` repeats fold i's intervals. */
export function scoreFolds(articles: readonly Counts[], folds: readonly number[][], names: readonly string[], source: FigureSource, bootstrap: BootstrapOptions): FoldScored[] {
  return folds.map((indices, i) => ({
    fold: `${i + 1}/${folds.length}`,
    ...scoreCounts(indices.map((j) => articles[j]), names, source, bootstrap),
  }));
}

/** Mean, min and max of each ratio figure over the folds where it is defined. */
export function foldSpread(folds: readonly Scored[], rates: readonly string[]): Record<string, Spread | null> {
  const spread: Record<string, Spread | null> = {};
  for (const rate of rates) {
    const values = folds.map((f) => f.figures[rate]).filter((v): v is number => typeof v === 'number');
    spread[rate] = values.length
      ? { mean: round4(values.reduce((a, b) => a + b, 0) / values.length), min: Math.min(...values), max: Math.max(...values) }
      : null;
  }
  return spread;
}

const fixed = (v: number | null, digits: number): string => (v === null ? 'n/a' : v.toFixed(digits));

function intervalText(interval: Interval | null | undefined): string {
  if (interval === undefined) return '';
  return interval ? ` [${fixed(interval[0], 3)}, ${fixed(interval[1], 3)}]` : ' [n/a]';
}

/** One line a figure: counts as integers, ratios with 4 digits and their interval. */
export function figureLines(scored: Scored, rates: readonly string[], indent = ''): string[] {
  return Object.entries(scored.figures).map(([name, v]) =>
    rates.includes(name) ? `${indent}${name} ${fixed(v, 4)}${intervalText(scored.intervals?.[name])}` : `${indent}${name} ${v ?? 'n/a'}`,
  );
}

export function spreadLines(spread: Record<string, Spread | null>, indent = ''): string[] {
  return Object.entries(spread).map(([name, s]) =>
    s ? `${indent}${name} mean ${s.mean.toFixed(4)}, min-max ${s.min.toFixed(4)}-${s.max.toFixed(4)} (spread ${(s.max - s.min).toFixed(4)})` : `${indent}${name} n/a`,
  );
}
