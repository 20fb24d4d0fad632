import * as assert from 'node:assert/strict';
import { FigureSource, bootstrapIntervals, quantile, seededRandom } from '../../../scripts/eval/bootstrap';
import { Counts, quoteScorer, ratio } from '../../../scripts/eval/metrics';
import { assertLinear } from '../helpers';

/** A figure source with one ratio, `rate` = ok / n, that records every total it is given. */
function recordingSource(): FigureSource & { totals: Counts[] } {
  const totals: Counts[] = [];
  return {
    totals,
    rates: ['rate'],
    figures: (total, docs) => {
      totals.push(total);
      return { docs, rate: ratio(total.ok, total.n) };
    },
  };
}

/** Articles whose success rates vary from 0 to 1, so resamples differ. */
const variedArticles = (n: number): Counts[] => Array.from({ length: n }, (_, i) => ({ ok: i % 6, n: 5 + (i % 3) }));

describe('eval: bootstrap intervals', () => {
  it('draws the same numbers in [0, 1) from the same seed, others from another', () => {
    const a = seededRandom(7), b = seededRandom(7), c = seededRandom(8);
    const first = Array.from({ length: 50 }, a);
    assert.deepEqual(Array.from({ length: 50 }, b), first);
    assert.notDeepEqual(Array.from({ length: 50 }, c), first);
    assert.ok(first.every((x) => x >= 0 && x < 1));
  });

  it('interpolates quantiles between order statistics', () => {
    assert.equal(quantile([0, 1, 2, 3, 4], 0.5), 2);
    assert.equal(quantile([0, 1, 2, 3, 4], 0.25), 1);
    assert.equal(quantile([0, 10], 0.025), 0.25);
    assert.equal(quantile([3], 0.975), 3);
  });

  it('gives an interval of some width that contains the point estimate', () => {
    const articles = variedArticles(60);
    const source = recordingSource();
    const point = source.figures({ ok: articles.reduce((s, a) => s + a.ok, 0), n: articles.reduce((s, a) => s + a.n, 0) }, 60).rate as number;
    const [lo, hi] = bootstrapIntervals(articles, source, { resamples: 500, seed: 1 }).rate ?? [NaN, NaN];
    assert.ok(lo < point && point < hi, `${lo} < ${point} < ${hi}`);
    assert.ok(hi - lo < 0.3, `${lo}..${hi} is implausibly wide for 60 articles`);
  });

  it('gives a zero-width interval for a corpus of identical articles', () => {
    const articles = Array.from({ length: 30 }, () => ({ ok: 3, n: 4 }));
    assert.deepEqual(bootstrapIntervals(articles, recordingSource(), { resamples: 200, seed: 3 }).rate, [0.75, 0.75]);
  });

  it('is reproducible with the seed and changes with another seed', () => {
    const articles = variedArticles(40);
    const run = (seed: number) => bootstrapIntervals(articles, recordingSource(), { resamples: 300, seed });
    assert.deepEqual(run(5), run(5));
    assert.notDeepEqual(run(5), run(6));
  });

  it('recomputes each ratio from the counts summed over the drawn articles', () => {
    // A: 1 of 1 right; B: 0 of 99. Two draws give the totals AA (2/2), AB (1/100) or BB (0/198);
    // a mean of per-article ratios would give 0.5 for AB instead of 0.01.
    const source = recordingSource();
    const intervals = bootstrapIntervals([{ ok: 1, n: 1 }, { ok: 0, n: 99 }], source, { resamples: 400, seed: 9 });
    const seen = new Set(source.totals.map((t) => `${t.ok}/${t.n}`));
    assert.deepEqual([...seen].sort(), ['0/198', '1/100', '2/2']);
    assert.deepEqual(intervals.rate, [0, 1]);
    assert.equal(source.figures({ ok: 1, n: 100 }, 2).rate, 0.01);
  });

  it('leaves a figure with nothing to divide by in every resample without an interval', () => {
    assert.equal(bootstrapIntervals([{ ok: 0, n: 0 }], recordingSource(), { resamples: 20, seed: 1 }).rate, null);
  });

  it('resamples 840 articles 1000 times for every quote figure, in time linear in the articles', () => {
    const articlesOf = (n: number): Counts[] =>
      variedArticles(n).map((a) => {
        const c = quoteScorer.count({ text: '', quotes: [] }, {});
        return { ...c, closed: a.n, closedFound: a.n, sourced: a.n, sourcedFound: a.n, sourcedOk: a.ok, directFound: a.n, directOk: a.ok };
      });
    const intervals = bootstrapIntervals(articlesOf(840), quoteScorer, { resamples: 1000, seed: 12 });
    assert.equal(Object.keys(intervals).length, quoteScorer.rates.length);
    assertLinear('bootstrap over the articles', articlesOf, (articles) => bootstrapIntervals(articles, quoteScorer, { resamples: 1000, seed: 12 }), 105);
  });
});
