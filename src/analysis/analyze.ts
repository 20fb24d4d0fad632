// The engine's entry point: text in, annotations out.
//
// Work is split in two so that an editor can re-analyse only what changed:
//  1. per paragraph (pure function of the paragraph's text, cached by that text): name mentions,
//     quotation spans with their local cues and sources, date expressions;
//  2. per document (cheap): joining name mentions into people, quotations running over
//     paragraphs, continuations and pronouns, diagnostics.
import { findDates, findReferenceDate } from './dates';
import { findNameMentions, joinPeople, NameMention } from './people';
import { analyzeParagraphQuotes, ParagraphQuoteFacts, resolveQuotes } from './attribution';
import { splitArticle } from './structure';
import { AnalysisResult, AnalyzeOptions, DateMention, Diagnostic, Paragraph } from './types';

/** What the engine knows about one paragraph, offsets relative to the paragraph. */
interface ParagraphFacts {
  names: NameMention[];
  quotes: ParagraphQuoteFacts;
  dates: DateMention[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

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
  private cache = new Map<string, ParagraphFacts>();
  readonly stats: AnalyzerStats = { analysed: 0, reused: 0 };

  constructor(private readonly options: Pick<AnalyzeOptions, 'extraTitles' | 'extraCueVerbs'> = {}) {}

  analyze(text: string, options: Pick<AnalyzeOptions, 'id' | 'referenceDate'> = {}): AnalysisResult {
    const referenceDate = chooseReferenceDate(text, options.referenceDate);
    const { headline, paragraphs } = splitArticle(text);
    const content = paragraphs.filter((p) => p.kind !== 'footer');
    const facts = this.factsFor(content, referenceDate);

    const mentions: NameMention[] = [];
    const dates: DateMention[] = [];
    content.forEach((p, i) => {
      for (const m of facts[i].names) mentions.push(shiftMention(m, p.start));
      for (const d of facts[i].dates) dates.push({ ...d, start: d.start + p.start, end: d.end + p.start });
    });
    const { people } = joinPeople(mentions);
    const { quotes, diagnostics } = resolveQuotes(
      text,
      content,
      facts.map((f) => f.quotes),
      people,
    );
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

  private factsFor(paragraphs: Paragraph[], referenceDate: string | null): ParagraphFacts[] {
    const next = new Map<string, ParagraphFacts>();
    this.stats.analysed = 0;
    this.stats.reused = 0;
    const out = paragraphs.map((p) => {
      // Dates resolve against the reference date, so it is part of the key.
      const key = `${referenceDate ?? ''}\u0000${p.text}`;
      let f = next.get(key) ?? this.cache.get(key);
      if (f) {
        this.stats.reused++;
      } else {
        this.stats.analysed++;
        f = {
          names: findNameMentions(p.text, { extraTitles: this.options.extraTitles }),
          quotes: analyzeParagraphQuotes(p.text, { extraCueVerbs: this.options.extraCueVerbs }),
          dates: findDates(p.text, referenceDate),
        };
      }
      next.set(key, f);
      return f;
    });
    this.cache = next;
    return out;
  }
}

/** Analyses one article from scratch. */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalysisResult {
  return new Analyzer(options).analyze(text, options);
}

function chooseReferenceDate(text: string, given: string | null | undefined): string | null {
  if (given && ISO_DATE.test(given)) return given;
  return findReferenceDate(text);
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
