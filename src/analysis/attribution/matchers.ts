// The matchers of the attribution patterns (patterns.ts names and orders them). Each looks for a
// cue and a source around one quotation, within its sentence, and returns the attribution or null.
import type { QuoteSpan } from '../quotes/quote-spans';
import { isSentenceEnd, Token } from '../structure/tokens';
import { Cue, cueAt } from './cue-finder';
import { clauseSubject, looksLikeLyAdverb, possessorAt, SourcePhrase, sourceAfter, subjectBefore } from './source-phrase';
import { ARTICLES, DEFINITE_OR_ARTICLE } from '../lexicon/determiners';
import { SPEECH_NOUNS, SUBJECT_PRONOUNS } from '../lexicon/sources';
import { BE_FORMS, DO_FORMS, FINITE_BE, FUTURE_AUXILIARIES, HAVE_FORMS, MODALS } from '../lexicon/verb-forms';
import { afterQuotes, Context, LocalAttribution, DASHES, endsSentence, MAX_WINDOW, quoteEndsSentence, sentenceEnd, sentenceStart, span, toAttribution } from './context';
import { nth } from '../indexed';
import type { SourceKind } from '../types';

const CLAUSE_WORDS = new Set(['when', 'that', 'which', 'as', 'because', 'while', 'if', 'and', 'but', 'after', 'before', 'where', 'since', 'although', 'though', 'so', 'until', 'whether']);

/** Where the words after a quotation start (after one comma), or -1 when nothing follows. */
function afterQuote(ctx: Context, qi: number, hi: number): { k: number; comma: boolean } | null {
  let k = nth(ctx.ranges, qi)[1];
  const comma = k < hi && nth(ctx.tokens, k).text === ',';
  if (comma) k++;
  // A line break after the quotation (a paragraph the article did not set off with a blank
  // line) ends what may attribute it from after.
  if (k >= hi || ctx.text.slice(nth(ctx.quoteSpans, qi).end, nth(ctx.tokens, k).start).includes('\n')) return null;
  return { k, comma };
}

/** The words after the quotation, when they may attribute it: not a dash (dashAfter's case),
 * and not after a fragment quoted mid-sentence (“absolutely right” when he said). */
function cueWindowAfter(ctx: Context, qi: number, hi: number, q: QuoteSpan): number {
  const after = afterQuote(ctx, qi, hi);
  if (!after || DASHES.has(nth(ctx.tokens, after.k).text)) return -1;
  // The quotation's own text may end in a nested one: “... ‘keep it alive,’ ”.
  if (!after.comma && !/[,.!?\u2026\u2014-][\s'\u2019"\u201d]*$/.test(q.text)) return -1;
  return after.k;
}

/** “...” ― Martha Aguilar (a name after a dash, as under a quotation in a list of reactions). */
export function dashAfter(ctx: Context, qi: number, hi: number): LocalAttribution | null {
  const after = afterQuote(ctx, qi, hi);
  return after && DASHES.has(nth(ctx.tokens, after.k).text) ? dashAttribution(ctx, after.k, hi) : null;
}

/** “...,” said Smith, the mayor. / “...,” according to the report: a cue right after the
 * quotation, its source after it. */
export function cueThenSourceAfter(ctx: Context, qi: number, hi: number, q: QuoteSpan): LocalAttribution | null {
  const k = cueWindowAfter(ctx, qi, hi, q);
  const first = k >= 0 ? cueAt(ctx, k) ?? invertedNounLikeCue(ctx, k) : null;
  // “...,” referring to X: a participle's subject is the clause's, found before the quotation.
  if (!first || isParticiple(ctx.tokens, first)) return null;
  const after = sourceAfter(ctx.tokens, first.to, sentenceEnd(ctx.tokens, first.to, hi));
  return after ? reportedBy(ctx, after.to, hi) ?? toAttribution(ctx, first, after) : null;
}

/** “...,” Smith said, according to the transcript.: a later ", according to Y" in the sentence
 * names the account the words come from, which is their source. */
function reportedBy(ctx: Context, from: number, hi: number): LocalAttribution | null {
  const { tokens } = ctx;
  const end = sentenceEnd(tokens, from, hi);
  for (let k = from; k < end - 1; k++) {
    if (nth(tokens, k).text !== ',') continue;
    const cue = cueAt(ctx, k + 1);
    if (!cue || !cue.sourceFollows) continue;
    const phrase = sourceAfter(tokens, cue.to, end);
    return phrase ? toAttribution(ctx, cue, phrase) : null;
  }
  return null;
}

/** “...,” reads the statement.: right after a quotation, a cue whose present form is usually a
 * noun (which cueAt takes for one without a subject before it) is a verb when an article follows. */
function invertedNounLikeCue(ctx: Context, k: number): Cue | null {
  const t = nth(ctx.tokens, k);
  const form = ctx.lex.forms.get(t.lower);
  const next = ctx.tokens[k + 1];
  if (!form || !form.present || !ctx.lex.nounLike.has(form.base) || t.cap || !next || !DEFINITE_OR_ARTICLE.includes(next.lower)) return null;
  return { from: k, to: k + 1, base: form.base, participle: false, sourceFollows: false };
}

/** “...,” Zheng added. / “...” he said.: a subject and then its cue, soon after the quotation. */
export function sourceThenCueAfter(ctx: Context, qi: number, hi: number, q: QuoteSpan): LocalAttribution | null {
  const { tokens } = ctx;
  const k = cueWindowAfter(ctx, qi, hi, q);
  if (k < 0 || cueAt(ctx, k)) return null;
  // After a complete sentence in quotes, the cue must come soon (“...?” a narrator in the ad asks).
  const limit = Math.min(hi, k + (endsSentence(q) ? 8 : 16));
  for (let c = k + 1; c < limit; c++) {
    const t = nth(tokens, c);
    if (isSentenceEnd(t) || t.text === ';' || t.text === ':') return null;
    const cue = cueAt(ctx, c);
    if (!cue) continue;
    const subject = subjectBefore(tokens, k, c);
    return subject && plainLead(tokens, k, subject.from) ? reportedBy(ctx, cue.to, hi) ?? toAttribution(ctx, cue, subject) : null;
  }
  return null;
}

/** Words that, right after a subject, are not its verb of speaking ("“...,” Smith is a ..."). */
const NOT_SPEECH_VERBS = new Set([
  'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'of', 'for', 'in', 'on', 'at', 'to', 'from',
  'with', 'by', 'and', 'or', 'but', 'who', 'which', 'that', 'as', 'than', 'if', 'when', 'where', 'because',
]);

/** “...,” an angry Hollande retaliated. / “...,” her husband cut in. / “...?” Hannity pressed.:
 * after a quotation that the sentence goes on from (a comma inside or after it, or a question or
 * exclamation followed by a short clause), a subject and a verb the lexicon does not know. The
 * quotation is what the subject said, whatever the verb. */
export function subjectVerbAfter(ctx: Context, qi: number, hi: number, q: QuoteSpan): LocalAttribution | null {
  const { tokens } = ctx;
  const goesOn = /,['\u2019"\u201d\s]*$/.test(q.text) || tokens[nth(ctx.ranges, qi)[1]]?.text === ',';
  if (!goesOn && !/[?!]['\u2019"\u201d\s]*$/.test(q.text)) return null;
  const k = cueWindowAfter(ctx, qi, hi, q);
  if (k < 0) return null;
  // "an angry Hollande": an article and its adjectives before the name.
  const article = ARTICLE_WORDS.has(nth(tokens, k).lower);
  for (let v = k + 1; v < Math.min(hi, k + 8); v++) {
    const t = nth(tokens, v);
    if (isSentenceEnd(t) || t.text === ';' || t.text === ':') return null;
    if (!t.word || t.cap || !/^\p{Ll}+$/u.test(t.text)) continue;
    if (NOT_SPEECH_VERBS.has(t.lower)) return null;
    const subject = subjectBefore(tokens, k, v);
    if (!subject && article) continue;
    if (!subject || subject.kind === 'document' || !(subject.from === k || (article && lowerWordsOnly(tokens, k + 1, subject.from)))) return null;
    // After a question, only a short clause: “...?” Hannity pressed.
    if (!goesOn && !endsWithin(tokens, v + 1, Math.min(hi, v + SHORT_CLAUSE))) return null;
    return toAttribution(ctx, null, subject, span(ctx, v, v + 1));
  }
  return null;
}

/** “...,” beamed Ann Doe of Riverton. / “...,” exhorted her host, Tom Reyes.: right after a
 * quotation that the sentence goes on from, a past-tense verb the lexicon does not know and then
 * a named source that ends the clause. */
export function verbThenSourceAfter(ctx: Context, qi: number, hi: number, q: QuoteSpan): LocalAttribution | null {
  const { tokens } = ctx;
  const k = cueWindowAfter(ctx, qi, hi, q);
  if (k < 0 || k + 1 >= hi) return null;
  const verb = nth(tokens, k);
  if (!verb.word || verb.cap || !/^\p{Ll}{3,}ed$/u.test(verb.text) || NAMING_FORMS.has(verb.lower)) return null;
  const end = sentenceEnd(tokens, k + 1, hi);
  const source = sourceAfter(tokens, k + 1, end);
  if (!source || source.from !== k + 1 + leadingRole(tokens, k + 1, source.from) || (source.kind !== 'person' && source.kind !== 'anonymous')) return null;
  return toAttribution(ctx, null, source, span(ctx, k, k + 1));
}

/** How many tokens of a role ("her host,", "Clinton's introducer, actress") stand before a name
 * at `name`, when they are words and commas only; else -1. */
function leadingRole(tokens: Token[], from: number, name: number): number {
  // Not a preposition: "directed by X" is not what X said.
  for (let k = from; k < name; k++) {
    const t = nth(tokens, k);
    if ((!t.word && t.text !== ',') || NOT_VERBS.has(t.lower)) return -1;
  }
  return name - from;
}

const ARTICLE_WORDS: ReadonlySet<string> = new Set(ARTICLES);
/** How many words may follow the verb of a short clause after a question. */
const SHORT_CLAUSE = 4;

function lowerWordsOnly(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!nth(tokens, k).word || nth(tokens, k).cap) return false;
  return true;
}

/** Whether the sentence ends (or a comma closes the clause) in [from, to]. */
function endsWithin(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to && k < tokens.length; k++) {
    const t = nth(tokens, k);
    if (isSentenceEnd(t) || t.text === ',') return true;
  }
  return false;
}

function isParticiple(tokens: Token[], cue: Cue): boolean {
  return !cue.sourceFollows && (cue.participle || nth(tokens, cue.from).lower.endsWith('ing'));
}

/** “...,” telling reporters ...: the subject of the sentence's clause, when nothing before the
 * quotation attributes it. */
export function participleAfter(ctx: Context, qi: number, lo: number, hi: number): LocalAttribution | null {
  const { tokens } = ctx;
  const [qFrom, qTo] = nth(ctx.ranges, qi);
  let k = qTo;
  if (k < hi && nth(tokens, k).text === ',') k++;
  const cue = k < hi ? cueAt(ctx, k) : null;
  if (!cue || !isParticiple(tokens, cue)) return null;
  const phrase = clauseSubject(tokens, lo, qFrom);
  return phrase ? toAttribution(ctx, cue, phrase) : null;
}

/** The words between a quotation and its subject are only a role ("White House press secretary"),
 * not a clause ("when he said"). */
function plainLead(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = nth(tokens, k);
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
export function labelAttribution(ctx: Context, lo: number, hi: number): LocalAttribution | null {
  const { tokens } = ctx;
  let k = lo;
  while (k < hi && !nth(tokens, k).word) k++;
  // A headline in title case may label at more length ("OK Gov Fallin:", "CNN President On Trump:").
  const longest = ctx.titleCase ? MAX_HEADLINE_LABEL : 4;
  let topic = -1;
  for (let c = k + 1; c < Math.min(hi, k + longest); c++) {
    const t = nth(tokens, c);
    if (t.text !== ':') {
      if (!t.cap) return null;
      if (ctx.titleCase && topic < 0 && LABEL_TOPIC_WORDS.has(t.lower)) topic = c;
      continue;
    }
    // "CNN President On Trump:": what follows "On" is the topic, not the speaker.
    const end = topic > k ? topic : c;
    const phrase = subjectBefore(tokens, k, end);
    const lead = ctx.titleCase ? 2 : 0;
    if (!phrase || phrase.from - k > lead || phrase.to !== end || (phrase.kind !== 'person' && phrase.kind !== 'organisation')) return null;
    return toAttribution(ctx, null, phrase, span(ctx, c, c + 1));
  }
  return null;
}

/** How many tokens a speaker label of a title-case headline may have, its colon included. */
const MAX_HEADLINE_LABEL = 7;
/** Words of a headline's label after which its topic comes ("Pence On Trump:"). */
const LABEL_TOPIC_WORDS = new Set(['on', 'about', 'to', 'vs', 'vs.', 'over']);

/** Words that open a subordinate clause before the main one ("When X said ..., Y ..."). */
const SUBORDINATORS = new Set(['when', 'while', 'after', 'as', 'although', 'though', 'if', 'because', 'since', 'before', 'once', 'until', 'whereas', 'whenever', 'unless']);
/** Words that, after a comma, open a clause with a subject of its own (", while Y said"). */
const CLAUSE_OPENERS = new Set(['while', 'whereas', 'but']);

/** Where the clause that holds the quotation starts: after an opening subordinate clause ("When X
 * said ..., Y fired back: “...”"), or after ", while" / ", but" / ";" that opens a clause with a
 * subject of its own ("X said ..., while Y called it “...”"); else the sentence's start. */
export function governingClauseStart(ctx: Context, lo: number, from: number): number {
  const { tokens, quoteOf } = ctx;
  let start = lo;
  let k = lo;
  while (k < from && !nth(tokens, k).word) k++;
  const subordinate = k < from && SUBORDINATORS.has(nth(tokens, k).lower);
  for (let c = k; c < from; c++) {
    if ((quoteOf[c] ?? -1) >= 0) continue;
    const t = nth(tokens, c);
    const comma = t.text === ',';
    if (!comma && t.text !== ';') continue;
    const next = tokens[c + 1];
    if (!next || c + 1 >= from) break;
    const opens = t.text === ';' || (subordinate && start === lo) || CLAUSE_OPENERS.has(next.lower);
    if (!opens) continue;
    let at = CLAUSE_OPENERS.has(next.lower) ? c + 2 : c + 1;
    // "When someone shouted, “Cruz,” Beck joked, “...”": the subordinate clause's own quotation
    // ends it; the main clause starts after it.
    const quoted = quoteOf[at] ?? -1;
    if (subordinate && quoted >= 0) {
      at = nth(ctx.ranges, quoted)[1];
      if (at < from && nth(tokens, at).text === ',') at++;
      c = at - 1;
    }
    // The new clause must have a subject of its own, followed by a word (its verb).
    if (opensClauseAt(tokens, at, from)) start = at;
  }
  return Math.max(start, laterSubordinateClause(ctx, start, from));
}

/** Whether a clause with a subject of its own, followed by a word (its verb), starts at `at`. */
function opensClauseAt(tokens: Token[], at: number, from: number): boolean {
  const subject = at < from ? clauseSubject(tokens, at, from) : null;
  return !!subject && subject.from === at && subject.to < from && nth(tokens, subject.to).word;
}

function closesClause(next: Token | undefined): boolean {
  return !next || !next.word || /ing$/.test(next.lower) || CLAUSE_VERBS.has(next.lower) || CLAUSE_WORDS.has(next.lower) || SUBJECT_PRONOUNS.has(next.lower);
}

const CLAUSE_VERBS = new Set([...FINITE_BE, ...HAVE_FORMS, ...FUTURE_AUXILIARIES]);

/** Whether "that" comes before token c in its clause: the clause at c is then part of what is
 * reported ("X notes that A did this, and B called it “...”"). */
function reportedBefore(ctx: Context, lo: number, c: number): boolean {
  for (let k = lo; k < c; k++) if ((ctx.quoteOf[k] ?? -1) < 0 && nth(ctx.tokens, k).lower === 'that') return true;
  return false;
}

/** Words that open a subordinate clause inside the sentence ("X left, hours after Y said ...",
 * "the use, which an inquiry called ..."). */
const INNER_SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'because', 'since', 'until', 'whereas', 'although', 'though', 'which']);

/** Where the last subordinate clause before the quotation starts, when it has a subject of its
 * own: the quotation is what that subject said ("Y weighed in, hours after X said he was “...”"),
 * not the main clause's. Not after "that", which makes it part of reported speech ("X said that
 * when Y ..."). -1 when there is none. */
function laterSubordinateClause(ctx: Context, lo: number, from: number): number {
  const { tokens, quoteOf } = ctx;
  for (let c = from - 2; c > lo; c--) {
    if ((quoteOf[c] ?? -1) >= 0) continue;
    const t = nth(tokens, c);
    // A comma that closes the clause, before a participle or a verb ("..., calling it “...”",
    // "..., was an “insult”"), hands the quotation back to the main clause; one inside a name
    // ("a woman in Worcester, Massachusetts, told") does not.
    if (t.text === ';' || (t.text === ',' && closesClause(tokens[c + 1]))) return -1;
    const coordinate = t.lower === 'and' && nth(tokens, c - 1).text === ',';
    if (!(INNER_SUBORDINATORS.has(t.lower) || coordinate) || t.cap) continue;
    if (reportedBefore(ctx, lo, c)) return -1;
    if (opensClauseAt(tokens, c + 1, from)) return c + 1;
  }
  return -1;
}

/** X said, “...” / X said that ... “...” / according to X, “...” / X, calling Y “...”.
 * Of several cues in the sentence the first with a subject wins: the outermost speaker
 * ("Trump said Clinton once described it as “...”" is Trump's claim). */
export function attributionBefore(ctx: Context, lo: number, hi: number): LocalAttribution | null {
  return adjacentCue(ctx, lo, hi) ?? cueBefore(ctx, lo, hi) ?? colonAttribution(ctx, lo, hi);
}

/** The first cue of the sentence before the quotation that has a subject (or, for "according
 * to", a source after it). */
export function cueBefore(ctx: Context, lo: number, hi: number): LocalAttribution | null {
  for (let c = lo; c < hi; c++) {
    if ((ctx.quoteOf[c] ?? -1) >= 0) continue;
    const cue = cueAt(ctx, c);
    if (!cue) continue;
    const phrase = subjectOfCue(ctx, lo, cue, hi);
    if (phrase) return toAttribution(ctx, cue, phrase);
  }
  return null;
}

/** A cue that introduces the quotation directly ("Mr. Barrett said, “...”", "Trump boasted:"),
 * which beats any earlier cue in the sentence. */
export function adjacentCue(ctx: Context, lo: number, hi: number): LocalAttribution | null {
  const t = ctx.tokens;
  let c = hi - 1;
  const joins = (k: number): boolean => {
    const tk = nth(t, k);
    return tk.text === ',' || tk.text === ':' || tk.lower === 'that';
  };
  while (c >= lo && c >= hi - 2 && joins(c)) c--;
  for (let k = c; k >= Math.max(lo, c - 1); k--) {
    const cue = cueAt(ctx, k);
    if (!cue || cue.to !== c + 1 || cue.sourceFollows) continue;
    const phrase = subjectOfCue(ctx, lo, cue, hi);
    return phrase ? toAttribution(ctx, cue, phrase) : null;
  }
  return null;
}

const OBJECT_DETERMINERS = new Set([...DEFINITE_OR_ARTICLE, 'another']);
const NOT_VERBS = new Set(['of', 'for', 'from', 'in', 'with', 'by', 'to', 'at', 'on', 'about', 'and', 'or']);

/** Where the object noun phrase before a participle starts: "X issued [a statement] saying";
 * the nearest determiner that follows a verb-like word, else the phrase's own start. */
function objectStart(tokens: Token[], from: number, c: number): number {
  for (let k = c - 1; k > from; k--) {
    if (!OBJECT_DETERMINERS.has(nth(tokens, k).lower)) continue;
    const before = nth(tokens, k - 1);
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
  const ing = nth(tokens, c).lower.endsWith('ing');
  // Whether the sentence opens inside a quotation.
  const opensQuoted = (ctx.quoteOf[lo] ?? -1) >= 0;
  const clauseLo = opensQuoted ? from : lo;
  if (cue.participle) {
    const near = parentheticalSubject(ctx, from, c) ?? participleSubject(ctx, clauseLo, c);
    if (near) return near;
  }
  if (cue.participle || (ing && c === from && from > lo)) {
    return parentheticalSubject(ctx, from, c) ?? clauseSubject(tokens, clauseLo, c) ?? subjectBefore(tokens, from, c - 1);
  }
  const found = subjectBefore(tokens, from, c);
  // "in a statement credited", "in the release announcing": a medium after a preposition is
  // where its author spoke, not the subject of the cue.
  const direct = found && isMediumInPhrase(tokens, from, found) ? null : found;
  if (found && !direct) return null;
  // "Trump posted a message on Twitter reading", "a source speaking to Fox News said": a name
  // after a preposition is where it was said; the clause's subject said it.
  if (direct && direct.kind !== 'pronoun' && direct.from > from && PLACE_OF_SPEECH_PREPOSITIONS.has(nth(tokens, direct.from - 1).lower)) {
    const subject = clauseSubject(tokens, clauseLo, direct.from - 1);
    if (subject && subject.to < direct.from - 1 && CLAUSE_SUBJECT_KINDS.has(subject.kind)) return subject;
  }
  // ", with one of her ads asking “...”": the phrase after "with" does what the participle says.
  const absolute = ing ? withAbsolute(tokens, from, c) : null;
  if (absolute) return absolute;
  // "X issued a statement saying ...": the phrase before the participle is the object of X's
  // verb; X is the source.
  if (direct && ing && (direct.kind === 'document' || direct.kind === 'anonymous')) {
    const object = objectStart(tokens, direct.from, c);
    if (object > from && nth(tokens, object - 1).word && !nth(tokens, object).cap) {
      const subject = clauseSubject(tokens, opensQuoted ? from : lo, object - 1);
      if (subject && subject.kind !== 'document') return subject;
    }
  }
  if (direct) return pollOfRespondents(ctx, lo, direct) ?? direct;
  // "X stressed ... and said": the subject of the first verb.
  if (c - 1 >= from && nth(tokens, c - 1).lower === 'and') return clauseSubject(tokens, from, c);
  if (ing) return null;
  return c === from ? sourceAfter(tokens, cue.to, hi) : invertedSource(ctx, cue, sentenceEnd(tokens, cue.to, hi));
}

/** How many words the phrase of ", with X asking" may have. */
const MAX_WITH_PHRASE = 6;

/** ", with many marchers chanting “...”": the words between ", with" and the participle at c,
 * when they are words only and do not start with a determiner-less lower-case verb. */
function withAbsolute(tokens: Token[], from: number, c: number): SourcePhrase | null {
  for (let k = c - 2; k >= Math.max(from + 1, c - 1 - MAX_WITH_PHRASE); k--) {
    const t = nth(tokens, k);
    if (!t.word) return null;
    if (t.lower !== 'with') continue;
    if (nth(tokens, k - 1).text !== ',') return null;
    const named = subjectBefore(tokens, k + 1, c);
    if (named && named.from === k + 1) return named;
    return { from: k + 1, to: c, kind: 'anonymous', names: [[k + 1, c]] };
  }
  return null;
}

/** Words that count the respondents of a poll ("31 percent of voters", "six in 10 Republicans"). */
const SHARE_WORDS = new Set(['percent', 'per', '%', 'majority', 'most', 'half', 'third', 'thirds', 'quarter', 'plurality', 'minority', 'in']);
const POLL_WORDS = new Set(['poll', 'polls', 'survey', 'surveys']);

/** “In a new poll, 31 percent of voters said they were “...””: the share of respondents speaks
 * through the poll in its sentence, which is the source. Null when the subject is not a share of
 * people or the sentence names no poll. */
function pollOfRespondents(ctx: Context, lo: number, subject: SourcePhrase): SourcePhrase | null {
  const { tokens } = ctx;
  if (!isShareOfPeople(tokens, lo, subject.from)) return null;
  const end = sentenceEnd(tokens, lo, tokens.length);
  for (let k = lo; k < end; k++) {
    if ((ctx.quoteOf[k] ?? -1) >= 0 || !POLL_WORDS.has(nth(tokens, k).lower)) continue;
    const from = pollPhraseStart(tokens, lo, k);
    return { from, to: k + 1, kind: 'document', names: [[from, k + 1]] };
  }
  return null;
}

/** Prepositions before where something was said ("on Twitter", "to Fox News"). */
const PLACE_OF_SPEECH_PREPOSITIONS = new Set(['on', 'via', 'to']);

/** Words that open a clause with a subject of its own before a participle (", when protesters
 * shouted, chanting"). */
// Not "after", "before", "since": as prepositions they open no clause ("went after Trump"), and
// a participle after a clause of time goes with the main clause ("apologised after they ..., saying").
const PARTICIPLE_CLAUSE_OPENERS = new Set(['when', 'as', 'where', 'while', 'whereas', 'which']);
const CLAUSE_SUBJECT_KINDS: ReadonlySet<SourceKind> = new Set(['person', 'pronoun', 'anonymous', 'organisation']);

/** The subject of the clause a participle after a comma at c - 1 goes with: the nearest clause
 * before it ("Spicer said, adding", "when protesters interrupted her, shouting", "In Salem, New
 * Hampshire, Trump went after Bush, calling"), not the sentence's first subject. Null when the
 * words before the comma are no clause of their own. */
function participleSubject(ctx: Context, lo: number, c: number): SourcePhrase | null {
  const { tokens } = ctx;
  const comma = c - 1;
  if (comma - 1 <= lo) return null;
  const before = cueAt(ctx, comma - 1);
  if (before && before.to === comma && !nth(tokens, comma - 1).lower.endsWith('ing')) {
    const subject = subjectBefore(tokens, afterQuotes(ctx, lo, comma - 1), comma - 1);
    if (subject) return subject;
  }
  let start = lo;
  for (let k = comma - 1; k > lo; k--) {
    if ((ctx.quoteOf[k] ?? -1) >= 0 || nth(tokens, k).text !== ',') continue;
    start = k + 1;
    break;
  }
  for (let k = comma - 2; k >= start; k--) {
    if (!PARTICIPLE_CLAUSE_OPENERS.has(nth(tokens, k).lower)) continue;
    const subject = clauseSubjectWithVerb(tokens, k + 1, comma);
    if (subject) return subject;
    break;
  }
  return start > lo ? clauseSubjectWithVerb(tokens, start, comma) : null;
}

/** A subject that opens [from, to) and is followed by a lower-case word (its verb). */
function clauseSubjectWithVerb(tokens: Token[], from: number, to: number): SourcePhrase | null {
  const subject = clauseSubject(tokens, from, to);
  if (!subject || subject.from !== from || subject.to >= to || !CLAUSE_SUBJECT_KINDS.has(subject.kind)) return null;
  const verb = nth(tokens, subject.to);
  return verb.word && !verb.cap && !NOT_VERBS.has(verb.lower) ? subject : null;
}

/** Whether a share or count comes right before the subject at `from` ("percent of", "in 10"). */
function isShareOfPeople(tokens: Token[], lo: number, from: number): boolean {
  let k = from - 1;
  if (k >= lo && nth(tokens, k).lower === 'of') k--;
  for (let m = k; m >= Math.max(lo, k - 1); m--) {
    const t = nth(tokens, m);
    if (SHARE_WORDS.has(t.lower) || /^\d+%?$/.test(t.text)) return m === k || /^\d/.test(nth(tokens, k).text) || SHARE_WORDS.has(nth(tokens, k).lower);
  }
  return false;
}

/** The determiner that opens the poll's noun phrase ("a national CNN/ORC poll"), within a few words. */
function pollPhraseStart(tokens: Token[], lo: number, k: number): number {
  for (let m = k - 1; m >= Math.max(lo, k - 6); m--) {
    const t = nth(tokens, m);
    if (DEFINITE_OR_ARTICLE.includes(t.lower) || t.poss) return m;
    if (t.text === ',' || PREPOSITIONS_BEFORE_POLL.has(t.lower)) return m + 1;
  }
  return k;
}

const PREPOSITIONS_BEFORE_POLL = new Set(['in', 'to', 'by', 'of', 'from']);

const MEDIUM_PREPOSITIONS = new Set(['in', 'on', 'via', 'through']);

function isMediumInPhrase(tokens: Token[], lo: number, phrase: SourcePhrase): boolean {
  return phrase.kind === 'document' && phrase.from > lo && MEDIUM_PREPOSITIONS.has(nth(tokens, phrase.from - 1).lower);
}

/** "The talks will go on, Smith said, adding ...": a participle right after a parenthetical
 * ", X said," goes with that cue, so X is its subject, not the sentence's. */
function parentheticalSubject(ctx: Context, from: number, c: number): SourcePhrase | null {
  const { tokens } = ctx;
  const cueEnd = c - 1;
  if (cueEnd - 1 < from || nth(tokens, cueEnd).text !== ',') return null;
  for (let k = cueEnd - 1; k >= Math.max(from, cueEnd - 2); k--) {
    const cue = cueAt(ctx, k);
    if (!cue || cue.to !== cueEnd || cue.sourceFollows || nth(tokens, k).lower.endsWith('ing')) continue;
    // The cue's clause is set off by a comma before its subject.
    const subject = subjectBefore(tokens, from, k);
    if (subject && subject.from > from && nth(tokens, subject.from - 1).text === ',') return subject;
  }
  return null;
}

/** Smith: “...” (a name and a colon right before the quotation, as in headlines). */
export function colonAttribution(ctx: Context, lo: number, hi: number): LocalAttribution | null {
  const { tokens } = ctx;
  const colon = hi - 1;
  if (colon <= lo || nth(tokens, colon).text !== ':') return null;
  const phrase = subjectBefore(tokens, lo, colon);
  if (!phrase || (phrase.kind !== 'person' && phrase.kind !== 'organisation') || phrase.description || phrase.from - lo > 2) return null;
  return toAttribution(ctx, null, phrase, span(ctx, colon, colon + 1));
}

/** A note from the board makes its view plain: “...” / Doe’s reply: “...”: a clause that ends in
 * a colon right before the quotation introduces it, whatever its verb; its subject is the source,
 * a document or an unnamed source too. A possessive name before the subject's head ("Doe’s reply")
 * is the person who spoke. */
export function clauseThenColon(ctx: Context, lo: number, hi: number): LocalAttribution | null {
  const { tokens } = ctx;
  const colon = hi - 1;
  if (colon <= lo || nth(tokens, colon).text !== ':') return null;
  for (let k = lo; k < colon; k++) if ((ctx.quoteOf[k] ?? -1) >= 0) return null;
  const phrase = clauseSubject(tokens, lo, colon);
  if (!phrase || !COLON_SUBJECTS.has(phrase.kind)) return null;
  const owner = possessorBefore(tokens, lo, phrase.from) ?? possessorOf(tokens, lo, phrase);
  return toAttribution(ctx, null, owner ?? phrase, span(ctx, colon, colon + 1));
}

const COLON_SUBJECTS: ReadonlySet<SourceKind> = new Set(['person', 'organisation', 'pronoun', 'document', 'anonymous']);

/** The name whose ’s ends right before `at` ("From Doe’s Facebook post:"): it owns the phrase
 * at `at`, whatever that phrase is. */
function possessorBefore(tokens: Token[], lo: number, at: number): SourcePhrase | null {
  return at - 1 >= lo && nth(tokens, at - 1).poss ? possessorAt(tokens, lo, at - 1) : null;
}

/** "Doe’s reply", "Senator Ann Doe’s letter": the capitalised name that owns an unnamed head. */
function possessorOf(tokens: Token[], lo: number, phrase: SourcePhrase): SourcePhrase | null {
  if (phrase.kind !== 'document' && phrase.kind !== 'anonymous') return null;
  for (let k = phrase.from; k < phrase.to - 1; k++) {
    const t = nth(tokens, k);
    if (t.poss) return possessorBefore(tokens, lo, k + 1);
  }
  return null;
}

/** A headline that opens with the quotation and labels its speaker after a colon: “‘...’: Irena
 * Vasko on her return”. The quotation must open the sentence and the name follow the colon. */
export function labelAfter(ctx: Context, lo: number, from: number, to: number, hi: number): LocalAttribution | null {
  const { tokens } = ctx;
  if (from !== lo || to >= hi || nth(tokens, to).text !== ':') return null;
  const phrase = sourceAfter(tokens, to + 1, sentenceEnd(tokens, to + 1, hi));
  if (!phrase || phrase.from - (to + 1) > 2 || phrase.kind !== 'person' || phrase.description) return null;
  return toAttribution(ctx, null, phrase, span(ctx, to, to + 1));
}

/** “...” on key issues, the official said. (a cue later in the same sentence) */
export function attributionLaterInSentence(ctx: Context, from: number, hi: number): LocalAttribution | null {
  const { tokens } = ctx;
  const end = sentenceEndPastQuotes(ctx, from, hi);
  for (let c = from; c < end; c++) {
    if ((ctx.quoteOf[c] ?? -1) >= 0) continue;
    const cue = cueAt(ctx, c);
    if (!cue) continue;
    const start = afterQuotes(ctx, from, c);
    const phrase = cue.sourceFollows ? sourceAfter(tokens, cue.to, end) : subjectBefore(tokens, start, c) ?? invertedSource(ctx, cue, end) ?? invertedAfterQuote(ctx, cue, start > from && start === c, end);
    if (phrase) return toAttribution(ctx, cue, phrase);
  }
  return null;
}

/** “...” was to be “a fresh start,” said Tom Reyes.: a cue right after a later quotation of the
 * sentence, with its source after it. */
function invertedAfterQuote(ctx: Context, cue: Cue, rightAfter: boolean, end: number): SourcePhrase | null {
  if (!rightAfter || isParticiple(ctx.tokens, cue)) return null;
  return sourceAfter(ctx.tokens, cue.to, end);
}

/** Where the sentence from token `from` ends, past the quotations inside it (“X” was to be a “Y,”
 * said Z.), at most 2 * MAX_WINDOW tokens on and not beyond hi. */
function sentenceEndPastQuotes(ctx: Context, from: number, hi: number): number {
  const limit = Math.min(hi, from + 2 * MAX_WINDOW);
  for (let k = from; k < limit; k++) {
    const qi = ctx.quoteOf[k] ?? -1;
    if (qi >= 0) {
      if (quoteEndsSentence(ctx, qi)) return Math.min(limit, nth(ctx.ranges, qi)[1]);
      k = nth(ctx.ranges, qi)[1] - 1;
      continue;
    }
    if (isSentenceEnd(nth(ctx.tokens, k))) return k;
  }
  return limit;
}

/** "..., said Geert Wilders, founder of ...": a cue after a comma with its source after it. */
function invertedSource(ctx: Context, cue: Cue, end: number): SourcePhrase | null {
  const prev = ctx.tokens[cue.from - 1];
  if (!prev || (prev.text !== ',' && !DASHES.has(prev.text)) || cue.participle || nth(ctx.tokens, cue.from).lower.endsWith('ing')) return null;
  return sourceAfter(ctx.tokens, cue.to, end);
}

/** "A group called “X”": a participle that names something, not a verb of the subject. */
const NAMING_FORMS = new Set(['called', 'named', 'dubbed', 'labeled', 'labelled', 'termed', 'titled', 'entitled', 'branded', 'known']);

const BE: ReadonlySet<string> = new Set(BE_FORMS);
const HAVE: ReadonlySet<string> = new Set(HAVE_FORMS);

/** A verb of being at k ("is", "was", "has been"). */
function isBeing(tokens: Token[], k: number): boolean {
  const t = nth(tokens, k).lower;
  return BE.has(t) || (HAVE.has(t) && tokens[k + 1]?.lower === 'been');
}

/** Tom Reyes grumbled about “...”: no cue, but the sentence before the quotation has a person,
 * an organisation or a pronoun as its subject, followed by a lower-case word (its verb). */
export function subjectOfSentence(ctx: Context, lo: number, from: number): LocalAttribution | null {
  const found = unquotedSubject(ctx, lo, from, SPEAKING_SUBJECTS);
  if (!found) return null;
  const verb = nth(ctx.tokens, found.to);
  if (!verb.word || verb.cap || !isVerbLike(verb) || namesWhatFollows(ctx.tokens, found.to, from)) return null;
  // "The bridge has been “temporarily” closed": an unnamed subject of a verb of being says
  // nothing; an unnamed source or a document must do something ("the plan promises").
  const unnamed = found.kind === 'anonymous' || found.kind === 'document';
  if (unnamed && isBeing(ctx.tokens, found.to)) return null;
  return toAttribution(ctx, null, found, span(ctx, found.to, found.to + 1));
}

/** Words after a subject that cannot be its verb ("More than ...", "More importantly, ..."):
 * the phrase before them is not the clause's subject. */
const NEVER_VERBS = new Set(['than', 'that', 'between', 'among', 'importantly']);

function isVerbLike(t: Token): boolean {
  return !NEVER_VERBS.has(t.lower);
}

/** Yang Shu, director of the institute, calls it “a mistake”. / Her aide, Jake Sullivan, calls
 * it a “blueprint”.: the subject, an appositive set off by commas, then the verb; the quotation
 * is what the subject said. */
export function subjectPastAppositive(ctx: Context, lo: number, from: number): LocalAttribution | null {
  const { tokens } = ctx;
  const found = unquotedSubject(ctx, lo, from, APPOSITIVE_HEADS);
  if (!found || nth(tokens, found.to).text !== ',') return null;
  const v = verbAfterAppositive(tokens, found.to, from);
  if (v < 0 || namesWhatFollows(tokens, v, from)) return null;
  // The appositive may be the name ("Her aide, Jake Sullivan,"): subjectBefore reads both.
  const subject = subjectBefore(tokens, found.from, v);
  if (!subject || (subject.kind !== 'person' && subject.kind !== 'organisation')) return null;
  return toAttribution(ctx, null, subject, span(ctx, v, v + 1));
}

/** The fisherman Tom Reyes turned to the crowd. “...”: a quotation that is a sentence of its own,
 * right after a sentence whose subject is a person (or "he", "she") and whose verb is an action, is
 * what that person said next. Not after "is", "has" and the like: a sentence about someone is not
 * their turn to speak. */
export function subjectOfSentenceBefore(ctx: Context, lo: number): LocalAttribution | null {
  const { tokens } = ctx;
  const end = lo - 1;
  if (end <= 0 || !isSentenceEnd(nth(tokens, end)) || nth(tokens, end).text !== '.') return null;
  const start = sentenceStart(ctx, end);
  for (let k = start; k < end; k++) if ((ctx.quoteOf[k] ?? -1) >= 0) return null;
  const phrase = clauseSubject(tokens, start, end);
  if (!phrase || !(phrase.kind === 'person' || PERSON_PRONOUNS.has(nth(tokens, phrase.from).lower)) || phrase.to >= end) return null;
  const v = skipAdverbs(tokens, phrase.to, end);
  const verb = nth(tokens, v);
  if (!verb.word || verb.cap || NOT_SPEECH_VERBS.has(verb.lower) || NOT_ACTION_VERBS.has(verb.lower)) return null;
  return toAttribution(ctx, null, phrase, span(ctx, v, v + 1));
}

/** Pronouns that stand for one person ("they" and "it" more often stand for things). */
const PERSON_PRONOUNS = new Set(['he', 'she']);
/** Verbs of being and having, and auxiliaries, that describe a person rather than an act. */
const NOT_ACTION_VERBS = new Set([
  ...FINITE_BE, ...HAVE_FORMS, ...MODALS, ...DO_FORMS,
  'remains', 'remained', 'seems', 'seemed', 'became', 'becomes', 'lives', 'lived', 'died', 'served', 'serves', 'won', 'lost', 'got', 'gets',
]);

/** The first token at or after k that is not an adverb in -ly ("then", "quickly"). */
function skipAdverbs(tokens: Token[], k: number, hi: number): number {
  let v = k;
  while (v + 1 < hi && (nth(tokens, v).lower === 'then' || looksLikeLyAdverb(nth(tokens, v).text))) v++;
  return v;
}

/** Trump, who has called the pact “insanity,” ...: a quotation inside a relative clause opened by
 * ", who" is what the person before the comma said; so is one in the main clause after it
 * ("Ted Cruz, who ..., named “...”"). */
export function relativeWho(ctx: Context, lo: number, from: number): LocalAttribution | null {
  const { tokens } = ctx;
  let closed = false;
  for (let k = from - 1; k > lo && k >= from - MAX_RELATIVE; k--) {
    const t = nth(tokens, k);
    // A colon right before the quotation introduces it ("X, who told Congress: “...”").
    if ((ctx.quoteOf[k] ?? -1) >= 0 || t.text === ';' || (t.text === ':' && k < from - 1) || isSentenceEnd(t)) return null;
    if (t.text === ',') closed = true;
    if (t.lower !== 'who' || nth(tokens, k - 1).text !== ',') continue;
    // After a colon, only a "who" clause that runs to the quotation introduces it: a closed one
    // is followed by a main clause of its own ("X, who ..., she replied: “...”").
    if (closed && nth(tokens, from - 1).text === ':') return null;
    // "Rubio, who he dubbed “...”": a subject after "who" makes it the object, not the speaker.
    const after = nth(tokens, k + 1);
    if (SUBJECT_PRONOUNS.has(after.lower) || after.cap) return null;
    // Read through the comma first, so that an appositive before it is skipped ("Tom Park, 52,
    // of Millbrook, Ohio, who"); else the phrase right before the comma.
    const subject = personBefore(tokens, lo, k) ?? personBefore(tokens, lo, k - 1);
    if (!subject || subject.to > k - 1) return null;
    // Inside the relative clause the source as written runs to its pronoun ("Trump, who"); the
    // names stay the person's.
    return toAttribution(ctx, null, closed ? subject : { ...subject, to: k + 1 }, span(ctx, k, k + 1));
  }
  return null;
}

function personBefore(tokens: Token[], lo: number, k: number): SourcePhrase | null {
  const phrase = subjectBefore(tokens, lo, k);
  return phrase && phrase.kind === 'person' ? phrase : null;
}

/** How far before the quotation the "who" of its relative clause may be. */
const MAX_RELATIVE = 20;

/** The subject of the quotation's own sentence when nothing before the quotation is quoted: a
 * person, an organisation or a pronoun, with a token after it before the quotation. */
function unquotedSubject(ctx: Context, lo: number, from: number, kinds: ReadonlySet<SourceKind>): SourcePhrase | null {
  if (from <= lo) return null;
  for (let k = lo; k < from; k++) if ((ctx.quoteOf[k] ?? -1) >= 0) return null;
  const phrase = clauseSubject(ctx.tokens, lo, from);
  return phrase && kinds.has(phrase.kind) && phrase.to < from ? phrase : null;
}

/** Subjects whose sentence's quotation is theirs, whatever the verb: unnamed sources too ("her
 * lawyers defended “...”") and documents ("the plan promises “...”"), whose words the sentence
 * reports as much as a named person's. */
const SPEAKING_SUBJECTS: ReadonlySet<SourceKind> = new Set(['person', 'pronoun', 'organisation', 'anonymous', 'document']);
/** Before an appositive, also an unnamed role that the appositive may name ("Her aide, Ann Doe,"). */
const APPOSITIVE_HEADS: ReadonlySet<SourceKind> = new Set(['person', 'organisation', 'anonymous']);

/** How far an appositive after a subject may run before its closing comma. */
const MAX_APPOSITIVE = 16;

/** The verb after ", <appositive>," that follows a subject at the comma c (or the first word of a
 * relative clause's verb after ", who"); -1 when there is none before the quotation. */
function verbAfterAppositive(tokens: Token[], c: number, from: number): number {
  const who = tokens[c + 1];
  if (who && who.lower === 'who' && c + 2 < from) return lowerWordAt(tokens, c + 2);
  for (let k = c + 2; k < Math.min(from, c + MAX_APPOSITIVE); k++) {
    const t = nth(tokens, k);
    if (isSentenceEnd(t) || t.text === ';' || t.text === ':') return -1;
    if (t.text === ',') return k + 1 < from ? lowerWordAt(tokens, k + 1) : -1;
  }
  return -1;
}

function lowerWordAt(tokens: Token[], k: number): number {
  const t = nth(tokens, k);
  return t.word && !t.cap && !CLAUSE_WORDS.has(t.lower) ? k : -1;
}

/** "A group called “X”": a participle right before the quotation that names something, not a
 * verb of the subject ("X called the plan “a disaster”" has an object between). */
function namesWhatFollows(tokens: Token[], v: number, from: number): boolean {
  return NAMING_FORMS.has(nth(tokens, v).lower) && v + 1 >= from;
}

/** How far before the quotation its noun of speech may be, and how many words (adjectives,
 * "own", a medium) may stand between the possessive and the noun. */
const MAX_SPEECH_NOUN_DISTANCE = 14;
const MAX_SPEECH_NOUN_MODIFIERS = 4;

/** Trump's claim that the vote was “rigged”, his call for “a total ban”, by her own admission
 * a “mistake”: a possessive and a noun of speech before the quotation in its sentence; the
 * possessor said it. */
export function possessiveSpeechNoun(ctx: Context, lo: number, from: number): LocalAttribution | null {
  const { tokens } = ctx;
  for (let n = from - 1; n >= Math.max(lo, from - MAX_SPEECH_NOUN_DISTANCE); n--) {
    const t = nth(tokens, n);
    if ((ctx.quoteOf[n] ?? -1) >= 0 || t.text === ';' || isSentenceEnd(t)) return null;
    if (!t.word || t.cap || !SPEECH_NOUNS.has(t.lower)) continue;
    const owner = possessorBeforeNoun(tokens, lo, n);
    return owner && !otherSpeakerBetween(ctx, n + 1, from) ? toAttribution(ctx, null, owner, span(ctx, n, n + 1)) : null;
  }
  return null;
}

/** Whether the words between the noun and the quotation give it to someone else: a cue ("...'s
 * claims, but have speculated that “...”") or "as" ("played down Trump's comments as “...”",
 * the subject's words). */
function otherSpeakerBetween(ctx: Context, from: number, to: number): boolean {
  if (from < to && nth(ctx.tokens, from).lower === 'as') return true;
  for (let k = from; k < to; k++) if (cueAt(ctx, k)) return true;
  return false;
}

/** The possessor before the noun at n, past a few modifiers ("Trump's recent evidence-free claim"). */
function possessorBeforeNoun(tokens: Token[], lo: number, n: number): SourcePhrase | null {
  for (let k = n - 1; k >= Math.max(lo, n - 1 - MAX_SPEECH_NOUN_MODIFIERS); k--) {
    const t = nth(tokens, k);
    const owner = possessorAt(tokens, lo, k);
    if (owner) return owner;
    if (!(t.word || t.text === '-') || ARTICLE_WORDS.has(t.lower) || NOT_VERBS.has(t.lower)) return null;
  }
  return null;
}
