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

/**
 * Given names common outside the United States that compromise's lists lack, by gender: West and
 * East African (Yoruba, Igbo, Hausa, Akan, Swahili), Arabic and Persian, Turkish, South Asian,
 * East and Southeast Asian, Slavic and Baltic, Nordic, Dutch, Spanish, Portuguese and Italian.
 * Used only when the generated lists do not know the word.
 */
const EXTRA_MALE = [
  'adebayo', 'adewale', 'ayodele', 'babatunde', 'chidi', 'chinedu', 'chukwuemeka', 'emeka', 'femi',
  'gbenga', 'ikenna', 'kayode', 'kunle', 'nnamdi', 'obinna', 'olumide', 'oluwaseun', 'segun',
  'tunde', 'uche', 'yaw', 'kwame', 'kwabena', 'kofi', 'kojo', 'kwaku', 'kwesi', 'musa', 'abubakar',
  'aliyu', 'bello', 'danjuma', 'garba', 'sani', 'tanko', 'baraka', 'juma', 'jomo', 'kamau', 'otieno',
  'tendai', 'thabo', 'sipho', 'themba', 'ahmad', 'ahmed', 'mahmoud', 'mohamed', 'mohammed', 'muhammad',
  'mustafa', 'omar', 'khalid', 'tariq', 'yusuf', 'youssef', 'hamza', 'bilal', 'karim', 'samir', 'nabil',
  'walid', 'hassan', 'hussein', 'reza', 'dariush', 'farid', 'mehmet', 'emre', 'burak', 'murat',
  'rajiv', 'rahul', 'arjun', 'vikram', 'sanjay', 'anil', 'sunil', 'ravi', 'rohit', 'amit', 'vijay',
  'suresh', 'ramesh', 'deepak', 'imran', 'farhan', 'hiroshi', 'takeshi', 'kenji', 'haruto', 'yuki',
  'minh', 'tuan', 'duc', 'quang', 'thanh', 'hung', 'wei', 'jun', 'ming', 'jian', 'hao', 'jae', 'min-jun',
  'sung', 'dmitri', 'dmitry', 'sergei', 'sergey', 'vladimir', 'oleksandr', 'taras', 'andriy', 'piotr',
  'tomasz', 'krzysztof', 'jakub', 'miroslav', 'bogdan', 'lars', 'anders', 'sven', 'bjorn', 'jens',
  'pieter', 'jan', 'joost', 'sjoerd', 'diego', 'alejandro', 'javier', 'santiago', 'mateo', 'joaquin',
  'rodrigo', 'gonzalo', 'ignacio', 'tomas', 'joao', 'paulo', 'thiago', 'rafael', 'giuseppe', 'giovanni',
  'matteo', 'lorenzo', 'luca', 'marco', 'stefano', 'jurgen', 'klaus', 'wolfgang',
];
const EXTRA_FEMALE = [
  'adaeze', 'adaora', 'chiamaka', 'chioma', 'chinwe', 'ngozi', 'nkechi', 'ifeoma', 'amaka', 'funmilayo',
  'folake', 'yetunde', 'bukola', 'titilayo', 'abimbola', 'aisha', 'amina', 'hauwa', 'zainab', 'akosua',
  'abena', 'ama', 'efua', 'adwoa', 'wanjiru', 'nyambura', 'achieng', 'thandiwe', 'nomvula', 'lindiwe',
  'fatima', 'fatma', 'layla', 'leila', 'mariam', 'maryam', 'noor', 'nour', 'rania', 'salma', 'yasmin',
  'yasmine', 'zahra', 'shirin', 'elif', 'ayse', 'zeynep', 'priya', 'anjali', 'sunita', 'deepa', 'kavita',
  'lakshmi', 'meena', 'pooja', 'neha', 'shreya', 'aiko', 'yuko', 'sakura', 'hana', 'mei', 'xiu', 'ying',
  'lan', 'linh', 'huong', 'mai', 'thuy', 'trang', 'hoa', 'ji-woo', 'seo-yeon', 'irena', 'olena', 'oksana',
  'natalia', 'agnieszka', 'katarzyna', 'malgorzata', 'svetlana', 'tatiana', 'ingrid', 'astrid', 'sigrid',
  'annelies', 'femke', 'mariana', 'ximena', 'valentina', 'camila', 'lucia', 'pilar', 'rocio', 'ines',
  'beatriz', 'giulia', 'chiara', 'francesca', 'siobhan', 'aoife', 'niamh', 'saoirse',
];

const NON_ASCII = /[^a-z0-9 .'’-]/;

/** Lower-case words without their diacritics: "josé" -> "jose", "fernández" -> "fernandez". */
function fold(w: string): string {
  return w.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** Month names the generated lists file under other classes ("march" is a verb there). */
const CLASS_OVERRIDES: ReadonlyMap<string, WordClass> = new Map<string, WordClass>([['march', 'month']]);

/** The lexicon, built once when the module loads from the generated lists (a few milliseconds). */
const NAME_LEXICON: NameLexicon = buildNameLexicon();

export function nameLexicon(): NameLexicon {
  return NAME_LEXICON;
}

function buildNameLexicon(): NameLexicon {
  const classes = new Map<string, WordClass>();
  for (const [cls, joined] of Object.entries(WORDS_BY_CLASS) as [WordClass, string][]) {
    for (const w of words(joined)) classes.set(w, cls);
  }
  const exceptions = new Map<string, Gender>();
  for (const [g, joined] of Object.entries(FIRST_NAME_EXCEPTIONS) as [Gender, string][]) {
    for (const w of words(joined)) exceptions.set(w, g);
  }
  const extra = new Map<string, Gender>();
  for (const w of EXTRA_MALE) extra.set(w, 'male');
  for (const w of EXTRA_FEMALE) extra.set(w, 'female');
  const known = (w: string): Gender | undefined => {
    const g = exceptions.get(w);
    if (g) return g;
    const c = classes.get(w);
    return c === 'male' || c === 'female' || c === 'first' ? c : extra.get(w);
  };
  const firstName = (w: string): Gender | undefined => {
    const g = known(w);
    if (g || !NON_ASCII.test(w)) return g;
    return known(fold(w));
  };
  const classOf = (w: string): WordClass | undefined => {
    const c = CLASS_OVERRIDES.get(w) ?? classes.get(w);
    if (c !== undefined) return c;
    const g = extra.get(w);
    if (g) return g;
    return NON_ASCII.test(w) ? classes.get(fold(w)) ?? extra.get(fold(w)) : undefined;
  };
  return {
    classOf,
    firstName,
    orgWords: new Set(words(ORG_WORDS)),
    placeWords: new Set(words(PLACE_WORDS)),
  };
}
