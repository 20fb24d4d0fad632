// npm run eval -- <gold.jsonl> [quotes|roles|dates|gender] [--out system.jsonl] [--texts articles.jsonl]
//                 [--system system.jsonl] [--bootstrap B] [--seed N]
//                 [--folds K | --fold i/K | --exclude-fold i/K]
// Runs the engine over every article of a gold file and prints the accuracy figures, one a line,
// each ratio with its 95% bootstrap interval over articles (B resamples, default 1000; 0: none);
// --gender-from-first-names runs the engine with the first-name lookup on (gender mode).
// the last line is one JSON object with the figures and "intervals". Articles without a `text`
// field (the roles file) take their text from --texts, or from the other .jsonl files in the gold
// file's folder, matched by id. --system scores an output file already made (the CLI's --jsonl
// output, say) instead of running the engine.
// --folds K also scores K folds (by a hash of the article id, see folds.ts) one by one, with the
// mean and min-max over folds; --fold i/K scores only the articles of fold i, --exclude-fold i/K
// all the others.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Analyzer } from '../../src/analysis/analyze';
import { toContract } from '../../src/analysis/contract';
import { BootstrapOptions, DEFAULT_BOOTSTRAP } from './bootstrap';
import { FoldSpec, foldIndices, parseFoldSpec, selectFold } from './folds';
import { Counts, MODES, Mode, SCORERS, Scorer, countArticles } from './metrics';
import { figureLines, foldSpread, scoreCounts, scoreFolds, spreadLines } from './report';

/* eslint-disable @typescript-eslint/no-explicit-any -- gold records are loose JSON */
const USAGE =
  'usage: npm run eval -- <gold.jsonl> [quotes|roles|dates|gender] [--out system.jsonl] [--texts articles.jsonl] [--system system.jsonl]\n' +
  '                       [--bootstrap B] [--seed N] [--folds K | --fold i/K | --exclude-fold i/K] [--gender-from-first-names]\n';

/** Text lines and the fields they add to the last, JSON line. */
interface Section {
  lines: string[];
  json: Record<string, unknown>;
}

interface Options {
  goldFile: string;
  mode: Mode | undefined;
  out?: string;
  texts?: string;
  system?: string;
  bootstrap: BootstrapOptions;
  folds?: number;
  /** Score only this fold's articles, or with `excludeFold` all the others. */
  fold?: FoldSpec;
  excludeFold: boolean;
  /** Run the engine with newsAnnotator.gender.fromFirstNames on. */
  firstNames: boolean;
}

function readJsonl(file: string): any[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

function guessMode(first: any): Mode {
  if (Array.isArray(first.quotes)) return 'quotes';
  if (Array.isArray(first.timexes)) return 'dates';
  if (Array.isArray(first.people) && first.people.some((p: any) => 'gender' in p)) return 'gender';
  return 'roles';
}

function fail(message: string): never {
  process.stderr.write(message);
  process.exit(2);
}

/** A whole number >= min given to an option, or the default when the option is absent. */
function wholeNumber(name: string, text: string | undefined, fallback: number | undefined, min: number): number | undefined {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) fail(`${name} wants a whole number >= ${min}, not ${text}\n`);
  return n;
}

function foldOption(fold: string | undefined, excluded: string | undefined, folds: number | undefined): Pick<Options, 'fold' | 'excludeFold'> {
  if ([fold, excluded, folds].filter((x) => x !== undefined).length > 1) fail('use one of --folds, --fold and --exclude-fold\n');
  const text = fold ?? excluded;
  try {
    return { fold: text === undefined ? undefined : parseFoldSpec(text), excludeFold: excluded !== undefined };
  } catch (e) {
    fail(`${(e as Error).message}\n`);
  }
}

function parseOptions(argv: string[]): Options {
  const flags = new Set(['--gender-from-first-names']);
  const positional = argv.filter((a, i) => !a.startsWith('--') && !(i > 0 && argv[i - 1].startsWith('--') && !flags.has(argv[i - 1])));
  const opt = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  if (!positional[0]) fail(USAGE);
  const mode = positional[1] as Mode | undefined;
  if (mode !== undefined && !MODES.includes(mode)) fail(`unknown mode ${mode}: use ${MODES.join(', ')}\n`);
  const folds = wholeNumber('--folds', opt('--folds'), undefined, 2);
  const bootstrap = {
    resamples: wholeNumber('--bootstrap', opt('--bootstrap'), DEFAULT_BOOTSTRAP.resamples, 0) as number,
    seed: wholeNumber('--seed', opt('--seed'), DEFAULT_BOOTSTRAP.seed, 0) as number,
  };
  return {
    goldFile: positional[0], mode, out: opt('--out'), texts: opt('--texts'), system: opt('--system'),
    bootstrap, folds, firstNames: argv.includes('--gender-from-first-names'), ...foldOption(opt('--fold'), opt('--exclude-fold'), folds),
  };
}

function findTexts(gold: any[], goldFile: string, textsFile: string | undefined): Map<string, any> {
  const wanted = new Set(gold.filter((g) => typeof g.text !== 'string').map((g) => g.id));
  const found = new Map<string, any>();
  if (!wanted.size) return found;
  const candidates = textsFile
    ? [textsFile]
    : fs.readdirSync(path.dirname(goldFile)).filter((f) => f.endsWith('.jsonl')).map((f) => path.join(path.dirname(goldFile), f));
  for (const file of candidates) {
    if (path.resolve(file) === path.resolve(goldFile)) continue;
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const idMatch = /"id":\s*"([^"]*)"/.exec(line);
      if (!idMatch || !wanted.has(idMatch[1])) continue;
      const rec = JSON.parse(line);
      if (typeof rec.text === 'string') found.set(rec.id, rec);
    }
    if (found.size === wanted.size) break;
  }
  return found;
}

/** The reference date the CLI is given: the day of a creation date that may carry a time. */
function referenceDateOf(source: any): string | null {
  const stamp = source.publication_date ?? source.dct ?? source.referenceDate ?? null;
  return typeof stamp === 'string' && /^\d{4}-\d{2}-\d{2}/.test(stamp) ? stamp.slice(0, 10) : null;
}

/** Runs the engine over the gold articles; writes its output to `out` when given. */
function runEngine(gold: any[], options: Options, mode: Mode): Map<string, any> {
  const texts = findTexts(gold, options.goldFile, options.texts);
  const analyzer = new Analyzer({ gender: { fromFirstNames: options.firstNames } });
  const sys = new Map<string, any>();
  const outLines: string[] = [];
  const t0 = process.hrtime.bigint();
  let chars = 0;
  for (const g of gold) {
    const source = typeof g.text === 'string' ? g : texts.get(g.id);
    if (!source) {
      process.stderr.write(`no text for ${g.id}; skipped\n`);
      continue;
    }
    if (typeof g.text !== 'string') g.text = source.text;
    chars += source.text.length;
    const result = toContract(analyzer.analyze(source.text, { id: g.id, referenceDate: referenceDateOf(source) }));
    sys.set(g.id, result);
    outLines.push(JSON.stringify(result));
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (options.out) fs.writeFileSync(options.out, outLines.join('\n') + '\n');
  process.stderr.write(`${mode}: ${sys.size} articles, ${(chars / 1e6).toFixed(2)} M chars in ${ms.toFixed(0)} ms\n`);
  return sys;
}

/** An output file made before, by id (the last line of an id wins, as in score.py). */
function readSystem(file: string): Map<string, any> {
  return new Map(readJsonl(file).map((x) => [x.id, x]));
}

/** The gold articles to score: all, or those of the fold chosen (or not excluded). */
function selectedGold(options: Options): any[] {
  const gold = readJsonl(options.goldFile);
  return options.fold ? selectFold(gold, (g) => g.id, options.fold, options.excludeFold) : gold;
}

/** K folds scored one by one, then their spread: text lines and the JSON fields. */
function foldSection(counts: Counts[], gold: any[], names: string[], scorer: Scorer, options: Options, k: number): Section {
  const folds = scoreFolds(counts, foldIndices(gold, (g) => g.id, k), names, scorer, options.bootstrap);
  const spread = foldSpread(folds, scorer.rates);
  const lines = folds.flatMap((f) => [`fold ${f.fold}:`, ...figureLines(f, scorer.rates, '  ')]);
  lines.push(`over ${k} folds:`, ...spreadLines(spread, '  '), `all ${gold.length} articles:`);
  const json = { folds: folds.map((f) => ({ fold: f.fold, ...f.figures, ...(f.intervals ? { intervals: f.intervals } : {}) })), fold_spread: spread };
  return { lines, json };
}

/** Prints the figures (and folds) as text lines, then the whole result as the last, JSON line. */
function printScores(mode: Mode, scorer: Scorer, gold: any[], sys: Map<string, any>, options: Options): void {
  const t0 = Date.now();
  const counts = countArticles(scorer, gold, sys);
  // Every article has the same count names; an empty fold sums to zeros of these.
  const names = Object.keys(counts[0] ?? {});
  const overall = scoreCounts(counts, names, scorer, options.bootstrap);
  const folds = options.folds ? foldSection(counts, gold, names, scorer, options, options.folds) : { lines: [], json: {} };
  const lines = [...folds.lines];
  if (options.fold) lines.push(`${options.excludeFold ? 'all but fold' : 'fold'} ${options.fold.index}/${options.fold.count}:`);
  lines.push(...figureLines(overall, scorer.rates, options.folds || options.fold ? '  ' : ''));
  const result = { mode, ...overall.figures, ...(overall.intervals ? { intervals: overall.intervals } : {}), ...folds.json };
  process.stderr.write(`scored in ${Date.now() - t0} ms (${options.bootstrap.resamples} resamples, seed ${options.bootstrap.seed})\n`);
  process.stdout.write([...lines, JSON.stringify(result)].join('\n') + '\n');
}

function main(argv: string[]): void {
  const options = parseOptions(argv);
  const gold = selectedGold(options);
  if (!gold.length) fail(`no articles to score in ${options.goldFile}\n`);
  const mode = options.mode ?? guessMode(gold[0] ?? {});
  const sys = options.system ? readSystem(options.system) : runEngine(gold, options, mode);
  printScores(mode, SCORERS[mode], gold, sys, options);
}

main(process.argv.slice(2));
