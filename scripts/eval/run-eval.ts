// npm run eval -- <gold.jsonl> [quotes|roles|dates] [--out system.jsonl] [--texts articles.jsonl]
// Runs the engine over every article of a gold file and prints the accuracy figures; the last
// line is one JSON object. Articles without a `text` field (the roles file) take their text from
// --texts, or from the other .jsonl files in the gold file's folder, matched by id.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Analyzer } from '../../src/analysis/analyze';
import { toContract } from '../../src/analysis/contract';
import { scoreDates, scoreQuotes, scoreRoles } from './metrics';

/* eslint-disable @typescript-eslint/no-explicit-any -- gold records are loose JSON */
type Mode = 'quotes' | 'roles' | 'dates';

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
  return 'roles';
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

function main(argv: string[]): void {
  const positional = argv.filter((a, i) => !a.startsWith('--') && !(i > 0 && argv[i - 1].startsWith('--')));
  const opt = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const goldFile = positional[0];
  if (!goldFile) {
    process.stderr.write('usage: npm run eval -- <gold.jsonl> [quotes|roles|dates] [--out system.jsonl] [--texts articles.jsonl]\n');
    process.exit(2);
  }
  const gold = readJsonl(goldFile);
  const mode = (positional[1] as Mode | undefined) ?? guessMode(gold[0] ?? {});
  if (!['quotes', 'roles', 'dates'].includes(mode)) {
    process.stderr.write(`unknown mode ${mode}: use quotes, roles or dates\n`);
    process.exit(2);
  }
  const texts = findTexts(gold, goldFile, opt('--texts'));
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
    // Creation dates may carry a time ("1990-08-15T13:37"): the day is the reference date.
    const stamp = source.publication_date ?? source.dct ?? source.referenceDate ?? null;
    const referenceDate = typeof stamp === 'string' && /^\d{4}-\d{2}-\d{2}/.test(stamp) ? stamp.slice(0, 10) : null;
    chars += source.text.length;
    const result = toContract(analyzer.analyze(source.text, { id: g.id, referenceDate }));
    sys.set(g.id, result);
    outLines.push(JSON.stringify(result));
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const out = opt('--out');
  if (out) fs.writeFileSync(out, outLines.join('\n') + '\n');
  const scores = mode === 'quotes' ? scoreQuotes(gold, sys) : mode === 'roles' ? scoreRoles(gold, sys) : scoreDates(gold, sys);
  process.stderr.write(`${mode}: ${sys.size} articles, ${(chars / 1e6).toFixed(2)} M chars in ${ms.toFixed(0)} ms\n`);
  process.stdout.write(JSON.stringify({ mode, ...scores }) + '\n');
}

main(process.argv.slice(2));
