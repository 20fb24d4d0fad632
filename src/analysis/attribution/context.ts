// What the attribution patterns of one paragraph share: its tokens and quotations, and the
// sentence helpers that bound every pattern's window.
import { DASHES as LEXICON_DASHES } from '../lexicon/punctuation';
import type { QuoteSpan } from '../quotes/quote-spans';
import { isSentenceEnd, Token } from '../structure/tokens';
import type { Cue, CueScope } from './cue-finder';
import type { SourcePhrase } from './source-phrase';
import type { SourceKind, Span } from '../types';
import { nth } from '../indexed';

/** A cue and source found in the paragraph, offsets relative to the paragraph. */
export interface LocalAttribution {
  cue: Span | null;
  source: Span | null;
  sourceKind: SourceKind | null;
  /** The individual names (or the phrase) inside the source, for linking to people. */
  names: Span[];
  /** For a definite description ("the senator"): its head noun. */
  description?: string;
}

export interface Context extends CueScope {
  text: string;
  /** Token ranges [from, to) of each quotation, marks included. */
  ranges: [number, number][];
  quoteSpans: QuoteSpan[];
  usedCues: Set<number>;
  /** For each token, the index of the quotation it lies in, or -1. */
  quoteOf: Int32Array;
}

export const MAX_WINDOW = 60;
/** Every dash, hyphen-minus included: a dash after a quotation sets off its attribution. */
export const DASHES = new Set(LEXICON_DASHES.map((d) => d.text));

export function span(ctx: Context, from: number, to: number): Span {
  const start = nth(ctx.tokens, from).start;
  const end = nth(ctx.tokens, to - 1).end;
  return { start, end, text: ctx.text.slice(start, end) };
}

export function toAttribution(ctx: Context, cue: Cue | null, phrase: SourcePhrase, cueSpan?: Span): LocalAttribution {
  if (cue) ctx.usedCues.add(cue.from);
  const out: LocalAttribution = {
    cue: cueSpan ?? (cue ? span(ctx, cue.from, cue.to) : null),
    source: span(ctx, phrase.from, phrase.to),
    sourceKind: phrase.kind,
    names: phrase.names.map(([a, b]) => span(ctx, a, b)),
  };
  if (phrase.description) out.description = phrase.description;
  return out;
}

/** Token index ranges of the quotations, by a linear merge of tokens and spans. */
export function quoteRanges(tokens: Token[], quotes: QuoteSpan[]): [number, number][] {
  const out: [number, number][] = [];
  let k = 0;
  for (const q of quotes) {
    while (k < tokens.length && nth(tokens, k).start < q.start) k++;
    const from = k;
    while (k < tokens.length && nth(tokens, k).start < q.end) k++;
    out.push([from, k]);
  }
  return out;
}

export function quoteIndexByToken(n: number, ranges: [number, number][]): Int32Array {
  const out = new Int32Array(n).fill(-1);
  ranges.forEach(([a, b], qi) => out.fill(qi, a, b));
  return out;
}

/** Whether the quotation ends its sentence: “Done.” followed by a capitalised word or nothing. */
export function quoteEndsSentence(ctx: Context, qi: number): boolean {
  const next = ctx.tokens[nth(ctx.ranges, qi)[1]];
  return endsSentence(nth(ctx.quoteSpans, qi)) && (!next || next.cap);
}

/** The first token of the sentence containing token i. Quotations inside the sentence do not end
 * it ("Flynn said Trump was “absolutely right” when he said ... “...”"). */
export function sentenceStart(ctx: Context, i: number): number {
  const { tokens, quoteOf, ranges } = ctx;
  const floor = Math.max(0, i - 2 * MAX_WINDOW);
  for (let k = i - 1; k >= floor; k--) {
    const qi = quoteOf[k] ?? -1;
    if (qi >= 0) {
      const [from, to] = nth(ranges, qi);
      if (quoteEndsSentence(ctx, qi)) return to;
      k = from;
      continue;
    }
    if (isSentenceEnd(nth(tokens, k))) return k + 1;
  }
  return floor;
}

/** The first token after the last quotation that ends before token c (subjects are never quoted). */
export function afterQuotes(ctx: Context, lo: number, c: number): number {
  for (let k = c - 1; k >= lo; k--) {
    const qi = ctx.quoteOf[k] ?? -1;
    if (qi >= 0) return nth(ctx.ranges, qi)[1];
  }
  return lo;
}

/** One past the last token of the sentence starting at i, not beyond hi. */
export function sentenceEnd(tokens: Token[], i: number, hi: number): number {
  for (let k = i; k < Math.min(hi, i + MAX_WINDOW); k++) if (isSentenceEnd(nth(tokens, k))) return k;
  return Math.min(hi, i + MAX_WINDOW);
}

/** Whether the quotation's own text ends a sentence (“... stop.”). */
export function endsSentence(q: QuoteSpan): boolean {
  return /[.!?…]$/.test(q.text.replace(/[”"’']+$/, '').trimEnd());
}
