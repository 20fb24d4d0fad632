// npm run -s compile-tests && node out/scripts/eval/errors.js <gold.jsonl> [--fold i/K | --exclude-fold i/K] [--out errors.jsonl] [--all]
// Error breakdown of quotation attribution: runs the engine over the gold articles and, for each
// closed gold quotation whose attribution names a source and that the output gets wrong (or, with
// --all, every such quotation), writes one JSON line: the gold kind, speaker and cue, the output's
// rule, source and speaker, the class of the error, and the text around the quotation (for reading
// only, never to be copied into the repository). Prints a count per class and per output rule.
import * as fs from 'node:fs';
import { Analyzer } from '../../src/analysis/analyze';
import type { Quote } from '../../src/analysis/types';
import { parseFoldSpec, selectFold } from './folds';
import { nameMatch, utf16Map } from './metrics';

/* eslint-disable @typescript-eslint/no-explicit-any -- gold records are loose JSON */
type Json = any;

const overlap = (a0: number, a1: number, b0: number, b1: number): boolean => Math.max(a0, b0) < Math.min(a1, b1);

function opt(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

function matches(q: Json, hits: Quote[], m: number[]): boolean {
  const g0 = m[q.speaker_start], g1 = m[q.speaker_end];
  const names = [q.speaker];
  if (q.speaker_resolved) names.push(typeof q.speaker_resolved === 'object' ? q.speaker_resolved.text : q.speaker_resolved);
  return hits.some((x) => {
    if (x.source && overlap(x.source.start, x.source.end, g0, g1)) return true;
    const nm = x.speakerName || x.source?.text;
    return names.some((gn) => nameMatch(nm, gn));
  });
}

/** Where the gold source stands relative to the quotation: before or after it, in its paragraph or not. */
function place(text: string, q: Json, m: number[]): string {
  const s0 = m[q.speaker_start], s1 = m[q.speaker_end];
  const q0 = m[q.start], q1 = m[q.end];
  if (s0 >= q0 && s1 <= q1) return 'inside';
  const [a, b] = s1 <= q0 ? [s1, q0] : [q1, s0];
  const gap = text.slice(a, b);
  const side = s1 <= q0 ? 'before' : 'after';
  return gap.includes('\n') ? `${side}-other-paragraph` : `${side}-same-paragraph`;
}

function classify(text: string, q: Json, hits: Quote[], m: number[]): string {
  const h = hits[0];
  if (!h) return 'not-found';
  const where = place(text, q, m);
  if (h.attribution === 'none') return `unattributed/${where}`;
  if (h.rule === 'continuation') return `continuation-wrong/${where}`;
  const src = h.source;
  const s0 = m[q.speaker_start];
  if (src && src.end <= m[q.start] && s0 >= m[q.end]) return `explicit-before-gold-after/${where}`;
  if (src && src.start >= m[q.end] && m[q.speaker_end] <= m[q.start]) return `explicit-after-gold-before/${where}`;
  if (q.speaker_is_pronoun) return `pronoun/${where}`;
  return `explicit-wrong/${where}`;
}

function main(argv: string[]): void {
  const goldFile = argv.find((a, i) => !a.startsWith('--') && !(i > 0 && argv[i - 1]?.startsWith('--')));
  if (!goldFile) {
    process.stderr.write('usage: npm run -s compile-tests && node out/scripts/eval/errors.js <gold.jsonl> [--fold i/K | --exclude-fold i/K] [--out errors.jsonl] [--all]\n');
    process.exit(2);
  }
  let gold: Json[] = fs.readFileSync(goldFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const fold = opt(argv, '--fold') ?? opt(argv, '--exclude-fold');
  if (fold) gold = selectFold(gold, (g) => g.id, parseFoldSpec(fold), opt(argv, '--exclude-fold') !== undefined);
  const all = argv.includes('--all');
  const analyzer = new Analyzer();
  const lines: string[] = [];
  const classes = new Map<string, number>();
  const rules = new Map<string, [number, number]>();
  for (const g of gold) {
    const r = analyzer.analyze(g.text, { id: g.id, referenceDate: String(g.publication_date ?? '').slice(0, 10) || null });
    const m = utf16Map(g.text);
    const flags = r.diagnostics.filter((d) => d.code.includes('unattributed'));
    for (const q of g.quotes) {
      if (q.closed === false || q.attribution !== 'source') continue;
      const q0 = m[q.start], q1 = m[q.end];
      const hits = r.quotes.filter((x) => overlap(x.start, x.end, q0, q1));
      const ok = matches(q, hits, m);
      const rule = hits[0] ? String(hits[0].rule ?? 'none') : 'not-found';
      const tally = rules.get(rule) ?? [0, 0];
      tally[ok ? 0 : 1]++;
      rules.set(rule, tally);
      if (ok && !all) continue;
      const cls = ok ? 'ok' : classify(g.text, q, hits, m);
      classes.set(cls, (classes.get(cls) ?? 0) + 1);
      const h = hits[0];
      const lo = Math.max(0, Math.min(q0, m[q.speaker_start]) - 250);
      const hi = Math.min(g.text.length, Math.max(q1, m[q.speaker_end]) + 120);
      lines.push(JSON.stringify({
        id: g.id, cls, kind: q.kind, gold: q.speaker, resolved: q.speaker_resolved?.text ?? null, cue: q.cue,
        rule, sys: h?.speakerName ?? null, source: h?.source?.text ?? null, sysCue: h?.cue?.text ?? null,
        flagged: flags.some((d) => overlap(d.start, d.end, q0, q1)),
        quote: g.text.slice(q0, q1).slice(0, 80), context: g.text.slice(lo, hi),
      }));
    }
  }
  const out = opt(argv, '--out');
  if (out) fs.writeFileSync(out, lines.join('\n') + '\n');
  const sorted = [...classes].sort((a, b) => b[1] - a[1]);
  process.stdout.write(sorted.map(([c, n]) => `${String(n).padStart(5)}  ${c}`).join('\n') + '\n\nby output rule (right / wrong):\n');
  process.stdout.write([...rules].sort((a, b) => b[1][1] - a[1][1]).map(([r, [a, b]]) => `${String(b).padStart(5)} ${String(a).padStart(6)}  ${r}`).join('\n') + '\n');
}

main(process.argv.slice(2));
