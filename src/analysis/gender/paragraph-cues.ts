// What one paragraph offers the gender step, worked out once per paragraph text: where its
// sentences start, its third-person pronouns and its gendered nouns. Offsets relative to the
// paragraph; stated-gender.ts shifts them and ties them to people.
import { tokenize, Token } from '../structure/tokens';
import { nth } from '../indexed';
import { ROLE_HEADS } from '../lexicon/titles';
import { SOURCE_KIND_WORDS } from '../lexicon/source-kinds';
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../lexicon/determiners';
import { GENDER_HONORIFICS, GENDER_PRONOUNS, GENDER_WORDS, GenderWord, StatedGender } from '../lexicon/gender-words';

export interface PronounCue {
  start: number;
  end: number;
  text: string;
  gender: StatedGender;
}

export interface NounCue extends PronounCue {
  plural: boolean;
  relation: boolean;
  /** Followed by a possessive ’s ("the mother's"): it names someone, but not a name after it. */
  poss: boolean;
}

/** A lower-case role noun after a determiner ("the nominee", "a senator"): someone unnamed whom a
 * pronoun of either gender may mean. */
export interface RoleNounCue {
  start: number;
  end: number;
}

/** A gendered honorific before a title and no name ("Mr. President", "Madam Speaker"): said to
 * whoever holds the title. */
export interface VocativeCue extends PronounCue {
  /** The title, lower case ("president"). */
  title: string;
}

export interface ParagraphCues {
  roleNouns: RoleNounCue[];
  vocatives: VocativeCue[];
  /** Where each sentence starts (the first is 0). */
  sentences: number[];
  pronouns: PronounCue[];
  nouns: NounCue[];
}

/** Words for people by what they are or do ("a witness", "the two-term president"); a few that are
 * as often adjectives or other nouns ("the general election", "the head of") are left out. */
const NOT_PERSON_NOUNS = new Set(['general', 'police', 'forward', 'guard', 'justice', 'head', 'chief', 'member', 'champion', 'advocate', 'fellow', 'chair', 'substitute']);
const ROLE_NOUNS = new Set([...ROLE_HEADS, ...SOURCE_KIND_WORDS.map((w) => w.word)].filter((w) => !NOT_PERSON_NOUNS.has(w) && !w.endsWith('.')));
const DETERMINERS = new Set([...ARTICLES, ...POSSESSIVE_DETERMINERS]);
const PRONOUNS = new Map(GENDER_PRONOUNS.map((p) => [p.word, p.gender]));
const ONE_WORD = new Map<string, GenderWord>(GENDER_WORDS.filter((w) => !w.word.includes(' ')).map((w) => [w.word, w]));
/** Two-word nouns by their first word ("first lady"). */
const TWO_WORDS: ReadonlyMap<string, readonly GenderWord[]> = new Map(
  [...new Set(GENDER_WORDS.filter((w) => w.word.includes(' ')).map((w) => w.word.split(' ')[0] ?? ''))].map((a) => [
    a,
    GENDER_WORDS.filter((w) => w.word.startsWith(`${a} `)),
  ]),
);

function nounAt(tokens: Token[], i: number): { word: GenderWord; last: number } | null {
  const t = nth(tokens, i);
  const next = tokens[i + 1];
  for (const w of TWO_WORDS.get(t.lower) ?? []) if (next?.word && next.lower === w.word.split(' ')[1]) return { word: w, last: i + 1 };
  const w = ONE_WORD.get(t.lower);
  return w ? { word: w, last: i } : null;
}

export function paragraphCues(text: string): ParagraphCues {
  const tokens = tokenize(text);
  const sentences: number[] = [0];
  const pronouns: PronounCue[] = [];
  const nouns: NounCue[] = [];
  const roleNouns: RoleNounCue[] = [];
  const vocatives: VocativeCue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = nth(tokens, i);
    if (!t.word) continue;
    if (t.sentStart && t.start > 0) sentences.push(t.start);
    const v = vocativeAt(text, tokens, i);
    if (v) {
      vocatives.push(v);
      i++;
      continue;
    }
    const g = PRONOUNS.get(t.lower);
    if (g) {
      const pair = genericPair(tokens, i);
      if (pair > i) i = pair;
      else pronouns.push({ start: t.start, end: t.end, text: t.text, gender: g });
      continue;
    }
    const n = nounAt(tokens, i);
    if (!n) {
      if (!t.cap && ROLE_NOUNS.has(t.lower) && unnamedRole(tokens, i)) roleNouns.push({ start: t.start, end: t.end });
      continue;
    }
    const last = nth(tokens, n.last);
    nouns.push({
      start: t.start, end: last.end, text: text.slice(t.start, last.end), gender: n.word.gender,
      plural: !!n.word.plural, relation: !!n.word.relation, poss: last.poss,
    });
    i = n.last;
  }
  return { sentences, pronouns, nouns, roleNouns, vocatives };
}

/** "Mr. President" at tokens[i]: a gendered honorific, a capitalised title word, no name after. */
function vocativeAt(text: string, tokens: Token[], i: number): VocativeCue | null {
  const h = nth(tokens, i);
  const gender = GENDER_HONORIFICS.get(h.text.replace(/\.$/, ''));
  const title = tokens[i + 1];
  if (!gender || !title?.word || !title.cap || !ROLE_NOUNS.has(title.lower)) return null;
  const after = tokens[i + 2];
  if (after?.word && after.cap) return null;
  return { start: h.start, end: title.end, text: text.slice(h.start, title.end), gender, title: title.lower };
}

/** "his or her", "he/she": a pronoun pair that means anyone. The index of the pair's second
 * pronoun when tokens[i] opens one, else i. */
function genericPair(tokens: Token[], i: number): number {
  const link = tokens[i + 1];
  const other = tokens[i + 2];
  if (!link || !other || (link.lower !== 'or' && link.text !== '/')) return i;
  const a = PRONOUNS.get(nth(tokens, i).lower);
  const b = PRONOUNS.get(other.lower);
  return b && b !== a ? i + 2 : i;
}

/** A role noun with a determiner a few words before it and no capitalised word (a name) after it. */
function unnamedRole(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next?.word && next.cap) return false;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const t = nth(tokens, k);
    if (!t.word) return false;
    if (DETERMINERS.has(t.lower)) return true;
  }
  return false;
}

/** The cues of each paragraph of the last run, at document offsets, by paragraph text: an edit
 * works out only the edited paragraphs' cues, and moves (allocates) only the paragraphs that moved. */
export class CueMemo {
  private byText = new Map<string, { start: number; cues: ParagraphCues }[]>();

  cuesAt(paragraphs: readonly { text: string; start: number }[]): ParagraphCues[] {
    const next = new Map<string, { start: number; cues: ParagraphCues }[]>();
    const out = paragraphs.map(({ text, start }) => {
      const placed = next.get(text) ?? [];
      const known = placed.length > 0 ? placed : this.byText.get(text) ?? [];
      let c = known.find((x) => x.start === start)?.cues;
      if (!c) {
        const any = known[0];
        c = any ? moved(any.cues, start - any.start) : moved(paragraphCues(text), start);
      }
      if (!placed.some((x) => x.start === start)) placed.push({ start, cues: c });
      next.set(text, placed);
      return c;
    });
    this.byText = next;
    return out;
  }
}

/** The cues shifted by `by` characters. */
function moved(c: ParagraphCues, by: number): ParagraphCues {
  if (by === 0) return c;
  const at = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + by, end: x.end + by });
  return {
    sentences: c.sentences.map((s) => s + by),
    pronouns: c.pronouns.map(at),
    nouns: c.nouns.map(at),
    roleNouns: c.roleNouns.map(at),
    vocatives: c.vocatives.map(at),
  };
}
