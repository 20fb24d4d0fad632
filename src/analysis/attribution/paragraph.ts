// Attribution of the quotations of one paragraph (a pure function of its text): quotation spans
// and, for each, the cue and source found around it; plus reported speech outside quotations and a
// trailing "X said:" that introduces the next paragraph. The document-level step is
// resolve-quotes.ts.
import { findQuoteSpans, QuoteSpan } from '../quotes/quote-spans';
import { isSentenceEnd, Token, tokenize } from '../structure/tokens';
import { Cue, cueAt, cueLexicon, CueLexicon, CueScope, isTitleCase } from './cue-finder';
import { clauseSubject, SourcePhrase, sourceAfter, subjectBefore } from './source-phrase';
import { Span } from '../types';
import { QUOTATION_ONLY_VERBS } from '../lexicon/cues';
import type { LocalAttribution, ParagraphQuote, ParagraphQuoteFacts } from './types';

interface Context extends CueScope {
  text: string;
  /** Token ranges [from, to) of each quotation, marks included. */
  ranges: [number, number][];
  quoteSpans: QuoteSpan[];
  usedCues: Set<number>;
  /** For each token, the index of the quotation it lies in, or -1. */
  quoteOf: Int32Array;
}

const MAX_WINDOW = 60;
const CLAUSE_WORDS = new Set(['when', 'that', 'which', 'as', 'because', 'while', 'if', 'and', 'but', 'after', 'before', 'where', 'since', 'although', 'though', 'so', 'until', 'whether']);
const DASHES = new Set(['\u2015', '\u2014', '\u2013', '-']);

function span(ctx: Context, from: number, to: number): Span {
  const start = ctx.tokens[from].start;
  const end = ctx.tokens[to - 1].end;
  return { start, end, text: ctx.text.slice(start, end) };
}

function toAttribution(ctx: Context, cue: Cue | null, phrase: SourcePhrase, cueSpan?: Span): LocalAttribution {
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
function quoteRanges(tokens: Token[], quotes: QuoteSpan[]): [number, number][] {
  const out: [number, number][] = [];
  let k = 0;
  for (const q of quotes) {
    while (k < tokens.length && tokens[k].start < q.start) k++;
    const from = k;
    while (k < tokens.length && tokens[k].start < q.end) k++;
    out.push([from, k]);
  }
  return out;
}

function quoteIndexByToken(n: number, ranges: [number, number][]): Int32Array {
  const out = new Int32Array(n).fill(-1);
  ranges.forEach(([a, b], qi) => out.fill(qi, a, b));
  return out;
}

/** Whether the quotation ends its sentence: “Done.” followed by a capitalised word or nothing. */
function quoteEndsSentence(ctx: Context, qi: number): boolean {
  const next = ctx.tokens[ctx.ranges[qi][1]];
  return endsSentence(ctx.quoteSpans[qi]) && (!next || next.cap);
}

/** The first token of the sentence containing token i. Quotations inside the sentence do not end
 * it ("Flynn said Trump was “absolutely right” when he said ... “...”"). */
function sentenceStart(ctx: Context, i: number): number {
  const { tokens, quoteOf, ranges } = ctx;
  const floor = Math.max(0, i - 2 * MAX_WINDOW);
  for (let k = i - 1; k >= floor; k--) {
    const qi = quoteOf[k];
    if (qi >= 0) {
      if (quoteEndsSentence(ctx, qi)) return ranges[qi][1];
      k = ranges[qi][0];
      continue;
    }
    if (isSentenceEnd(tokens[k])) return k + 1;
  }
  return floor;
}

/** The first token after the last quotation that ends before token c (subjects are never quoted). */
function afterQuotes(ctx: Context, lo: number, c: number): number {
  for (let k = c - 1; k >= lo; k--) if (ctx.quoteOf[k] >= 0) return ctx.ranges[ctx.quoteOf[k]][1];
  return lo;
}

/** One past the last token of the sentence starting at i, not beyond hi. */
function sentenceEnd(tokens: Token[], i: number, hi: number): number {
  for (let k = i; k < Math.min(hi, i + MAX_WINDOW); k++) if (isSentenceEnd(tokens[k])) return k;
  return Math.min(hi, i + MAX_WINDOW);
}

/** Whether the quotation's own text ends a sentence (“... stop.”). */
function endsSentence(q: QuoteSpan): boolean {
  return /[.!?…]$/.test(q.text.replace(/[”"’']+$/, '').trimEnd());
}

/** “...,” Zheng added. / “...,” said Smith, the mayor. / “...” he said. */
function attributionRightAfter(ctx: Context, qi: number, hi: number, q: QuoteSpan): LocalAttribution | null {
  const { tokens } = ctx;
  let k = ctx.ranges[qi][1];
  const comma = k < hi && tokens[k].text === ',';
  if (comma) k++;
  if (k >= hi) return null;
  if (DASHES.has(tokens[k].text)) return dashAttribution(ctx, k, hi);
  // A fragment quoted mid-sentence (“absolutely right” when he said) has no cue right after it.
  if (!comma && !/[,.!?\u2026\u2014-]['\u2019"\u201d]*$/.test(q.text)) return null;
  // After a complete sentence in quotes, the cue must come soon (“...?” a narrator in the ad asks).
  const limit = Math.min(hi, k + (endsSentence(q) ? 8 : 16));
  const first = cueAt(ctx, k);
  // “...,” referring to X: a participle's subject is the clause's, found before the quotation.
  if (first && isParticiple(tokens, first)) return null;
  if (first) {
    const after = sourceAfter(tokens, first.to, sentenceEnd(tokens, first.to, hi));
    return after ? toAttribution(ctx, first, after) : null;
  }
  for (let c = k + 1; c < limit; c++) {
    const t = tokens[c];
    if (isSentenceEnd(t) || t.text === ';' || t.text === ':') return null;
    const cue = cueAt(ctx, c);
    if (!cue) continue;
    const subject = subjectBefore(tokens, k, c);
    return subject && plainLead(tokens, k, subject.from) ? toAttribution(ctx, cue, subject) : null;
  }
  return null;
}

function isParticiple(tokens: Token[], cue: Cue): boolean {
  return !cue.sourceFollows && (cue.participle || tokens[cue.from].lower.endsWith('ing'));
}

/** “...,” telling reporters ...: the subject of the sentence's clause, when nothing before the
 * quotation attributes it. */
function participleAfter(ctx: Context, qi: number, lo: number, hi: number): LocalAttribution | null {
  const { tokens } = ctx;
  let k = ctx.ranges[qi][1];
  if (k < hi && tokens[k].text === ',') k++;
  const cue = k < hi ? cueAt(ctx, k) : null;
  if (!cue || !isParticiple(tokens, cue)) return null;
  const phrase = clauseSubject(tokens, lo, ctx.ranges[qi][0]);
  return phrase ? toAttribution(ctx, cue, phrase) : null;
}

/** The words between a quotation and its subject are only a role ("White House press secretary"),
 * not a clause ("when he said"). */
function plainLead(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (CLAUSE_WORDS.has(t.lower) || (!t.word && t.text !== ',' && t.text !== '(' && t.text !== ')')) return false;
  }
  return true;
}

/** “...” ― Martha Aguilar (a name after a dash, as under a quotation in a list of reactions). */
function dashAttribution(ctx: Context, k: number, hi: number): LocalAttribution | null {
  const phrase = sourceAfter(ctx.tokens, k + 1, sentenceEnd(ctx.tokens, k + 1, hi));
  if (!phrase || phrase.from !== k + 1 || (phrase.kind !== 'person' && phrase.kind !== 'organisation')) return null;
  return toAttribution(ctx, null, phrase, span(ctx, k, k + 1));
}

/** A speaker label opening the sentence or the quotation: "PENCE: Well, ..." or a headline
 * "Pence: Trump Was ‘Mocking’ ...". */
function labelAttribution(ctx: Context, lo: number, hi: number): LocalAttribution | null {
  const { tokens } = ctx;
  let k = lo;
  while (k < hi && !tokens[k].word) k++;
  for (let c = k + 1; c < Math.min(hi, k + 4); c++) {
    if (tokens[c].text !== ':') {
      if (!tokens[c].cap) return null;
      continue;
    }
    const phrase = subjectBefore(tokens, k, c);
    if (!phrase || phrase.from !== k || (phrase.kind !== 'person' && phrase.kind !== 'organisation')) return null;
    return toAttribution(ctx, null, phrase, span(ctx, c, c + 1));
  }
  return null;
}

/** X said, “...” / X said that ... “...” / according to X, “...” / X, calling Y “...”.
 * Of several cues in the sentence the first with a subject wins: the outermost speaker
 * ("Trump said Clinton once described it as “...”" is Trump's claim). */
function attributionBefore(ctx: Context, lo: number, hi: number): LocalAttribution | null {
  const adjacent = adjacentCue(ctx, lo, hi);
  if (adjacent) return adjacent;
  for (let c = lo; c < hi; c++) {
    if (ctx.quoteOf[c] >= 0) continue;
    const cue = cueAt(ctx, c);
    if (!cue) continue;
    const phrase = subjectOfCue(ctx, lo, cue, hi);
    if (phrase) return toAttribution(ctx, cue, phrase);
  }
  return colonAttribution(ctx, lo, hi);
}

/** A cue that introduces the quotation directly ("Mr. Barrett said, “...”", "Trump boasted:"),
 * which beats any earlier cue in the sentence. */
function adjacentCue(ctx: Context, lo: number, hi: number): LocalAttribution | null {
  const t = ctx.tokens;
  let c = hi - 1;
  while (c >= lo && c >= hi - 2 && (t[c].text === ',' || t[c].text === ':' || t[c].lower === 'that')) c--;
  for (let k = c; k >= Math.max(lo, c - 1); k--) {
    const cue = cueAt(ctx, k);
    if (!cue || cue.to !== c + 1 || cue.sourceFollows) continue;
    const phrase = subjectOfCue(ctx, lo, cue, hi);
    return phrase ? toAttribution(ctx, cue, phrase) : null;
  }
  return null;
}

const OBJECT_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'this', 'that', 'another']);
const NOT_VERBS = new Set(['of', 'for', 'from', 'in', 'with', 'by', 'to', 'at', 'on', 'about', 'and', 'or']);

/** Where the object noun phrase before a participle starts: "X issued [a statement] saying";
 * the nearest determiner that follows a verb-like word, else the phrase's own start. */
function objectStart(tokens: Token[], from: number, c: number): number {
  for (let k = c - 1; k > from; k--) {
    if (!OBJECT_DETERMINERS.has(tokens[k].lower)) continue;
    const before = tokens[k - 1];
    if (before.word && !before.cap && !NOT_VERBS.has(before.lower)) return k;
  }
  return from;
}

function subjectOfCue(ctx: Context, lo: number, cue: Cue, hi: number): SourcePhrase | null {
  const { tokens } = ctx;
  const c = cue.from;
  const from = afterQuotes(ctx, lo, c);
  if (cue.sourceFollows) return sourceAfter(tokens, cue.to, hi);
  // A participle's subject is the sentence's, even across a quotation ("X did not want to
  // address “that person,” telling reporters ..."), unless the sentence opens with the quotation.
  const ing = tokens[c].lower.endsWith('ing');
  if (cue.participle || (ing && c === from && from > lo)) return clauseSubject(tokens, ctx.quoteOf[lo] >= 0 ? from : lo, c) ?? subjectBefore(tokens, from, c - 1);
  const direct = subjectBefore(tokens, from, c);
  // "X issued a statement saying ...": the phrase before the participle is the object of X's
  // verb; X is the source.
  if (direct && ing && (direct.kind === 'document' || direct.kind === 'anonymous')) {
    const object = objectStart(tokens, direct.from, c);
    if (object > from && tokens[object - 1].word && !tokens[object].cap) {
      const subject = clauseSubject(tokens, ctx.quoteOf[lo] >= 0 ? from : lo, object - 1);
      if (subject && subject.kind !== 'document') return subject;
    }
  }
  if (direct) return direct;
  // "X stressed ... and said": the subject of the first verb.
  if (c - 1 >= from && tokens[c - 1].lower === 'and') return clauseSubject(tokens, from, c);
  if (ing) return null;
  return c === from ? sourceAfter(tokens, cue.to, hi) : invertedSource(ctx, cue, sentenceEnd(tokens, cue.to, hi));
}

/** Smith: “...” (a name and a colon right before the quotation, as in headlines). */
function colonAttribution(ctx: Context, lo: number, hi: number): LocalAttribution | null {
  const { tokens } = ctx;
  const colon = hi - 1;
  if (colon <= lo || tokens[colon].text !== ':') return null;
  const phrase = subjectBefore(tokens, lo, colon);
  if (!phrase || (phrase.kind !== 'person' && phrase.kind !== 'organisation') || phrase.description || phrase.from - lo > 2) return null;
  return toAttribution(ctx, null, phrase, span(ctx, colon, colon + 1));
}

/** A headline that opens with the quotation and labels its speaker after a colon: “‘...’: Irena
 * Vasko on her return”. The quotation must open the sentence and the name follow the colon. */
function labelAfter(ctx: Context, lo: number, from: number, to: number, hi: number): LocalAttribution | null {
  const { tokens } = ctx;
  if (from !== lo || to >= hi || tokens[to].text !== ':') return null;
  const phrase = sourceAfter(tokens, to + 1, sentenceEnd(tokens, to + 1, hi));
  if (!phrase || phrase.from - (to + 1) > 2 || phrase.kind !== 'person' || phrase.description) return null;
  return toAttribution(ctx, null, phrase, span(ctx, to, to + 1));
}

/** “...” on key issues, the official said. (a cue later in the same sentence) */
function attributionLaterInSentence(ctx: Context, from: number, hi: number): LocalAttribution | null {
  const { tokens } = ctx;
  const end = sentenceEnd(tokens, from, hi);
  for (let c = from; c < end; c++) {
    const cue = cueAt(ctx, c);
    if (!cue) continue;
    const phrase = cue.sourceFollows ? sourceAfter(tokens, cue.to, end) : subjectBefore(tokens, from, c) ?? invertedSource(ctx, cue, end);
    if (phrase) return toAttribution(ctx, cue, phrase);
  }
  return null;
}

/** "..., said Geert Wilders, founder of ...": a cue after a comma with its source after it. */
function invertedSource(ctx: Context, cue: Cue, end: number): SourcePhrase | null {
  const prev = ctx.tokens[cue.from - 1];
  if (!prev || (prev.text !== ',' && !DASHES.has(prev.text)) || cue.participle || ctx.tokens[cue.from].lower.endsWith('ing')) return null;
  return sourceAfter(ctx.tokens, cue.to, end);
}

function attributeQuote(ctx: Context, qi: number, q: QuoteSpan): LocalAttribution | null {
  const [from, to] = ctx.ranges[qi];
  const nextStart = qi + 1 < ctx.ranges.length ? ctx.ranges[qi + 1][0] : ctx.tokens.length;
  const lo = sentenceStart(ctx, from);
  // A quotation that ends a sentence begun before it (Reid said it is “a mistake.” He added ...):
  // the cue of its own sentence comes first; what follows belongs to the next sentence.
  if (!q.openAtEnd && lo < from && ctx.tokens[lo].word && quoteEndsSentence(ctx, qi)) {
    const own = attributionBefore(ctx, lo, from);
    if (own) return own;
  }
  if (!q.openAtEnd) {
    const right = attributionRightAfter(ctx, qi, nextStart, q);
    if (right) return right;
  }
  const before = attributionBefore(ctx, lo, from) ?? labelAttribution(ctx, lo, from) ?? labelAttribution(ctx, from, to) ?? participleAfter(ctx, qi, lo, nextStart) ?? labelAfter(ctx, lo, from, to, nextStart);
  if (before) return before;
  // A sentence that goes on after the quotation may carry its cue at the end.
  if (!q.openAtEnd && !endsSentence(q)) return attributionLaterInSentence(ctx, to, nextStart);
  return null;
}

/** The index of the sentence of each token; quotations inside a sentence do not end it. */
function sentenceIds(ctx: Context): Int32Array {
  const { tokens, quoteOf, ranges } = ctx;
  const out = new Int32Array(tokens.length);
  let id = 0;
  for (let i = 0; i < tokens.length; i++) {
    out[i] = id;
    const qi = quoteOf[i];
    if (qi >= 0) {
      if (i === ranges[qi][1] - 1 && quoteEndsSentence(ctx, qi)) id++;
    } else if (isSentenceEnd(tokens[i])) {
      id++;
    }
  }
  return out;
}

/** Reported speech outside quotations, for continuations: one attribution per cue with a subject. */
function reportedSpeech(ctx: Context): LocalAttribution[] {
  const { tokens, ranges } = ctx;
  const out: LocalAttribution[] = [];
  const sentence = sentenceIds(ctx);
  const attributed = new Set<number>();
  for (const c of ctx.usedCues) attributed.add(sentence[c]);
  let lo = 0;
  let r = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (r < ranges.length && i === ranges[r][0]) {
      i = ranges[r][1] - 1;
      lo = ranges[r][1];
      r++;
      continue;
    }
    if (isSentenceEnd(tokens[i])) {
      lo = i + 1;
      continue;
    }
    // A cue in the sentence of a quotation's attribution is subordinate to it ("“...,” Doe said,
    // referring to a group called X"): it does not change who is talking.
    if (ctx.usedCues.has(i)) continue;
    const cue = cueAt(ctx, i);
    if (!cue || (attributed.has(sentence[i]) && !cue.sourceFollows) || QUOTATION_ONLY_VERBS.has(cue.base)) continue;
    const end = r < ranges.length ? ranges[r][0] : tokens.length;
    const phrase = cue.sourceFollows ? sourceAfter(tokens, cue.to, end) : subjectBefore(tokens, Math.max(lo, i - MAX_WINDOW), i);
    if (phrase) out.push(toAttribution(ctx, cue, phrase));
  }
  return out;
}

/** Quotation spans of one paragraph and the attribution found for each within the paragraph. */
export function analyzeParagraphQuotes(paragraph: string, tokens: Token[] = tokenize(paragraph), lex: CueLexicon = cueLexicon()): ParagraphQuoteFacts {
  const spans = findQuoteSpans(paragraph);
  const ctx: Context = {
    text: paragraph,
    tokens,
    ranges: quoteRanges(tokens, spans),
    quoteSpans: spans,
    lex,
    titleCase: isTitleCase(tokens),
    usedCues: new Set(),
    quoteOf: new Int32Array(0),
  };
  ctx.quoteOf = quoteIndexByToken(tokens.length, ctx.ranges);
  const quotes: ParagraphQuote[] = spans.map((q, qi) => ({ ...q, attribution: attributeQuote(ctx, qi, q) }));
  return { quotes, speech: reportedSpeech(ctx), endsWithColon: /:\s*$/.test(paragraph) };
}
