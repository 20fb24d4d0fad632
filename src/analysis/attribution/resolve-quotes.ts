// Document-level attribution: joins quotations that run over paragraphs, attributes quotations
// without a cue of their own to the speaker who is talking (continuation), resolves pronouns and
// descriptions ("the senator") to people, and makes the quotation diagnostics. Cheap: one pass
// over the quotations and attributions in text order.
import type { LocalAttribution } from './context';
import type { ParagraphQuote, ParagraphQuoteFacts } from './types';
import type { PatternId, RuleId } from './rules';
import { Diagnostic, Paragraph, Person, Quote, QuoteExplanation, Resolution, SourceKind, Span } from '../types';
import { isSpaceCode } from '../structure/structure';
// `at` names an offset throughout this file.
import { nth } from '../indexed';
import { lastAtOrBefore } from '../sorted';
import { withoutContraction } from './source-phrase';
import { POSSESSIVE_PRONOUNS } from '../lexicon/sources';

/** How many paragraphs back a continuation may reach for its speaker. */
const MAX_CONTINUATION_DISTANCE = 2;
/** How far back (characters) a pronoun looks for a person known to have its gender before
 * settling for a person of unknown gender. */
const PRONOUN_LOOKBACK = 1500;
/** No antecedent is sought further back than this (characters): bounds the work per pronoun. */
const MAX_ANTECEDENT_DISTANCE = 20000;
/** A sentence ends between two mentions: a full stop after a word of three or more lower-case
 * letters (not an abbreviation such as "Sen."), or a line break. */
const SENTENCE_BREAK = /\p{Ll}{3}[.!?]|[.!?]["\u201d\u2019]|\n/u;
/** At most this many words before a name that opens its sentence ("Former Arizona governor",
 * "To Montclair State University political science professor"). */
const MAX_WORDS_BEFORE_SUBJECT = 12;
const PRONOUN_WORD = /\b(?:he|she|they|it|we|i|you)\b/i;

/** Whether the mention starting at `at` is the first name of its sentence and near its start, with
 * no pronoun before it ("He drives past Ortiz's shop" is about him, not Ortiz). `from` is the end
 * of the previous mention. */
function opensSentence(text: string, from: number, at: number): boolean {
  return leadOpens(text.slice(from, at), from > 0);
}

/** opensSentence on the text between the previous mention and this one (`gap`): the part of the
 * gap after its last sentence break must be short and free of pronouns. Without a break in the
 * gap, the mention does not open a sentence when `needBreak`. */
function leadOpens(gap: string, needBreak: boolean): boolean {
  let begin = -1;
  SENTENCE_BREAKS.lastIndex = 0;
  for (let m = SENTENCE_BREAKS.exec(gap); m; m = SENTENCE_BREAKS.exec(gap)) begin = m.index + m[0].length;
  if (begin < 0 && needBreak) return false;
  const lead = gap.slice(Math.max(begin, 0));
  const words = lead.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length <= MAX_WORDS_BEFORE_SUBJECT && !PRONOUN_WORD.test(lead);
}
const SENTENCE_BREAKS = new RegExp(SENTENCE_BREAK.source, 'gu');

/** Whether there is a line feed in text[from, start) with only white space after it, where
 * `start` is where a paragraph begins. A sentence-break scan of text from `from` then matches
 * that line feed and, having nothing to match in the white space, reaches `start` as a scan that
 * begins at `start` would: what follows depends on the paragraph alone. */
function lineFeedBefore(text: string, from: number, start: number): boolean {
  for (let i = start - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (!isSpaceCode(c)) return false;
  }
  return false;
}

/**
 * What resolveQuotes remembers between runs of one Analyzer, keyed by objects the Analyzer reuses
 * while their text stays the same (paragraph facts, the people list), so that a keystroke redoes
 * the work of the edited paragraph only. Owned by the Analyzer: nothing is shared between analysers.
 */
export class QuoteMemo {
  readonly placed = new WeakMap<ParagraphQuoteFacts, Placed>();
  readonly peopleFacts = new WeakMap<Person[], PeopleFacts>();
  /** Compiled patterns by head word, at most 500 (see antecedentPatterns). */
  readonly antecedents = new Map<string, AntecedentPatterns>();
}

/** Quotations of this many words or fewer are scare quotes or titles unless attributed. */
const SHORT_QUOTE_WORDS = 3;

interface Item {
  start: number;
  end: number;
  paragraph: number;
  local: LocalAttribution | null;
  /** The pattern that found `local`, and the patterns tried before it. */
  rule: PatternId | null;
  tried: PatternId[];
  unclosed: boolean;
  /** The last segment of an unclosed quotation, for the diagnostic. */
  lastSegment: Span;
  /** The paragraph's quotation, when the item is that quotation alone (not joined with the next). */
  single: PlacedQuote | null;
}

interface SpeechEvent {
  at: number;
  paragraph: number;
  local: LocalAttribution;
}

interface Resolved {
  speaker: string | null;
  speakerName: string | null;
  coSpeakers: string[];
  kind: SourceKind | null;
  source: Span | null;
  cue: Span | null;
  /** How a pronoun or description was resolved, for the explanation. */
  resolution: Resolution | null;
  /** Where the speaker was last attributed: a quotation's start, or a cue of reported speech. */
  origin: { at: number; quote: boolean };
}

interface Mention {
  start: number;
  end: number;
  person: Person;
}

function shiftSpan(s: Span | null, by: number): Span | null {
  return s ? { start: s.start + by, end: s.end + by, text: s.text } : null;
}

function shiftLocal(a: LocalAttribution | null, by: number): LocalAttribution | null {
  if (!a) return null;
  return {
    ...a,
    cue: shiftSpan(a.cue, by),
    source: shiftSpan(a.source, by),
    names: a.names.map((n) => ({ start: n.start + by, end: n.end + by, text: n.text })),
  };
}

/** A quotation of a paragraph, shifted to document offsets. */
interface PlacedQuote {
  start: number;
  end: number;
  segment: Span;
  local: LocalAttribution | null;
  quote: ParagraphQuote;
  /** wordCount of the quotation's text, once asked. */
  words?: number;
}

/** Reported speech of a paragraph, shifted to document offsets. */
interface PlacedSpeech {
  at: number;
  local: LocalAttribution;
}

/**
 * What the document-level steps derive from one paragraph's facts. The shifted quotations and
 * speech hold for a paragraph starting at `at` (redone when the paragraph moves); the rest is
 * relative to the paragraph and depends on its text alone. Kept per facts object, which the
 * Analyzer reuses for a paragraph whose text did not change, so a keystroke redoes this for the
 * edited paragraph only.
 */
interface Placed {
  at: number;
  quotes: PlacedQuote[];
  speech: PlacedSpeech[];
  /** The paragraph's signature ("― Ann Doe"), shifted. */
  signature: LocalAttribution | null;
  /** opensSentence answers, keyed by subjectKey. */
  subject: Map<number, boolean>;
  /** Whether the paragraph refers to someone by pronoun (REFERRING_PRONOUN); null until asked. */
  refers: boolean | null;
}

function placed(memo: QuoteMemo, p: Paragraph, facts: ParagraphQuoteFacts | undefined): Placed | null {
  if (!facts) return null;
  const old = memo.placed.get(facts);
  if (old && old.at === p.start) return old;
  const by = p.start;
  const quotes = facts.quotes.map((q): PlacedQuote => {
    const start = q.start + by;
    const end = q.end + by;
    return { start, end, segment: { start, end, text: q.text }, local: shiftLocal(q.attribution, by), quote: q };
  });
  const speech: PlacedSpeech[] = [];
  for (const s of facts.speech) {
    const local = shiftLocal(s, by);
    if (local) speech.push({ at: local.cue?.start ?? local.source?.start ?? by, local });
  }
  const out: Placed = { at: by, quotes, speech, signature: shiftLocal(facts.signature, by), subject: old?.subject ?? new Map(), refers: old?.refers ?? null };
  memo.placed.set(facts, out);
  return out;
}

/** Quotations of the document, joining a quotation left open at a paragraph's end with the
 * quotation that opens the next paragraph (the news convention for long quotations). */
function collectItems(places: (Placed | null)[]): Item[] {
  const items: Item[] = [];
  let pending: Item | null = null;
  for (let pi = 0; pi < places.length; pi++) {
    const quotes = places[pi]?.quotes ?? [];
    for (const [qi, placedQuote] of quotes.entries()) {
      const { start, end, segment, local, quote: q } = placedQuote;
      const rule = q.rule;
      const continues = pending && qi === 0 && (q.atParagraphStart || q.openAtStart) && pending.paragraph === pi - 1;
      if (pending && continues) {
        pending.end = end;
        if (!pending.local && local) {
          pending.local = local;
          pending.rule = rule;
          pending.tried = q.tried;
        }
        pending.unclosed = q.openAtEnd;
        pending.lastSegment = segment;
        pending.paragraph = pi;
        pending.single = null;
      } else {
        items.push({ start, end, paragraph: pi, local, rule, tried: q.tried, unclosed: q.openAtEnd, lastSegment: segment, single: placedQuote });
      }
      pending = q.openAtEnd ? items[items.length - 1] ?? null : null;
    }
    if (quotes.length === 0) pending = null;
  }
  return items;
}

function collectSpeech(places: (Placed | null)[]): SpeechEvent[] {
  const out: SpeechEvent[] = [];
  for (let pi = 0; pi < places.length; pi++) {
    for (const s of places[pi]?.speech ?? []) out.push({ at: s.at, paragraph: pi, local: s.local });
  }
  return out;
}

/** The index of the (sorted, disjoint) span that contains offset `at`, or -1: binary search. */
function indexContaining(spans: readonly { start: number; end: number }[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = nth(spans, mid);
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The index of the last of the (sorted) mentions that starts before `at`, or -1. */
function lastBefore(list: Mention[], at: number): number {
  return lastAtOrBefore(list, at - 1, (m) => m.start);
}


/** For a head word (letters and hyphens only): the indefinite phrase that ends with it ("a senior
 * official"), and the head word alone under the same flags. Compiled once per head word. */
interface AntecedentPatterns {
  phrase: RegExp;
  word: RegExp;
}
function antecedentPatterns(memo: QuoteMemo, head: string): AntecedentPatterns {
  const known = memo.antecedents;
  let p = known.get(head);
  if (!p) {
    p = { phrase: new RegExp(`\\b(?:an?|one)\\s+(?:[\\p{L}-]+\\s+){0,4}?${head}\\b`, 'giu'), word: new RegExp(head, 'iu') };
    if (known.size >= 500) known.clear();
    known.set(head, p);
  }
  return p;
}

/** The person of the last mention in the list (sorted) that overlaps the name, or null. */
function overlapping(list: Mention[], name: Span): Person | null {
  for (let i = lastBefore(list, name.end); i >= 0; i--) {
    const m = nth(list, i);
    if (name.start - m.start >= MAX_NAME_LENGTH) break;
    if (name.start < m.end) return m.person;
  }
  return null;
}

/** Mentions longer than this (characters) are not looked for when matching a source to a mention. */
const MAX_NAME_LENGTH = 200;

function lastToken(name: string): string {
  const words = name.replace(/['\u2019]s$/, '').match(/[\p{L}][\p{L}'\u2019.-]*/gu) ?? [];
  return (words[words.length - 1] ?? '').replace(/\.$/, '').toLowerCase();
}

/** What the Resolver derives from the people alone. */
interface PeopleFacts {
  /** Every mention, in text order. */
  allMentions: Mention[];
  bySurname: Map<string, Person>;
  genders: Map<string, 'male' | 'female' | null>;
}

function peopleFacts(memo: QuoteMemo, people: Person[]): PeopleFacts {
  const cached = memo.peopleFacts.get(people);
  if (cached) return cached;
  const allMentions = people
    .flatMap((person) => person.mentions.map((m) => ({ start: m.start, end: m.end, person })))
    .sort((a, b) => a.start - b.start);
  const bySurname = new Map<string, Person>();
  const genders = new Map<string, 'male' | 'female' | null>();
  for (const p of people) {
    genders.set(p.id, p.gender ?? null);
    const surname = lastToken(p.name);
    if (surname && !bySurname.has(surname)) bySurname.set(surname, p);
  }
  const out = { allMentions, bySurname, genders };
  memo.peopleFacts.set(people, out);
  return out;
}

class Resolver {
  /** Mentions outside quotations, and all mentions, in text order. */
  private readonly mentions: Mention[];
  private readonly allMentions: Mention[];
  /** The first person with each surname. */
  private readonly bySurname: Map<string, Person>;
  private readonly genders: Map<string, 'male' | 'female' | null>;
  /** For each mention, whether it is the first person mentioned in its sentence: 1 yes, 2 no, 0 not
   * yet known (worked out when a pronoun asks, see isSubject). */
  private readonly subject: Uint8Array;
  /** The latest attribution, for continuations and as a pronoun fallback. */
  last: (Resolved & { paragraph: number }) | null = null;

  constructor(
    private readonly text: string,
    private readonly people: Person[],
    items: Item[],
    private readonly paragraphs: Paragraph[],
    private readonly places: (Placed | null)[],
    private readonly memo: QuoteMemo,
  ) {
    const inQuote = (s: number) => indexContaining(items, s) >= 0;
    const known = peopleFacts(memo, people);
    this.allMentions = known.allMentions;
    this.mentions = this.allMentions.filter((m) => !inQuote(m.start));
    this.bySurname = known.bySurname;
    this.genders = new Map(known.genders);
    this.subject = new Uint8Array(this.mentions.length);
  }

  private isSubject(i: number): boolean {
    if (this.subject[i] === 0) this.subject[i] = this.opensSentence(i) ? 1 : 2;
    return this.subject[i] === 1;
  }

  /**
   * opensSentence(text, end of mention i - 1, start of mention i), answered from the mention's
   * paragraph when the gap to the previous mention lies inside that paragraph or crosses a line
   * feed just before it (a line break ends a sentence), and remembered with the paragraph: the
   * answer then depends on the paragraph's text alone. Other cases scan the gap as it is.
   */
  private opensSentence(i: number): boolean {
    const from = i === 0 ? 0 : nth(this.mentions, i - 1).end;
    const at = nth(this.mentions, i).start;
    const pi = indexContaining(this.paragraphs, at);
    const p = pi < 0 ? undefined : this.paragraphs[pi];
    const place = pi < 0 ? null : this.places[pi];
    if (!p || !place) return opensSentence(this.text, from, at);
    const relAt = at - p.start;
    let relFrom: number;
    if (from >= p.start && from <= p.end) relFrom = from - p.start;
    else if (from < p.start && lineFeedBefore(this.text, from, p.start)) relFrom = -1;
    else return opensSentence(this.text, from, at);
    const needBreak = relFrom >= 0 && from > 0;
    const key = (relAt * (p.text.length + 2) + relFrom + 1) * 2 + (needBreak ? 1 : 0);
    let r = place.subject.get(key);
    if (r === undefined) {
      r = leadOpens(p.text.slice(Math.max(relFrom, 0), relAt), needBreak);
      place.subject.set(key, r);
    }
    return r;
  }

  /** Whether the person is mentioned by name in [start, end). */
  mentionsPersonBetween(personId: string, start: number, end: number): boolean {
    for (let i = lastBefore(this.allMentions, end); i >= 0; i--) {
      const m = nth(this.allMentions, i);
      if (m.start < start) break;
      if (m.person.id === personId) return true;
    }
    return false;
  }

  /** The index of the last mention starting before `at`, or -1: binary search, so that looking
   * back from a pronoun costs nothing for the mentions after it. */
  private lastBefore(at: number): number {
    return lastBefore(this.mentions, at);
  }

  /** The most recent person who opens a sentence (its likely subject) before `at`, of a gender
   * that does not contradict the pronoun's. */
  private recentSubject(at: number, gender: 'male' | 'female' | null): Person | null {
    for (let i = this.lastBefore(at); i >= 0; i--) {
      const m = nth(this.mentions, i);
      if (m.start >= at) continue;
      if (at - m.start > PRONOUN_LOOKBACK) break;
      if (!this.isSubject(i)) continue;
      const g = this.genders.get(m.person.id) ?? null;
      if (!gender || !g || g === gender) return m.person;
    }
    return null;
  }

  private personFor(name: Span): Person | null {
    const found = overlapping(this.mentions, name) ?? overlapping(this.allMentions, name);
    if (found) return found;
    const surname = lastToken(name.text);
    return surname ? this.bySurname.get(surname) ?? null : null;
  }

  /** The most recent person mentioned before `at` that fits the test. */
  private recentPerson(at: number, fits: (p: Person) => boolean): Person | null {
    for (let i = this.lastBefore(at); i >= 0; i--) {
      const m = nth(this.mentions, i);
      if (at - m.start > MAX_ANTECEDENT_DISTANCE) break;
      if (m.start < at && fits(m.person)) return m.person;
    }
    return null;
  }

  /** The most recent person of the pronoun's gender; a person of unknown gender only when no
   * person known to match was mentioned shortly before. */
  private recentByGender(at: number, gender: 'male' | 'female' | null): Person | null {
    let unknown: Mention | null = null;
    for (let i = this.lastBefore(at); i >= 0; i--) {
      const m = nth(this.mentions, i);
      if (m.start >= at) continue;
      if ((unknown && unknown.start - m.start > PRONOUN_LOOKBACK) || at - m.start > MAX_ANTECEDENT_DISTANCE) break;
      const g = this.genders.get(m.person.id) ?? null;
      if (!gender || g === gender) return m.person;
      if (!g && !unknown) unknown = m;
    }
    return unknown?.person ?? null;
  }

  private pronoun(source: Span): { person: Person | null; name: string | null; resolution: Resolution } {
    const written = withoutContraction(source.text.toLowerCase());
    // A possessive ("his claim that ...") stands for its subject pronoun.
    const word = POSSESSIVE_PRONOUNS.get(written) ?? written;
    const gender = word === 'he' ? 'male' : word === 'she' ? 'female' : null;
    const candidates: string[] = [];
    const resolved = (person: Person | null, name: string | null, how: string) => ({ person, name, resolution: { word: source.text, to: name, how, candidates } });
    if (word === 'they' || word === 'it' || word === 'we') {
      const last = this.last;
      const fitsGroup = last && last.kind !== 'person' && last.kind !== 'pronoun';
      if (last?.speakerName) candidates.push(last.speakerName);
      return fitsGroup ? resolved(null, last.speakerName, 'the organisation or group that spoke last') : resolved(null, null, 'no organisation or group spoke before');
    }
    const kind = gender === 'male' ? 'man' : gender === 'female' ? 'woman' : 'person';
    const subject = this.recentSubject(source.start, gender);
    if (subject) candidates.push(subject.name);
    const byGender = subject ? null : this.recentByGender(source.start, gender);
    if (byGender) candidates.push(byGender.name);
    let person = subject ?? byGender;
    const named = subject ? 'named as a sentence subject' : 'named';
    let how = person && gender && !this.genders.get(person.id) ? `the last person ${named} (gender not stated)` : `the last ${kind} ${named}`;
    // A person of unknown gender is a weak guess; the speaker of the last quotation, when of the
    // pronoun's gender, is a better one.
    const lastSpeaker = this.people.find((p) => p.id === this.last?.speaker);
    if (person && gender && !this.genders.get(person.id) && lastSpeaker && this.genders.get(lastSpeaker.id) === gender) {
      candidates.push(lastSpeaker.name);
      person = lastSpeaker;
      how = `the speaker of the last quotation, a ${kind}`;
    }
    if (person) {
      if (gender && !this.genders.get(person.id)) this.genders.set(person.id, gender);
      return resolved(person, person.name, how);
    }
    const last = this.last;
    if (last && (last.kind === 'person' || last.kind === 'pronoun')) {
      if (last.speakerName) candidates.push(last.speakerName);
      return resolved(null, last.speakerName, 'the last speaker, who is not among the people named');
    }
    return resolved(null, null, `no ${kind} named before it`);
  }

  private description(source: Span, head: string): { person: Person | null; name: string; resolution: Resolution } {
    const byRole = this.recentPerson(source.start, (p) => p.roles.some((r) => r.text.toLowerCase().includes(head)));
    const person = byRole ?? this.recentPerson(source.start, () => true);
    const how = byRole ? `the last person named with the role “${head}”` : person ? 'the last person named' : 'nobody named before it';
    const name = person ? person.name : source.text;
    return { person, name, resolution: { word: source.text, to: person ? person.name : null, how, candidates: person ? [person.name] : [] } };
  }

  /** "the official" after "A White House official ...": the fuller indefinite phrase. */
  private antecedent(source: Span): string {
    const m = /^the\s+(.+)$/i.exec(source.text);
    if (!m) return source.text;
    const head = m[1]?.split(/\s+/).pop() ?? '';
    const before = this.text.slice(Math.max(0, source.start - 3000), source.start);
    const { phrase, word } = antecedentPatterns(this.memo, head.replace(/[^\p{L}-]/gu, ''));
    // Every match ends with the head word: without it, there is no need to look for the phrase.
    if (!word.test(before)) return source.text;
    phrase.lastIndex = 0;
    let found: string | null = null;
    for (let x = phrase.exec(before); x; x = phrase.exec(before)) found = x[0];
    return found ? found.charAt(0).toLowerCase() + found.slice(1) : source.text;
  }

  resolve(local: LocalAttribution, origin: Resolved['origin']): Resolved {
    const source = local.source;
    let resolution: Resolution | null = null;
    let speaker: string | null = null;
    let speakerName: string | null = null;
    const coSpeakers: string[] = [];
    if (source) {
      switch (local.sourceKind) {
        case 'pronoun': {
          const r = this.pronoun(source);
          speaker = r.person?.id ?? null;
          speakerName = r.name;
          resolution = r.resolution;
          break;
        }
        case 'person': {
          if (local.description) {
            const r = this.description(source, local.description);
            speaker = r.person?.id ?? null;
            speakerName = r.name;
            resolution = r.resolution;
            break;
          }
          const names = local.names;
          const first = names[0] ? this.personFor(names[0]) : null;
          for (const name of names.slice(1)) {
            const id = this.personFor(name)?.id;
            if (id) coSpeakers.push(id);
          }
          speaker = first?.id ?? null;
          speakerName = first?.name ?? names[0]?.text ?? source.text;
          break;
        }
        case 'anonymous':
          speakerName = this.antecedent(source);
          break;
        default:
          speakerName = source.text;
      }
    }
    return { speaker, speakerName, coSpeakers, kind: local.sourceKind, source, cue: local.cue, resolution, origin };
  }
}

/** wordCount of the quotation's text; of a quotation within one paragraph, remembered with it. */
function wordsOf(item: Item, quote: Quote): number {
  const one = item.single;
  if (!one) return wordCount(quote.text);
  one.words ??= wordCount(one.quote.text);
  return one.words;
}

/** The speaker as last attributed, in paragraph `paragraph`; `origin` moves to a quotation that continues them. */
function inParagraph(r: Resolved, paragraph: number, origin = r.origin): Resolved & { paragraph: number } {
  return { speaker: r.speaker, speakerName: r.speakerName, coSpeakers: r.coSpeakers, kind: r.kind, source: r.source, cue: r.cue, resolution: r.resolution, origin, paragraph };
}

function wordCount(s: string): number {
  return (s.match(/[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu) ?? []).length;
}

const MESSAGES = {
  unattributed: 'Quotation has no attribution: nobody in the article is said to have said it.',
  unclosed: 'Quotation is never closed: the closing quotation mark is missing, so the quotation is taken to end with the paragraph.',
  anonymous: (s: string) => `Anonymous source: “${s}” is not named. Say why the source cannot be named, or name them.`,
};

function makeQuote(text: string, item: Item, r: Resolved | null, attribution: Quote['attribution'], rule: RuleId | null, explicit: boolean): Quote {
  const q: Quote = {
    start: item.start,
    end: item.end,
    text: text.slice(item.start, item.end),
    speaker: r?.speaker ?? null,
    speakerName: r?.speakerName ?? null,
    // A continuation's source is the span that named the speaker it continues: one attribution
    // covers the quotations that go on from it.
    source: r?.source ?? null,
    cue: explicit ? r?.cue ?? null : null,
    attribution,
    rule,
    sourceKind: r?.kind ?? null,
    explanation: explanationOf(item, r, rule, explicit),
  };
  if (r && r.coSpeakers.length > 0) q.coSpeakers = r.coSpeakers;
  if (item.unclosed) q.unclosed = true;
  return q;
}

/**
 * Quotations of the document with their speakers, and the diagnostics about them.
 * `facts` has one entry per paragraph, in the same order as `paragraphs`.
 */
export function resolveQuotes(
  text: string,
  paragraphs: Paragraph[],
  facts: ParagraphQuoteFacts[],
  people: Person[],
  memo: QuoteMemo = new QuoteMemo(),
): { quotes: Quote[]; diagnostics: Diagnostic[] } {
  const places = paragraphs.map((p, pi) => placed(memo, p, facts[pi]));
  const items = collectItems(places);
  const speech = collectSpeech(places);
  const resolver = new Resolver(text, people, items, paragraphs, places, memo);
  const quotes: Quote[] = [];
  const diagnostics: Diagnostic[] = [];
  let si = 0;
  const advanceSpeech = (upTo: number) => {
    for (; si < speech.length; si++) {
      const s = nth(speech, si);
      if (s.at >= upTo) break;
      resolver.last = inParagraph(resolver.resolve(s.local, { at: s.at, quote: false }), s.paragraph);
    }
  };
  for (const item of items) {
    advanceSpeech(item.start);
    const quote = attributeItem(text, item, resolver, paragraphs, facts, places);
    quotes.push(quote);
    diagnosticsFor(item, quote, diagnostics);
  }
  return { quotes, diagnostics };
}

function attributeItem(
  text: string,
  item: Item,
  resolver: Resolver,
  paragraphs: Paragraph[],
  facts: ParagraphQuoteFacts[],
  places: (Placed | null)[],
): Quote {
  if (item.local) {
    const r = resolver.resolve(item.local, { at: item.start, quote: true });
    resolver.last = inParagraph(r, item.paragraph);
    return makeQuote(text, item, r, 'explicit', item.rule, true);
  }
  // "― Ann Doe" alone in the next paragraph signs a quotation that closes its paragraph.
  const signed = item.end === paragraphs[item.paragraph]?.end ? places[item.paragraph + 1]?.signature ?? null : null;
  if (signed) {
    const r = resolver.resolve(signed, { at: item.start, quote: true });
    resolver.last = inParagraph(r, item.paragraph);
    return makeQuote(text, item, r, 'explicit', 'signed-after', true);
  }
  const last = resolver.last;
  // A paragraph ending "X said:" introduces the quotation that opens the next one.
  const firstInParagraph = item.start === paragraphs[item.paragraph]?.start;
  const led = firstInParagraph && item.paragraph > 0 && facts[item.paragraph - 1]?.endsWithColon && last && last.paragraph === item.paragraph - 1;
  if (led && last) {
    resolver.last = inParagraph(last, item.paragraph);
    return makeQuote(text, item, last, 'explicit', 'introduced-by-colon', true);
  }
  if (last && item.paragraph - last.paragraph <= MAX_CONTINUATION_DISTANCE && (last.speakerName || last.speaker) && gapKeepsSpeaker(text, paragraphs, places, last, item.paragraph, resolver)) {
    resolver.last = inParagraph(last, item.paragraph, { at: item.start, quote: true });
    return makeQuote(text, item, last, 'continuation', 'continuation', false);
  }
  return makeQuote(text, item, null, 'none', null, false);
}

/**
 * A paragraph between a speaker's last words and a quotation without a cue keeps that speaker in
 * view only when it is about them: it names them or refers to someone by pronoun. A paragraph of
 * narration about something else ("Children sang on the steps.") ends the continuation, so an
 * unattributed quotation after it is reported.
 */
function gapKeepsSpeaker(
  text: string,
  paragraphs: Paragraph[],
  places: (Placed | null)[],
  last: Resolved & { paragraph: number },
  at: number,
  resolver: Resolver,
): boolean {
  for (let gap = last.paragraph + 1; gap < at; gap++) {
    const p = paragraphs[gap];
    if (!p) return false;
    const named = last.speaker !== null && resolver.mentionsPersonBetween(last.speaker, p.start, p.end);
    if (!named && !refersByPronoun(text, p, places[gap])) return false;
  }
  return true;
}

const REFERRING_PRONOUN = /\b(?:he|she|his|her|him|they|their|them)\b/i;

function refersByPronoun(text: string, p: Paragraph, place: Placed | null | undefined): boolean {
  if (!place) return REFERRING_PRONOUN.test(text.slice(p.start, p.end));
  place.refers ??= REFERRING_PRONOUN.test(p.text);
  return place.refers;
}

/** The data of a quotation's explanation; explain.ts puts it in words. */
function explanationOf(item: Item, r: Resolved | null, rule: RuleId | null, explicit: boolean): QuoteExplanation {
  const e: QuoteExplanation = {
    rule,
    cue: explicit ? r?.cue?.text ?? null : null,
    source: explicit ? r?.source?.text ?? null : null,
    speakerName: r?.speakerName ?? null,
    tried: item.tried,
  };
  if (r?.resolution) e.resolution = r.resolution;
  if (rule === 'continuation' || rule === 'introduced-by-colon') {
    if (r) e.continues = { at: r.origin.at, quote: r.origin.quote };
  }
  return e;
}

/** Adds the diagnostics about the quotation to `out`. */
function diagnosticsFor(item: Item, quote: Quote, out: Diagnostic[]): void {
  if (quote.unclosed) {
    const s = item.lastSegment;
    out.push({ start: s.start, end: s.end, severity: 'error', code: 'unclosed-quote', message: MESSAGES.unclosed });
  }
  if (quote.attribution === 'none' && wordsOf(item, quote) > SHORT_QUOTE_WORDS) {
    out.push({ start: quote.start, end: quote.end, severity: 'warning', code: 'unattributed-quote', message: MESSAGES.unattributed });
  }
  if (quote.attribution === 'explicit' && quote.sourceKind === 'anonymous' && quote.source) {
    const s = quote.source;
    out.push({ start: s.start, end: s.end, severity: 'information', code: 'anonymous-source', message: MESSAGES.anonymous(s.text) });
  }
}
