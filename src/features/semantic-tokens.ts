// Semantic tokens for what the grammar cannot know: people (every mention and resolved pronoun
// source), organisations and documents that are quoted, dates and attribution cues.
// The token types are contributed in package.json with standard super types, so every theme
// colours them.
import * as vscode from 'vscode';
import { lineOf, lineStarts } from '../analysis/structure/structure';
import { AnalysisResult, Span } from '../analysis/types';
import { DocumentAnalyses } from './document-analyses';
import { Logger } from './logger';

export const LEGEND = new vscode.SemanticTokensLegend(['person', 'organization', 'date', 'cue'], ['quoted']);

type Token = { span: Span; type: number; modifiers: number };

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

export class SemanticTokensFeature implements vscode.DocumentSemanticTokensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Asks the editor for tokens again: after a version that had no analysis gets one ("Analyse Now"). */
  readonly onDidChangeSemanticTokens = this.changed.event;
  private readonly unanalysed = new Map<string, number>();
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly analyses: DocumentAnalyses,
    private readonly log: Logger,
  ) {
    this.subscription = analyses.onDidAnalyse(({ document, result }) => {
      const key = document.uri.toString();
      if (!result || this.unanalysed.get(key) !== document.version) return;
      this.unanalysed.delete(key);
      this.changed.fire();
    });
  }

  /** Asks the editor for every document's tokens again (after a settings change). */
  refresh(): void {
    this.changed.fire();
  }

  /** Forgets a closed document. */
  forget(uri: vscode.Uri): void {
    this.unanalysed.delete(uri.toString());
  }

  async provideDocumentSemanticTokens(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<vscode.SemanticTokens> {
    const result = await this.analyses.resultOf(document, token);
    return this.log.guard('semantic tokens', new vscode.SemanticTokens(new Uint32Array(0)), () => {
      const builder = new vscode.SemanticTokensBuilder(LEGEND);
      if (!result) {
        this.unanalysed.set(document.uri.toString(), document.version);
        return builder.build();
      }
      // Lines and columns from the text's line starts: thousands of tokens in a long article, and
      // asking the editor for each position would keep the extension host busy.
      const starts = lineStarts(document.getText());
      const at = (offset: number) => {
        const line = lineOf(starts, offset) - 1;
        return { line, character: offset - (starts[line] ?? 0) };
      };
      for (const t of tokensOf(result)) {
        // A token may not cross a line; split multi-line spans (rare: names wrapped in blank-line articles).
        const start = at(t.span.start);
        const end = at(t.span.end);
        if (start.line === end.line) {
          if (end.character > start.character) builder.push(start.line, start.character, end.character - start.character, t.type, t.modifiers);
          continue;
        }
        for (let line = start.line; line <= end.line; line++) {
          const from = line === start.line ? start.character : 0;
          const to = line === end.line ? end.character : document.lineAt(line).text.length;
          if (to > from) builder.push(line, from, to - from, t.type, t.modifiers);
        }
      }
      return builder.build();
    });
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
