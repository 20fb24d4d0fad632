// Word classes for name finding, taken once from compromise's own lexicon DATA (first names with
// gender, surnames, places, organisations, function words). We read the lexicon only; we do not
// run compromise's tagger, which would cost more than our whole analysis.
import nlp from 'compromise';

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

const FUNCTION_TAGS = ['Determiner', 'Pronoun', 'Possessive', 'Preposition', 'Conjunction', 'Adverb', 'QuestionWord', 'Negative', 'Modal', 'Copula', 'Expression', 'Reflexive'];
const VERB_TAGS = ['PastTense', 'PresentTense', 'Gerund', 'Participle', 'PhrasalVerb', 'Verb'];

/** Tag priority: the first that applies wins. Names first, so "Ron" is a first name. */
const ORDER: [string[], WordClass][] = [
  [['Month'], 'month'], [['WeekDay'], 'weekday'],
  [['Organization', 'SportsTeam'], 'org'], [['Country', 'City', 'Region', 'Place'], 'place'],
  [['MaleName'], 'male'], [['FemaleName'], 'female'], [['FirstName'], 'first'],
  [['Person'], 'person'], [['LastName'], 'last'],
  [['Demonym'], 'demonym'], [FUNCTION_TAGS, 'function'], [['Actor'], 'actor'], [VERB_TAGS, 'verb'],
  [['Adjective', 'Comparative', 'Superlative'], 'adjective'], [['Plural'], 'plural'],
  // compromise's bare 'Noun' tag marks words that are mostly names too ("Bill", "Ray"): left neutral.
  [['Singular', 'Uncountable', 'Infinitive'], 'noun'],
];

function classify(tags: string[]): WordClass {
  for (const [set, cls] of ORDER) if (tags.some((t) => set.includes(t))) return cls;
  return 'other';
}

let cached: NameLexicon | undefined;

interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]>; frozenLex?: Record<string, string | string[]> };
  two: { orgWords?: Record<string, unknown>; placeWords?: Record<string, unknown> };
}

/** The lexicon, built on first use (about 200 ms once, mostly compromise unpacking its data). */
export function nameLexicon(): NameLexicon {
  if (cached) return cached;
  const model = (nlp as unknown as { model(): CompromiseModel }).model();
  const classes = new Map<string, WordClass>();
  const firstNames = new Map<string, 'male' | 'female' | 'first'>();
  const add = (lex: Record<string, string | string[]> | undefined): void => {
    for (const [w, t] of Object.entries(lex ?? {})) {
      const tags = Array.isArray(t) ? t : [t];
      classes.set(w, classify(tags));
      const g = tags.includes('MaleName') ? 'male' : tags.includes('FemaleName') ? 'female' : tags.includes('FirstName') ? 'first' : undefined;
      if (g) firstNames.set(w, g);
    }
  };
  add(model.one.lexicon);
  add(model.one.frozenLex);
  const orgWords = new Set(Object.keys(model.two.orgWords ?? {}));
  const placeWords = new Set(Object.keys(model.two.placeWords ?? {}));
  cached = { classOf: (w) => classes.get(w), firstName: (w) => firstNames.get(w), orgWords, placeWords };
  return cached;
}
