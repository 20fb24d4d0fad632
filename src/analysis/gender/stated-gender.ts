// Gender as the article states it, per person, with the spans that state it:
//  1. an honorific on a mention ("Mrs. Reed", "Sir Alan");
//  2. a gendered noun applied to the person: right before a name ("spokeswoman Ann Reed", "his
//     wife Ann"; a plural before coordinated names, "the brothers Al and Bo Reed") or heading one
//     of the person's roles ("Ann Reed, the committee's chairwoman", "the widow of ...");
//  3. a third-person pronoun whose antecedent is clear: the one person of a compatible gender
//     named in its sentence or the sentence before (further back, a sentence at a time, when
//     those name nobody), with no unnamed "woman" or "spokesman" there to compete. People whose
//     gender the text already states exclude themselves from the other gender's pronouns; a
//     quotation's own speaker is not the antecedent of a pronoun inside it.
// First names and outside knowledge are not evidence, except with `fromFirstNames` (evidence
// kind 'first name', used only for people the text genders no other way). Evidence of both
// genders gives null, with all of it.
import type { GenderEvidence, GenderOptions, Paragraph, Person, Quote } from '../types';
import { nameLexicon } from '../lexicon/names';
import { GENDER_HONORIFICS, GENDER_WORDS, StatedGender } from '../lexicon/gender-words';
import { headWord } from '../source-kind/head-word';
import { CueMemo, NounCue, PronounCue, RoleNounCue, VocativeCue } from './paragraph-cues';
import { MentionAt, PronounResolver } from './pronoun-resolver';
import { lastAtOrBefore } from '../sorted';

export interface StatedGenderResult {
  gender: StatedGender | null;
  evidence: GenderEvidence[];
}

const HONORIFIC_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}*)\.?\s+$/u;
const NOUN_HEADS = new Map(GENDER_WORDS.map((w) => [w.word.split(' ').pop() ?? w.word, w]));
const COORDINATION = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)$/;
/** After a noun, up to the name of an appositive that follows it: "for the mayor, ". */
const APPOSITIVE_LEAD = /^(?:\s+(?:for|of|at|with|to|in)\s+[^,.;:!?“”"()]{1,60})?,\s+/;
const DETERMINER_BEFORE = /(?:^|[\s(“"])(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{L}-]+\s+){0,3}$/u;
/** From the end of a name to a noun heading its appositive: ", a retired ", ", his ". */
const APPOSITIVE_TAIL = /,\s+(?:an?|the|his|her|their|[\p{Lu}][\p{L}.-]*[’']s)\s+(?:[\p{L}\d-]+\s+){0,3}$/u;
/** A noun that ends its phrase: punctuation, a relative pronoun or a preposition after it. */
const NOUN_ENDS_PHRASE = /^(?:\s*[,.;:)—–]|\s+(?:who|whose|of|from|in|at|and|with|for)\b)/;

class Evidence {
  readonly byPerson = new Map<string, GenderEvidence[]>();
  /** Goes up whenever a person's dominant gender changes. */
  version = 0;
  /** Per person: how many spans state each gender, and the spans seen ("start:end"). */
  private readonly counts = new Map<string, { male: number; female: number; seen: Set<string> }>();

  add(person: string, e: GenderEvidence): void {
    let c = this.counts.get(person);
    if (!c) {
      c = { male: 0, female: 0, seen: new Set() };
      this.counts.set(person, c);
    }
    const list = this.byPerson.get(person) ?? [];
    const key = `${e.start}:${e.end}`;
    if (c.seen.has(key)) return;
    // One span states it once: a role inside "spokeswoman Ann Reed" adds nothing. Pronouns never
    // overlap other evidence, so only the few word spans are compared.
    if (e.kind !== 'pronoun' && list.some((x) => x.kind !== 'pronoun' && x.start < e.end && e.start < x.end)) return;
    c.seen.add(key);
    const was = this.dominant(person);
    c[e.gender]++;
    if (this.dominant(person) !== was) this.version++;
    list.push(e);
    this.byPerson.set(person, list);
  }

  /** The person's gender when all their evidence agrees (and there are `min` spans at least), else null. */
  genderOf(person: string, min = 1): StatedGender | null {
    const c = this.counts.get(person);
    if (!c || c.male + c.female < min) return null;
    return c.male && c.female ? null : c.male ? 'male' : 'female';
  }

  /** Whether the person has evidence of both genders. */
  conflicted(person: string): boolean {
    const c = this.counts.get(person);
    return !!c && c.male > 0 && c.female > 0;
  }

  /** The gender of at least two of the person's spans and of three in four at least, else null. */
  dominant(person: string): StatedGender | null {
    const c = this.counts.get(person);
    if (!c) return null;
    if (c.male >= 2 && c.male >= 3 * c.female) return 'male';
    return c.female >= 2 && c.female >= 3 * c.male ? 'female' : null;
  }

  /** A copy holding the same evidence (to keep what words stated apart from what pronouns add). */
  copy(): Evidence {
    const out = new Evidence();
    for (const [person, list] of this.byPerson) for (const e of list) out.add(person, e);
    return out;
  }
}

/** The document's cues at document offsets. */
interface DocumentCues {
  sentences: number[];
  pronouns: PronounCue[];
  nouns: NounCue[];
  roleNouns: RoleNounCue[];
  vocatives: VocativeCue[];
}

function documentCues(paragraphs: readonly Paragraph[], memo: CueMemo): DocumentCues {
  const out: DocumentCues = { sentences: [], pronouns: [], nouns: [], roleNouns: [], vocatives: [] };
  // Loops, not push(...list): one hostile paragraph may hold more cues than a call takes arguments.
  for (const c of memo.cuesAt(paragraphs)) {
    for (const x of c.sentences) out.sentences.push(x);
    for (const x of c.pronouns) out.pronouns.push(x);
    for (const x of c.nouns) out.nouns.push(x);
    for (const x of c.roleNouns) out.roleNouns.push(x);
    for (const x of c.vocatives) out.vocatives.push(x);
  }
  return out;
}

function span(text: string, start: number, end: number): { start: number; end: number; text: string } {
  return { start, end, text: text.slice(start, end) };
}

/** Honorifics on mentions and gendered nouns right before names or heading roles. */
function statedByWords(text: string, people: readonly Person[], mentions: readonly MentionAt[], cues: DocumentCues, ev: Evidence): Set<NounCue> {
  const applied = new Set<NounCue>();
  for (const m of mentions) {
    const before = HONORIFIC_BEFORE.exec(text.slice(Math.max(0, m.start - 8), m.start));
    const word = before?.[1];
    const g = word ? GENDER_HONORIFICS.get(word) : undefined;
    if (g && before) {
      const start = m.start - before[0].length + before[0].indexOf(word as string);
      ev.add(m.person, { ...span(text, start, m.end), kind: 'honorific', gender: g });
    }
  }
  // A noun right before a name; a plural one before each of the coordinated names after it.
  const byStart = new Map(mentions.map((m, i) => [m.start, i]));
  for (const n of cues.nouns) {
    if (n.poss) continue;
    const gap = /^\s+/.exec(text.slice(n.end, n.end + 3));
    let i = gap ? byStart.get(n.end + gap[0].length) : undefined;
    while (i !== undefined) {
      const m = mentions[i];
      if (!m) break;
      ev.add(m.person, { ...span(text, n.start, m.end), kind: 'noun', gender: n.gender });
      applied.add(n);
      const next = mentions[i + 1];
      i = n.plural && next && COORDINATION.test(text.slice(m.end, next.start)) ? i + 1 : undefined;
    }
  }
  // A noun phrase and a comma before a name ("A spokeswoman for the mayor, Ann Reed"), or after
  // it ("Al Reed, a retired man who ...", "Ann Reed, his wife,").
  const byEnd = new Map(mentions.map((m) => [m.end, m]));
  for (const n of cues.nouns) {
    if (n.poss || n.plural) continue;
    const lead = APPOSITIVE_LEAD.exec(text.slice(n.end, n.end + 80));
    const m = lead ? mentions[byStart.get(n.end + lead[0].length) ?? -1] : undefined;
    if (m && DETERMINER_BEFORE.test(text.slice(Math.max(0, n.start - 20), n.start))) {
      ev.add(m.person, { ...span(text, n.start, m.end), kind: 'noun', gender: n.gender });
      applied.add(n);
      continue;
    }
    const tail = APPOSITIVE_TAIL.exec(text.slice(Math.max(0, n.start - 60), n.start));
    const owner = tail ? byEnd.get(n.start - tail[0].length) : undefined;
    if (owner && NOUN_ENDS_PHRASE.test(text.slice(n.end, n.end + 6))) {
      ev.add(owner.person, { ...span(text, owner.start, n.end), kind: 'noun', gender: n.gender });
      applied.add(n);
    }
  }
  // "Mr. President": to the one person whose role has that head word.
  for (const v of cues.vocatives) {
    const holders = people.filter((p) => p.roles.some((r) => headWord(r.text) === v.title));
    const holder = holders.length === 1 ? holders[0] : undefined;
    if (holder) ev.add(holder.id, { ...span(text, v.start, v.end), kind: 'honorific', gender: v.gender });
  }
  // A noun heading one of the person's roles.
  for (const p of people) {
    for (const r of p.roles) {
      const w = NOUN_HEADS.get(headWord(r.text));
      if (!w || w.plural) continue;
      ev.add(p.id, { ...span(text, r.start, r.end), kind: 'noun', gender: w.gender });
      for (let i = lastAtOrBefore(cues.nouns, r.end - 1, (n) => n.start); i >= 0; i--) {
        const n = cues.nouns[i];
        if (!n || n.start < r.start) break;
        if (n.end <= r.end) applied.add(n);
      }
    }
  }
  return applied;
}

/** "As a woman, I ...", "I'm a father": a speaker's self-description in their own quotation. */
const SELF_DESCRIPTION = /(?:\b[Aa]s an?|\bI(?:[’']m| am) an?)\s+(?:[\p{L}-]+,?\s+){0,3}$/u;

function selfDescriptions(text: string, cues: DocumentCues, quotes: readonly Quote[], ev: Evidence, applied: Set<NounCue>): void {
  for (const n of cues.nouns) {
    if (n.plural || applied.has(n)) continue;
    const q = quotes[lastAtOrBefore(quotes, n.start, (x) => x.start)];
    if (!q || n.end > q.end) continue;
    if (!q?.speaker) continue;
    const lead = SELF_DESCRIPTION.exec(text.slice(Math.max(q.start, n.start - 50), n.start));
    if (!lead) continue;
    ev.add(q.speaker, { ...span(text, n.start - lead[0].length, n.end), kind: 'noun', gender: n.gender });
    applied.add(n);
  }
}

/** "both men", "the two women": the two people the sentence or the one before names. */
const PAIR_BEFORE = /\b(?:[Bb]oth|[Tt]he two|[Tt]wo)\s+$/;

function pairs(text: string, cues: DocumentCues, resolver: PronounResolver, ev: Evidence, applied: Set<NounCue>): void {
  for (const n of cues.nouns) {
    if (!n.plural || n.relation || applied.has(n)) continue;
    const lead = PAIR_BEFORE.exec(text.slice(Math.max(0, n.start - 10), n.start));
    if (!lead) continue;
    const two = resolver.namedNear(n.start, (id) => (ev.genderOf(id) ?? n.gender) === n.gender);
    if (two.length !== 2) continue;
    for (const id of two) ev.add(id, { ...span(text, n.start - lead[0].length, n.end), kind: 'noun', gender: n.gender });
    applied.add(n);
  }
}

/**
 * Resolves the pronouns not `done` yet, adding their evidence to `ev`, in passes: a gender found
 * late in the article can exclude a person from an earlier pronoun of the other gender. Another
 * pass runs only when a person's gender became known in the last one (nothing else changes).
 */
function resolvePronouns(
  pronouns: readonly PronounCue[],
  resolver: PronounResolver,
  ev: Evidence,
  known: (person: string) => StatedGender | null,
  done: Set<PronounCue>,
): void {
  for (let pass = 0; pass < 3; pass++) {
    const version = ev.version;
    for (const p of pronouns) {
      if (done.has(p)) continue;
      const person = resolver.resolve(p, known);
      if (!person) continue;
      ev.add(person, pronounEvidence(p));
      resolver.record(p, person);
      done.add(p);
    }
    if (ev.version === version) break;
  }
}

function pronounEvidence(p: PronounCue): GenderEvidence {
  return { start: p.start, end: p.end, text: p.text, kind: 'pronoun', gender: p.gender };
}

/** With fromFirstNames: the gender compromise's lexicon gives the first word of a full name. */
function fromFirstName(p: Person): GenderEvidence | null {
  const full = p.mentions.find((m) => m.text === p.name && /\s/.test(m.text));
  if (!full) return null;
  const first = /^[\p{L}\p{M}'’-]+/u.exec(full.text)?.[0];
  if (!first) return null;
  const g = nameLexicon().firstName(first.toLowerCase());
  if (g !== 'male' && g !== 'female') return null;
  return { start: full.start, end: full.start + first.length, text: first, kind: 'first name', gender: g };
}

/**
 * Each person's gender as the article states it, by person id. `paragraphs` are the article's
 * content paragraphs (document offsets); `quotes` its quotations with their speakers.
 */
export function statedGenders(
  text: string,
  paragraphs: readonly Paragraph[],
  people: readonly Person[],
  quotes: readonly Quote[],
  memo: CueMemo,
  options: GenderOptions = {},
): Map<string, StatedGenderResult> {
  const cues = documentCues(paragraphs, memo);
  const mentions: MentionAt[] = people.flatMap((p) => p.mentions.map((m) => ({ start: m.start, end: m.end, person: p.id })));
  mentions.sort((a, b) => a.start - b.start);
  const words = new Evidence();
  const applied = statedByWords(text, people, mentions, cues, words);
  selfDescriptions(text, cues, quotes, words, applied);
  const unnamed = cues.nouns.filter((n) => !applied.has(n) && !n.plural);
  const roles = people.flatMap((p) => p.roles.map((r) => ({ start: r.start, end: r.end, person: p.id }))).sort((a, b) => a.start - b.start);
  // Roles do not nest across people; the role starting last at or before a span is the one to test.
  const roleAround = (x: { start: number; end: number }): MentionAt | null => {
    const r = roles[lastAtOrBefore(roles, x.start, (y) => y.start)];
    return r && r.end >= x.end ? r : null;
  };
  // A name inside someone else's role modifies it ("Clinton aide Cheryl Mills"): no antecedent.
  const heads = mentions.filter((m) => (roleAround(m)?.person ?? m.person) === m.person);
  const roleNouns = cues.roleNouns.filter((r) => !roleAround(r));
  const resolver = new PronounResolver(text, heads, cues.sentences, unnamed, roleNouns, quotes, cues.pronouns);
  pairs(text, cues, resolver, words, applied);
  let ev = words.copy();
  const done = new Set<PronounCue>();
  resolvePronouns(cues.pronouns, resolver, ev, (id) => words.genderOf(id) ?? ev.dominant(id), done);
  // A person the pronouns gender one way far more often than the other ("he" eleven times, "she"
  // once) is that gender for the few others, which then go to someone else or to nobody.
  const settled = new Map<string, StatedGender>();
  for (const p of people) {
    const g = ev.conflicted(p.id) && !words.genderOf(p.id) ? ev.dominant(p.id) : null;
    if (g) settled.set(p.id, g);
  }
  const strays = cues.pronouns.filter((p) => { const g = settled.get(resolver.personOf(p) ?? ''); return g && g !== p.gender; });
  if (strays.length > 0) {
    for (const p of strays) { resolver.forget(p); done.delete(p); }
    ev = words.copy();
    for (const p of done) ev.add(resolver.personOf(p) ?? '', pronounEvidence(p));
    // Only the pronouns that can see a stray one may change: those up to where its reach ends.
    const retry = cues.pronouns.filter((p) => {
      const i = lastAtOrBefore(strays, p.start, (x) => x.start);
      const stray = strays[i];
      return !!stray && p.start < resolver.reachOf(stray.start);
    });
    resolvePronouns(retry, resolver, ev, (id) => words.genderOf(id) ?? settled.get(id) ?? ev.dominant(id), done);
  }
  const out = new Map<string, StatedGenderResult>();
  for (const p of people) {
    let evidence = (ev.byPerson.get(p.id) ?? []).slice().sort((a, b) => a.start - b.start);
    if (evidence.length === 0 && options.fromFirstNames) {
      const e = fromFirstName(p);
      if (e) evidence = [e];
    }
    const g = evidence[0]?.gender ?? null;
    out.set(p.id, { gender: evidence.every((e) => e.gender === g) ? g : null, evidence });
  }
  return out;
}
