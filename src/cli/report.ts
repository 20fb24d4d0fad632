// The human-readable report: people with roles, quotations with speakers, dates, then problems
// in the `file:line:col: severity: message [code]` form that editors' problem matchers read.
import { AnalysisResult, Diagnostic, Person } from '../analysis/types';
import { candidatesOf, explainQuote, linesOf } from '../analysis/explain';
import { LineIndex } from './line-index';

const QUOTE_PREVIEW = 70;

/**
 * Text made safe for a terminal: control characters (which could move the cursor, retitle the
 * window or hide text), line and paragraph separators and bidirectional overrides (which can
 * make text read differently from what it is) are shown as \u{...} escapes. Tabs stay.
 */
export function visible(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}

function preview(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > QUOTE_PREVIEW ? `${oneLine.slice(0, QUOTE_PREVIEW - 1)}…` : oneLine;
}

export function formatReport(file: string, text: string, r: AnalysisResult): string {
  const lines: string[] = [];
  const idx = new LineIndex(text);
  lines.push(`== ${file}`);
  if (r.headline) lines.push(`Headline: ${r.headline.text}`);
  if (r.referenceDate) lines.push(`Reference date: ${r.referenceDate}`);
  lines.push(`People (${r.people.length}):`);
  for (const p of r.people) {
    const roles = p.roles.map((x) => x.text).join('; ');
    const aff = p.affiliation ? ` (${p.affiliation})` : '';
    lines.push(`  ${p.name}${aff}${roles ? ` — ${roles}` : ''}  [${p.mentions.length} mention${p.mentions.length === 1 ? '' : 's'}; ${whoLine(p)}]`);
  }
  lines.push(`Quotations (${r.quotes.length}):`);
  for (const q of r.quotes) {
    const { line } = idx.position(q.start);
    const who = q.speakerName ?? '(unattributed)';
    const how = q.attribution === 'explicit' && q.cue ? `${q.cue.text}` : q.attribution;
    lines.push(`  ${line}: ${who} [${how}] ${preview(q.text)}`);
  }
  lines.push(`Dates (${r.dates.length}):`);
  for (const d of r.dates) {
    lines.push(`  ${idx.position(d.start).line}: ${d.text} = ${d.value ?? '?'}`);
  }
  for (const d of r.diagnostics) lines.push(formatProblem(file, idx, d));
  return lines.map(visible).join('\n') + '\n';
}

/** --explain: per quotation, its line, the quotation (shortened), the rule, the source, why it has
 * its speaker, and the candidates considered. */
export function formatExplanations(file: string, text: string, r: AnalysisResult): string {
  const line = linesOf(text);
  const lines = [`== ${file}`];
  for (const q of r.quotes) {
    lines.push(`${line(q.start)}: ${preview(q.text)}`);
    lines.push(`  rule: ${q.rule ?? 'none'}`);
    lines.push(`  source: ${q.source?.text ?? '-'}${q.speakerName ? ` (speaker: ${q.speakerName})` : ''}`);
    lines.push(`  why: ${explainQuote(q, line)}`);
    const candidates = candidatesOf(q);
    lines.push(`  candidates: ${candidates.length ? candidates.join(', ') : '-'}`);
    lines.push(`  patterns tried before: ${q.explanation?.tried.length ? q.explanation.tried.join(', ') : '-'}`);
  }
  return lines.map(visible).join('\n') + '\n';
}

/** One problem in the GCC-style form: file:line:col: severity: message [code]. */
export function formatProblem(file: string, idx: LineIndex, d: Diagnostic): string {
  const { line, column } = idx.position(d.start);
  return visible(`${file}:${line}:${column}: ${d.severity}: ${d.message} [${d.code}]`);
}

/** "female (Mrs. Reed, she); official": the stated gender with its evidence, and the kind of source. */
function whoLine(p: Person): string {
  const ev = (p.genderEvidence ?? []).slice(0, 3).map((e) => e.text).join(', ');
  const gender = p.gender ?? ((p.genderEvidence ?? []).length ? 'gender unclear' : 'gender not stated');
  return `${gender}${ev ? ` (${ev}${(p.genderEvidence ?? []).length > 3 ? ', …' : ''})` : ''}; ${p.sourceKind ?? 'unknown'}`;
}
