// The command-line contract's result object: exactly the keys other tools rely on.
import { AnalysisResult, Span } from '../analysis/types';

export interface ContractResult {
  id: string;
  headline: Span | null;
  people: { id: string; name: string; roles: Span[]; affiliation: string | null; mentions: Span[] }[];
  quotes: {
    start: number;
    end: number;
    text: string;
    speaker: string | null;
    speakerName: string | null;
    source: Span | null;
    cue: Span | null;
    attribution: string;
  }[];
  dates: { start: number; end: number; text: string; value: string | null }[];
  diagnostics: { start: number; end: number; severity: string; code: string; message: string }[];
}

const span = (s: Span | null): Span | null => (s ? { start: s.start, end: s.end, text: s.text } : null);

export function toContract(r: AnalysisResult): ContractResult {
  return {
    id: r.id,
    headline: span(r.headline),
    people: r.people.map((p) => ({
      id: p.id,
      name: p.name,
      roles: p.roles.map((x) => span(x) as Span),
      affiliation: p.affiliation,
      mentions: p.mentions.map((x) => span(x) as Span),
    })),
    quotes: r.quotes.map((q) => ({
      start: q.start,
      end: q.end,
      text: q.text,
      speaker: q.speaker,
      speakerName: q.speakerName,
      source: span(q.source),
      cue: span(q.cue),
      attribution: q.attribution,
    })),
    dates: r.dates.map((d) => ({ start: d.start, end: d.end, text: d.text, value: d.value })),
    diagnostics: r.diagnostics.map((d) => ({
      start: d.start,
      end: d.end,
      severity: d.severity,
      code: d.code,
      message: d.message,
    })),
  };
}
