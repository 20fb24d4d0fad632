// Finds the source phrase of an attribution around a cue: the subject before it ("Zheng added",
// "White House press secretary Josh Earnest said") or the phrase after it ("said Sen. Ted Cruz",
// "according to the report"), and tells what kind of source it is. Works on tokens, within
// bounded windows, so the cost per quotation is constant.
import { SourceKind } from '../types';
import { Token } from '../structure/tokens';
import {
  ANONYMOUS_HEADS, DOCUMENT_HEADS, NOT_NAME_WORDS, ORGANISATION_HEADS, ORGANISATION_NAME_WORDS,
  PERSON_DESCRIPTION_HEADS, POSSESSIVE_PRONOUNS, SUBJECT_PRONOUNS,
} from '../lexicon/sources';
import { HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS, TITLE_WORDS } from '../lexicon/titles';
import { nameLexicon } from '../lexicon/names';
import { DEFINITE_OR_ARTICLE, QUANTIFIERS } from '../lexicon/determiners';
import { WEEKDAYS } from '../lexicon/calendar-words';
import { NAME_PARTICLES } from '../lexicon/name-particles';
import { DASHES } from '../lexicon/punctuation';
import { CLAUSE_OPENERS } from '../lexicon/clause-openers';
import { nth } from '../indexed';

/** A source phrase as token indices (inclusive start, exclusive end). */
export interface SourcePhrase {
  from: number;
  to: number;
  kind: SourceKind;
  /** The individual names inside a coordinated source ("A and B"), as token ranges; one otherwise. */
  names: [number, number][];
  /** A definite description of a person ("the senator"): resolve like a pronoun, by role. */
  description?: string;
}

const TITLE_SET = new Set(
  [...HONORIFICS, ...TITLE_WORDS].flatMap((t) => t.split(' ')).map((t) => t.toLowerCase()),
);
const ROLE_MODIFIER_SET = new Set(ROLE_MODIFIERS);
/** Lower-case nouns that name a role: "Northgate manager Steve Calloway" is the manager. */
const ROLE_NOUNS = new Set([...ROLE_HEADS, ...PERSON_DESCRIPTION_HEADS, ...TITLE_WORDS.map((t) => t.toLowerCase())]);
/** Words that open a source's noun phrase ("two officials", "a senior aide"); not "that" (more
 * often "argued that ..."), nor "no", "any", "such" (not a source). */
const NOT_SOURCE_OPENERS = new Set(['that', 'no', 'any', 'such']);
const DETERMINERS = new Set([
  ...[...DEFINITE_OR_ARTICLE, ...QUANTIFIERS].filter((w) => !NOT_SOURCE_OPENERS.has(w)),
  'one', 'two', 'three', 'four', 'five', 'senior', 'top',
]);
/** Words skipped between a subject and its cue ("Smith also said", "he has repeatedly said"). */
const BETWEEN_SUBJECT_AND_CUE = new Set([
  'also', 'has', 'have', 'had', 'was', 'is', 'were', 'are', 'later', 'then', 'once', 'previously',
  'repeatedly', 'recently', 'reportedly', 'would', 'will', 'could', 'did', 'does', 'do', 'not',
  'never', 'often', 'still', 'just', 'already', 'first', 'again', 'may', 'might', 'should', 'must',
  'can', 'yesterday', 'today', 'tonight', 'earlier', 'separately', 'privately', 'publicly', 'even',
  'further', 'initially', 'subsequently', 'finally', 'simply', 'famously', 'once', 'always', 'both',
  'himself', 'herself', 'themselves', 'too', 'been', 'being', 'allegedly', 'apparently', 'only',
  'had', "n't", 'however', 'meanwhile', 'too', 'instead', 'therefore',
]);
const TIME_WORDS = new Set([
  ...WEEKDAYS.map((d) => d.toLowerCase()), 'morning', 'afternoon', 'evening', 'night', 'week',
  'month', 'year', 'weekend',
]);
const TIME_PREPOSITIONS = new Set(['on', 'last', 'this', 'that', 'late', 'early', 'in', 'earlier', 'next']);
/** Words that end a noun phrase when reading backwards: clause words and verbs of being. */
const PHRASE_BREAKERS = new Set([
  'that', 'which', 'who', 'whom', 'and', 'but', 'or', 'as', 'because', 'when', 'while', 'if',
  'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'said', 'says', 'told', 'to',
  'what', 'where', 'how', 'why', 'than', 'by', 'with', 'after', 'before', 'since', 'though',
  'although', 'so', 'then', 'not', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'there', 'also',
]);
/** Punctuation that ends a source phrase read forwards. */
const PHRASE_END = /^[,.;:!?()\u2014\u2013\u2015"\u201c\u201d\u2018\u2019[\]]$/;
const PARTICLES = new Set(NAME_PARTICLES);
/** A party-state tag such as R-S.C. or D-Wis. */
const PARTY_TAG = /^\p{Lu}-\p{Lu}/u;
const POSSESSIVE = /['\u2019]s?$/;

/** A subject pronoun, also with its verb contracted onto it ("he’s", "they’ve"). */
export function isSubjectPronoun(t: Token): boolean {
  return SUBJECT_PRONOUNS.has(t.lower) || CONTRACTED_PERSONS.has(withoutContraction(t.lower));
}

/** Pronouns of people whose contraction keeps them the subject; "it’s" is more often "it is ...". */
const CONTRACTED_PERSONS = new Set(['he', 'she', 'they', 'we', 'i']);

/** The word without a contracted verb: "he’s" -> "he". */
export function withoutContraction(word: string): string {
  return word.replace(CONTRACTION, '');
}

const CONTRACTION = /['\u2019](?:s|re|ve|d|ll|m)$/;

function isNameWord(t: Token | undefined): boolean {
  return !!t && t.cap && !NOT_NAME_WORDS.has(t.lower) && !t.poss && !POSSESSIVE.test(t.text) && !PARTY_TAG.test(t.text);
}

/** A name word, or a capitalised title ("Sen.", "President"). */
function isNameOrTitle(t: Token): boolean {
  return isNameWord(t) || (t.cap && isTitle(t));
}

/** A token that may continue a name read forwards: "Ludwig van Beethoven", "A and B", "(R-S.C.)". */
function continuesName(t: Token): boolean {
  return isNameWord(t) || PARTICLES.has(t.lower) || t.lower === 'and' || t.text === '(' || t.text === ')' || /^[A-Z]-/.test(t.text);
}

function isTitle(t: Token): boolean {
  return TITLE_SET.has(t.lower) || TITLE_SET.has(t.lower.replace(/\.$/, ''));
}

function isAcronym(t: Token): boolean {
  return /^\p{Lu}{2,5}$/u.test(t.text.replace(/\./g, ''));
}

export function isHeadNoun(w: string): boolean {
  const sing = singular(w);
  return [w, sing].some((x) => ANONYMOUS_HEADS.has(x) || DOCUMENT_HEADS.has(x) || ORGANISATION_HEADS.has(x) || PERSON_DESCRIPTION_HEADS.has(x));
}

function singular(w: string): string {
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

/** Index of the "(" matching a ")" at j, searching back at most 8 tokens; -1 when none. */
function openParen(tokens: Token[], j: number, lo: number): number {
  for (let k = j - 1; k >= Math.max(lo, j - 8); k--) if (nth(tokens, k).text === '(') return k;
  return -1;
}

const PP_OPENERS = new Set(['at', 'in', 'on', 'during', 'over', 'after']);
const PP_DETERMINERS = new Set([...DEFINITE_OR_ARTICLE, 'last']);

/** "Trump at the time said", "Doe in a statement said": a short prepositional phrase ending at j
 * and following a name or pronoun; returns the index before it, or -1. */
function shortPrepositionalPhrase(tokens: Token[], lo: number, j: number): number {
  for (let k = j - 1; k >= Math.max(lo, j - 3); k--) {
    const t = nth(tokens, k);
    if (PP_OPENERS.has(t.lower)) {
      const before = tokens[k - 1];
      if (k - 1 < lo || !before || !(SUBJECT_PRONOUNS.has(before.lower) || isNameWord(before))) return -1;
      for (let m = k + 1; m < j; m++) if (!PP_DETERMINERS.has(nth(tokens, m).lower)) return -1;
      return k - 1;
    }
    if (!t.word || !PP_DETERMINERS.has(t.lower)) return -1;
  }
  return -1;
}

/** Words of a time phrase read backwards from "ago" or "in the past" ("less than two weeks ago"). */
const TIME_PHRASE_WORDS = new Set([
  'ago', 'past', 'the', 'in', 'less', 'more', 'than', 'about', 'nearly', 'almost', 'just', 'only', 'some',
  'a', 'an', 'few', 'several', 'many', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades', 'hour', 'hours',
  'minutes', 'moments', 'couple', 'of',
]);

function skipTimeBack(tokens: Token[], lo: number, j: number): number {
  let k = j;
  while (k >= lo && (TIME_PHRASE_WORDS.has(nth(tokens, k).lower) || /^\d+$/.test(nth(tokens, k).text))) k--;
  return k;
}

/** Skips, backwards, what may stand between a subject and its cue; returns the new index. */
function skipBackToSubject(tokens: Token[], lo: number, j: number): { j: number; skipped: boolean } {
  let skipped = false;
  for (let guard = 0; guard < 12 && j >= lo; guard++) {
    const t = nth(tokens, j);
    if (BETWEEN_SUBJECT_AND_CUE.has(t.lower) || (t.word && !t.cap && /ly$/.test(t.lower) && t.lower.length > 4)) {
      j--;
      skipped = true;
    } else if (t.lower === 'ago' || (t.lower === 'past' && j - 2 >= lo && nth(tokens, j - 1).lower === 'the' && nth(tokens, j - 2).lower === 'in')) {
      // "X two weeks ago said", "X has in the past described": a time between subject and cue.
      j = skipTimeBack(tokens, lo, j);
      skipped = true;
    } else if (TIME_WORDS.has(t.lower) || /^\d{1,2}$/.test(t.text)) {
      j--;
      while (j >= lo && TIME_PREPOSITIONS.has(nth(tokens, j).lower)) j--;
      skipped = true;
    } else if (t.word && !t.cap && j - 2 >= lo && shortPrepositionalPhrase(tokens, lo, j) >= lo) {
      j = shortPrepositionalPhrase(tokens, lo, j);
      skipped = true;
    } else if (t.text === ')') {
      const open = openParen(tokens, j, lo);
      if (open < 0) break;
      j = open - 1;
      skipped = true;
    } else {
      break;
    }
  }
  return { j, skipped };
}

/** Classifies a capitalised run of tokens [a, b). */
function capitalisedKind(tokens: Token[], a: number, b: number, withThe: boolean): SourceKind {
  for (let k = a; k < b; k++) if (ORGANISATION_NAME_WORDS.has(nth(tokens, k).lower)) return 'organisation';
  if (b - a === 1 && isAcronym(nth(tokens, a))) return 'organisation';
  if (b - a === 1 && ANONYMOUS_HEADS.has(nth(tokens, a).lower)) return 'anonymous';
  return withThe ? 'organisation' : 'person';
}

/** Drops leading role words from a name ("Foreign Minister Zheng Zeguang" -> "Zheng Zeguang"),
 * keeping a single title that opens the phrase ("President Obama", "Reps. Joe Wilson"). */
function trimTitles(tokens: Token[], a: number, b: number): number {
  let lastTitle = -1;
  for (let k = a; k < b - 1; k++) if (isTitle(nth(tokens, k))) lastTitle = k;
  if (lastTitle < 0 || lastTitle === a) return a;
  return lastTitle + 1;
}

/** The capitalised run ending at j (inclusive), read backwards; returns its first index. */
function capitalisedRunBack(tokens: Token[], lo: number, j: number): number {
  let a = j;
  while (a - 1 >= lo) {
    const p = nth(tokens, a - 1);
    if (isNameWord(p) || (p.cap && isTitle(p))) a--;
    else if (PARTICLES.has(p.lower) && isNameWord(tokens[a - 2])) a--;
    else break;
  }
  return a;
}

/** Coordinated names read backwards from j: "Joe Wilson (R-S.C.) and Randy Forbes". */
function namesBack(tokens: Token[], lo: number, j: number): [number, number][] {
  const names: [number, number][] = [];
  let end = j;
  for (let guard = 0; guard < 4; guard++) {
    const a = capitalisedRunBack(tokens, lo, end);
    names.unshift([a, end + 1]);
    let k = a - 1;
    if (k < lo || !(nth(tokens, k).lower === 'and' || nth(tokens, k).text === '&')) break;
    k--;
    if (k >= lo && nth(tokens, k).text === ')') k = openParen(tokens, k, lo) - 1;
    if (k < lo || !isNameWord(tokens[k])) break;
    end = k;
  }
  return names;
}

function personRange(tokens: Token[], a: number, b: number): [number, number] {
  return [trimTitles(tokens, a, b), b];
}

/** A capitalised source ending at j. */
function capitalisedSourceBack(tokens: Token[], lo: number, j: number, trailing: number): SourcePhrase | null {
  const runs = namesBack(tokens, lo, j);
  // Roles before a name are not part of it: "Committee Chairman Ron Johnson" is a person.
  const trimmed = runs.map(([x, y]) => personRange(tokens, x, y));
  const kinds = trimmed.map(([x, y]) => capitalisedKind(tokens, x, y, false));
  // namesBack finds at least one run, so runs, trimmed and kinds are not empty.
  const a = nth(runs, 0)[0];
  const last = nth(runs, runs.length - 1)[1];
  const firstName = nth(trimmed, 0);
  const lastName = nth(trimmed, trimmed.length - 1);
  const withThe = a - 1 >= lo && nth(tokens, a - 1).lower === 'the';
  if (nth(kinds, kinds.length - 1) !== 'person' || (withThe && firstName[0] === a)) {
    const from = withThe ? a - 1 : a;
    const kind = capitalisedKind(tokens, a, last, withThe);
    return { from, to: Math.max(last, trailing), kind, names: [[from, last]] };
  }
  // Two or more names under one cue only when every conjunct is a person's name.
  const all = kinds.every((k) => k === 'person');
  const names = all ? trimmed : [lastName];
  return { from: (all ? firstName : lastName)[0], to: Math.max(lastName[1], trailing), kind: 'person', names };
}

/** The head noun classification of a lower-case noun phrase [a, b). */
function lowercaseKind(tokens: Token[], a: number, b: number): { kind: SourceKind; head: string } | null {
  for (let k = a; k < b; k++) {
    const lower = nth(tokens, k).lower;
    const w = singular(lower) !== lower && !ANONYMOUS_HEADS.has(lower) ? singular(lower) : lower;
    if (ANONYMOUS_HEADS.has(w)) return { kind: 'anonymous', head: w };
    if (nth(tokens, a).lower === 'the' && PERSON_DESCRIPTION_HEADS.has(w) && k === b - 1) return { kind: 'person', head: w };
    if (DOCUMENT_HEADS.has(w)) return { kind: 'document', head: w };
    if (ORGANISATION_HEADS.has(w)) return { kind: 'organisation', head: w };
  }
  return null;
}

/** Words that never head a noun phrase. */
const FUNCTION_WORDS = new Set([
  'of', 'to', 'for', 'in', 'on', 'at', 'with', 'from', 'without', 'about', 'into', 'over', 'under',
  'by', 'than', 'then', 'very', 'more', 'most', 'less', 'own', 'same', 'other', 'such', 'only',
]);

/** A short determiner phrase with a head we do not know ("the announcer", "my father"): an
 * unnamed source. */
function unknownHead(tokens: Token[], det: number, j: number): { kind: SourceKind; head: string } | null {
  if (det < 0 || j - det > 3 || j === det || FUNCTION_WORDS.has(nth(tokens, j).lower)) return null;
  return { kind: 'anonymous', head: nth(tokens, j).lower };
}

/** A lower-case noun phrase ending at j ("the official", "a spokesman for the ministry"). */
function nounPhraseBack(tokens: Token[], lo: number, j: number): SourcePhrase | null {
  let a = j;
  let det = -1;
  for (let k = j; k >= Math.max(lo, j - 8); k--) {
    const t = nth(tokens, k);
    if (!t.word || (PHRASE_BREAKERS.has(t.lower) && t.lower !== 'the')) break;
    a = k;
    if (DETERMINERS.has(t.lower) || t.poss || POSSESSIVE.test(t.text)) det = k;
  }
  const from = det >= 0 ? det : a;
  // Without a determiner only a bare head noun will do ("sources said", "officials say").
  const start = det >= 0 ? det : j;
  const cls = lowercaseKind(tokens, start, j + 1) ?? unknownHead(tokens, det, j);
  if (!cls) return null;
  const opener = nth(tokens, from);
  if (opener.cap && !NOT_NAME_WORDS.has(opener.lower) && det < 0 && cls.kind !== 'anonymous') return null;
  const phrase: SourcePhrase = { from: start, to: j + 1, kind: cls.kind, names: [[start, j + 1]] };
  if (cls.kind === 'person') phrase.description = cls.head;
  return phrase;
}

/**
 * The subject of a cue at token index `cue`, looking back no further than `lo`: a pronoun, a
 * name (possibly coordinated, with roles trimmed) or a noun phrase naming a source.
 */
export function subjectBefore(tokens: Token[], lo: number, cue: number): SourcePhrase | null {
  let j = cue - 1;
  if (j < lo) return null;
  // A party tag right before the cue belongs to the source as written: "Randy Forbes (R-Va.) called".
  let trailing = -1;
  if (nth(tokens, j).text === ')') {
    const open = openParen(tokens, j, lo);
    if (open > lo && isNameWord(tokens[open - 1])) trailing = j + 1;
  }
  const skip = skipBackToSubject(tokens, lo, j);
  j = skip.j;
  if (j < lo) return null;
  // An appositive: "Smith, the mayor of Riverton, said" or "Smith, 45, said", possibly several
  // ("Harry Bond, 30, of Raleigh, N.C., said"), or between dashes.
  const end = nth(tokens, j).text;
  if (end === ',' || DASH_TOKENS.has(end)) return subjectBeforeAppositive(tokens, lo, j);
  return phraseEndingAt(tokens, lo, j, trailing);
}

const PREPOSITIONS = new Set(['in', 'of', 'from', 'at', 'near', 'for', 'with', 'to', 'on', 'about', 'against', 'by', 'outside', 'inside']);
/** Dashes that set off an appositive: not a hyphen-minus, which joins words more often. */
const DASH_TOKENS = new Set(DASHES.filter((d) => !d.hyphen).map((d) => d.text));
/** How many comma-separated pieces an appositive may have, and how long it may be in all. */
const MAX_APPOSITIVE_PIECES = 4;
const MAX_APPOSITIVE_TOKENS = 40;

function isDelimiter(t: Token, dash: boolean): boolean {
  return dash ? DASH_TOKENS.has(t.text) : t.text === ',';
}

/** The subject before an appositive that ends at token j (a comma or a dash). */
function subjectBeforeAppositive(tokens: Token[], lo: number, j: number): SourcePhrase | null {
  const dash = DASH_TOKENS.has(nth(tokens, j).text);
  // "Gov. John Kasich (R-Ohio), said": a stray comma after a party tag.
  if (!dash && j - 1 > lo && nth(tokens, j - 1).text === ')') {
    const open = openParen(tokens, j - 1, lo);
    if (open > lo && isNameWord(tokens[open - 1])) return phraseEndingAt(tokens, lo, open - 1, j);
  }
  const floor = Math.max(lo, j - MAX_APPOSITIVE_TOKENS);
  let close = j;
  let fallback: SourcePhrase | null = null;
  for (let piece = 0; piece < MAX_APPOSITIVE_PIECES; piece++) {
    let k = close - 1;
    while (k >= floor && !isDelimiter(nth(tokens, k), dash)) k--;
    if (k < floor) return fallback;
    // "A delegate on the slate, Jim Poolman, said": an appositive that is a name is the source.
    const named = pureName(tokens, k + 1, close);
    let end = k - 1;
    let trailing = -1;
    if (end >= lo && nth(tokens, end).text === ')') {
      const open = openParen(tokens, end, lo);
      if (open > lo && isNameWord(tokens[open - 1])) {
        trailing = end + 1;
        end = open - 1;
      }
    }
    let phrase = end >= lo ? phraseEndingAt(tokens, lo, end, trailing) : null;
    // "..., during a meeting in Columbus, Ohio, said": a name after a preposition is a place.
    if (phrase && phrase.from > lo && PREPOSITIONS.has(nth(tokens, phrase.from - 1).lower)) phrase = null;
    // "X, the novelist and former Poet Laureate, who ..., said": a capitalised title that ends a
    // description opened by a determiner is one more piece of the appositive.
    if (phrase && !dash && phrase.kind === 'person' && descriptionPiece(tokens, floor, phrase.from, dash)) {
      close = k;
      continue;
    }
    if (named && (!phrase || phrase.kind !== 'person' || phrase.description)) return named;
    // "Tom Park, 52, of Millbrook, Ohio, who ..., said": a phrase right after a comma is one more
    // piece of the appositive; the subject is further back, if there is one.
    if (phrase && !dash && phrase.from > lo && nth(tokens, phrase.from - 1).text === ',') {
      fallback = fallback ?? phrase;
    } else if (phrase) {
      return phrase;
    }
    if (dash) return null;
    close = k;
  }
  return fallback;
}

/** Whether a capitalised phrase starting at `from` ends a description opened by a determiner
 * right after a delimiter ("the novelist and former Poet Laureate") and holds no given name. */
function descriptionPiece(tokens: Token[], floor: number, from: number, dash: boolean): boolean {
  let m = from - 1;
  for (; m > floor; m--) {
    const t = nth(tokens, m);
    if (!t.word && !/^['\u2019]$/.test(t.text)) break;
  }
  if (m >= from - 1 || m < floor || !isDelimiter(nth(tokens, m), dash)) return false;
  const det = nth(tokens, m + 1).lower;
  if (det !== 'the' && det !== 'a' && det !== 'an') return false;
  for (let k = from; k < from + 4 && k < tokens.length && nth(tokens, k).cap; k++) {
    if (nameLexicon().firstName(nth(tokens, k).lower)) return false;
  }
  return true;
}

/** Tokens [a, b) that are exactly a person's name (with a title): "Jim Poolman", "Sen. Ann Lee". */
function pureName(tokens: Token[], a: number, b: number): SourcePhrase | null {
  if (b - a < 2 || b - a > 5) return null;
  for (let k = a; k < b; k++) if (!isNameOrTitle(nth(tokens, k))) return null;
  const phrase = capitalisedSourceBack(tokens, a, b - 1, -1);
  return phrase && phrase.kind === 'person' && phrase.from >= a ? phrase : null;
}

function phraseEndingAt(tokens: Token[], lo: number, j: number, trailing: number): SourcePhrase | null {
  const t = nth(tokens, j);
  if (isSubjectPronoun(t)) return { from: j, to: j + 1, kind: 'pronoun', names: [[j, j + 1]] };
  if (isNameWord(t)) {
    // A single sentence-initial common noun ("Experts say") is not a name.
    const phrase = capitalisedSourceBack(tokens, lo, j, trailing);
    if (phrase && phrase.to - phrase.from === 1 && !isNameWord(tokens[phrase.from]) && phrase.kind === 'person') return null;
    return phrase;
  }
  if (t.word) return nounPhraseBack(tokens, lo, j);
  return null;
}

function firstNamedRun(tokens: Token[], k: number, end: number): SourcePhrase | null {
  let fallback: SourcePhrase | null = null;
  let j = k;
  while (j < end) {
    if (!isNameOrTitle(nth(tokens, j))) {
      j++;
      continue;
    }
    let e = j;
    while (e + 1 < end && continuesName(nth(tokens, e + 1))) e++;
    while (e > j && !isNameWord(tokens[e])) e--;
    // "said Northgate manager Steve Calloway": a capitalised word before a role noun and a name
    // says whose manager; the name is the source.
    const role = tokens[e + 1];
    if (role && e + 2 < end && role.word && !role.cap && ROLE_NOUNS.has(role.lower) && isNameWord(tokens[e + 2])) {
      j = e + 2;
      continue;
    }
    const phrase = isNameWord(tokens[e]) ? capitalisedSourceBack(tokens, k, e, -1) : null;
    if (phrase && phrase.kind === 'person') return phrase;
    fallback = fallback ?? phrase;
    j = e + 1;
  }
  return fallback;
}

/** "said the 46-year-old.", "says a narrator,": a short determiner phrase with a head we do not
 * know, ending the clause, is an unnamed source. */
function unknownHeadAfter(tokens: Token[], k: number, end: number, hi: number): { kind: SourceKind; head: string } | null {
  if (!DETERMINERS.has(nth(tokens, k).lower) || end - k < 2 || end - k > 4 || FUNCTION_WORDS.has(nth(tokens, end - 1).lower)) return null;
  if (end < hi && !/^[,.;:!?)\u2014\u2013]$/.test(nth(tokens, end).text)) return null;
  return { kind: 'anonymous', head: nth(tokens, end - 1).lower };
}

/** The source phrase that follows a cue ("said Sen. Ted Cruz, R-Texas", "according to the report"). */
export function sourceAfter(tokens: Token[], from: number, hi: number): SourcePhrase | null {
  let k = from;
  while (k < hi && (TIME_WORDS.has(nth(tokens, k).lower) || (nth(tokens, k).lower === 'on' && TIME_WORDS.has(tokens[k + 1]?.lower ?? '')))) k++;
  if (k >= hi) return null;
  const first = nth(tokens, k);
  if (isSubjectPronoun(first)) return { from: k, to: k + 1, kind: 'pronoun', names: [[k, k + 1]] };
  // The phrase runs to the next punctuation or clause word, at most ten words.
  let end = k;
  while (end < hi && end - k < 10 && !PHRASE_END.test(nth(tokens, end).text) && !(end > k && PHRASE_BREAKERS.has(nth(tokens, end).lower) && nth(tokens, end).lower !== 'and')) end++;
  if (end < hi && nth(tokens, end).text === '(') {
    while (end < hi && nth(tokens, end).text !== ')') end++;
    if (end < hi) end++;
    // More names may follow the party tag: "said Reps. A (R-S.C.) and B (R-Va.)"
  }
  if (end === k) return null;
  // The first person's name in the phrase is the source ("Del. Stacey Plaskett of the Virgin
  // Islands"); what precedes it is a role. Failing a person, the first organisation.
  const named = firstNamedRun(tokens, k, end);
  if (named) {
    if (first.lower === 'the' && named.kind !== 'person' && named.from > k) named.from = k;
    return named;
  }
  // "said the bureau's director, James B. Comey": a role, then the name in apposition.
  if (end + 1 < hi && nth(tokens, end).text === ',') {
    let e = end + 1;
    while (e < hi && e - end <= 5 && !PHRASE_END.test(nth(tokens, e).text)) e++;
    const named = pureName(tokens, end + 1, e);
    if (named) return named;
  }
  const cls = lowercaseKind(tokens, k, end) ?? unknownHeadAfter(tokens, k, end, hi);
  if (!cls || !(DETERMINERS.has(first.lower) || ANONYMOUS_HEADS.has(first.lower) || DOCUMENT_HEADS.has(first.lower))) return null;
  const phrase: SourcePhrase = { from: k, to: end, kind: cls.kind, names: [[k, end]] };
  if (cls.kind === 'person') phrase.description = cls.head;
  return phrase;
}

/** Words that open an introductory phrase before a clause's subject ("On Wednesday, ..."). */
const INTRO_WORDS = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'while', 'when', 'as', 'following', 'earlier',
  'later', 'last', 'since', 'with', 'without', 'despite', 'for', 'from', 'by', 'under', 'over',
  'amid', 'throughout', 'meanwhile', 'however', 'still', 'yet', 'but', 'and', 'so', 'then', 'also',
  'now', 'instead', 'asked', 'speaking', 'writing', 'addressing', 'if', 'although', 'though', 'here',
  'there', 'alongside', 'amid', 'regarding', 'responding', 'outside', 'inside', 'at',
  'because', 'once', 'until', 'like', 'unlike', 'according', 'in', 'this', 'next', 'separately',
  // "Hours later, she ...", "Within a week, ...", "Today, ...": a time before the subject.
  'seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'moments', 'decades',
  'within', 'elsewhere', 'today', 'yesterday', 'tonight',
  // Prepositions and sentence adverbs that open a phrase before the subject ("Across the bay,",
  // "Moreover, ...").
  'across', 'around', 'among', 'amongst', 'beyond', 'behind', 'near', 'against', 'toward', 'towards',
  'through', 'between', 'given', 'to', 'moreover', 'furthermore', 'indeed', 'again', 'likewise',
  'similarly', 'nonetheless', 'nevertheless', 'otherwise', 'overall', 'thus', 'first', 'second',
  'finally', 'lastly',
]);

/** A capitalised participle or adverb opening a clause ("Reprising", "Based", "Hastily",
 * "Immediately after the attacks, ...") before a lower-case word: an introductory phrase, not a
 * name (first names such as "Ahmed" excepted). */
function introducesPhrase(tokens: Token[], k: number, hi: number): boolean {
  const t = nth(tokens, k);
  const next = tokens[k + 1];
  if (!t.cap || t.text.length < 5 || !/(?:ing|ed|ly)$/.test(t.lower) || k + 1 >= hi || !next || next.cap) return false;
  return !nameLexicon().firstName(t.lower);
}

/** Introductory words after which a pronoun opens the main clause itself (lexicon/clause-openers). */
const ADVERB_INTROS: ReadonlySet<string> = new Set(CLAUSE_OPENERS.filter((o) => o.pronounAfterIsSubject).map((o) => o.word));

const DATELINE_DASHES = new Set(DASHES.map((d) => d.text));
/** Adverbs and conjunctions passed over before a clause's subject (lexicon/clause-openers). */
const LEADING_ADVERBS: ReadonlySet<string> = new Set(CLAUSE_OPENERS.filter((o) => o.beforeSubject).map((o) => o.word));
/** Words that end a time phrase before the subject ("Eight years ago, he ..."). */
const TIME_PHRASE_ENDS = new Set(['ago', 'earlier', 'later']);
/** How many tokens such a time phrase may have before its comma. */
const MAX_TIME_PHRASE = 5;

/** "Ironically", "quickly": a lower-case word of three letters or more before "ly" (pass a
 * token's text to accept only a lower-case word, its lower-cased text to accept any). */
export function looksLikeLyAdverb(word: string): boolean {
  return /^\p{Ll}{3,}ly$/u.test(word);
}

/** "Ironically, ...": a sentence adverb in -ly and its comma. */
function adverbBeforeComma(tokens: Token[], k: number): boolean {
  return looksLikeLyAdverb(nth(tokens, k).lower) && tokens[k + 1]?.text === ',';
}

/** Whether the sentence opens with a short time phrase ending in "ago", "earlier" or "later"
 * before a comma ("Thirteen years earlier,", "A month later,"). */
function opensWithTimePhrase(tokens: Token[], k: number, hi: number): boolean {
  for (let m = k + 1; m < Math.min(hi, k + MAX_TIME_PHRASE + 1); m++) {
    const t = nth(tokens, m);
    if (t.text === ',') return TIME_PHRASE_ENDS.has(nth(tokens, m - 1).lower);
    if (!t.word) return false;
  }
  return false;
}

/** The subject at the start of a clause [lo, hi): "On Wednesday, President Obama used ..., calling". */
export function clauseSubject(tokens: Token[], lo: number, hi: number): SourcePhrase | null {
  let k = lo;
  // A dateline: "WASHINGTON (AP) — ...".
  for (let m = k; m < Math.min(hi, k + 12); m++) {
    if (DATELINE_DASHES.has(nth(tokens, m).text)) {
      if (tokens.slice(k, m).every((t) => !t.word || t.cap || /^\d/.test(t.text))) k = m + 1;
      break;
    }
  }
  while (k < hi && !nth(tokens, k).word) k++;
  // Skip introductory phrases that end with a comma ("On Wednesday,", "In a statement, after ...,",
  // "Reprising an old line, ...", "Six years earlier, ...", "Ironically, ...").
  const opensPhrase = (at: number) =>
    INTRO_WORDS.has(nth(tokens, at).lower) || introducesPhrase(tokens, at, hi) || opensWithTimePhrase(tokens, at, hi) || adverbBeforeComma(tokens, at);
  for (let guard = 0; guard < 3 && k < hi && opensPhrase(k); guard++) {
    // "Then he cut into Bush, calling": a pronoun right after an adverb is the clause's subject
    // (after "While", it is the subordinate clause's).
    if (ADVERB_INTROS.has(nth(tokens, k).lower) && k + 1 < hi && isSubjectPronoun(nth(tokens, k + 1))) break;
    let next = -1;
    for (let m = k; m < Math.min(hi, k + 16); m++) {
      if (nth(tokens, m).text === ',') {
        next = m + 1;
        break;
      }
    }
    if (next < 0) break;
    k = next;
    while (k < hi && !nth(tokens, k).word) k++;
  }
  while (k < hi && (!nth(tokens, k).word || LEADING_ADVERBS.has(nth(tokens, k).lower))) k++;
  if (k >= hi) return null;
  if (isSubjectPronoun(nth(tokens, k))) return { from: k, to: k + 1, kind: 'pronoun', names: [[k, k + 1]] };
  // Walk to the end of the noun phrase, then read it backwards like a subject.
  let end = k;
  while (end + 1 < hi && end - k < 8) {
    const t = nth(tokens, end);
    const next = nth(tokens, end + 1);
    if (!(next.word && (isNameWord(next) || isTitle(next) || !PHRASE_BREAKERS.has(next.lower)))) break;
    if (!next.cap && isNameWord(t)) break;
    // A head that modifies the next one ("the former secretary", "the vice president") goes on.
    if (!t.cap && isHeadNoun(t.lower) && !(ROLE_MODIFIER_SET.has(t.lower) && isHeadNoun(next.lower))) break;
    end++;
  }
  return phraseEndingAt(tokens, k, end, -1);
}

/** The possessor ending at token k: a possessive pronoun ("his") or a name with ’s ("Donald
 * Trump’s"), as a person's or organisation's source phrase; null otherwise. */
export function possessorAt(tokens: Token[], lo: number, k: number): SourcePhrase | null {
  const t = nth(tokens, k);
  if (POSSESSIVE_PRONOUNS.has(t.lower)) return { from: k, to: k + 1, kind: 'pronoun', names: [[k, k + 1]] };
  if (!t.poss || !t.cap || NOT_NAME_WORDS.has(t.lower)) return null;
  // Read the name back as if the possessive were not there.
  const from = Math.max(lo, k - 6);
  const window = tokens.slice(from, k + 1);
  window[window.length - 1] = { ...t, poss: false };
  const phrase = capitalisedSourceBack(window, 0, window.length - 1, -1);
  if (!phrase || (phrase.kind !== 'person' && phrase.kind !== 'organisation')) return null;
  const shift = (r: [number, number]): [number, number] => [r[0] + from, r[1] + from];
  return { from: phrase.from + from, to: phrase.to + from, kind: phrase.kind, names: phrase.names.map(shift) };
}
