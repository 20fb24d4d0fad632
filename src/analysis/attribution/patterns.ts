// The attribution patterns of a quotation: the rules of rules.ts, in their order, each with its
// matcher. The first that matches gives the quotation its cue and source.
import type { QuoteSpan } from '../quotes/quote-spans';
import { PATTERN_RULES, PatternId, Rule } from './rules';
import { Context, endsSentence, LocalAttribution, quoteEndsSentence, sentenceStart } from './context';
import {
  adjacentCue, attributionBefore, attributionLaterInSentence, clauseThenColon, colonAttribution, cueBefore, cueThenSourceAfter, dashAfter,
  governingClauseStart, labelAfter, labelAttribution, participleAfter, possessiveSpeechNoun, relativeWho, sourceThenCueAfter, subjectOfSentence, verbThenSourceAfter, subjectPastAppositive, subjectVerbAfter, subjectOfSentenceBefore,
} from './matchers';

/** One quotation of the paragraph and the token ranges around it. */
export interface QuoteSite {
  qi: number;
  q: QuoteSpan;
  /** The quotation's tokens [from, to). */
  from: number;
  to: number;
  /** The first token of its sentence. */
  lo: number;
  /** Where the next quotation starts (or the paragraph's end). */
  next: number;
}

type Matcher = (ctx: Context, site: QuoteSite) => LocalAttribution | null;

export interface AttributionPattern extends Rule {
  id: PatternId;
  match: Matcher;
}

/** A quotation that closes a sentence begun before it: the cue of its own sentence comes first. */
const closesItsSentence = (ctx: Context, s: QuoteSite): boolean =>
  !s.q.openAtEnd && s.lo < s.from && !!ctx.tokens[s.lo]?.word && quoteEndsSentence(ctx, s.qi);

/** A matcher over [lo, from) tried first on the clause that holds the quotation, then on its
 * whole sentence. */
function inGoverningClause(ctx: Context, s: QuoteSite, match: (ctx: Context, lo: number, hi: number) => LocalAttribution | null): LocalAttribution | null {
  const clause = governingClauseStart(ctx, s.lo, s.from);
  return (clause > s.lo ? match(ctx, clause, s.from) : null) ?? match(ctx, s.lo, s.from);
}

/** One matcher per rule: the compiler checks that every rule has exactly one. */
const MATCHERS: Record<PatternId, Matcher> = {
  'cue-in-own-sentence': (ctx, s) => (closesItsSentence(ctx, s) ? inGoverningClause(ctx, s, attributionBefore) : null),
  'dash-after': (ctx, s) => (s.q.openAtEnd ? null : dashAfter(ctx, s.qi, s.next)),
  'cue-then-source-after': (ctx, s) => (s.q.openAtEnd ? null : cueThenSourceAfter(ctx, s.qi, s.next, s.q)),
  'source-then-cue-after': (ctx, s) => (s.q.openAtEnd ? null : sourceThenCueAfter(ctx, s.qi, s.next, s.q)),
  // Only a quotation that opens its sentence: after a clause (“While X said “...,” Y ...”) the
  // subject that follows is the main clause's, not the quotation's.
  'subject-verb-after': (ctx, s) => (s.q.openAtEnd || s.from > s.lo ? null : subjectVerbAfter(ctx, s.qi, s.next, s.q)),
  'verb-then-source-after': (ctx, s) => (s.q.openAtEnd ? null : verbThenSourceAfter(ctx, s.qi, s.next, s.q)),
  'cue-right-before': (ctx, s) => adjacentCue(ctx, s.lo, s.from),
  'cue-before': (ctx, s) => inGoverningClause(ctx, s, cueBefore),
  'colon-before': (ctx, s) => colonAttribution(ctx, s.lo, s.from),
  'speaker-label': (ctx, s) => labelAttribution(ctx, s.lo, s.from),
  'speaker-label-inside': (ctx, s) => labelAttribution(ctx, s.from, s.to),
  'clause-then-colon': (ctx, s) => inGoverningClause(ctx, s, clauseThenColon),
  'participle-after': (ctx, s) => participleAfter(ctx, s.qi, s.lo, s.next),
  'label-after': (ctx, s) => labelAfter(ctx, s.lo, s.from, s.to, s.next),
  'possessive-speech-noun': (ctx, s) => possessiveSpeechNoun(ctx, s.lo, s.from),
  'cue-later-in-sentence': (ctx, s) => (!s.q.openAtEnd && !endsSentence(s.q) ? attributionLaterInSentence(ctx, s.to, ctx.tokens.length) : null),
  'relative-who': (ctx, s) => relativeWho(ctx, s.lo, s.from),
  'subject-of-own-sentence': (ctx, s) => subjectOfSentence(ctx, s.lo, s.from),
  'subject-past-appositive': (ctx, s) => subjectPastAppositive(ctx, s.lo, s.from),
  'subject-of-sentence-before': (ctx, s) => (s.qi === 0 && s.from === s.lo && !s.q.openAtStart ? subjectOfSentenceBefore(ctx, s.lo) : null),
};

/** The patterns in the order of the rule book. */
export const PATTERNS: readonly AttributionPattern[] = PATTERN_RULES.map((r) => ({ ...r, match: MATCHERS[r.id] }));

export interface PatternMatch {
  attribution: LocalAttribution;
  rule: PatternId;
  /** The patterns tried before, which did not match. */
  tried: PatternId[];
}

/** The first pattern that attributes the quotation, or null with every pattern tried. */
export function attributeQuote(ctx: Context, qi: number, q: QuoteSpan): PatternMatch | null {
  const [from, to] = ctx.ranges[qi] ?? [0, 0];
  const next = ctx.ranges[qi + 1]?.[0] ?? ctx.tokens.length;
  const site: QuoteSite = { qi, q, from, to, lo: sentenceStart(ctx, from), next };
  const tried: PatternId[] = [];
  for (const p of PATTERNS) {
    const attribution = p.match(ctx, site);
    if (attribution) return { attribution, rule: p.id, tried };
    tried.push(p.id);
  }
  return null;
}
