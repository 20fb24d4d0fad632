// Joins re-attached marks to an analysis: per quotation, its check and the speaker to show (a
// fact-checker's correction replaces the engine's, flagged as such), the orphaned marks, and counts
// by status. Every view (hover, outline, inlay hints, News Sources, exports, report) reads this one
// join, so a correction shows the same everywhere.
import type { Attachment, AttachHow } from './anchoring';
import type { AnalysisResult, Person, Quote } from './engine-types';
import { Mark, MarkStatus, MARK_STATUSES, SpeakerCorrection } from './sidecar-model';

export interface QuoteVerification {
  markId: string;
  status: MarkStatus;
  note?: string;
  link?: string;
  by: string;
  at: string;
  correctedSpeaker?: SpeakerCorrection;
  /** How the mark found this quotation after edits (fuzzy ones deserve a second look). */
  how: AttachHow;
  similarity: number;
  /** Further marks on this quotation (they shared it before), latest first; the newest one is above. */
  otherMarks: Mark[];
}

export interface EffectiveSpeaker {
  /** The name to show; null when there is none (the engine found none, or "no speaker in the text"). */
  name: string | null;
  /** The person of the article it is, when it is one. */
  personId: string | null;
  /** True when this is the user's correction rather than the engine's finding. */
  corrected: boolean;
}

export type VerificationCounts = Record<MarkStatus | 'unchecked' | 'orphaned', number>;

export interface VerifiedResult {
  /** Aligned with result.quotes: the quotation's check, or null when it has none. */
  verifications: (QuoteVerification | null)[];
  /** Aligned with result.quotes. */
  speakers: EffectiveSpeaker[];
  /** Marks that found no quotation: kept, shown, and re-attachable by the user. */
  orphans: Mark[];
  counts: VerificationCounts;
}

const fold = (name: string): string => name.normalize('NFC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();

/** The article's person of that name: exact first, then ignoring case and spacing. */
function personNamed(people: readonly Person[], name: string): Person | undefined {
  return people.find((p) => p.name === name) ?? people.find((p) => fold(p.name) === fold(name));
}

export function effectiveSpeaker(quote: Quote, people: readonly Person[], correction?: SpeakerCorrection): EffectiveSpeaker {
  if (!correction) return { name: quote.speakerName, personId: quote.speaker, corrected: false };
  if (correction.kind === 'none') return { name: null, personId: null, corrected: true };
  const person = personNamed(people, correction.name);
  return { name: person?.name ?? correction.name, personId: person?.id ?? null, corrected: true };
}

export const emptyCounts = (): VerificationCounts => ({ verified: 0, 'needs-check': 0, disputed: 0, unchecked: 0, orphaned: 0 });

/** Sums counts, for a folder or the workspace. */
export function addCounts(total: VerificationCounts, more: VerificationCounts): VerificationCounts {
  const out = { ...total };
  for (const key of Object.keys(out) as (keyof VerificationCounts)[]) out[key] += more[key];
  return out;
}

const newestFirst = (a: Mark, b: Mark): number => Date.parse(b.at) - Date.parse(a.at) || (a.id < b.id ? -1 : 1);

export function applyMarks(result: AnalysisResult, attachments: readonly Attachment[]): VerifiedResult {
  const byQuote = new Map<number, Attachment[]>();
  const orphans: Mark[] = [];
  for (const a of attachments) {
    if (a.quoteIndex === null) orphans.push(a.mark);
    else byQuote.set(a.quoteIndex, [...(byQuote.get(a.quoteIndex) ?? []), a]);
  }
  const counts = emptyCounts();
  counts.orphaned = orphans.length;
  const verifications = result.quotes.map((_, i): QuoteVerification | null => {
    const here = byQuote.get(i);
    if (!here) {
      counts.unchecked++;
      return null;
    }
    const [top, ...others] = here.map((a) => a.mark).sort(newestFirst);
    const how = here.find((a) => a.mark === top) as Attachment;
    counts[top.status]++;
    const v: QuoteVerification = { markId: top.id, status: top.status, by: top.by, at: top.at, how: how.how, similarity: how.similarity, otherMarks: others };
    if (top.note !== undefined) v.note = top.note;
    if (top.link !== undefined) v.link = top.link;
    if (top.speaker !== undefined) v.correctedSpeaker = top.speaker;
    return v;
  });
  const speakers = result.quotes.map((q, i) => effectiveSpeaker(q, result.people, verifications[i]?.correctedSpeaker));
  return { verifications, speakers, orphans, counts };
}

/**
 * The analysis as the user corrected it: each quotation's speaker and speakerName replaced by the
 * effective ones (the engine's source and cue spans are kept, as evidence of what the text says),
 * for code that reads an AnalysisResult, such as exports and the report.
 */
export function correctedResult(result: AnalysisResult, verified: VerifiedResult): AnalysisResult {
  const quotes = result.quotes.map((q, i): Quote => {
    const s = verified.speakers[i];
    if (!s.corrected) return q;
    // Who the corrected speaker is: one of the article's people, else a name the text does not type.
    const kind = s.personId ? result.people.find((p) => p.id === s.personId)?.sourceKind ?? 'unknown' : s.name ? 'unknown' : null;
    return { ...q, speaker: s.personId, speakerName: s.name, sourceKind: s.personId ? 'person' : q.sourceKind, sourceCategory: kind };
  });
  return { ...result, quotes };
}

/** The order counts are listed in by views and the report: the statuses, then unchecked, then orphaned. */
export const STATUS_ORDER: readonly (MarkStatus | 'unchecked' | 'orphaned')[] = [...MARK_STATUSES, 'unchecked', 'orphaned'];
