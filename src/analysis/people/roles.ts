// Roles as the article states them next to a name: a title before it ("Chinese Assistant Foreign
// Minister", "White House press secretary"), an appositive after it (", the mayor of Riverton,"),
// and a party-state tag "(R-Wis.)". Everything is bounded lookaround over tokens, so linear.
import { Span } from '../types';
import { Token } from '../structure/tokens';
import { nth } from '../indexed';
import { nameLexicon } from '../lexicon/names';
import type { SpeechForms } from './speech-forms';
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../lexicon/determiners';
import { NAME_PARTICLES } from '../lexicon/name-particles';

const PARTICLES = new Set(NAME_PARTICLES);
import { HONORIFICS, NOT_ROLES, PLURAL_TITLES, ROLE_HEADS, ROLE_MODIFIERS, TITLE_WORDS } from '../lexicon/titles';

const lower = (s: string): string => s.toLowerCase();

/** A paragraph as the role finders read it: its text, its tokens and the speech verbs' forms
 * (a speech verb ends a role: "the mayor said"). */
export interface RoleText {
  text: string;
  tokens: Token[];
  speech: SpeechForms;
}

/** Whether a token is a speech verb that ends a role. A capitalised verb that only characterises
 * speech is more often a name's word ("Credit Suisse") than a headline's verb. */
function speaks(at: RoleText, t: Token): boolean {
  const w = lower(t.text);
  return at.speech.reporting.has(w) || (!t.cap && at.speech.all.has(w));
}
const HEADS = new Set<string>([...ROLE_HEADS, ...TITLE_WORDS.map((t) => lower(t.split(' ').pop() ?? t))]);
const HONORIFIC_SET = new Set(HONORIFICS.map(lower));
const NOT_ROLE_SET = new Set(NOT_ROLES);
const MODIFIERS = new Set(ROLE_MODIFIERS);
const PLURAL_SET = new Set(PLURAL_TITLES.map(lower));
/** Lower-case words that stop a title from extending further back. */
const STOP_WORDS = new Set(['that', 'who', 'which', 'whom', 'whose', 'to', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'and', 'or', 'but', 'as', 'like', 'than', 'by', 'with', 'from', 'said', 'says', 'not']);
const MAX_TITLE_TOKENS = 10;
const MAX_APPOSITIVE_TOKENS = 18;

/** An honorific, or one of the user's extra titles (the tokenizer marks those). */
export function isHonorific(t: Token): boolean {
  return t.extraTitle || HONORIFIC_SET.has(lower(t.text));
}

export function isPluralTitle(text: string): boolean {
  return PLURAL_SET.has(lower(text));
}

/** Sentence adverbs that are capitalised at a sentence start but never part of a title. */
const NOT_TITLE_WORDS = new Set(['yesterday', 'today', 'tomorrow', 'tonight', 'meanwhile', 'earlier', 'later', 'then', 'now', 'also', 'still', 'here', 'there']);

/** A noun that names a role: "secretary", "Minister", "Sen.", "nominee". */
export function isRoleHead(t: Token): boolean {
  if (!t.word) return false;
  const w = lower(t.text);
  if (NOT_ROLE_SET.has(w)) return false;
  if (t.extraTitle || HEADS.has(w) || HONORIFIC_SET.has(w) || PLURAL_SET.has(w)) return true;
  return nameLexicon().classOf(w) === 'actor';
}

/** Words a title may contain before its head: capitalised words and role-ish lower-case words. */
export function titleMaterial(t: Token, speech: ReadonlySet<string>): boolean {
  if (!t.word) return false;
  const w = lower(t.text);
  if (NOT_TITLE_WORDS.has(w)) return false;
  if (t.cap) {
    const cls = nameLexicon().classOf(w);
    if (cls === 'month' || cls === 'weekday') return false;
    return !(t.sentStart && cls === 'function');
  }
  if (MODIFIERS.has(w) || isRoleHead(t)) return true;
  if (STOP_WORDS.has(w) || speech.has(w) || /\d/.test(w)) return false;
  const cls = nameLexicon().classOf(w);
  return cls !== 'function' && cls !== 'verb' && cls !== 'plural' && !/(?:ed|ing|ly)$/.test(w);
}

/**
 * The titles before the name at tokens[nameIdx], headed by tokens[head] (which must name a role):
 * from the head back over title material ("and"/"of" only between capitalised words), up to
 * the name. A lower-case role word inside splits two titles: "vice-presidential nominee Gov."
 */
export function titleBefore(at: RoleText, head: number, nameIdx: number, minIdx: number): Span[] {
  const { text, tokens } = at;
  if (head < minIdx) return [];
  const headToken = nth(tokens, head);
  if (head === nameIdx - 1 && headToken.text === ',') return preposedAppositive(at, head, nameIdx, minIdx);
  if (!isRoleHead(headToken) || headToken.poss) return [];
  let first = head;
  for (let i = head - 1; i >= minIdx && head - i < MAX_TITLE_TOKENS; i--) {
    const t = nth(tokens, i);
    if (t.poss && !t.cap) break;
    const joiner = /^(?:and|of|&)$/.test(t.text) && i > minIdx && nth(tokens, i - 1).cap && nth(tokens, i + 1).cap;
    if (!joiner && !titleMaterial(t, at.speech.all)) break;
    first = i;
    if (t.sentStart) break;
  }
  while (first < head && /^(?:and|of|&)$/.test(nth(tokens, first).text)) first++;
  const last = nameIdx - 1;
  const span = (a: number, b: number): Span => {
    const ta = nth(tokens, a);
    const tb = nth(tokens, b);
    return { start: ta.start, end: tb.end, text: text.slice(ta.start, tb.end) };
  };
  for (let i = last - 1; i > first; i--) {
    const t = nth(tokens, i);
    if (!t.cap && isRoleHead(t) && nth(tokens, i + 1).cap && !MODIFIERS.has(lower(t.text))) return [span(first, i), span(i + 1, last)];
  }
  return [span(first, last)];
}

const DETERMINERS = new Set([...ARTICLES, ...POSSESSIVE_DETERMINERS]);
const NAME_TOKENS_AFTER = 6;

/** Whether the name starting at tokens[nameIdx] is closed like an appositive: by a comma, a
 * sentence end or a speech verb ("The gallery's director, Fiona MacRae, said"). */
function closedName(tokens: Token[], nameIdx: number, speech: ReadonlySet<string>): boolean {
  for (let j = nameIdx; j < tokens.length && j - nameIdx < NAME_TOKENS_AFTER; j++) {
    const t = nth(tokens, j);
    if (t.word && (t.cap || PARTICLES.has(t.text))) continue;
    return !t.word ? /^[,.;]$/.test(t.text) : speech.has(lower(t.text));
  }
  return false;
}

/**
 * A role set before a name as an appositive: "The plaintiffs' lawyer, Sam Reed, said", "A Veltrix
 * spokesperson, Dana Whitaker, said". tokens[comma] is the comma before the name; the role must
 * end in a role head and open with a determiner (or a possessive that opens the sentence).
 */
function preposedAppositive(at: RoleText, comma: number, nameIdx: number, minIdx: number): Span[] {
  const { text, tokens } = at;
  const head = comma - 1;
  if (head < minIdx) return [];
  const headToken = nth(tokens, head);
  if (!isRoleHead(headToken) || headToken.poss || !closedName(tokens, nameIdx, at.speech.all)) return [];
  let first = -1;
  for (let i = head - 1; i >= minIdx && head - i < MAX_TITLE_TOKENS; i--) {
    const t = nth(tokens, i);
    const w = lower(t.text);
    if (t.word && DETERMINERS.has(w)) {
      first = i;
      break;
    }
    // "plaintiffs'": a plural possessive is the word and a separate apostrophe.
    const apostrophe = !t.word && /^['’]$/.test(t.text) && i > minIdx && /s$/i.test(nth(tokens, i - 1).text);
    if (!apostrophe && !(t.word && (t.poss || titleMaterial(t, at.speech.all)))) break;
    if (t.word && t.sentStart) {
      if (t.poss) first = i;
      break;
    }
  }
  if (first < 0) return [];
  const ta = nth(tokens, first);
  const tb = nth(tokens, head);
  return [{ start: ta.start, end: tb.end, text: text.slice(ta.start, tb.end) }];
}

const PARTY_TAG = /\(\s*([DRI](?:\s?-\s?[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)?)\s*\)/y;

/** A party-state tag "(R-Wis.)" starting at `pos` (after optional spaces): its text and end. */
export function partyTagAt(text: string, pos: number): { tag: string; end: number } | null {
  let p = pos;
  while (p < text.length && text.charAt(p) === ' ') p++;
  PARTY_TAG.lastIndex = p;
  const m = PARTY_TAG.exec(text);
  return m ? { tag: (m[1] ?? '').replace(/\s+/g, ''), end: p + m[0].length } : null; // group 1 is not optional
}

const APPOSITIVE_END = new Set([',', '.', ';', ':', '(', ')', '“', '”', '"', '—', '–', '!', '?']);
const PREPOSITIONS = new Set(['of', 'at', 'for', 'in', 'on', 'to', 'with', 'from', 'and', 'who']);
const RELATIVE = new Set(['who', 'whose', 'whom']);

/**
 * An appositive after a name: ", the White House press secretary," starting at tokens[i] (the
 * comma). Its first words, up to a preposition, must contain a role head.
 */
export function appositiveAfter(at: RoleText, i: number): Span | null {
  const { tokens } = at;
  if (i >= tokens.length || tokens[i]?.text !== ',') return null;
  let first = i + 1;
  // An age before the role: "Bui Duc Minh, 19, a student who ...".
  if (/^\d{1,3}$/.test(tokens[first]?.text ?? '') && tokens[first + 1]?.text === ',') first += 2;
  return rolePhrase(at, first);
}

/**
 * A role phrase starting at tokens[first] ("the White House press secretary", "a lawyer for the
 * family"): its first words, up to a preposition, must contain a role head, and it must end at
 * punctuation, a speech verb or a relative clause about the person.
 */
export function rolePhrase(at: RoleText, first: number): Span | null {
  const { text, tokens } = at;
  const firstToken = tokens[first]; // undefined when the paragraph ends here
  if (!firstToken || !firstToken.word) return null;
  const w0 = lower(firstToken.text);
  const cls0 = nameLexicon().classOf(w0);
  const oneOf = w0 === 'one' && tokens[first + 1]?.text === 'of'; // "one of the mayor's aides"
  if (!DETERMINERS.has(w0) && !firstToken.poss && !oneOf && (cls0 === 'function' || cls0 === 'verb' || speaks(at, firstToken) || STOP_WORDS.has(w0))) return null;
  let end = first;
  let headSeen = false;
  let beforePrep = true;
  for (let j = first; j < tokens.length && j - first < MAX_APPOSITIVE_TOKENS; j++) {
    const t = nth(tokens, j);
    if (!t.word && APPOSITIVE_END.has(t.text)) break;
    const w = lower(t.text);
    // A capitalised word inside the phrase is a name's ("the State Department's envoy"), and a
    // word after a preposition or an article is a noun ("secretary of state").
    const prevWord = lower(tokens[j - 1]?.text ?? '');
    const noun = j > first && (t.cap || PREPOSITIONS.has(prevWord) || DETERMINERS.has(prevWord));
    if ((speaks(at, t) && !noun) || (STOP_WORDS.has(w) && w !== 'and' && w !== 'to')) break;
    if (PREPOSITIONS.has(w) && !(oneOf && j === first + 1)) beforePrep = false;
    if (beforePrep && isRoleHead(t)) headSeen = true;
    end = j;
  }
  if (!headSeen) return null;
  const next = tokens[end + 1];
  // A role phrase ends at a comma, a sentence end, a speech verb or a relative clause about the
  // person ("an analyst at Crestview Partners who has ..."); otherwise it is a clause.
  if (next && next.word && !speaks(at, next) && !RELATIVE.has(lower(next.text))) return null;
  while (end > first && /^(?:and|or)$/i.test(nth(tokens, end).text)) end--;
  const endToken = nth(tokens, end);
  return { start: firstToken.start, end: endToken.end, text: text.slice(firstToken.start, endToken.end) };
}

/**
 * Two roles joined by "and": "the architect of the plan and a close aide" gives both, when the
 * words after "and" open with a determiner or a role head of their own. Else the span itself.
 */
export function splitCoordinated(at: RoleText, role: Span): Span[] {
  const { text, tokens } = at;
  const out: Span[] = [];
  let from = role.start;
  for (let j = 0; j < tokens.length; j++) {
    const t = nth(tokens, j);
    if (t.start < role.start || t.end > role.end || lower(t.text) !== 'and') continue;
    const next = tokens[j + 1];
    const prev = tokens[j - 1];
    if (!next || !prev || next.end > role.end || t.start <= from) continue;
    // Between capitalised words "and" is inside a name ("Johnson and Johnson").
    if (next.cap && prev.cap) continue;
    const listed = (x: Token): boolean => MODIFIERS.has(lower(x.text)) || HEADS.has(lower(x.text));
    const opens = DETERMINERS.has(lower(next.text)) || (!next.cap && listed(next) && headAhead(tokens, j + 1, role.end));
    if (!opens) continue;
    out.push({ start: from, end: prev.end, text: text.slice(from, prev.end) });
    from = next.start;
  }
  if (!out.length) return [role];
  out.push({ start: from, end: role.end, text: text.slice(from, role.end) });
  return out;
}

/** A role head among the next few words before `end`. */
function headAhead(tokens: Token[], from: number, end: number): boolean {
  for (let j = from; j < tokens.length && j - from < 4 && nth(tokens, j).end <= end; j++) {
    const t = nth(tokens, j);
    if (PREPOSITIONS.has(lower(t.text))) return false;
    if (HEADS.has(lower(t.text))) return true;
  }
  return false;
}

const MAX_CLAUSE_TOKENS = 6;
const ARTICLE_SET = new Set(ARTICLES);

/**
 * A role stated with "as" in a relative clause about the person: ", who took over as CEO in 2021"
 * → "CEO". tokens[i] is the comma (or "who") right after the name or its appositive. The words
 * between "who" and "as" must be plain words (at most six); the role ends at its last role head.
 */
export function relativeAsRole(at: RoleText, i: number): Span | null {
  const { text, tokens } = at;
  let k = i;
  if (tokens[k]?.text === ',') k++;
  const who = tokens[k];
  if (!who || lower(who.text) !== 'who') return null;
  let as = -1;
  for (let j = k + 1; j < tokens.length && j - k <= MAX_CLAUSE_TOKENS; j++) {
    const t = nth(tokens, j);
    if (!t.word || speaks(at, t)) return null;
    if (lower(t.text) === 'as') { as = j; break; }
  }
  if (as < 0) return null;
  let first = as + 1;
  // "as a nurse" → "nurse"; "as the company's chief executive" keeps its article.
  const afterAs = tokens[first];
  if (afterAs?.word && ARTICLE_SET.has(lower(afterAs.text)) && !tokens[first + 1]?.poss) first++;
  let head = -1;
  for (let j = first; j < tokens.length && j - first < MAX_TITLE_TOKENS; j++) {
    const t = nth(tokens, j);
    if (isRoleHead(t) && !t.poss) head = j;
    const article = j === first && ARTICLE_SET.has(lower(t.text));
    if ((!article && !titleMaterial(t, at.speech.all)) || t.sentStart) break;
  }
  if (head < 0) return null;
  const ta = nth(tokens, first);
  const tb = nth(tokens, head);
  return { start: ta.start, end: tb.end, text: text.slice(ta.start, tb.end) };
}
