// Which person a third-person pronoun stands for, when the text leaves only one: the person of a
// compatible gender named (or already meant by a resolved pronoun) in its sentence or the one
// before, further back a sentence at a time when those name nobody. Unnamed people in view ("a
// spokeswoman", "the nominee") and pronouns of the same gender that nobody could be given leave
// it open; of several people, the subject of the sentence takes "he"/"she", and an object after an
// adjunct ("..., comparing him") is not that subject.
import type { Quote } from '../types';
import type { StatedGender } from '../lexicon/gender-words';
import type { NounCue, PronounCue, RoleNounCue } from './paragraph-cues';
import { lastAtOrBefore } from '../sorted';

export interface MentionAt {
  start: number;
  end: number;
  person: string;
}

/** An antecedent candidate: a person, or someone unnamed (a gendered noun, a role noun, or a
 * pronoun nobody could be given); `at` is where it is in the text. */
type Candidate =
  | { at: number; person: string; pronoun?: StatedGender }
  | { at: number; unnamed: StatedGender | null; pronoun?: StatedGender; subject?: boolean };

/** How many sentences back a pronoun looks for its antecedent, at most. */
const MAX_SENTENCES_BACK = 3;
/** Words that open a sentence with a phrase whose pronoun may point ahead ("At her school, Ann ..."). */
const FRONTED_PHRASE = /^[“"‘(]?(?:\p{Lu}\p{Ll}+ing\s+[^,;:]*,\s*|(?:At|In|On|After|Before|During|For|With|From|Despite|Since|Throughout|Upon|Under|Like|Unlike|As|Through|Among|Without|Outside|Inside|To)\s+[^,;:]*)$/u;
/** Pronouns that take the subject of their own or the previous sentence as antecedent. */
const SUBJECT_LIKE = new Set(['he', 'she', 'himself', 'herself']);
/** What may come before a sentence's subject: an opening mark and a few title words. */
const SUBJECT_PREFIX = /^[“"‘(]?\s*(?:[\p{L}.’'-]+\s+){0,6}$/u;
/** An adjunct clause right before an object pronoun: its subject is the sentence's subject, so the
 * pronoun is someone else ("..., comparing him", "before asking her"). */
const ADJUNCT_BEFORE = /(?:,[”"’]?|\b(?:before|after|while|by|without|when|since))\s+\p{Ll}+ing\s+$/u;
/** After "her" as an object rather than a possessive ("asking her, ...", "told her that"). */
const OBJECT_HER_AFTER = /^(?:\s*[,.;:!?“"—–)]|\s+(?:to|for|as|that|about|if|whether|why|how|what|again|too)\b)/;

export class PronounResolver {
  /** The person each pronoun resolved so far stands for. */
  private readonly resolved = new Map<PronounCue, string>();

  constructor(
    private readonly text: string,
    private readonly mentions: readonly MentionAt[],
    private readonly sentences: readonly number[],
    private readonly unnamed: readonly NounCue[],
    private readonly roleNouns: readonly RoleNounCue[],
    private readonly quotes: readonly Quote[],
    private readonly pronouns: readonly PronounCue[],
  ) {}

  /** Takes `person` as what `p` stands for, from now on a candidate for the pronouns after it. */
  record(p: PronounCue, person: string): void {
    this.resolved.set(p, person);
  }

  /** The person `p` was taken to stand for, if any. */
  personOf(p: PronounCue): string | undefined {
    return this.resolved.get(p);
  }

  /** Where the text ends whose pronouns may take something at `at` as their antecedent. */
  reachOf(at: number): number {
    const s = lastAtOrBefore(this.sentences, at, (x) => x);
    return this.sentences[s + MAX_SENTENCES_BACK + 1] ?? Infinity;
  }

  /** Forgets what `p` stands for (to resolve it again with more known). */
  forget(p: PronounCue): void {
    this.resolved.delete(p);
  }

  /** The quotation around `at`, if any (quotations are in text order). */
  private quoteAround(at: number): Quote | null {
    const i = lastAtOrBefore(this.quotes, at, (q) => q.start);
    const q = i >= 0 ? this.quotes[i] : undefined;
    return q && at < q.end ? q : null;
  }

  /** The candidates in [from, to); outside quotations, names inside them do not count
   * ('"... Holdren's charts," he said': "he" is the speaker, not Holdren). */
  private candidatesIn(from: number, to: number, inQuote: boolean, withPronouns: boolean): Candidate[] {
    const out: Candidate[] = [];
    const counts = (start: number): boolean => inQuote || !this.quoteAround(start);
    for (let i = lastAtOrBefore(this.mentions, to - 1, (m) => m.start); i >= 0; i--) {
      const m = this.mentions[i];
      if (!m || m.start < from) break;
      if (m.end <= to && counts(m.start)) out.push({ at: m.start, person: m.person });
    }
    for (let i = lastAtOrBefore(this.unnamed, to - 1, (n) => n.start); i >= 0; i--) {
      const n = this.unnamed[i];
      if (!n || n.start < from) break;
      if (n.end <= to && counts(n.start)) out.push({ at: n.start, unnamed: n.gender });
    }
    for (let i = lastAtOrBefore(this.roleNouns, to - 1, (n) => n.start); i >= 0; i--) {
      const n = this.roleNouns[i];
      if (!n || n.start < from) break;
      if (counts(n.start)) out.push({ at: n.start, unnamed: null });
    }
    if (!withPronouns) return out;
    for (let i = lastAtOrBefore(this.pronouns, to - 1, (p) => p.start); i >= 0; i--) {
      const p = this.pronouns[i];
      if (!p || p.start < from) break;
      if (!counts(p.start)) continue;
      const person = this.resolved.get(p);
      out.push(person ? { at: p.start, person, pronoun: p.gender } : { at: p.start, unnamed: p.gender, pronoun: p.gender, subject: SUBJECT_LIKE.has(p.text.toLowerCase()) });
    }
    return out;
  }

  /** The distinct people named in the sentence of `at` (before it) and the one before, outside
   * quotations, who pass `keep`; empty when an unnamed person may be meant too. */
  namedNear(at: number, keep: (person: string) => boolean): string[] {
    const s = lastAtOrBefore(this.sentences, at, (x) => x);
    const found = this.candidatesIn(this.sentences[Math.max(0, s - 1)] ?? 0, at, false, false);
    if (found.some((c) => 'unnamed' in c)) return [];
    return [...new Set(found.map((c) => ('person' in c ? c.person : '')))].filter(keep);
  }

  /** Whether the pronoun is the first word of its sentence. */
  private opensSentence(p: PronounCue, sentenceStart: number): boolean {
    return /^[“"‘(]?$/.test(this.text.slice(sentenceStart, p.start).trim());
  }

  /** The person sentence i opens with, before `to`, when nothing but title words (after an
   * opening quotation, with `afterQuote`) precede the name or a resolved "he"/"she": its likely
   * subject. */
  private subjectOf(i: number, to: number, afterQuote = false): string | null {
    const from = this.sentences[i] ?? 0;
    const m = this.mentions[lastAtOrBefore(this.mentions, from - 1, (x) => x.start) + 1];
    const p = this.pronouns[lastAtOrBefore(this.pronouns, from - 1, (x) => x.start) + 1];
    const pronoun = p && p.start < to && SUBJECT_LIKE.has(p.text.toLowerCase()) && (!m || p.start < m.start) ? p : null;
    const at = pronoun ? pronoun.start : m && m.start < to ? m.start : -1;
    if (at < 0 || this.quoteAround(at)) return null;
    // '“...,” Blige sings': after a quotation that opens the sentence.
    const opening = afterQuote ? this.quoteAround(from) : null;
    const before = this.text.slice(opening && opening.end <= at ? opening.end : from, at);
    if (!SUBJECT_PREFIX.test(before) || FRONTED_PHRASE.test(before)) return null;
    return pronoun ? this.resolved.get(pronoun) ?? null : m?.person ?? null;
  }

  /** Whether the pronoun is an object right after an adjunct's verb ("..., comparing him"). */
  private objectOfAdjunct(p: PronounCue): boolean {
    const w = p.text.toLowerCase();
    if (w === 'her' ? !OBJECT_HER_AFTER.test(this.text.slice(p.end, p.end + 12)) : w !== 'him') return false;
    return ADJUNCT_BEFORE.test(this.text.slice(Math.max(0, p.start - 40), p.start));
  }

  /** The one person the pronoun can be, given the genders known so far, or null. */
  resolve(p: PronounCue, known: (person: string) => StatedGender | null): string | null {
    const s = lastAtOrBefore(this.sentences, p.start, (x) => x);
    const sentenceStart = this.sentences[s] ?? 0;
    if (FRONTED_PHRASE.test(this.text.slice(sentenceStart, p.start))) return null;
    // "against Stumpf himself": a reflexive right after a name stresses that person.
    if (/^(?:him|her)self$/i.test(p.text)) {
      const m = this.mentions[lastAtOrBefore(this.mentions, p.start, (x) => x.start)];
      if (m && /^\s+$/.test(this.text.slice(m.end, p.start))) return (known(m.person) ?? p.gender) === p.gender ? m.person : null;
    }
    // Inside a quotation, only what the quotation itself names, and never its speaker.
    const quote = this.quoteAround(p.start);
    const speaker = quote?.speaker ?? null;
    const fits = (c: Candidate): boolean =>
      'unnamed' in c ? (c.unnamed ?? p.gender) === p.gender : c.person !== speaker && (known(c.person) ?? c.pronoun ?? p.gender) === p.gender;
    const subjectLike = SUBJECT_LIKE.has(p.text.toLowerCase());
    // Each sentence further back adds its own candidates: every span is read once.
    const all: Candidate[] = [];
    let to = p.start;
    for (let back = 0; back <= MAX_SENTENCES_BACK; back++) {
      const from = Math.max(this.sentences[Math.max(0, s - back)] ?? 0, quote ? quote.start : 0);
      if (from < to) for (const c of this.candidatesIn(from, to, !!quote, true)) if (fits(c)) all.push(c);
      to = Math.min(to, from);
      // A pronoun nobody could be given says someone else may be meant when it is a subject ("she
      // said ... Trump, who ... she") or comes after a person who could be ("Ames met Bo. He ...
      // he"); a possessive before them all may point ahead ("At her school, Ann ...").
      // For a possessive or an object, a name later in its own sentence is nearer than a pronoun
      // before it ("He said Obama hopes that his successor"); a subject is left to the subject rule.
      let firstPerson = Infinity;
      let lastName = -1;
      for (const c of all) {
        if (!('person' in c)) continue;
        firstPerson = Math.min(firstPerson, c.at);
        if (!c.pronoun && !subjectLike) lastName = Math.max(lastName, c.at);
      }
      const found = all.filter((c) => !c.pronoun || ('person' in c ? c.at < sentenceStart || c.at > lastName : c.at > firstPerson || !!c.subject));
      if (found.length === 0) {
        if (s - back <= 0 || (quote && from <= quote.start)) return null;
        continue;
      }
      const people = new Set(found.map((c) => ('person' in c ? c.person : '')));
      if (people.size === 1 && !people.has('')) return [...people][0] ?? null;
      if (quote) return null;
      // Several: the subject of the sentence, for a pronoun that is a subject or possessive in
      // that sentence ("Reed said his ..."), or opens the next one ("Reed spoke. He ..."); for
      // an object after an adjunct, the other one.
      if (subjectLike) {
        const subject = this.subjectOf(s - back, p.start);
        return subject && people.has(subject) && (back === 0 || this.opensSentence(p, sentenceStart)) ? subject : null;
      }
      if (back > 0 || people.size !== 2 || people.has('') || !this.objectOfAdjunct(p)) return null;
      const subject = this.subjectOf(s, p.start, true);
      return subject && people.has(subject) ? [...people].find((x) => x !== subject) ?? null : null;
    }
    return null;
  }
}
