// npm run -s compile-tests && node out/scripts/eval/date-errors.js <gold.jsonl> [--fold i/K | --exclude-fold i/K] [--out errors.jsonl]
// Error breakdown of date values: for each gold DATE/TIME whose value is a calendar value (the ones
// value_accuracy counts) and that the output gets wrong, writes one JSON line with the gold text and
// value, the output's overlapping dates, a class (which kind of expression, and how the value is
// wrong) and the text around it (for reading only, never to be copied into the repository).
// Prints a count per class, and per fold with --folds K.
import * as fs from 'node:fs';
import { Analyzer } from '../../src/analysis/analyze';
import type { DateMention } from '../../src/analysis/types';
import { foldOf, parseFoldSpec, selectFold } from './folds';
import { utf16Map } from './metrics';

/* eslint-disable @typescript-eslint/no-explicit-any -- gold records are loose JSON */
type Json = any;

const CALENDAR_VALUE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const overlap = (a0: number, a1: number, b0: number, b1: number): boolean => Math.max(a0, b0) < Math.min(a1, b1);

function opt(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** The kind of expression, from the gold text's words. */
function kindOf(text: string): string {
  const t = text.toLowerCase();
  if (/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/.test(t)) return 'weekday';
  if (/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z.]*\s*\d/.test(t) || /\d\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/.test(t)) return 'month-day';
  if (/\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/.test(t)) return 'month';
  if (/\b(?:today|yesterday|tomorrow|tonight)\b/.test(t)) return 'deictic';
  if (/\b(?:week|month|year|quarter|decade)s?\b/.test(t) && /\b(?:ago|earlier|later|before|after)\b/.test(t)) return 'offset';
  if (/\b(?:last|next|this|past|coming|current|previous|following|same|that)\b/.test(t)) return 'relative-unit';
  if (/\b(?:1[6-9]|20)\d\d\b/.test(t)) return 'year';
  if (/\b(?:now|currently|recent)/.test(t)) return 'vague';
  return 'other';
}

/** How an output value differs from the gold one. */
function wrongness(gold: string, hits: DateMention[]): string {
  if (!hits.length) return 'not-found';
  const v = hits.map((h) => h.value ?? '').find((x) => x) ?? '';
  if (!v) return 'no-value';
  if (!CALENDAR_VALUE.test(v.replace(/T.*$/, ''))) return 'other-form';
  if (gold.length > v.length) return 'coarser';
  if (v.slice(0, 4) !== gold.slice(0, 4)) return 'year-wrong';
  if (gold.length >= 7 && v.slice(0, 7) !== gold.slice(0, 7)) return 'month-wrong';
  return 'day-wrong';
}

function main(argv: string[]): void {
  const goldFile = argv[0];
  if (!goldFile) throw new Error('usage: date-errors <gold.jsonl> [--fold i/K | --exclude-fold i/K] [--folds K] [--out errors.jsonl]');
  let gold: Json[] = fs.readFileSync(goldFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const fold = opt(argv, '--fold') ?? opt(argv, '--exclude-fold');
  if (fold) gold = selectFold(gold, (g) => g.id, parseFoldSpec(fold), argv.includes('--exclude-fold'));
  const k = Number(opt(argv, '--folds') ?? 0);
  const analyzer = new Analyzer();
  const lines: string[] = [];
  const counts = new Map<string, number[]>();
  for (const g of gold) {
    const ref = typeof g.dct === 'string' ? g.dct.slice(0, 10) : null;
    const r = analyzer.analyze(g.text, { id: g.id, referenceDate: ref });
    const m = utf16Map(g.text);
    const f = k ? foldOf(g.id, k) : 0;
    for (const t of g.timexes as Json[]) {
      if ((t.type !== 'DATE' && t.type !== 'TIME') || !CALENDAR_VALUE.test(String(t.value ?? ''))) continue;
      const t0 = m[t.start] ?? 0, t1 = m[t.end] ?? 0;
      const hits = r.dates.filter((d) => overlap(d.start, d.end, t0, t1));
      if (hits.some((d) => String(d.value ?? '').startsWith(t.value))) continue;
      const cls = `${kindOf(t.text)}/${wrongness(t.value, hits)}`;
      const row = counts.get(cls) ?? new Array<number>(k + 1).fill(0);
      row[0] = (row[0] ?? 0) + 1;
      if (f) row[f] = (row[f] ?? 0) + 1;
      counts.set(cls, row);
      lines.push(JSON.stringify({
        id: g.id, dct: ref, class: cls, gold: t.text, gold_value: t.value,
        output: hits.map((h) => ({ text: h.text, value: h.value })),
        context: g.text.slice(Math.max(0, t0 - 120), t1 + 80).replace(/\s+/g, ' '),
      }));
    }
  }
  const out = opt(argv, '--out');
  if (out) fs.writeFileSync(out, lines.join('\n') + '\n');
  for (const [cls, row] of [...counts].sort((a, b) => (b[1][0] ?? 0) - (a[1][0] ?? 0))) {
    process.stdout.write(`${String(row[0]).padStart(4)}  ${cls}${k ? `  (folds ${row.slice(1).join(' ')})` : ''}\n`);
  }
  process.stdout.write(`${lines.length} value errors\n`);
}

main(process.argv.slice(2));
