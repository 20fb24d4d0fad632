// Document-level joining of name mentions into people. Rules:
// - Full names (two or more words) are people, keyed by first + last word ("Mary J. Blige" and
//   "Mary Blige" are one); "Joe Wilson" and "Randy Wilson" are two.
// - A one-word mention joins a person with that surname, else that first name ("Hillary").
//   Of several candidates (Hillary and Bill Clinton), a gendered honorific decides ("Mrs."): it
//   never joins a person of the other gender, stated or by first name; then the one mentioned
//   most so far (the article's main subject), then the most recent. A bare surname is not held
//   apart by a first name's gender ("Lindsey Graham" ... "Graham").
// - A one-word mention with no candidate becomes a person of its own unless it is tentative.
import { Person, Span } from '../types';
import { nth } from '../indexed';
import type { NameMention } from './name-mention';
import { isRank, partyOf } from './descriptions';
import { TITLE_MEANINGS } from '../lexicon/titles';

interface Draft {
  key: string;
  first: string;
  last: string;
  firstAt: number;
  count: number;
  lastSeen: number;
  /** Stated by an honorific or kin word of a mention. */
  gender: 'male' | 'female' | null;
  /** What the first-name lexicon says of the first mention that has a first name it knows. */
  nameGender: 'male' | 'female' | undefined;
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

/** What joining needs of a mention's text, worked out once per mention. */
interface Info {
  /** The text the rest was worked out from. */
  text: string;
  /** The text, normalised (norm). */
  norm: string;
  /** How many words (words). */
  words: number;
  /** The last word, normalised. */
  lastWord: string;
  key: string;
  first: string;
  last: string;
}

/** Info by mention, kept by the Analyzer (one JoinMemo each): it hands in the same mention objects while their paragraph stays
 * put, so a keystroke works out the info of the edited paragraph's mentions only. */
export class JoinMemo {
  readonly infos = new WeakMap<NameMention, Info>();
}

/** The info of each mention; `byText` shares it between the mentions of one text (names recur). */
function infoOf(infos: WeakMap<NameMention, Info>, m: NameMention, byText: Map<string, Info>): Info {
  let info = infos.get(m);
  if (!info || info.text !== m.text) {
    info = byText.get(m.text);
    if (!info) {
      const ws = words(m.text);
      info = { text: m.text, norm: norm(m.text), words: ws.length, lastWord: norm(ws[ws.length - 1] ?? ''), ...keyOf(m.text) };
      byText.set(m.text, info);
    }
    infos.set(m, info);
  }
  return info;
}

function newDraft(m: NameMention, info: Info): Draft {
  return { key: info.key, first: info.first, last: info.last, firstAt: m.start, count: 0, lastSeen: -1, gender: m.gender, nameGender: m.nameGender, mentions: [] };
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
function pickForWord(drafts: Drafts, m: NameMention, info: Info): Draft | undefined {
  const w = info.norm;
  // An honorific keeps away a person of the other gender, stated or by first name ("Mr. Obama"
  // is not Michelle Obama); a bare surname joins whatever the first name ("Graham").
  const compatible = (d: Draft): boolean => !m.gender || (d.gender ?? d.nameGender ?? m.gender) === m.gender;
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
  d.nameGender ??= m.nameGender;
}

/** Drops roles nested in a longer role of the same person; dedupes identical text (ignoring case).
 * Each distinct text is lower-cased once and compared once with each other distinct text. */
function unionRoles(roles: Span[]): Span[] {
  if (roles.length === 0) return [];
  const lower = new Map<string, string>();
  for (const r of roles) if (!lower.has(r.text)) lower.set(r.text, r.text.toLowerCase());
  const texts = [...lower];
  const nested = new Map<string, boolean>();
  for (const [text, t] of texts) nested.set(text, texts.some(([o, ot]) => o.length > text.length && ot.includes(t)));
  const out: Span[] = [];
  const kept = new Set<string>();
  for (const r of roles) {
    if (nested.get(r.text)) continue;
    const t = lower.get(r.text) ?? '';
    if (kept.has(t)) continue;
    kept.add(t);
    out.push(r);
  }
  return out;
}

// nth: info is parallel to mentions; drafts hold indices of mentions, and a draft in use holds one at least.
function toPerson(d: Draft, id: string, mentions: NameMention[], info: Info[], described: Span[]): Person {
  const ms = d.mentions.map((i) => nth(mentions, i));
  let best = nth(d.mentions, 0);
  for (const i of d.mentions) {
    const b = nth(info, i);
    const a = nth(info, best);
    if (b.words > a.words || (b.words === a.words && b.text.length > a.text.length)) best = i;
  }
  const fullest = nth(mentions, best);
  return {
    id,
    name: fullest.text,
    roles: unionRoles([...ms.flatMap((m) => m.roles), ...described]),
    affiliation: ms.find((m) => m.affiliation)?.affiliation ?? null,
    mentions: ms.map((m) => ({ start: m.start, end: m.end, text: m.text })),
    gender: d.gender ?? d.nameGender ?? null,
  };
}

/**
 * Which mentions are sure names. A tentative full name becomes sure when the article repeats it or
 * uses its last word alone ("Newt Gingrich" ... "Gingrich"); a tentative lone word, when the
 * article uses it three times or more mid-sentence ("Trump").
 */
function promote(mentions: NameMention[], info: Info[]): boolean[] {
  const counts = new Map<string, number>();
  // Mid-sentence uses are the evidence: a word that only ever opens sentences is any capitalised word.
  const midSentence = new Map<string, number>();
  const singles = new Set<string>();
  for (const [i, m] of mentions.entries()) {
    const { norm: n, words } = nth(info, i);
    counts.set(n, (counts.get(n) ?? 0) + 1);
    // "Hartwell's only library", "a Millbrook man": a thing's owner or modifier is no person evidence.
    if (!m.sentenceStart && !m.modifier) midSentence.set(n, (midSentence.get(n) ?? 0) + 1);
    if (words === 1) singles.add(n);
  }
  return mentions.map((m, i) => {
    if (!m.tentative) return true;
    const { norm: n, words: count, lastWord } = nth(info, i);
    if (count > 1) return (counts.get(n) ?? 0) >= 2 || singles.has(lastWord);
    return !/^\p{Lu}+$/u.test(m.text) && (midSentence.get(n) ?? 0) >= 3;
  });
}

/**
 * Joins mentions (document offsets, text order) into people, ids p1, p2... by first mention.
 * mentionPerson[i] is the index in `people` of mention i, or -1 for a dropped tentative mention.
 */
export function joinPeople(mentions: NameMention[], memo: JoinMemo = new JoinMemo()): { people: Person[]; mentionPerson: number[] } {
  const nameIdx: number[] = [];
  mentions.forEach((m, i) => { if (!m.description) nameIdx.push(i); });
  const names = nameIdx.length === mentions.length ? mentions : nameIdx.map((i) => nth(mentions, i));
  const { drafts, owner, info } = draftPeople(names, memo);
  const described = describedRoles(mentions, names, nameIdx, owner);
  const used = drafts.all.filter((d) => d.count > 0).sort((a, b) => nth(a.mentions, 0) - nth(b.mentions, 0));
  const people = used.map((d, i) => toPerson(d, `p${i + 1}`, names, info, described.get(d) ?? []));
  const index = new Map(used.map((d, i) => [d, i]));
  const mentionPerson = mentions.map(() => -1);
  owner.forEach((d, j) => { mentionPerson[nth(nameIdx, j)] = d ? index.get(d) ?? -1 : -1; });
  return { people, mentionPerson };
}

/** Joins name mentions (no descriptions) into drafts; owner[i] is the draft of mention i. */
function draftPeople(mentions: NameMention[], memo: JoinMemo): { drafts: Drafts; owner: (Draft | undefined)[]; info: Info[] } {
  const byKey = new Map<string, Draft>();
  const drafts = new Drafts();
  const byText = new Map<string, Info>();
  const info = mentions.map((m) => infoOf(memo.infos, m, byText));
  const sure = promote(mentions, info);
  // Pass 1: every full name found with confidence is a person.
  mentions.forEach((m, i) => {
    const mi = nth(info, i);
    if (!sure[i] || mi.words < 2) return;
    const k = mi.key;
    if (!byKey.has(k)) { const d = newDraft(m, mi); byKey.set(k, d); drafts.add(d); }
  });
  // Pass 2: assign every mention in text order.
  const owner: (Draft | undefined)[] = mentions.map((m, i) => {
    const mi = nth(info, i);
    let d: Draft | undefined = mi.words > 1 ? byKey.get(mi.key) : pickForWord(drafts, m, mi);
    if (!d && sure[i] && mi.words === 1) {
      d = newDraft(m, mi);
      byKey.set(d.key, d);
      drafts.add(d);
    }
    if (d) assign(d, m, i);
    return d;
  });
  return { drafts, owner, info };
}

const PARTY_TAGS: Record<string, string> = { D: 'democratic', R: 'republican', L: 'libertarian', G: 'green' };
/** How far back (in characters) the last person mentioned may be for an unmatched description. */
const DESCRIPTION_REACH = 600;
/** How many name mentions back a description looks for a person whose roles share its head. */
const DESCRIPTION_LOOKBACK = 200;

/** What a person's named mentions say of them: the last word of each role, with the rank word
 * it has ("vice|nominee", "|nominee"), and their party. */
interface Stated { heads: Set<string>; party: string | null }

function statedOf(ms: NameMention[]): Stated {
  const heads = new Set<string>();
  let party: string | null = null;
  for (const m of ms) {
    party ??= m.party ?? (m.affiliation ? PARTY_TAGS[m.affiliation.charAt(0)] ?? null : null);
    for (const r of m.roles) {
      const words = r.text.toLowerCase().split(/[\s-]+/);
      for (const w of words) party ??= partyOf(w);
      const last = words[words.length - 1] ?? '';
      heads.add(`${words.find(isRank) ?? ''}|${TITLE_MEANINGS.get(last) ?? last}`);
    }
  }
  return { heads, party };
}

/**
 * The roles descriptions give: a predicate ("X is a lawyer") to the person of the name right
 * before it; "the Republican nominee" to the last person mentioned before it whose stated roles
 * share its head noun and whose party does not differ, else to the last person mentioned shortly
 * before it whose party does not differ.
 */
function describedRoles(all: NameMention[], names: NameMention[], nameIdx: number[], owner: (Draft | undefined)[]): Map<Draft, Span[]> {
  const out = new Map<Draft, Span[]>();
  if (names.length === all.length) return out;
  const give = (d: Draft | undefined, roles: Span[]): void => {
    if (!d) return;
    const list = out.get(d);
    if (list) list.push(...roles);
    else out.set(d, [...roles]);
  };
  const byDraft = new Map<Draft, NameMention[]>();
  owner.forEach((d, k) => {
    if (!d) return;
    const list = byDraft.get(d);
    if (list) list.push(nth(names, k));
    else byDraft.set(d, [nth(names, k)]);
  });
  const stated = new Map([...byDraft].map(([d, ms]) => [d, statedOf(ms)]));
  let j = 0; // names[0..j) come before the description
  for (const [i, m] of all.entries()) {
    if (!m.description) { j++; continue; }
    if (m.description.predicate) {
      if (j > 0 && nth(nameIdx, j - 1) === i - 1) give(owner[j - 1], m.roles);
      continue;
    }
    const { head, party, rank } = m.description;
    const key = `${rank ?? ''}|${head}`;
    // The last person whose own role has this head (and rank) or whose party the description
    // names; else the last person mentioned shortly before, of no other party.
    let chosen: Draft | undefined;
    let recent: Draft | undefined;
    for (let k = j - 1; k >= 0 && k >= j - DESCRIPTION_LOOKBACK && !chosen; k--) {
      const d = owner[k];
      const st = d ? stated.get(d) : undefined;
      if (!d || !st || (party && st.party && st.party !== party)) continue;
      if (st.heads.has(key) || (party && st.party === party)) chosen = d;
      else if (!recent && m.start - nth(names, k).end <= DESCRIPTION_REACH) recent = d;
    }
    give(chosen ?? recent, m.roles);
  }
  return out;
}
