// The engine's entry point: text in, annotations out.
//
// Work is split in two so that an editor can re-analyse only what changed:
//  1. per paragraph (pure function of the paragraph's text, cached by that text): name mentions,
//     quotation spans with their local cues and sources, date expressions;
//  2. per document (cheap): joining name mentions into people, quotations running over
//     paragraphs, continuations and pronouns, diagnostics.
// Results are read-only: spans of paragraphs that did not move are shared between the results
// of successive runs of one Analyzer.
import { findDates, findReferenceDate } from './dates';
import { findNameMentions, joinPeople, NameMention } from './people';
import { analyzeParagraphQuotes, ParagraphQuoteFacts, resolveQuotes } from './attribution';
import { splitArticle } from './structure';
import { AnalysisResult, AnalyzeOptions, DateMention, Diagnostic, Paragraph } from './types';

/** What the engine knows about one paragraph, offsets relative to the paragraph. */
interface ParagraphFacts {
  names: NameMention[];
  quotes: ParagraphQuoteFacts;
  /** Dates resolve against the reference date: they are redone when it changes. */
  dates: DateMention[];
  datesFor: string | null;
  /** The names and dates shifted to document offsets for a paragraph starting at `at`. */
  at: number;
  absNames: NameMention[] | null;
  absDates: DateMention[] | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/**
 * findReferenceDate reads only the top of the article (`text.slice(0, 600)` in dates.ts), so the
 * reference date is remembered for that prefix. test/unit/incremental.test.ts checks the window.
 */
export const REFERENCE_DATE_WINDOW = 600;

export interface AnalyzerStats {
  /** Paragraphs analysed from scratch in the last run. */
  analysed: number;
  /** Paragraphs whose facts came from the cache in the last run. */
  reused: number;
}

/**
 * An analyser that remembers the facts of each paragraph it has seen, keyed by the paragraph's
 * text, so that analysing a new version of a document redoes only the paragraphs that changed.
 * The cache holds only the paragraphs of the last run, so memory stays bounded by one document.
 */
export class Analyzer {
  /** Facts by paragraph text. */
  private cache = new Map<string, ParagraphFacts>();
  readonly stats: AnalyzerStats = { analysed: 0, reused: 0 };
  /** The last reference date found in the text, and the top of the text it was found in. */
  private lastTop: string | null = null;
  private lastFound: string | null = null;

  constructor(private readonly options: Pick<AnalyzeOptions, 'extraTitles' | 'extraCueVerbs'> = {}) {}

  analyze(text: string, options: Pick<AnalyzeOptions, 'id' | 'referenceDate'> = {}): AnalysisResult {
    const referenceDate = this.chooseReferenceDate(text, options.referenceDate);
    const { headline, paragraphs } = splitArticle(text);
    const content = paragraphs.filter((p) => p.kind !== 'footer');
    const facts = this.factsFor(content, referenceDate);

    const mentions: NameMention[] = [];
    const dates: DateMention[] = [];
    const quoteFacts: ParagraphQuoteFacts[] = new Array(facts.length);
    for (let i = 0; i < facts.length; i++) {
      const f = facts[i];
      const at = content[i].start;
      if (f.at !== at || !f.absNames || !f.absDates) {
        f.at = at;
        f.absNames = f.names.map((m) => shiftMention(m, at));
        f.absDates = f.dates.map((d) => ({ ...d, start: d.start + at, end: d.end + at }));
      }
      for (const m of f.absNames) mentions.push(m);
      for (const d of f.absDates) dates.push(d);
      quoteFacts[i] = f.quotes;
    }
    const { people } = joinPeople(mentions);
    const { quotes, diagnostics } = resolveQuotes(text, content, quoteFacts, people);
    return {
      id: options.id ?? '',
      headline,
      people,
      quotes,
      dates,
      diagnostics: sortDiagnostics(diagnostics),
      paragraphs,
      referenceDate,
    };
  }

  private chooseReferenceDate(text: string, given: string | null | undefined): string | null {
    if (given && ISO_DATE.test(given)) return given;
    const top = text.slice(0, REFERENCE_DATE_WINDOW);
    if (top !== this.lastTop) {
      this.lastFound = findReferenceDate(top);
      this.lastTop = top;
    }
    return this.lastFound;
  }

  private factsFor(paragraphs: Paragraph[], referenceDate: string | null): ParagraphFacts[] {
    const old = this.cache;
    const next = new Map<string, ParagraphFacts>();
    let analysed = 0;
    const out: ParagraphFacts[] = new Array(paragraphs.length);
    for (let i = 0; i < paragraphs.length; i++) {
      const p = paragraphs[i];
      let f = next.get(p.text);
      if (!f) {
        f = old.get(p.text);
        if (!f) {
          analysed++;
          f = {
            names: findNameMentions(p.text, { extraTitles: this.options.extraTitles }),
            quotes: analyzeParagraphQuotes(p.text, { extraCueVerbs: this.options.extraCueVerbs }),
            dates: findDates(p.text, referenceDate),
            datesFor: referenceDate,
            at: -1,
            absNames: null,
            absDates: null,
          };
        } else if (f.datesFor !== referenceDate) {
          f.dates = findDates(p.text, referenceDate);
          f.datesFor = referenceDate;
          f.absDates = null;
        }
        next.set(p.text, f);
      }
      out[i] = f;
    }
    this.stats.analysed = analysed;
    this.stats.reused = paragraphs.length - analysed;
    this.cache = next;
    return out;
  }
}

/** Analyses one article from scratch. */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalysisResult {
  return new Analyzer(options).analyze(text, options);
}

function shiftMention(m: NameMention, by: number): NameMention {
  return {
    ...m,
    start: m.start + by,
    end: m.end + by,
    roles: m.roles.map((r) => ({ ...r, start: r.start + by, end: r.end + by })),
  };
}

function sortDiagnostics(d: Diagnostic[]): Diagnostic[] {
  return [...d].sort((a, b) => a.start - b.start || a.end - b.end);
}
