// The order the integration suites run in: sorted by file name (the default), reversed, or
// shuffled from a seed that is printed, so that a failing order can be replayed exactly.
import type Mocha from 'mocha';

export interface Order {
  kind: 'sorted' | 'reverse' | 'shuffle';
  seed?: number;
  /** How the run prints it, and how to ask for it again (`--shuffle SEED`). */
  label: string;
}

export function parseOrder(spec: string | undefined): Order {
  if (!spec || spec === 'sorted') return { kind: 'sorted', label: 'sorted' };
  if (spec === 'reverse') return { kind: 'reverse', label: 'reverse' };
  const m = /^shuffle:(\d+)$/.exec(spec);
  if (m) return { kind: 'shuffle', seed: Number(m[1]), label: `shuffle (seed ${m[1]}; replay with --shuffle ${m[1]})` };
  throw new Error(`NEWS_ANNOTATOR_TEST_ORDER must be sorted, reverse or shuffle:SEED, not "${spec}"`);
}

/** The suite files to load: all of them sorted, or the named ones ("hover" or "hover.test.js"). */
export function suiteFiles(all: string[], only: string | undefined): string[] {
  const sorted = [...all].sort();
  if (!only) return sorted;
  const wanted = only.split(',').map((s) => s.trim()).filter(Boolean);
  const out: string[] = [];
  for (const w of wanted) {
    const file = sorted.find((f) => f === w || f === `${w}.test.js` || f === `${w}.js`);
    if (!file) throw new Error(`no integration suite "${w}" (there are: ${sorted.map((f) => f.replace(/\.test\.js$/, '')).join(', ')})`);
    out.push(file);
  }
  return out;
}

/** A seeded generator (Park-Miller): the same seed gives the same order on any machine. */
export function seededRandom(seed: number): () => number {
  let state = (seed % 2147483646) + 1;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
}

/** Reorders the loaded suites in place, at every level: the suites of each suite and its tests. */
export function orderSuites(root: Mocha.Suite, order: Order): void {
  if (order.kind === 'sorted') return;
  const random = seededRandom(order.seed ?? 0);
  const reorder = <T>(items: T[]) => (order.kind === 'reverse' ? items.reverse() : shuffle(items, random));
  const walk = (suite: Mocha.Suite) => {
    reorder(suite.suites);
    reorder(suite.tests);
    for (const s of suite.suites) walk(s);
  };
  walk(root);
}
