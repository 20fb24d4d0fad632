// Semantic tokens for what the grammar cannot know: people (every mention and resolved pronoun
// source), organisations and documents that are quoted, dates and attribution cues. The legend
// is the one package.json contributes (token types with standard super types, so every theme
// colours them); the language server announces the same.
import { pronounSourcesOf } from '../analysis/lookup';
import { AnalysisResult, Span } from '../analysis/types';
import { ArticleDocument } from './document';

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
  for (const p of result.people) {
    const modifiers = quoted.has(p.id) ? 1 : 0;
    for (const m of p.mentions) tokens.push({ span: m, type: 0, modifiers });
    for (const s of pronounSourcesOf(result, p.id)) tokens.push({ span: s, type: 0, modifiers });
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
 */
export function lineTokensOf(doc: ArticleDocument, result: AnalysisResult): LineToken[] {
  const out: LineToken[] = [];
  for (const t of tokensOf(result)) {
    const start = doc.positionAt(t.span.start);
    const pieces = doc.textOf(t.span).split(/\r\n|\r|\n/);
    pieces.forEach((piece, i) => {
      if (piece.length) out.push({ line: start.line + i, character: i === 0 ? start.character : 0, length: piece.length, type: t.type, modifiers: t.modifiers });
    });
  }
  return out;
}
