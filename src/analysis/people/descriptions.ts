// Descriptions that stand for a person named elsewhere in the article: "The Republican nominee
// said", "the former secretary of state", and roles stated in a predicate after the name
// ("Kaine is a former civil rights lawyer"). findDescriptions finds them in one paragraph;
// join.ts decides whose they are. Bounded lookaround over tokens, so linear.
import { Span } from '../types';
import { Token } from '../structure/tokens';
import { nth } from '../indexed';
import { nameLexicon } from '../lexicon/names';
import { ANONYMOUS_HEADS, NON_REFERRING_MODIFIERS, PARTY_LABELS, RANK_MODIFIERS } from '../lexicon/titles';
import { ARTICLES, NUMBER_WORDS, POSSESSIVE_DETERMINERS, QUANTIFIERS } from '../lexicon/determiners';
import { isRoleHead, RoleText, rolePhrase, splitCoordinated, titleMaterial } from './roles';

const lower = (s: string): string => s.toLowerCase();
const ANONYMOUS = new Set(ANONYMOUS_HEADS);
const NON_REFERRING = new Set([...NON_REFERRING_MODIFIERS, ...NUMBER_WORDS, ...QUANTIFIERS]);
const RANKS = new Set(RANK_MODIFIERS);
const DETERMINERS = new Set([...ARTICLES, ...POSSESSIVE_DETERMINERS]);
const PARTY = new Map(PARTY_LABELS.map((p) => [p.word, p.party]));
const MAX_DESCRIPTION_TOKENS = 7;
/** Verbs that state what someone is: "X is the mayor", "X became a lawyer". */
const COPULAS = new Set(['is', 'was', 'remains', 'remained', 'became', 'becomes']);
/** Adverbs allowed between a copula and its role: "is now the chairman". */
const COPULA_ADVERBS = new Set(['now', 'also', 'still', 'currently', 'already', 'once', 'then', 'formerly']);

/** A description found in a paragraph, offsets relative to it. */
export interface Description {
  /** The role as it will be given to the person: "Republican nominee", "a former civil rights lawyer". */
  role: Span;
  /** The lower-case head noun: "nominee". */
  head: string;
  /** The party the description states, if any ("democratic", "republican"). */
  party: string | null;
  /** A rank word it has ("vice", "deputy"), which the person's own role must share. */
  rank: string | null;
  /** A predicate after a name ("X is a lawyer"): the person is the name right before. */
  predicate: boolean;
  /** Token index of the head, in the paragraph's tokens. */
  headIndex: number;
}

/** The party a word states, normalised ("GOP" -> "republican"), or null. */
export function partyOf(word: string): string | null {
  return PARTY.get(lower(word)) ?? null;
}

/** A rank word ("vice", "deputy"), or null. */
export function isRank(word: string): boolean {
  return RANKS.has(lower(word));
}

/** The words tokens[from..] of a role phrase up to its head, or -1 when there is none. */
function headEnd(at: RoleText, from: number): number {
  const { tokens } = at;
  let head = -1;
  for (let j = from; j < tokens.length && j - from < MAX_DESCRIPTION_TOKENS; j++) {
    const t = nth(tokens, j);
    if (!t.word || (t.sentStart && j > from) || NON_REFERRING.has(lower(t.text)) || /\d/.test(t.text)) return -1;
    const next = tokens[j + 1];
    if (isRoleHead(t) && !t.cap) {
      head = j;
      if (t.poss) break; // "the Republican nominee's plan"
      // A role word can modify the next one ("campaign manager"): the head is the last.
      if (!next || !next.word || !isRoleHead(next) || next.cap) break;
      continue;
    }
    if (t.poss || !titleMaterial(t, at.speech.all)) return -1;
  }
  return head;
}

/** The head is a singular noun ("nominee", not "nominees") and no name follows it. */
function refersToOne(tokens: Token[], head: number): boolean {
  const next = tokens[head + 1];
  if (next && next.word && next.cap) return false; // "the Republican nominee Donald Trump": a title
  // "the major developing economies": the role word only modifies a noun phrase that goes on.
  const cls = next?.word ? nameLexicon().classOf(lower(next.text)) : undefined;
  if (next?.word && (cls === 'noun' || cls === 'plural' || /ing$/.test(next.text))) return false;
  const w = lower(nth(tokens, head).text);
  return nameLexicon().classOf(w) !== 'plural' && !/[^s]s$/.test(w);
}

function descriptionAt(at: RoleText, det: number): Description | null {
  const { text, tokens } = at;
  const first = det + 1;
  const head = headEnd(at, first);
  if (head < 0 || !refersToOne(tokens, head)) return null;
  const h = lower(nth(tokens, head).text);
  // "the spokesman said" is most often someone the article does not name.
  if (head === first && ANONYMOUS.has(h)) return null;
  let party: string | null = null;
  let rank: string | null = null;
  for (let j = first; j < head; j++) {
    const w = lower(nth(tokens, j).text);
    party ??= partyOf(w);
    for (const part of w.split('-')) if (RANKS.has(part)) rank ??= part;
  }
  // A definite description gives its words without the article ("Republican nominee").
  const a = nth(tokens, first);
  const b = nth(tokens, head);
  return { role: { start: a.start, end: b.end, text: text.slice(a.start, b.end) }, head: h, party, rank, predicate: false, headIndex: head };
}

/**
 * Descriptions in one paragraph: "the [modifiers] ROLE" not next to a name, and "NAME is
 * [now] a/the ROLE" (the index of the name's last token in `nameEnds`). Spans already taken by
 * names and their roles are skipped.
 */
export function findDescriptions(at: RoleText, taken: (start: number, end: number) => boolean, nameEnds: ReadonlySet<number>): Description[] {
  const { tokens } = at;
  const out: Description[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = nth(tokens, i);
    if (!t.word) continue;
    const w = lower(t.text);
    if (nameEnds.has(i)) {
      let k = i + 1;
      // "X is ...", "X, who is ..."
      if (tokens[k]?.text === ',' && lower(tokens[k + 1]?.text ?? '') === 'who') k += 2;
      if (!COPULAS.has(lower(tokens[k]?.text ?? ''))) continue;
      k++;
      while (k < tokens.length && COPULA_ADVERBS.has(lower(nth(tokens, k).text))) k++;
      const det = tokens[k];
      // "a", "the", "his", or a name's possessive ("is Obama's nominee").
      if (!det || !(DETERMINERS.has(lower(det.text)) || (det.poss && det.cap))) continue;
      const phrase = rolePhrase(at, k);
      if (!phrase) continue;
      for (const role of splitCoordinated(at, phrase)) out.push({ role, head: '', party: null, rank: null, predicate: true, headIndex: k });
      while (i + 1 < tokens.length && nth(tokens, i + 1).start < phrase.end) i++;
      continue;
    }
    if (w !== 'the') continue;
    // "as the nominee", "of the governor's office": not the person themself.
    const prev = tokens[i - 1];
    if (prev && prev.word && /^(?:as|like|than)$/i.test(prev.text)) continue;
    const d = descriptionAt(at, i);
    if (!d || taken(t.start, d.role.end)) continue;
    out.push(d);
    i = d.headIndex;
  }
  return out;
}
