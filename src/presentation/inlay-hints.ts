// Inlay hints: after a pronoun source (“…,” he said) and at the start of a continuation
// quotation, the name of the person the engine resolved; after the source of a quotation whose
// speaker a fact-checker corrected, the corrected name, marked ✎.
import { personById } from '../analysis/lookup';
import type { AnalysisResult } from '../analysis/types';
import type { MarkNote } from './outline';

export interface InlayHintContent {
  offset: number;
  label: string;
  tooltip: string;
  /** After a source the hint is padded on its left; before a continuation, on its right. */
  padding: 'left' | 'right';
}

/** The hints whose place lies in [from, to]. */
export function inlayHintsOf(result: AnalysisResult, from: number, to: number, markNote?: MarkNote): InlayHintContent[] {
  const hints: InlayHintContent[] = [];
  // One pronoun may be the source of two quotations (“…,” he said, “…”): one hint for it.
  const pronounsDone = new Set<number>();
  for (const q of result.quotes) {
    // The place first: a long article has thousands of quotations and the editor asks for what
    // it shows.
    const afterSource = q.attribution === 'explicit' && q.source && q.source.end >= from && q.source.end <= to;
    const continuation = q.attribution === 'continuation' && q.start >= from && q.start <= to;
    if (!afterSource && !continuation) continue;
    const resolved = (q.speaker && personById(result, q.speaker)?.name) ?? q.speakerName;
    if (!resolved) continue;
    const mark = markNote?.(q);
    const name = mark ? `✎ ${resolved}` : resolved;
    // After a pronoun source, and after any source whose speaker the user corrected (the text
    // still names the engine's source: the hint shows who it really is).
    if (q.attribution === 'explicit' && (q.sourceKind === 'pronoun' || mark) && q.source) {
      if (pronounsDone.has(q.source.start)) continue;
      pronounsDone.add(q.source.start);
      hints.push({ offset: q.source.end, label: `(${name})`, tooltip: `“${q.source.text}” is ${resolved}${mark ? ` (${mark})` : ''}`, padding: 'left' });
    } else if (continuation) {
      hints.push({ offset: q.start, label: `${name}:`, tooltip: `Continues the previous quotation by ${resolved}${mark ? ` (${mark})` : ''}`, padding: 'right' });
    }
  }
  return hints;
}
