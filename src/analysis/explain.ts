// Why a quotation has its speaker, in words: the hover and `news-annotate --explain` say what the
// engine's explanation data (Quote.explanation) records. Emphasis is Markdown (*said*).
import { lineOf, lineStarts } from './structure/structure';
import type { RuleId } from './attribution/rules';
import type { AnalysisResult, Quote, QuoteExplanation } from './types';

/** Where each rule finds its cue, and what it calls the phrase it finds. */
const WHERE: Record<Exclude<RuleId, 'continuation'>, { cue: string; source: string }> = {
  'cue-in-own-sentence': { cue: 'earlier in the sentence the quotation ends', source: 'subject' },
  'dash-after': { cue: 'after the quotation', source: 'name' },
  'cue-then-source-after': { cue: 'after the quotation', source: 'source' },
  'source-then-cue-after': { cue: 'after the quotation', source: 'subject' },
  'subject-verb-after': { cue: 'the verb after the quotation', source: 'subject' },
  'verb-then-source-after': { cue: 'the verb after the quotation', source: 'name' },
  'cue-right-before': { cue: 'right before the quotation', source: 'subject' },
  'cue-before': { cue: 'before the quotation', source: 'subject' },
  'colon-before': { cue: 'right before the quotation', source: 'label' },
  'clause-then-colon': { cue: 'the colon right before the quotation', source: 'subject of the clause' },
  'speaker-label': { cue: 'opening the sentence', source: 'label' },
  'speaker-label-inside': { cue: 'opening the quotation', source: 'label' },
  'participle-after': { cue: 'after the quotation', source: 'subject of the clause' },
  'label-after': { cue: 'after the quotation', source: 'label' },
  'possessive-speech-noun': { cue: 'the noun of speech before the quotation', source: 'possessor' },
  'cue-later-in-sentence': { cue: 'later in the sentence', source: 'subject' },
  'relative-who': { cue: 'the relative pronoun', source: 'person before it' },
  'subject-of-own-sentence': { cue: 'the verb after the subject', source: 'subject of the sentence' },
  'subject-past-appositive': { cue: 'the verb after the subject and its appositive', source: 'subject of the sentence' },
  'subject-of-sentence-before': { cue: 'the verb of the sentence before', source: 'subject of the sentence before' },
  'introduced-by-colon': { cue: 'ending the paragraph before', source: 'subject' },
  'signed-after': { cue: 'opening the paragraph after', source: 'name' },
};

const possessive = (name: string): string => (/s$/.test(name) ? `${name}’` : `${name}’s`);

/** A line, 1-based, of an offset of the result's text. */
export type LineOf = (offset: number) => number;

/** The line function for a text. */
export function linesOf(text: string): LineOf {
  const starts = lineStarts(text);
  return (offset) => lineOf(starts, offset);
}

/** One or two sentences on why the quotation has its speaker (or has none). */
export function explainQuote(q: Quote, line: LineOf): string {
  const e: QuoteExplanation | undefined = q.explanation;
  if (!e || e.rule === null) return 'No attribution: no cue around the quotation names a source, and no speaker was talking just before.';
  if (e.rule === 'continuation') {
    const who = e.speakerName ?? 'the previous speaker';
    const at = e.continues ? ` from line ${line(e.continues.at)}` : '';
    return e.continues?.quote === false ? `No cue of its own: continues ${who}, reported as speaking${at}.` : `No cue of its own: continues ${possessive(who)} quotation${at}.`;
  }
  const where = WHERE[e.rule];
  const parts = [`${e.cue ? `*${e.cue}*` : 'The cue'} ${where.cue}; ${where.source}: ${e.source ?? e.speakerName ?? 'none'}`];
  const r = e.resolution;
  if (r) {
    const kind = /^the\s/i.test(r.word) ? 'description' : 'pronoun';
    parts.push(r.to ? `${kind} *${r.word}* resolved to ${r.to}: ${r.how}` : `${kind} *${r.word}* not resolved: ${r.how}`);
  }
  return `${parts.join('; ')}.`;
}

/** The names considered for the quotation's speaker, for --explain. */
export function candidatesOf(q: Quote): string[] {
  return q.explanation?.resolution?.candidates ?? [];
}

/** Every quotation of a result with its explanation, for --explain and tests. */
export function explainResult(result: AnalysisResult, text: string): { line: number; quote: Quote; why: string }[] {
  const line = linesOf(text);
  return result.quotes.map((quote) => ({ line: line(quote.start), quote, why: explainQuote(quote, line) }));
}
