// Attribution of the quotations of one paragraph (a pure function of its text): quotation spans
// and, for each, the cue and source found around it by the first pattern of patterns.ts that
// matches; plus reported speech outside quotations and a trailing "X said:" that introduces the
// next paragraph. The document-level step is resolve-quotes.ts.
import { findQuoteSpans } from '../quotes/quote-spans';
import { isSentenceEnd, Token, tokenize } from '../structure/tokens';
import { cueAt, cueLexicon, CueLexicon, isTitleCase } from './cue-finder';
import { clauseSubject, sourceAfter, subjectBefore } from './source-phrase';
import type { ParagraphQuote, ParagraphQuoteFacts } from './types';
import { Context, DASHES, LocalAttribution, MAX_WINDOW, quoteEndsSentence, quoteIndexByToken, quoteRanges, span, toAttribution } from './context';
import type { SourceKind } from '../types';
import { attributeQuote } from './patterns';
import { PATTERN_RULES, PatternId } from './rules';
import { nth } from '../indexed';

const PATTERN_IDS: PatternId[] = PATTERN_RULES.map((r) => r.id);

/** The index of the sentence of each token; quotations inside a sentence do not end it. */
function sentenceIds(ctx: Context): Int32Array {
  const { tokens, quoteOf, ranges } = ctx;
  const out = new Int32Array(tokens.length);
  let id = 0;
  for (const [i, t] of tokens.entries()) {
    out[i] = id;
    const qi = quoteOf[i] ?? -1;
    if (qi >= 0) {
      if (i === nth(ranges, qi)[1] - 1 && quoteEndsSentence(ctx, qi)) id++;
    } else if (isSentenceEnd(t)) {
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
  // Every cue is a token of the paragraph, so each has a sentence.
  for (const c of ctx.usedCues) attributed.add(nth(sentence, c));
  let lo = 0;
  let r = 0;
  for (let i = 0; i < tokens.length; i++) {
    const quote = ranges[r];
    if (quote && i === quote[0]) {
      i = quote[1] - 1;
      lo = quote[1];
      r++;
      continue;
    }
    if (isSentenceEnd(nth(tokens, i))) {
      lo = i + 1;
      continue;
    }
    // A cue in the sentence of a quotation's attribution is subordinate to it ("“...,” Doe said,
    // referring to a group called X"): it does not change who is talking.
    if (ctx.usedCues.has(i)) continue;
    const cue = cueAt(ctx, i);
    if (!cue || (attributed.has(nth(sentence, i)) && !cue.sourceFollows) || ctx.lex.quotationOnly.has(cue.base)) continue;
    const end = ranges[r]?.[0] ?? tokens.length;
    const phrase = cue.sourceFollows || (i === lo && endsWithColon(tokens, end)) ? sourceAfter(tokens, cue.to, end) : subjectBefore(tokens, Math.max(lo, i - MAX_WINDOW), i);
    if (phrase) out.push(toAttribution(ctx, cue, phrase));
  }
  const intro = out.length === 0 || !inLastSentence(ctx, out) ? introducingSubject(ctx) : null;
  if (intro) out.push(intro);
  return out;
}

/** How many tokens a signature paragraph may have ("- Ann Doe, a teacher from Riverton."). */
const MAX_SIGNATURE_TOKENS = 16;

/** A paragraph without quotations that is a dash and then a person's or organisation's name. */
function signature(ctx: Context): LocalAttribution | null {
  const { tokens } = ctx;
  const dash = tokens[0];
  if (ctx.ranges.length > 0 || !dash || !DASHES.has(dash.text) || tokens.length > MAX_SIGNATURE_TOKENS) return null;
  const phrase = sourceAfter(tokens, 1, tokens.length);
  if (!phrase || phrase.from !== 1 || (phrase.kind !== 'person' && phrase.kind !== 'organisation')) return null;
  return toAttribution(ctx, null, phrase, span(ctx, 0, 1));
}

/** Whether the tokens end, at `end`, with a colon and nothing after it ("Said Ann Doe:"). */
function endsWithColon(tokens: Token[], end: number): boolean {
  return end === tokens.length && end > 0 && nth(tokens, end - 1).text === ':';
}

/** Whether the last attribution found lies in the paragraph's last sentence. */
function inLastSentence(ctx: Context, found: LocalAttribution[]): boolean {
  const last = found[found.length - 1];
  const at = last?.cue?.start ?? last?.source?.start ?? -1;
  return at >= lastSentenceStart(ctx);
}

/** Where the paragraph's last sentence starts, as an offset. */
function lastSentenceStart(ctx: Context): number {
  const k = lastSentenceToken(ctx.tokens);
  return k > 0 ? (ctx.tokens[k]?.start ?? 0) : 0;
}

/** The index of the token that opens the paragraph's last sentence (0 for a single sentence). */
function lastSentenceToken(tokens: Token[]): number {
  for (let k = tokens.length - 2; k >= 0; k--) if (isSentenceEnd(nth(tokens, k))) return k + 1;
  return 0;
}

/** Subjects that may introduce what the next paragraph quotes: named people and organisations,
 * and personal pronouns (not "it": "Wait, it gets better:"). */
const INTRODUCING_KINDS: ReadonlySet<SourceKind> = new Set(['person', 'organisation', 'pronoun']);

/** "Ann Doe issued the following statement:": a paragraph that ends with a colon, whose last
 * sentence has no quotation and a person, an organisation or a pronoun as its subject followed by
 * a verb, introduces the next paragraph's quotation as its subject's, whatever the verb. */
function introducingSubject(ctx: Context): LocalAttribution | null {
  const { tokens } = ctx;
  if (ctx.ranges.length > 0 || !endsWithColon(tokens, tokens.length)) return null;
  const lo = lastSentenceToken(tokens);
  const end = tokens.length - 1;
  const opening = clauseSubject(tokens, lo, end);
  if (!opening) return null;
  // The verb: the first lower-case word in the past tense or of the cue lexicon, past any role
  // words of the subject ("Republican presidential nominee Ann Doe issued").
  for (let v = opening.from + 1; v < Math.min(end, opening.from + MAX_SUBJECT_TOKENS); v++) {
    const t = nth(tokens, v);
    if (!t.word || t.cap || !(/\p{Ll}ed$/u.test(t.text) || ctx.lex.forms.has(t.lower))) continue;
    const subject = subjectBefore(tokens, opening.from, v);
    if (!subject || !INTRODUCING_KINDS.has(subject.kind) || nth(tokens, subject.from).lower === 'it') return null;
    return toAttribution(ctx, null, subject, span(ctx, v, v + 1));
  }
  return null;
}

/** How many tokens the subject of an introducing sentence may have, with its roles. */
const MAX_SUBJECT_TOKENS = 10;

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
  const quotes: ParagraphQuote[] = spans.map((q, qi) => {
    const found = attributeQuote(ctx, qi, q);
    return { ...q, attribution: found?.attribution ?? null, rule: found?.rule ?? null, tried: found?.tried ?? PATTERN_IDS };
  });
  return { quotes, speech: reportedSpeech(ctx), endsWithColon: /:\s*$/.test(paragraph), signature: signature(ctx) };
}
