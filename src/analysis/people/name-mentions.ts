// People named in an article. findNameMentions scans one paragraph's capitalised-word runs and
// decides, with compromise's lexicon data and a few rules (titles, cues, party tags, first
// names), which runs are names; join.ts links the mentions of a whole document into people.
import { Span } from '../types';
import { nth } from '../indexed';
import type { NameMention } from './name-mention';
import { Token, tokenize } from '../structure/tokens';
import { WordClass, nameLexicon } from '../lexicon/names';
import { FEMALE_HONORIFICS, MALE_HONORIFICS, MEDIA_ORGS } from '../lexicon/titles';
import { speechForms, SpeechForms } from './speech-forms';
import { POSSESSIVE_DETERMINERS } from '../lexicon/determiners';
import { NAME_PARTICLES } from '../lexicon/name-particles';
import { appositiveAfter, isHonorific, relativeAsRole, isPluralTitle, isRoleHead, partyTagAt, RoleText, splitCoordinated, titleBefore } from './roles';
import { findDescriptions, partyOf } from './descriptions';

const DEFAULT_SPEECH = speechForms();
const MEDIA = new Set(MEDIA_ORGS);
const MALE = new Set(MALE_HONORIFICS.map((h) => h.toLowerCase()));
const FEMALE = new Set(FEMALE_HONORIFICS.map((h) => h.toLowerCase()));
/** Honorifics that say who someone is addressed as, not what they do: never roles. */
const COURTESY = new Set(['mr.', 'mrs.', 'ms.', 'miss', 'mx.', 'messrs.', 'dr.']);
const PARTICLES = new Set(NAME_PARTICLES);
/** Last words that make a capitalised phrase an institution, beyond compromise's orgWords. */
const INSTITUTION_WORDS = new Set(['house', 'senate', 'congress', 'court', 'party', 'campaign', 'administration', 'roundtable', 'caucus', 'committee', 'department', 'agency', 'street', 'avenue', 'road', 'square', 'hall', 'center', 'centre', 'fund', 'project', 'program', 'act', 'law', 'station', 'airport', 'park', 'county', 'state', 'states', 'city', 'republic', 'kingdom', 'union', 'nations', 'affairs', 'security', 'services', 'guard', 'force', 'forces', 'navy', 'army', 'daily', 'weekly', 'channel', 'network', 'show', 'tower', 'towers', 'group', 'inc.', 'corp.', 'co.', 'ltd.', 'llc', 'media', 'magazine', 'review']);
const NON_NAME_CLASSES = new Set<WordClass | undefined>(['place', 'org', 'demonym', 'month', 'weekday', 'function', 'verb']);
const FIRST_NAME_CLASSES = new Set<WordClass | undefined>(['male', 'female', 'first']);
/** Name words at most, particles ("van", "de la") not counted. */
const MAX_NAME_TOKENS = 4;
const MAX_PARTICLES = 3;
/**
 * Words for who someone is at the scene or in the story, not names: capitalised only because they
 * open a sentence ("Passenger Chiamaka Eze, 34, said"). Many are missing from the lexicon.
 */
const STATUS_NOUNS = new Set(['passenger', 'passengers', 'resident', 'residents', 'villager', 'commuter', 'shopper', 'motorist', 'driver', 'cyclist', 'pedestrian', 'witness', 'survivor', 'neighbour', 'neighbor', 'parent', 'homeowner', 'tenant', 'landlord', 'voter', 'worker', 'volunteer', 'pensioner', 'retiree', 'patient', 'visitor', 'tourist', 'bystander', 'protester', 'protestor', 'demonstrator', 'shopkeeper', 'trader', 'vendor', 'student', 'pupil', 'farmer', 'fisherman', 'fan', 'supporter', 'customer', 'employee', 'runner', 'mourner', 'refugee', 'migrant', 'victim']);
/** Capitalised right before a name, a clergy or religious-order title ("Father Tomás", "Sister Mary"). */
const RELIGIOUS_TITLES = new Set(['father', 'sister', 'brother', 'mother']);
/** Party labels: capitalised, often before a name ("Democrat Hillary Clinton"), never names. */
const PARTY_WORDS = new Set(['democrat', 'democrats', 'democratic', 'republican', 'republicans', 'gop', 'libertarian', 'libertarians', 'independent', 'independents', 'conservative', 'conservatives', 'liberal', 'liberals', 'progressive', 'progressives', 'tory', 'tories', 'labour', 'socialist', 'socialists', 'communist', 'communists', 'green', 'greens']);
const LOCATIVE = new Set(['the', 'in', 'at', 'near', 'outside', 'inside', 'from', 'across', 'around', 'through', 'into', 'toward', 'towards']);
const COMMON_CLASSES = new Set<WordClass | undefined>(['noun', 'plural', 'adjective', 'verb', 'actor', 'function']);

const lc = (t: Token): string => t.text.toLowerCase();
const cls = (t: Token): WordClass | undefined => nameLexicon().classOf(lc(t).replace(/\.$/, ''));
const isInitial = (t: Token): boolean => /^(?:\p{Lu}\.)+(?:\p{Lu}\.?)?$/u.test(t.text);
const isAcronym = (t: Token): boolean => /^\p{Lu}{2,}$/u.test(t.text);

/** A word that can be part of a capitalised run. Dates and sentence-initial function words cannot. */
function runWord(t: Token): boolean {
  if (!t.word || !t.cap || /[’'](?:\p{Ll}|$)/u.test(t.text)) return false; // "I’m", "Don't"
  const c = cls(t);
  return c !== 'month' && c !== 'weekday';
}

/** Capitalised runs [first, last] (token indices), split at punctuation, possessives and dates. */
function capitalRuns(tokens: Token[]): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!runWord(nth(tokens, i))) { i++; continue; }
    let j = i;
    while (!nth(tokens, j).poss && j + 1 < tokens.length) {
      const n = nth(tokens, j + 1);
      if (runWord(n) && !n.sentStart) { j++; continue; }
      // Up to MAX_PARTICLES lower-case particles between capitalised words ("van der Berg").
      let k = j + 1;
      while (k < tokens.length && k - j <= MAX_PARTICLES && nth(tokens, k).word && PARTICLES.has(nth(tokens, k).text)) k++;
      const afterParticles = tokens[k]; // undefined when k reached the end
      if (k > j + 1 && k - j <= MAX_PARTICLES + 1 && afterParticles && runWord(afterParticles) && !afterParticles.sentStart) { j = k; continue; }
      break;
    }
    runs.push([i, j]);
    i = j + 1;
  }
  return runs;
}

const isParticle = (t: Token): boolean => t.word && PARTICLES.has(t.text);
const isFirst = (t: Token): boolean => nameLexicon().firstName(lc(t)) !== undefined;
/** A word that is known and is not a name: "State" in "Secretary of State John Kerry". */
const knownNonName = (t: Token): boolean => {
  if (PARTY_WORDS.has(lc(t))) return true;
  const c = cls(t);
  return c !== undefined && c !== 'last' && c !== 'person' && !FIRST_NAME_CLASSES.has(c);
};

/** A common noun for a person (class noun, actor, adjective or a status word), never a name. */
function statusWord(t: Token): boolean {
  if (isFirst(t)) return false;
  const c = cls(t);
  return STATUS_NOUNS.has(lc(t)) || c === 'noun' || c === 'actor' || c === 'adjective' || c === 'plural';
}

/** "Father" in "Father Tomás": a capitalised religious title right before the name's last word(s). */
function isReligiousTitle(tokens: Token[], h: number, b: number): boolean {
  return h < b && nth(tokens, h).cap && RELIGIOUS_TITLES.has(lc(nth(tokens, h)));
}

/**
 * Where the name starts in the run [a, b] and which token heads the title before it: after the
 * last title word; then, if known non-name words precede a first name, at that first name
 * ("Miss Universe Alicia Machado"); after an institution ("Washington Post Trump").
 */
function nameStart(tokens: Token[], a: number, b: number): { s: number; head: number } {
  let head = -1;
  for (let h = b - 1; h >= a; h--) if ((isRoleHead(nth(tokens, h)) || isReligiousTitle(tokens, h, b)) && !nth(tokens, h).poss) { head = h; break; }
  let s = head >= 0 ? head + 1 : a;
  // A sentence-opening common noun before a first name and a further name word is who the person
  // is, not part of the name: "Passenger Chiamaka Eze, 34, said".
  if (head < 0 && s + 2 <= b) {
    const t = nth(tokens, s);
    if (t.sentStart && statusWord(t) && isFirst(nth(tokens, s + 1))) s++;
  }
  while (s < b) {
    const t = nth(tokens, s);
    if (!t.sentStart || (cls(t) !== 'function' && cls(t) !== 'verb')) break;
    s++;
  }
  for (let i = b - 1; i >= s; i--) {
    const w = lc(nth(tokens, i)).replace(/\.$/, '');
    if (nameLexicon().orgWords.has(w) || INSTITUTION_WORDS.has(w)) { s = i + 1; break; }
  }
  for (let i = s + 1; i < b; i++) {
    if (!isFirst(nth(tokens, i))) continue;
    // After a title, any words before a first name are title words ("Miss Universe Alicia Machado").
    let allKnown = true;
    for (let k = s; k < i; k++) if ((!knownNonName(nth(tokens, k)) && head < 0) || isFirst(nth(tokens, k))) allKnown = false;
    if (allKnown) s = i;
    break;
  }
  return { s, head };
}

/** Words that cannot be (part of) a person's name. */
function notAName(tokens: Token[], s: number, b: number): boolean {
  const phrase = tokens.slice(s, b + 1).map(lc).join(' ');
  const whole = nameLexicon().classOf(phrase);
  if (whole === 'org' || whole === 'place') return true;
  const last = lc(nth(tokens, b)).replace(/\.$/, '');
  if (s < b && (nameLexicon().orgWords.has(last) || nameLexicon().placeWords.has(last) || INSTITUTION_WORDS.has(last))) return true;
  if (s === b && (MEDIA.has(last) || INSTITUTION_WORDS.has(last))) return true;
  let allPlace = true;
  for (let i = s; i <= b; i++) {
    if (i > s && i < b && isParticle(nth(tokens, i))) continue;
    const c = cls(nth(tokens, i));
    if (c === 'function' || c === 'month' || c === 'weekday') return true;
    if (isAcronym(nth(tokens, i)) && s < b) return true;
    if (c !== 'place' && c !== 'demonym' && c !== 'org') allPlace = false;
  }
  return allPlace;
}

interface Evidence { strong: boolean; tentative: boolean }

/** Is tokens[s..b] a person's name, and how sure are we? */
function judge(tokens: Token[], s: number, b: number, titled: boolean, tagged: boolean, speech: SpeechForms): Evidence | null {
  const first = nth(tokens, s);
  // A title before a known first name outweighs a last word that usually ends place names
  // ("County Commissioner Denise Park").
  const titledFirstName = titled && s < b && isFirst(first);
  let nameWords = 0;
  for (let i = s; i <= b; i++) if (!PARTICLES.has(nth(tokens, i).text)) nameWords++;
  if (nameWords > MAX_NAME_TOKENS || (notAName(tokens, s, b) && !titledFirstName)) return null;
  const next = tokens[b + 1];
  const lastToken = nth(tokens, b);
  const cued = !lastToken.poss && !!next && next.word && speech.reporting.has(lc(next));
  const c0 = cls(first);
  if (s === b) return judgeWord(first, c0, titled || tagged, cued);
  const hasInitial = tokens.slice(s, b + 1).some(isInitial);
  const lastCls = cls(lastToken);
  const person = nameLexicon().classOf(tokens.slice(s, b + 1).map(lc).join(' ')) === 'person';
  // A cue makes unknown words a name ("Zheng Zeguang said"), not common words ("Business Roundtable").
  const plainWords = tokens.slice(s, b + 1).every((t) => !COMMON_CLASSES.has(cls(t)) || isFirst(t) || isParticle(t));
  // An unknown word before a known first name is a given name the lexicon lacks ("Trayvon Martin").
  const unknownGiven = s + 1 === b && !first.sentStart && c0 === undefined && FIRST_NAME_CLASSES.has(lastCls);
  if (titled || tagged || (cued && plainWords) || person || hasInitial || isFirst(first) || lastCls === 'last' || lastCls === 'person' || unknownGiven) return { strong: true, tentative: false };
  return { strong: false, tentative: true };
}

/** Plurals of nationalities and groups: "Americans", "African-Americans", "Democrats". */
function isGroupWord(w: string): boolean {
  if (!w.endsWith('s')) return false;
  const stem = w.slice(0, -1).split('-').pop() ?? '';
  const c = nameLexicon().classOf(stem);
  return c === 'demonym' || PARTY_WORDS.has(stem);
}

/** Evidence for a one-word name. */
function judgeWord(t: Token, c: WordClass | undefined, titled: boolean, cued: boolean): Evidence | null {
  // "CEO", "CFO": a role standing alone ("took over as CEO"), not a name.
  if (isAcronym(t)) return isRoleHead(t) ? null : { strong: false, tentative: true };
  if (isInitial(t) || PARTY_WORDS.has(lc(t)) || isGroupWord(lc(t))) return null;
  if (titled) return NON_NAME_CLASSES.has(c) && c !== 'function' ? null : { strong: true, tentative: false };
  if (NON_NAME_CLASSES.has(c)) return null;
  // At a sentence start a capital proves nothing; a cue after the word ("Frost said") makes it worth
  // keeping tentatively, in case it names someone the article has introduced.
  if (t.sentStart) return c === undefined || c === 'last' || c === 'person' || isFirst(t) || (cued && c !== 'plural') ? { strong: false, tentative: true } : null;
  if (c === 'last' || isFirst(t) || (cued && c === undefined)) return { strong: true, tentative: false };
  return { strong: false, tentative: true };
}

/** The gender an honorific before the name states. */
function honorificGender(titleToken: Token | undefined): 'male' | 'female' | null {
  const h = titleToken ? lc(titleToken) : '';
  return MALE.has(h) ? 'male' : FEMALE.has(h) ? 'female' : null;
}

/** The gender compromise's lexicon gives the name's first word (a hint, not a statement). */
function firstNameGender(tokens: Token[], s: number): 'male' | 'female' | undefined {
  const g = nameLexicon().firstName(lc(nth(tokens, s)));
  return g === 'male' || g === 'female' ? g : undefined;
}

/** The titles before the name, unless the title word is only a courtesy such as "Mr.". */
function roleBefore(at: RoleText, head: number, s: number, minIdx: number): Span[] {
  const { tokens } = at;
  if (head < 0) return [];
  const h = nth(tokens, head);
  if (COURTESY.has(lc(h))) return [];
  if (head === s - 1 && head >= minIdx && isReligiousTitle(tokens, head, s)) return [{ start: h.start, end: h.end, text: h.text }];
  return titleBefore(at, head, s, minIdx);
}

/** Index of the first token starting at or after `pos`. */
function tokenAt(tokens: Token[], from: number, pos: number): number {
  let i = from;
  while (i < tokens.length && (tokens[i]?.start ?? pos) < pos) i++;
  return i;
}

/** Only "and" and commas between two names: a plural title before the first governs both. */
function coordinated(tokens: Token[], from: number, to: number): boolean {
  if (from >= to) return false;
  for (const t of tokens.slice(from, to)) if (t.text !== ',' && t.text !== 'and') return false;
  return true;
}

/** Nouns of settlements and areas: "the city of Millbrook". */
const PLACE_OF = new Set(['city', 'town', 'village', 'county', 'borough', 'district', 'province', 'region', 'state', 'island', 'port', 'parish', 'suburb', 'township', 'municipality']);

/** Whether the lone word tokens[i] owns or modifies a thing rather than acts as a person: a
 * possessive before a lower-case word, after "a"/"an", or after "city of". */
function modifierUse(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (nth(tokens, i).poss && next && next.word && !next.cap) return true;
  const prev = tokens[i - 1];
  if (!prev || !prev.word) return false;
  const p = lc(prev);
  if (p === 'a' || p === 'an') return true;
  return p === 'of' && i >= 2 && PLACE_OF.has(lc(nth(tokens, i - 2)));
}

/** Kin words, with the gender they state (null: either). */
const KIN = new Map<string, 'male' | 'female' | null>([
  ['son', 'male'], ['daughter', 'female'], ['husband', 'male'], ['wife', 'female'], ['father', 'male'], ['mother', 'female'],
  ['brother', 'male'], ['sister', 'female'], ['uncle', 'male'], ['aunt', 'female'], ['nephew', 'male'], ['niece', 'female'],
  ['grandson', 'male'], ['granddaughter', 'female'], ['grandfather', 'male'], ['grandmother', 'female'], ['cousin', null],
  ['stepson', 'male'], ['stepdaughter', 'female'], ['fiancé', 'male'], ['fiancée', 'female'], ['partner', null], ['twin', null],
]);
const POSSESSIVES = new Set(POSSESSIVE_DETERMINERS);

/** Whether a lower-case kin word after a possessive stands before tokens[s] ("his sister Hoa"):
 * undefined when not; else the gender it states. */
function kinBefore(tokens: Token[], s: number): 'male' | 'female' | null | undefined {
  if (s < 2) return undefined;
  const k = nth(tokens, s - 1);
  const owner = nth(tokens, s - 2);
  if (!k.word || k.cap || !KIN.has(lc(k))) return undefined;
  if (!owner.word || !(owner.poss || POSSESSIVES.has(lc(owner)))) return undefined;
  return KIN.get(lc(k));
}

interface Pending { mention: NameMention; after: number; plural: Span | null }

/** Where a place phrase after a name ends ("of Kentucky", "from New South Wales"): the index of
 * the comma after it, or `i` when tokens[i] does not open one. */
function afterPlace(tokens: Token[], i: number): number {
  const prep = tokens[i];
  if (!prep || !/^(?:of|from)$/.test(prep.text)) return i;
  let j = i + 1;
  while (j < tokens.length && j - i <= 3 && nth(tokens, j).word && nth(tokens, j).cap && !nth(tokens, j).poss) j++;
  return j > i + 1 && tokens[j]?.text === ',' ? j : i;
}

/** A signature after a quotation: “…” ― Ana Ruiz (a dash between the closing mark and the name). */
function signs(tokens: Token[], s: number): boolean {
  return s >= 2 && /^[―—–]$/.test(nth(tokens, s - 1).text) && /^[”"]$/.test(nth(tokens, s - 2).text);
}

/** Builds the mention for the run [a, b], or null when it is not a name. */
function mentionOfRun(at: RoleText, speech: SpeechForms, a: number, bRun: number, prev: Pending | null): Pending | null {
  const { text, tokens } = at;
  const { s, head } = nameStart(tokens, a, bRun);
  let b = bRun;
  while (b > s && speech.reporting.has(lc(nth(tokens, b))) && !INSTITUTION_WORDS.has(lc(nth(tokens, b)))) b--; // "Clinton Says" in a headline
  if (s > b) return null;
  const first = nth(tokens, s);
  const last = nth(tokens, b);
  const before = tokens[s - 1]; // undefined when the name opens the paragraph (s === 0)
  const titled = head >= 0 || (before !== undefined && isRoleHead(before));
  const tag = last.poss ? null : partyTagAt(text, last.end);
  const inherited = prev?.plural && coordinated(tokens, prev.after, s) ? prev.plural : null;
  const ev = judge(tokens, s, b, titled || (before !== undefined && isHonorific(before)) || !!inherited, !!tag || signs(tokens, s), speech);
  if (!ev) return null;
  const roles: Span[] = [];
  const minIdx = inherited ? prev?.after ?? 0 : 0;
  const titles = roleBefore(at, head >= 0 ? head : s - 1, s, minIdx);
  const title = titles.at(-1) ?? null;
  roles.push(...titles);
  if (inherited) roles.push(inherited);
  let after = tag ? tokenAt(tokens, b + 1, tag.end) : b + 1;
  // "Senator Ann Lowe of Kentucky, the majority leader,": an appositive after the person's place.
  const place = last.poss ? after : afterPlace(tokens, after);
  let appositive = last.poss ? null : appositiveAfter(at, after);
  if (!appositive && place > after) {
    appositive = appositiveAfter(at, place);
    if (appositive) after = place;
  }
  if (appositive) { roles.push(...splitCoordinated(at, appositive)); after = tokenAt(tokens, after, appositive.end); }
  // ", who took over as CEO in 2021": the role only; names later in the clause stay findable.
  const asRole = last.poss ? null : relativeAsRole(at, after);
  if (asRole) roles.push(asRole);
  const plural = title && isPluralTitle(title.text.split(' ').pop() ?? '') ? title : inherited;
  const mention: NameMention = {
    start: first.start, end: last.end, text: text.slice(first.start, last.end),
    roles, affiliation: tag?.tag ?? null, gender: honorificGender(before), kind: 'person',
  };
  const nameGender = firstNameGender(tokens, s);
  if (nameGender) mention.nameGender = nameGender;
  const party = before?.word && before.cap ? partyOf(before.text) : null;
  if (party) mention.party = party;
  // "with his sister Hoa", "her brother Tiago": a kin word after a possessive names the person.
  const kin = s === b && ev.tentative && !first.sentStart && !isAcronym(first) ? kinBefore(tokens, s) : undefined;
  if (kin !== undefined) {
    ev.tentative = false;
    if (!mention.gender) mention.gender = kin;
  }
  if (ev.tentative && !title && !tag && !appositive) {
    // An unproven phrase after "the", "in", "at" ... names a place or a thing ("outside the Harbor
    // View branch", "lived in Harbor View"), not a person.
    if (s < b && before !== undefined && LOCATIVE.has(lc(before))) return null;
    mention.tentative = true;
    if (first.sentStart) mention.sentenceStart = true;
    if (s === b && modifierUse(tokens, s)) mention.modifier = true;
  }
  return { mention, after, plural };
}

/** Every person-name mention in one paragraph, in text order. Linear in the paragraph's length. */
export function findNameMentions(paragraph: string, tokens: Token[] = tokenize(paragraph), speech: SpeechForms = DEFAULT_SPEECH): NameMention[] {
  const at: RoleText = { text: paragraph, tokens, speech };
  const out: NameMention[] = [];
  let prev: Pending | null = null;
  const nameEnds = new Set<number>();
  for (const [a, b] of capitalRuns(tokens)) {
    if (prev && a < prev.after) continue; // inside the previous name's party tag or appositive
    const p = mentionOfRun(at, speech, a, b, prev);
    if (!p) continue;
    out.push(p.mention);
    nameEnds.add(tokenAt(tokens, a, p.mention.end) - 1);
    prev = p;
  }
  return withDescriptions(at, out, nameEnds);
}

/** The mentions with the paragraph's descriptions added in text order (see descriptions.ts). */
function withDescriptions(at: RoleText, names: NameMention[], nameEnds: ReadonlySet<number>): NameMention[] {
  // findDescriptions asks in text order, so a pointer over the spans by their end keeps this linear.
  const spans = names.flatMap((m) => [{ start: m.start, end: m.end }, ...m.roles]).sort((x, y) => x.end - y.end);
  let p = 0;
  const taken = (start: number, end: number): boolean => {
    while (p < spans.length && nth(spans, p).end <= start) p++;
    for (let q = p; q < spans.length && q - p < 8; q++) if (nth(spans, q).start < end) return true;
    return false;
  };
  const found = findDescriptions(at, taken, nameEnds);
  if (!found.length) return names;
  const descriptions: NameMention[] = found.map((d) => ({
    start: d.role.start, end: d.role.end, text: d.role.text, roles: [d.role], affiliation: null, gender: null, kind: 'person',
    description: { head: d.head, party: d.party, rank: d.rank, predicate: d.predicate },
  }));
  // A predicate opening with a name's possessive ("is Obama's nominee") comes before that name.
  return [...names, ...descriptions].sort((x, y) => x.start - y.start || (x.description ? 0 : 1) - (y.description ? 0 : 1));
}
