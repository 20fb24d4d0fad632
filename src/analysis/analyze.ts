// The engine's entry point: text in, annotations out.
//
// Work is split in two so that an editor can re-analyse only what changed:
//  1. per paragraph (pure function of the paragraph's text, cached by that text): name mentions,
//     quotation spans with their local cues and sources, date expressions;
//  2. per document (cheap): joining name mentions into people, quotations running over
//     paragraphs, continuations and pronouns, diagnostics.
// Results are read-only: spans of paragraphs that did not move are shared between the results
// of successive runs of one Analyzer.
import { findDates, findReferenceDate } from './dates/find-dates';
import { findNameMentions } from './people/name-mentions';
import { speechForms, SpeechForms } from './people/speech-forms';
import { JoinMemo, joinPeople } from './people/join';
import type { NameMention } from './people/name-mention';
import { analyzeParagraphQuotes } from './attribution/paragraph';
import { QuoteMemo, resolveQuotes } from './attribution/resolve-quotes';
import type { ParagraphQuoteFacts } from './attribution/types';
import { splitArticle } from './structure/structure';
import { extraTitleSet, tokenize } from './structure/tokens';
import { cueLexicon, CueLexicon } from './attribution/cue-finder';
import { AnalysisResult, AnalyzeOptions, DateMention, Diagnostic, GenderOptions, Paragraph, Person, Quote, SourceCategory } from './types';
import { CueMemo } from './gender/paragraph-cues';
import { statedGenders } from './gender/stated-gender';
import { SourceKinds } from './source-kind/source-kind';

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
  /** The run that last used these facts (see Analyzer.run). */
  usedIn: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/**
 * findReferenceDate reads only the top of the article (`text.slice(0, 600)` in dates/find-dates.ts), so the
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
  /** Facts by paragraph text: the paragraphs of the last run (stale entries are dropped at the end
   * of each run). */
  private cache = new Map<string, ParagraphFacts>();
  /** The paragraph texts of the last run and their facts, in order: most paragraphs are where they
   * were, and comparing a text with the one at the same place costs less than looking it up. */
  private lastTexts: string[] = [];
  private lastFacts: ParagraphFacts[] = [];
  private run = 0;
  /** The mentions joinPeople was last given and the people it made: joining is a function of the
   * mentions alone, so the same mentions make the same people. */
  private lastMentions: NameMention[] = [];
  private lastPeople: Person[] | null = null;
  readonly stats: AnalyzerStats = { analysed: 0, reused: 0 };
  /** What the document-level steps remember between runs (see QuoteMemo, JoinMemo). */
  private readonly quoteMemo = new QuoteMemo();
  private readonly joinMemo = new JoinMemo();
  /** The last reference date found in the text, and the top of the text it was found in. */
  private lastTop: string | null = null;
  private lastFound: string | null = null;

  /** The settings as values: every paragraph of every run reads the same ones. */
  private readonly extraTitles: ReadonlySet<string>;
  private readonly cues: CueLexicon;
  private readonly speech: SpeechForms;
  private readonly gender: GenderOptions;
  private readonly sourceKinds: SourceKinds;
  private readonly genderCues = new CueMemo();

  constructor(options: Pick<AnalyzeOptions, 'extraTitles' | 'extraCueVerbs' | 'gender' | 'extraSourceKinds'> = {}) {
    this.extraTitles = extraTitleSet(options.extraTitles);
    this.cues = cueLexicon(options.extraCueVerbs);
    this.speech = speechForms(options.extraCueVerbs);
    this.gender = { enabled: options.gender?.enabled ?? true, fromFirstNames: options.gender?.fromFirstNames ?? false };
    this.sourceKinds = new SourceKinds(options.extraSourceKinds);
  }

  analyze(text: string, options: Pick<AnalyzeOptions, 'id' | 'referenceDate'> = {}): AnalysisResult {
    const referenceDate = this.chooseReferenceDate(text, options.referenceDate);
    const { headline, paragraphs } = splitArticle(text);
    const content = paragraphs.filter((p) => p.kind !== 'footer');
    const facts = this.factsFor(content, referenceDate);

    const mentions: NameMention[] = [];
    const dates: DateMention[] = [];
    const quoteFacts: ParagraphQuoteFacts[] = [];
    for (const [i, f] of facts.entries()) {
      const paragraph = content[i];
      if (!paragraph) throw new Error('analyze: factsFor returns one entry per paragraph');
      const at = paragraph.start;
      if (f.at !== at || !f.absNames || !f.absDates) {
        f.at = at;
        f.absNames = f.names.map((m) => shiftMention(m, at));
        f.absDates = f.dates.map((d) => ({ ...d, start: d.start + at, end: d.end + at }));
      }
      for (const m of f.absNames) mentions.push(m);
      for (const d of f.absDates) dates.push(d);
      quoteFacts.push(f.quotes);
    }
    const people = this.peopleFor(mentions);
    const { quotes, diagnostics } = resolveQuotes(text, content, quoteFacts, people, this.quoteMemo);
    const who = this.whoIsQuoted(text, content, people, quotes);
    return {
      id: options.id ?? '',
      headline,
      people: who.people,
      quotes: who.quotes,
      dates,
      diagnostics: sortDiagnostics(diagnostics),
      paragraphs,
      referenceDate,
    };
  }

  /**
   * The people with their gender as the article states it and their kind of source, and the
   * quotations with theirs: copies, so the people that joining and attribution share between runs
   * keep their hints (an honorific or first-name gender that helps resolve pronouns).
   */
  private whoIsQuoted(text: string, content: Paragraph[], people: Person[], quotes: Quote[]): { people: Person[]; quotes: Quote[] } {
    const genders = this.gender.enabled ? statedGenders(text, content, people, quotes, this.genderCues, this.gender) : null;
    const kinds = new Map<string, SourceCategory>();
    const out = people.map((p) => {
      const g = genders?.get(p.id);
      const { kind: sourceKind, from } = this.sourceKinds.ofPerson(p);
      kinds.set(p.id, sourceKind);
      return { ...p, gender: g?.gender ?? null, genderEvidence: g?.evidence ?? [], sourceKind, sourceKindFrom: from };
    });
    return { people: out, quotes: quotes.map((q) => ({ ...q, sourceCategory: this.sourceKinds.ofQuote(q, kinds) })) };
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

  /** The people of the mentions: the last run's people when the mentions are the same. */
  private peopleFor(mentions: NameMention[]): Person[] {
    if (this.lastPeople && sameMentions(this.lastMentions, mentions)) {
      this.lastMentions = mentions;
      return this.lastPeople;
    }
    const { people } = joinPeople(mentions, this.joinMemo);
    this.lastMentions = mentions;
    this.lastPeople = people;
    return people;
  }

  /**
   * The facts of each paragraph: the cached facts of a paragraph with the same text (from the last
   * run, or an earlier paragraph of this run), else worked out now. The cache then holds exactly
   * the texts of this run.
   */
  private factsFor(paragraphs: Paragraph[], referenceDate: string | null): ParagraphFacts[] {
    const run = ++this.run;
    const cache = this.cache;
    const lastTexts = this.lastTexts;
    const lastFacts = this.lastFacts;
    let analysed = 0;
    let distinct = 0;
    const out: ParagraphFacts[] = new Array(paragraphs.length);
    const texts: string[] = new Array(paragraphs.length);
    for (const [i, p] of paragraphs.entries()) {
      let f = i < lastTexts.length && lastTexts[i] === p.text ? lastFacts[i] : cache.get(p.text);
      if (!f) {
        analysed++;
        const tokens = tokenize(p.text, { extraTitles: this.extraTitles });
        f = {
          names: findNameMentions(p.text, tokens, this.speech),
          quotes: analyzeParagraphQuotes(p.text, tokens, this.cues),
          dates: findDates(p.text, referenceDate),
          datesFor: referenceDate,
          at: -1,
          absNames: null,
          absDates: null,
          usedIn: -1,
        };
        cache.set(p.text, f);
      } else if (f.datesFor !== referenceDate) {
        f.dates = findDates(p.text, referenceDate);
        f.datesFor = referenceDate;
        f.absDates = null;
      }
      if (f.usedIn !== run) {
        f.usedIn = run;
        distinct++;
      }
      out[i] = f;
      texts[i] = p.text;
    }
    // Forget the texts this run did not use, if any.
    if (cache.size > distinct) for (const [text, f] of cache) if (f.usedIn !== run) cache.delete(text);
    this.stats.analysed = analysed;
    this.stats.reused = paragraphs.length - analysed;
    this.lastTexts = texts;
    this.lastFacts = out;
    return out;
  }
}

/** Whether two lists of mentions are the same: the same objects, or objects with equal fields. */
function sameMentions(a: NameMention[], b: NameMention[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !sameValue(a[i], b[i])) return false;
  return true;
}

/** Deep equality of plain data (objects, arrays, primitives), for the few mentions that are new. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  for (const k of ka) if (!Object.prototype.hasOwnProperty.call(rb, k) || !sameValue(ra[k], rb[k])) return false;
  return true;
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
