// Document-level joining of name mentions into people. Rules:
// - Full names (two or more words) are people, keyed by first + last word ("Mary J. Blige" and
//   "Mary Blige" are one); "Joe Wilson" and "Randy Wilson" are two.
// - A one-word mention joins a person with that surname, else that first name ("Hillary").
//   Of several candidates (Hillary and Bill Clinton), a gendered honorific decides ("Mrs."); then
//   the one mentioned most so far (the article's main subject), then the most recent.
// - A one-word mention with no candidate becomes a person of its own unless it is tentative.
import { Person, Span } from '../types';
import type { NameMention } from '../people';

interface Draft {
  key: string;
  first: string;
  last: string;
  firstAt: number;
  count: number;
  lastSeen: number;
  gender: 'male' | 'female' | null;
  mentions: number[];
}

const words = (s: string): string[] => s.split(/\s+/).filter((w) => w.length > 0 && !/^(?:Jr\.?|Sr\.?|II|III|IV)$/.test(w));
const norm = (s: string): string => s.toLowerCase().replace(/[’']/g, "'");

function keyOf(text: string): { key: string; first: string; last: string } {
  const ws = words(text).map(norm);
  const first = ws[0] ?? '';
  const last = ws[ws.length - 1] ?? '';
  return { key: ws.length > 1 ? `${first} ${last}` : last, first, last };
}

function newDraft(m: NameMention): Draft {
  const k = keyOf(m.text);
  return { ...k, firstAt: m.start, count: 0, lastSeen: -1, gender: m.gender, mentions: [] };
}

/**
 * The people so far, indexed by last word and by first word (of full names), each list in the
 * order the people were created: looking up a one-word mention costs the people who share that
 * word, not all the people of the article (20,000 speakers must not take minutes).
 */
class Drafts {
  readonly all: Draft[] = [];
  private readonly byLast = new Map<string, Draft[]>();
  private readonly byFirst = new Map<string, Draft[]>();

  add(d: Draft): void {
    this.all.push(d);
    push(this.byLast, d.last, d);
    if (d.key !== d.last) push(this.byFirst, d.first, d);
  }

  withLast(w: string): readonly Draft[] {
    return this.byLast.get(w) ?? [];
  }

  /** Full names whose first word is w. */
  withFirst(w: string): readonly Draft[] {
    return this.byFirst.get(w) ?? [];
  }
}

function push(map: Map<string, Draft[]>, key: string, d: Draft): void {
  const list = map.get(key);
  if (list) list.push(d);
  else map.set(key, [d]);
}

/** The best person for a one-word mention, or undefined. */
function pickForWord(drafts: Drafts, m: NameMention): Draft | undefined {
  const w = norm(m.text);
  const compatible = (d: Draft): boolean => !m.gender || !d.gender || d.gender === m.gender;
  let cands = drafts.withLast(w).filter(compatible);
  if (cands.length === 0) cands = drafts.withFirst(w).filter(compatible);
  if (cands.length === 0) return undefined;
  const seen = cands.filter((d) => d.count > 0);
  if (seen.length === 0) return cands.reduce((a, b) => (b.firstAt < a.firstAt ? b : a));
  return seen.reduce((a, b) => (b.count > a.count || (b.count === a.count && b.lastSeen > a.lastSeen) ? b : a));
}

function assign(d: Draft, m: NameMention, i: number): void {
  d.count++;
  d.lastSeen = i;
  d.mentions.push(i);
  if (!d.gender) d.gender = m.gender;
}

/** Drops roles nested in a longer role of the same person; dedupes identical text. */
function unionRoles(roles: Span[]): Span[] {
  const out: Span[] = [];
  for (const r of roles) {
    const t = r.text.toLowerCase();
    if (roles.some((o) => o.text.length > r.text.length && o.text.toLowerCase().includes(t))) continue;
    if (out.some((o) => o.text.toLowerCase() === t)) continue;
    out.push(r);
  }
  return out;
}

function toPerson(d: Draft, id: string, mentions: NameMention[]): Person {
  const ms = d.mentions.map((i) => mentions[i]);
  const fullest = ms.reduce((a, b) => (words(b.text).length > words(a.text).length || (words(b.text).length === words(a.text).length && b.text.length > a.text.length) ? b : a));
  return {
    id,
    name: fullest.text,
    roles: unionRoles(ms.flatMap((m) => m.roles)),
    affiliation: ms.find((m) => m.affiliation)?.affiliation ?? null,
    mentions: ms.map((m) => ({ start: m.start, end: m.end, text: m.text })),
    gender: d.gender,
  };
}

/**
 * Which mentions are sure names. A tentative full name becomes sure when the article repeats it or
 * uses its last word alone ("Newt Gingrich" ... "Gingrich"); a tentative lone word, when the
 * article uses it three times or more mid-sentence ("Trump").
 */
function promote(mentions: NameMention[]): boolean[] {
  const counts = new Map<string, number>();
  // Mid-sentence uses are the evidence: a word that only ever opens sentences is any capitalised word.
  const midSentence = new Map<string, number>();
  for (const m of mentions) {
    counts.set(norm(m.text), (counts.get(norm(m.text)) ?? 0) + 1);
    if (!m.sentenceStart) midSentence.set(norm(m.text), (midSentence.get(norm(m.text)) ?? 0) + 1);
  }
  const singles = new Set(mentions.filter((m) => words(m.text).length === 1).map((m) => norm(m.text)));
  return mentions.map((m) => {
    if (!m.tentative) return true;
    const ws = words(m.text);
    if (ws.length > 1) return (counts.get(norm(m.text)) ?? 0) >= 2 || singles.has(norm(ws[ws.length - 1]));
    return !/^\p{Lu}+$/u.test(m.text) && (midSentence.get(norm(m.text)) ?? 0) >= 3;
  });
}

/**
 * Joins mentions (document offsets, text order) into people, ids p1, p2... by first mention.
 * mentionPerson[i] is the index in `people` of mention i, or -1 for a dropped tentative mention.
 */
export function joinPeople(mentions: NameMention[]): { people: Person[]; mentionPerson: number[] } {
  const byKey = new Map<string, Draft>();
  const drafts = new Drafts();
  const sure = promote(mentions);
  // Pass 1: every full name found with confidence is a person.
  mentions.forEach((m, i) => {
    if (!sure[i] || words(m.text).length < 2) return;
    const k = keyOf(m.text).key;
    if (!byKey.has(k)) { const d = newDraft(m); byKey.set(k, d); drafts.add(d); }
  });
  // Pass 2: assign every mention in text order.
  const owner: (Draft | undefined)[] = mentions.map((m, i) => {
    let d: Draft | undefined = words(m.text).length > 1 ? byKey.get(keyOf(m.text).key) : pickForWord(drafts, m);
    if (!d && sure[i] && words(m.text).length === 1) {
      d = newDraft(m);
      byKey.set(d.key, d);
      drafts.add(d);
    }
    if (d) assign(d, m, i);
    return d;
  });
  const used = drafts.all.filter((d) => d.count > 0).sort((a, b) => a.mentions[0] - b.mentions[0]);
  const people = used.map((d, i) => toPerson(d, `p${i + 1}`, mentions));
  const index = new Map(used.map((d, i) => [d, i]));
  return { people, mentionPerson: owner.map((d) => (d ? index.get(d) ?? -1 : -1)) };
}
