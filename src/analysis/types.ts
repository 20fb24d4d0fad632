import type { RuleId } from './attribution/rules';

// The engine's public data model. Offsets everywhere are JavaScript string indices
// (UTF-16 code units), end-exclusive, into the text that was analysed:
// `text.slice(span.start, span.end) === span.text` holds for every span.

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Person {
  /** Stable within one result: "p1", "p2", ... in order of first mention. */
  id: string;
  /** The fullest form of the name the article uses, without titles. */
  name: string;
  /** Roles as the article states them, verbatim: titles before the name, appositives after it. */
  roles: Span[];
  /** A party-state tag such as "R-S.C.", without parentheses; null when the article gives none. */
  affiliation: string | null;
  /** Every mention of the person by name (not pronouns), in text order. */
  mentions: Span[];
  /**
   * While people are joined and quotations attributed: a hint from an honorific or a known first
   * name. In a result: the gender the article states (gender/stated-gender.ts), null when it states
   * none, states both, or the feature is off.
   */
  gender?: 'male' | 'female' | null;
  /** The spans that state `gender` (all of them when they conflict); empty when none. */
  genderEvidence?: GenderEvidence[];
  /** The kind of source the person is, from the roles the article states (source-kind/). */
  sourceKind?: SourceCategory;
  /** The role `sourceKind` comes from; null when it comes from a party tag or is unknown. */
  sourceKindFrom?: Span | null;
}

/** How a span states a person's gender. 'first name' only with the first-name option. */
export type GenderEvidenceKind = 'pronoun' | 'honorific' | 'noun' | 'first name';

export interface GenderEvidence extends Span {
  kind: GenderEvidenceKind;
  gender: 'male' | 'female';
}

/** Who a source is, by the roles the article states ("Who is quoted"). */
export type SourceCategory =
  | 'official' | 'expert' | 'business' | 'advocate' | 'citizen' | 'sports' | 'media'
  | 'organisation' | 'document' | 'anonymous' | 'unknown';

export const SOURCE_CATEGORIES: readonly SourceCategory[] = [
  'official', 'expert', 'business', 'advocate', 'citizen', 'sports', 'media', 'organisation', 'document', 'anonymous', 'unknown',
];

export type AttributionKind = 'explicit' | 'continuation' | 'none';

/** What kind of thing the source of a quotation is. */
export type SourceKind = 'person' | 'pronoun' | 'organisation' | 'document' | 'anonymous';

export interface Quote extends Span {
  /** Person id when the source is (or resolves to) a person of the article. */
  speaker: string | null;
  /** The person's name; for organisations, documents and anonymous sources, their text. */
  speakerName: string | null;
  /** Where this attribution names its source (may be a pronoun such as "he"); for a continuation,
   * where the speaker it continues was named. */
  source: Span | null;
  cue: Span | null;
  attribution: AttributionKind;
  /** The rule of the rule book (attribution/rules.ts) that gave the quotation its speaker, or null. */
  rule: RuleId | null;
  /** Why the quotation has its speaker (or none), as data; explain.ts says it in words. */
  explanation?: QuoteExplanation;
  /** Extra detail for editors; not part of the command-line contract's required keys. */
  sourceKind?: SourceKind | null;
  /** Who the source is ("Who is quoted"): the speaker's kind, or organisation, document,
   * anonymous; null when the quotation has no source. The CLI writes it as `sourceKind`. */
  sourceCategory?: SourceCategory | null;
  /** Other people the same cue attributes the quotation to ("Reps. A and B said"). */
  coSpeakers?: string[];
  /** True when the closing mark is missing. */
  unclosed?: boolean;
}

/** How a pronoun ("he") or a description ("the senator") was resolved. */
export interface Resolution {
  /** The pronoun or description as written. */
  word: string;
  /** The name it was resolved to, or null. */
  to: string | null;
  /** In words: "the last man named as a sentence subject". */
  how: string;
  /** The names considered, in the order they were. */
  candidates: string[];
}

export interface QuoteExplanation {
  rule: RuleId | null;
  cue: string | null;
  source: string | null;
  speakerName: string | null;
  /** The patterns tried before the rule (all of them when none matched). */
  tried: RuleId[];
  resolution?: Resolution;
  /** For a continuation: where the speaker was last attributed (a quotation, or reported speech). */
  continues?: { at: number; quote: boolean };
}

export interface DateMention extends Span {
  /**
   * The date in TimeML form (TIMEX3 value), or null when it cannot be known:
   * - a day YYYY-MM-DD, a month YYYY-MM, a year YYYY, an ISO week YYYY-Www;
   * - a part of a day YYYY-MM-DDTMO / TAF / TEV / TNI (morning, afternoon, evening, night) and
   *   a time of day YYYY-MM-DDThh:mm (as written, in the text's own time zone; midnight T24:00);
   * - a weekend YYYY-Www-WE, a quarter YYYY-Q1..Q4, a half YYYY-H1/H2, a season YYYY-SP / SU /
   *   FA / WI (a winter is named by the year of its December);
   * - a decade as its first three digits (199 = the 1990s), a century as its first two (19 = the 1900s);
   * - PRESENT_REF, PAST_REF, FUTURE_REF for now, recently, the future.
   * Seasons count from the reference date's season ("last fall"); a decade or a century named
   * without a year ("the sixties", "the 11th century") takes its own digits.
   * Every value that names a day starts with that day's YYYY-MM-DD.
   */
  value: string | null;
}

export type Severity = 'error' | 'warning' | 'information';

export type DiagnosticCode = 'unattributed-quote' | 'unclosed-quote' | 'anonymous-source';

export interface Diagnostic {
  start: number;
  end: number;
  severity: Severity;
  code: DiagnosticCode;
  message: string;
}

export interface Paragraph extends Span {
  /** 0 for the headline when the article has one. */
  index: number;
  kind: 'headline' | 'body' | 'footer';
}

export interface AnalysisResult {
  id: string;
  headline: Span | null;
  people: Person[];
  quotes: Quote[];
  dates: DateMention[];
  diagnostics: Diagnostic[];
  /** Document structure, for editors (outline, folding); extra to the CLI contract. */
  paragraphs?: Paragraph[];
  /** The reference date used to resolve relative dates (YYYY-MM-DD), or null. */
  referenceDate?: string | null;
}

export interface AnalyzeOptions {
  id?: string;
  /** Publication date, YYYY-MM-DD. When absent the engine looks for a date line in the article. */
  referenceDate?: string | null;
  /** Extra honorifics or titles that introduce names (user settings). */
  extraTitles?: string[];
  /** Extra speech verbs, base forms (user settings). */
  extraCueVerbs?: string[];
  /** Gender as the article states it: on by default; first names only when asked. */
  gender?: GenderOptions;
  /** More role head words and their kinds of source (user settings): { "sheriff": "official" }. */
  extraSourceKinds?: Readonly<Record<string, SourceCategory>>;
}

export interface GenderOptions {
  /** False: every person's gender is null, with no evidence. Default true. */
  enabled?: boolean;
  /** Also read a gender from a first name that compromise's lexicon genders. Default false. */
  fromFirstNames?: boolean;
}
