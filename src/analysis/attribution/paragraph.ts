// Attribution of the quotations of one paragraph (a pure function of its text): quotation spans
// and, for each, the cue and source found around it by the first pattern of patterns.ts that
// matches; plus reported speech outside quotations and a trailing "X said:" that introduces the
// next paragraph. The document-level step is resolve-quotes.ts.
import { findQuoteSpans } from '../quotes/quote-spans';
import { isSentenceEnd, Token, tokenize } from '../structure/tokens';
import { cueAt, cueLexicon, CueLexicon, isTitleCase } from './cue-finder';
import { sourceAfter, subjectBefore } from './source-phrase';
import type { ParagraphQuote, ParagraphQuoteFacts } from './types';
import { Context, LocalAttribution, MAX_WINDOW, quoteEndsSentence, quoteIndexByToken, quoteRanges, toAttribution } from './context';
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
  const quotes: ParagraphQuote[] = spans.map((q, qi) => {
    const found = attributeQuote(ctx, qi, q);
    return { ...q, attribution: found?.attribution ?? null, rule: found?.rule ?? null, tried: found?.tried ?? PATTERN_IDS };
  });
  return { quotes, speech: reportedSpeech(ctx), endsWithColon: /:\s*$/.test(paragraph) };
}
