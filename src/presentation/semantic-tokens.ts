// Semantic tokens for what the grammar cannot know: people (every mention and resolved pronoun
// source), organisations and documents that are quoted, dates and attribution cues. The legend
// is the one package.json contributes (token types with standard super types, so every theme
// colours them); the language server announces the same.
import { lineOf, lineStarts } from '../analysis/structure/structure';
import { AnalysisResult, Span } from '../analysis/types';

export const TOKEN_TYPES = ['person', 'organization', 'date', 'cue'];
export const TOKEN_MODIFIERS = ['quoted'];

export type Token = { span: Span; type: number; modifiers: number };

/** One token on one line, as editors take them. */
export interface LineToken {
  line: number;
  character: number;
  length: number;
  type: number;
  modifiers: number;
}

export function tokensOf(result: AnalysisResult): Token[] {
  const tokens: Token[] = [];
  const quoted = new Set(result.quotes.flatMap((q) => [q.speaker, ...(q.coSpeakers ?? [])]));
  const people = new Set<string>();
  for (const p of result.people) {
    people.add(p.id);
    const modifiers = quoted.has(p.id) ? 1 : 0;
    for (const m of p.mentions) tokens.push({ span: m, type: 0, modifiers });
  }
  // Pronouns resolved to a person (who is quoted, then): one token per pronoun.
  const pronouns = new Set<number>();
  for (const q of result.quotes) {
    if (!q.speaker || !people.has(q.speaker) || !q.source || q.sourceKind !== 'pronoun' || pronouns.has(q.source.start)) continue;
    pronouns.add(q.source.start);
    tokens.push({ span: q.source, type: 0, modifiers: 1 });
  }
  for (const q of result.quotes) {
    if (q.source && (q.sourceKind === 'organisation' || q.sourceKind === 'document')) tokens.push({ span: q.source, type: 1, modifiers: 1 });
    if (q.cue) tokens.push({ span: q.cue, type: 3, modifiers: 0 });
  }
  for (const d of result.dates) tokens.push({ span: d, type: 2, modifiers: 0 });
  tokens.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  // Tokens must not overlap: keep the first of any overlapping run.
  const out: Token[] = [];
  let lastEnd = -1;
  for (const t of tokens) {
    if (t.span.start >= lastEnd) {
      out.push(t);
      lastEnd = t.span.end;
    }
  }
  return out;
}

/**
 * The tokens in document order, one per line they touch: a token may not cross a line, so a
 * multi-line span (rare: names wrapped in blank-line articles) is split at its line breaks.
 * Lines and columns come from the text's line starts: a long article has thousands of tokens,
 * and asking the editor for each position would keep it busy.
 */
export function lineTokensOf(text: string, result: AnalysisResult): LineToken[] {
  const starts = lineStarts(text);
  const at = (offset: number) => {
    const line = lineOf(starts, offset) - 1;
    return { line, character: offset - (starts[line] ?? 0) };
  };
  const out: LineToken[] = [];
  for (const t of tokensOf(result)) {
    const start = at(t.span.start);
    const end = at(t.span.end);
    if (start.line === end.line) {
      if (end.character > start.character) out.push({ ...start, length: end.character - start.character, type: t.type, modifiers: t.modifiers });
      continue;
    }
    text.slice(t.span.start, t.span.end).split(/\r\n|\r|\n/).forEach((piece, i) => {
      if (piece.length) out.push({ line: start.line + i, character: i === 0 ? start.character : 0, length: piece.length, type: t.type, modifiers: t.modifiers });
    });
  }
  return out;
}

/**
 * The tokens in the editors' relative encoding (for each token: line delta, start delta on the
 * same line or start, length, type, modifiers), as VS Code's and LSP's builders make it; the
 * engine's worker computes it beside the result, so the extension host only passes it on.
 */
export function encodeLineTokens(tokens: readonly LineToken[]): Uint32Array {
  const sorted = [...tokens].sort((a, b) => a.line - b.line || a.character - b.character);
  const out = new Uint32Array(sorted.length * 5);
  let line = 0;
  let character = 0;
  sorted.forEach((t, i) => {
    out[i * 5] = t.line - line;
    out[i * 5 + 1] = t.line === line ? t.character - character : t.character;
    out[i * 5 + 2] = t.length;
    out[i * 5 + 3] = t.type;
    out[i * 5 + 4] = t.modifiers;
    line = t.line;
    character = t.character;
  });
  return out;
}
