// Recognises attribution cues in a token stream: speech verbs with their inflections, verb +
// particle cues ("called on", "pushed for") and fixed phrases ("according to"), all from the cue
// lexicon. Filters the noun readings of verbs ("the report", "a noted author", "a group called").
import { Token } from '../structure/tokens';
import { CUE_VERBS, CueForm, cueVerbTable } from '../lexicon/cues';
import { NOT_NAME_WORDS, POSSESSIVE_PRONOUNS, SUBJECT_PRONOUNS } from '../lexicon/sources';
import { DEFINITE_OR_ARTICLE } from '../lexicon/determiners';
import { BE_FORMS, FUTURE_AUXILIARIES, HAVE_FORMS } from '../lexicon/verb-forms';
import { isHeadNoun } from './source-phrase';
import { nth } from '../indexed';

export interface Cue {
  /** Token range [from, to). */
  from: number;
  to: number;
  base: string;
  /** A present participle ("calling", "saying"): its subject is the clause's subject. */
  participle: boolean;
  /** "according to X": the source follows the cue. */
  sourceFollows: boolean;
}

export interface CueLexicon {
  forms: Map<string, CueForm>;
  particles: Map<string, Set<string>>;
  /** Bases that are cues only with their particle ("push for"). */
  particleOnly: Set<string>;
  /** Bases whose base and -s forms are usually nouns. */
  nounLike: Set<string>;
  /** Bases that attribute a quotation but start no reported speech. */
  quotationOnly: Set<string>;
  /** Fixed phrases by their first word: the words after it, and whether the source follows. */
  phrases: Map<string, { rest: string[]; base: string; sourceFollows: boolean }>;
}

const DETERMINER_BEFORE = new Set([...DEFINITE_OR_ARTICLE, 'no', 'any', 'such']);
const NAMING_VERBS = new Set(['call', 'name', 'dub', 'label', 'term', 'title', 'brand']);
const AUXILIARIES = new Set([...HAVE_FORMS, ...BE_FORMS, ...FUTURE_AUXILIARIES, 'also', 'once', 'then', 'later', 'who', 'which', 'that', 'and', 'but', 'not', 'never']);

/** The tokens of a paragraph, with what cue finding needs to know of the paragraph as a whole. */
export interface CueScope {
  tokens: Token[];
  lex: CueLexicon;
  /** Whether the paragraph is written in title case, as headlines are (isTitleCase). */
  titleCase: boolean;
}

/** The cue lexicon, with the user's extra speech verbs (base forms). Made once per Analyzer. */
export function cueLexicon(extra: readonly string[] = []): CueLexicon {
  const extraSet = new Set(extra.map((e) => e.toLowerCase()));
  const particles = new Map<string, Set<string>>();
  const phrases: CueLexicon['phrases'] = new Map();
  for (const verb of CUE_VERBS) {
    if (verb.particles) particles.set(verb.base, new Set(verb.particles));
    if (verb.fixed) {
      const [first, ...rest] = verb.base.split(' ');
      if (first) phrases.set(first, { rest, base: verb.base, sourceFollows: !!verb.sourceFollows });
    }
  }
  const bases = (keep: (v: (typeof CUE_VERBS)[number]) => boolean | undefined): Set<string> =>
    new Set(CUE_VERBS.filter(keep).map((v) => v.base));
  return {
    forms: cueVerbTable(extra),
    particles,
    // A particle-only verb the user lists as a speech verb is a cue on its own too.
    particleOnly: bases((v) => v.particleOnly && !extraSet.has(v.base)),
    nounLike: bases((v) => v.nounLike),
    quotationOnly: bases((v) => v.quotationOnly),
    phrases,
  };
}

function previousWord(tokens: Token[], i: number): Token | undefined {
  // The token before token i, skipping adverbs ("Doe quickly said").
  for (let k = i - 1; k >= 0; k--) {
    const t = nth(tokens, k);
    if (!(t.word && /ly$/.test(t.lower) && t.lower.length > 4)) return t;
  }
  return undefined;
}

function isSubjectLike(t: Token | undefined): boolean {
  if (!t) return false;
  if (SUBJECT_PRONOUNS.has(t.lower)) return true;
  if (t.text === ')') return true;
  return t.cap && !NOT_NAME_WORDS.has(t.lower);
}

/** "the letter reads", "his spokesman says": a determiner and a noun right before the verb. */
function afterNounPhrase(tokens: Token[], i: number): boolean {
  const noun = tokens[i - 1];
  const det = tokens[i - 2];
  return !!noun && !!det && noun.word && !noun.cap && isHeadNoun(noun.lower) && DETERMINER_BEFORE.has(det.lower) && det.lower !== 'no';
}

/** Whether the word before token i follows a possessive ("Bush's Facebook post"); not an article
 * ("The Times reports" is a verb). */
function modifiedNoun(tokens: Token[], i: number): boolean {
  const before = tokens[i - 2];
  return !!before && (before.poss || POSSESSIVE_PRONOUNS.has(before.lower));
}

/** Whether the word before token i follows "a" or "an" ("a Trump-style retort"). */
function afterIndefinite(tokens: Token[], i: number): boolean {
  const before = tokens[i - 2];
  return !!before && (before.lower === 'a' || before.lower === 'an');
}

/** Whether the paragraph is written in title case, as headlines are: most longer words capitalised. */
export function isTitleCase(tokens: Token[]): boolean {
  let long = 0;
  let caps = 0;
  for (const t of tokens) {
    if (!t.word || t.text.length < 4) continue;
    long++;
    if (t.cap) caps++;
  }
  return long > 0 && caps >= 0.7 * long;
}

/** A capitalised cue word inside a sentence is part of a name ("the United States", "The
 * Washington Post", "the Granite State"), unless the text is in title case ("Trump Says ..."). */
function capitalisedNoun(scope: CueScope, i: number): boolean {
  const prev = scope.tokens[i - 1];
  return !!prev && prev.word && !scope.titleCase;
}

/** Words after a passive participle that opens a sentence ("Asked about ...", "Pressed on ..."). */
const PASSIVE_FOLLOWERS = new Set(['by', 'about', 'at', 'if', 'whether', 'on', 'during', 'in', 'for', 'why', 'how', 'what', 'after', 'over']);

/** "Asked at a briefing about ..., X said": a past participle opening the sentence is passive; its
 * phrase names who asked, and the speaker is the main clause's subject. */
function opensPassivePhrase(tokens: Token[], i: number, form: CueForm): boolean {
  const t = nth(tokens, i);
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!t.cap || form.present || t.lower.endsWith('ing') || (prev && prev.word)) return false;
  return !!next && PASSIVE_FOLLOWERS.has(next.lower);
}

/** The cue starting at token i, or null. */
export function cueAt(scope: CueScope, i: number): Cue | null {
  const { tokens, lex } = scope;
  const t = nth(tokens, i);
  if (!t.word) return null;
  const phrase = lex.phrases.get(t.lower);
  if (phrase && phrase.rest.every((w, k) => tokens[i + 1 + k]?.lower === w)) {
    return { from: i, to: i + 1 + phrase.rest.length, base: phrase.base, participle: false, sourceFollows: phrase.sourceFollows };
  }
  const form = lex.forms.get(t.lower);
  if (!form) return null;
  const prev = previousWord(tokens, i);
  if (prev && DETERMINER_BEFORE.has(prev.lower)) return null;
  if (t.cap && capitalisedNoun(scope, i)) return null;
  // "Challenged by a reporter, ...": a passive participle names the addressee, not the speaker.
  // "the state’s party": a possessive is a noun, never a verb.
  if (t.poss || opensPassivePhrase(tokens, i, form)) return null;
  const particle = tokens[i + 1];
  const hasParticle = !!particle && !!lex.particles.get(form.base)?.has(particle.lower);
  if (lex.particleOnly.has(form.base) && !hasParticle) return null;
  // Noun readings: "the report", "his tweets" -- present forms count only after a subject.
  if (form.present && lex.nounLike.has(form.base) && !isSubjectLike(prev) && !afterNounPhrase(tokens, i)) return null;
  // "Bush's Facebook post", "his Twitter post": a capitalised modifier after a possessive makes
  // the form a noun too; so does one after "a" ("a Trump-style retort"), whatever the verb.
  if (form.present && prev && prev.cap && ((lex.nounLike.has(form.base) && modifiedNoun(tokens, i)) || afterIndefinite(tokens, i))) return null;
  // "a group called “X”": a naming verb right after a common noun is not a cue.
  if (NAMING_VERBS.has(form.base) && prev && prev.word && !prev.cap && !SUBJECT_PRONOUNS.has(prev.lower) && !AUXILIARIES.has(prev.lower)) {
    return null;
  }
  const participle = t.lower.endsWith('ing') && !!prev && prev.text === ',';
  return { from: i, to: hasParticle ? i + 2 : i + 1, base: form.base, participle, sourceFollows: false };
}
