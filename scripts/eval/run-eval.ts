// npm run eval -- <gold.jsonl> [quotes|roles|dates|gender] [--out system.jsonl] [--texts articles.jsonl]
//                 [--system system.jsonl]
// Runs the engine over every article of a gold file and prints the accuracy figures; the last
// line is one JSON object. Articles without a `text` field (the roles file) take their text from
// --texts, or from the other .jsonl files in the gold file's folder, matched by id.
// --system scores an output file already made (the CLI's --jsonl output, say) instead of running
// the engine.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Analyzer } from '../../src/analysis/analyze';
import { toContract } from '../../src/analysis/contract';
import { MODES, Mode, SCORERS, scoreWith } from './metrics';

/* eslint-disable @typescript-eslint/no-explicit-any -- gold records are loose JSON */
const USAGE =
  'usage: npm run eval -- <gold.jsonl> [quotes|roles|dates|gender] [--out system.jsonl] [--texts articles.jsonl] [--system system.jsonl]\n';

interface Options {
  goldFile: string;
  mode: Mode | undefined;
  out?: string;
  texts?: string;
  system?: string;
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

function parseOptions(argv: string[]): Options {
  const positional = argv.filter((a, i) => !a.startsWith('--') && !(i > 0 && argv[i - 1].startsWith('--')));
  const opt = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  if (!positional[0]) fail(USAGE);
  const mode = positional[1] as Mode | undefined;
  if (mode !== undefined && !MODES.includes(mode)) fail(`unknown mode ${mode}: use ${MODES.join(', ')}\n`);
  return { goldFile: positional[0], mode, out: opt('--out'), texts: opt('--texts'), system: opt('--system') };
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
  const analyzer = new Analyzer();
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

function main(argv: string[]): void {
  const options = parseOptions(argv);
  const gold = readJsonl(options.goldFile);
  const mode = options.mode ?? guessMode(gold[0] ?? {});
  const sys = options.system ? readSystem(options.system) : runEngine(gold, options, mode);
  const scores = scoreWith(SCORERS[mode], gold, sys);
  process.stdout.write(JSON.stringify({ mode, ...scores }) + '\n');
}

main(process.argv.slice(2));
