// Helpers shared by the unit tests: where the repository and its sample articles are, how to read
// them, how to build small articles, how to run the built command-line tool and check its spans.
// Compiled to out/test/unit/helpers.js, so the root is three folders up.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/analysis/analyze';
import { findNameMentions } from '../../src/analysis/people/name-mentions';
import { AnalysisResult } from '../../src/analysis/types';
import { indexedFile, WorkspaceIndexModel } from '../../src/workspace/index-model';

export const repoRoot = path.join(__dirname, '..', '..', '..');
export const seedsDir = path.join(repoRoot, 'seeds');
/** The seed article, annotated by hand in the eval set. */
export const SEED_000 = path.join(seedsDir, '000_cbc4555ebe0567a7.txt');
/** The built command-line tool (`npm run build`). */
export const CLI = path.join(repoRoot, 'dist', 'news-annotate.js');

/** Reads a file of the repository (path relative to its root) as UTF-8. */
export function readRepoFile(rel: string): string {
  return fs.readFileSync(path.join(repoRoot, rel), 'utf8');
}

/** The names of the seed articles, sorted. */
export function seedNames(): string[] {
  return fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
}

/** Reads the seed article whose file name starts with `prefix` (a whole name will do). */
export function readSeed(prefix: string): string {
  const name = seedNames().find((f) => f.startsWith(prefix));
  assert.ok(name, `seed ${prefix}`);
  return fs.readFileSync(path.join(seedsDir, name), 'utf8');
}

/** An article: the headline, then the paragraphs, separated by blank lines. */
export function articleOf(headline: string, ...paragraphs: string[]): string {
  return [headline, ...paragraphs].join('\n\n');
}

/** The role texts of the mention `name` in `text`; each role span must slice the text. */
export function rolesOf(text: string, name: string): string[] {
  const m = findNameMentions(text).find((x) => x.text === name);
  assert.ok(m, `no mention ${name}`);
  return m.roles.map((r) => {
    assert.strictEqual(text.slice(r.start, r.end), r.text);
    return r.text;
  });
}

/** A workspace index of articles by id: a text is analysed, a result is taken as it is (with no text). */
export function workspaceModelOf(articles: Record<string, string | AnalysisResult>): WorkspaceIndexModel {
  const model = new WorkspaceIndexModel();
  for (const [id, a] of Object.entries(articles)) {
    const result = typeof a === 'string' ? analyze(a) : a;
    const text = typeof a === 'string' ? a : '';
    model.set(indexedFile(id, `file:///ws/${id}`, text, result));
  }
  return model;
}

/** Runs the built CLI with `args` (and `input` on stdin, in `cwd`); returns its exit code and output. */
export function runCli(args: string[], input?: string | Buffer, cwd?: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
export const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
/** True when `pos` falls between the two halves of a surrogate pair. */
export const splitsPair = (text: string, pos: number): boolean =>
  pos > 0 && pos < text.length && isHigh(text.charCodeAt(pos - 1)) && isLow(text.charCodeAt(pos));

/** Every span anywhere in `result` is in bounds of `text`, slices it to its `text`, and keeps surrogate pairs whole. */
export function assertSpans(text: string, result: unknown): void {
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      assert.ok(o.start >= 0 && o.start <= o.end && o.end <= text.length, `[${o.start}, ${o.end}) in bounds`);
      if (typeof o.text === 'string') assert.equal(text.slice(o.start, o.end), o.text);
      for (const p of [o.start, o.end]) assert.ok(!splitsPair(text, p), `${p} splits a pair`);
    }
    Object.values(o).forEach(visit);
  };
  visit(result);
}

/** The fastest of `runs` timings of `fn`, in milliseconds: for ratios only, never for a limit. */
export function bestMs(fn: () => void, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return best;
}

/**
 * Asserts that `run` on the input `make(8 * n)` takes at most `limit` times as long as on `make(n)`:
 * linear work gives about 8, quadratic 64. No wall-clock limit, so a slow machine does not fail it.
 * Under `floorMs` for the 1x input, timer noise dominates, so that is taken as the 1x time.
 */
export function assertLinear<T>(what: string, make: (n: number) => T, run: (input: T) => unknown, n: number, limit = 20, floorMs = 2): void {
  const one = make(n);
  const eight = make(8 * n);
  run(one); // warm-up
  // A busy machine (another process, a garbage collection) can slow one measurement: measure again
  // up to three times. Quadratic work is over the limit every time, so this does not hide it.
  const measured: string[] = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    const t1 = Math.max(bestMs(() => run(one)), floorMs);
    const t8 = bestMs(() => run(eight));
    if (t8 / t1 <= limit) return;
    measured.push(`1x ${t1.toFixed(1)} ms, 8x ${t8.toFixed(1)} ms, ratio ${(t8 / t1).toFixed(1)}`);
  }
  assert.fail(`${what}: over ${limit} in every measurement (${measured.join('; ')})`);
}
