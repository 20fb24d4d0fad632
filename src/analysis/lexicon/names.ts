// Word classes for name finding: first names with gender, surnames, places, organisations,
// function words... taken from compromise's lexicon DATA at build time by
// scripts/build-lexicon.mjs into ./generated/words.ts. Neither compromise nor its tagger is loaded
// at run time: the generated lists are all the engine needs.
import { FIRST_NAME_EXCEPTIONS, ORG_WORDS, PLACE_WORDS, SEPARATOR, WORDS_BY_CLASS } from './generated/words';

export type WordClass =
  | 'male' | 'female' | 'first' | 'last' | 'person'
  | 'place' | 'org' | 'demonym' | 'month' | 'weekday'
  | 'function' | 'verb' | 'actor' | 'adjective' | 'noun' | 'plural' | 'other';

export interface NameLexicon {
  /** The class of a lower-case word or phrase; several tags collapse to the most useful one. */
  classOf(lower: string): WordClass | undefined;
  /** Gender of a first name, whatever else the word may be ("Will", "Virginia"): 'first' when unknown. */
  firstName(lower: string): 'male' | 'female' | 'first' | undefined;
  /** Last words of organisation names ("Committee", "Post", "Inc."). */
  orgWords: ReadonlySet<string>;
  /** Last words of place names ("River", "Island"). */
  placeWords: ReadonlySet<string>;
}

type Gender = 'male' | 'female' | 'first';

const words = (joined: string): string[] => (joined ? joined.split(SEPARATOR) : []);

let cached: NameLexicon | undefined;

/** The lexicon, built on first use from the generated lists (a few milliseconds). */
export function nameLexicon(): NameLexicon {
  if (cached) return cached;
  const classes = new Map<string, WordClass>();
  for (const [cls, joined] of Object.entries(WORDS_BY_CLASS) as [WordClass, string][]) {
    for (const w of words(joined)) classes.set(w, cls);
  }
  const exceptions = new Map<string, Gender>();
  for (const [g, joined] of Object.entries(FIRST_NAME_EXCEPTIONS) as [Gender, string][]) {
    for (const w of words(joined)) exceptions.set(w, g);
  }
  const firstName = (w: string): Gender | undefined => {
    const g = exceptions.get(w);
    if (g) return g;
    const c = classes.get(w);
    return c === 'male' || c === 'female' || c === 'first' ? c : undefined;
  };
  cached = {
    classOf: (w) => classes.get(w),
    firstName,
    orgWords: new Set(words(ORG_WORDS)),
    placeWords: new Set(words(PLACE_WORDS)),
  };
  return cached;
}
