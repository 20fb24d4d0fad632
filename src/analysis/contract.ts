// The engine's contract: the keys of a result that other tools rely on (the command-line tool's
// --json and --jsonl output, the workspace export). Each record is the engine's own type narrowed
// to the keys listed here, so a key renamed in types.ts breaks this file rather than the output.
// Key order in the output is the order of these lists.
import type { AnalysisResult, DateMention, Diagnostic, GenderEvidence, Person, Quote, SourceCategory, Span } from './types';

const PERSON_KEYS = ['id', 'name', 'roles', 'affiliation', 'mentions'] as const satisfies readonly (keyof Person)[];
const QUOTE_KEYS = ['start', 'end', 'text', 'speaker', 'speakerName', 'source', 'cue', 'attribution', 'rule'] as const satisfies readonly (keyof Quote)[];
const DATE_KEYS = ['start', 'end', 'text', 'value'] as const satisfies readonly (keyof DateMention)[];
const DIAGNOSTIC_KEYS = ['start', 'end', 'severity', 'code', 'message'] as const satisfies readonly (keyof Diagnostic)[];

export type ContractSpan = Pick<Span, 'start' | 'end' | 'text'>;
/** Gender as the article states it and the kind of source ("Who is quoted"): always present. */
export type ContractEvidence = Pick<GenderEvidence, 'start' | 'end' | 'text' | 'kind' | 'gender'>;
export type ContractPerson = Pick<Person, (typeof PERSON_KEYS)[number]> & {
  gender: 'male' | 'female' | null;
  genderEvidence: ContractEvidence[];
  sourceKind: SourceCategory;
};
/** `sourceKind` is the quotation's sourceCategory (its `sourceKind` in types.ts says what the source phrase is). */
export type ContractQuote = Pick<Quote, (typeof QUOTE_KEYS)[number]> & { sourceKind: SourceCategory | null };
export type ContractDate = Pick<DateMention, (typeof DATE_KEYS)[number]>;
export type ContractDiagnostic = Pick<Diagnostic, (typeof DIAGNOSTIC_KEYS)[number]>;

export interface ContractResult extends Pick<AnalysisResult, 'id' | 'headline'> {
  people: ContractPerson[];
  quotes: ContractQuote[];
  dates: ContractDate[];
  diagnostics: ContractDiagnostic[];
}

/** A copy of the span with its three keys only. */
function plainSpan(s: Span): ContractSpan;
function plainSpan(s: Span | null): ContractSpan | null;
function plainSpan(s: Span | null): ContractSpan | null {
  return s ? { start: s.start, end: s.end, text: s.text } : null;
}

/** The listed keys of `o`, in list order; spans (and lists of spans) are copied plain. */
function pick<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) {
    const v = o[k];
    out[k] = (Array.isArray(v) ? v.map((x: Span) => plainSpan(x)) : isSpan(v) ? plainSpan(v) : v) as T[K];
  }
  return out;
}

function isSpan(v: unknown): v is Span {
  return typeof v === 'object' && v !== null && 'start' in v && 'end' in v && 'text' in v;
}

export function toContract(r: AnalysisResult): ContractResult {
  return {
    id: r.id,
    headline: plainSpan(r.headline),
    people: r.people.map((p) => ({
      ...pick(p, PERSON_KEYS),
      gender: p.gender ?? null,
      genderEvidence: (p.genderEvidence ?? []).map((e) => ({ start: e.start, end: e.end, text: e.text, kind: e.kind, gender: e.gender })),
      sourceKind: p.sourceKind ?? 'unknown',
    })),
    quotes: r.quotes.map((q) => ({ ...pick(q, QUOTE_KEYS), sourceKind: q.sourceCategory ?? null })),
    dates: r.dates.map((d) => pick(d, DATE_KEYS)),
    diagnostics: r.diagnostics.map((d) => pick(d, DIAGNOSTIC_KEYS)),
  };
}
