// Semantic tokens for what the grammar cannot know: people (every mention and resolved pronoun
// source), organisations and documents that are quoted, dates and attribution cues.
// The token types are contributed in package.json with standard super types, so every theme
// colours them.
import * as vscode from 'vscode';
import { pronounSourcesOf } from '../analysis/lookup';
import { AnalysisResult, Span } from '../analysis/types';
import { DocumentAnalyses } from './document-analyses';
import { Logger } from './logger';

export const LEGEND = new vscode.SemanticTokensLegend(['person', 'organization', 'date', 'cue'], ['quoted']);

type Token = { span: Span; type: number; modifiers: number };

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

  async provideDocumentSemanticTokens(document: vscode.TextDocument): Promise<vscode.SemanticTokens> {
    const result = await this.analyses.resultOf(document);
    return this.log.guard('semantic tokens', new vscode.SemanticTokens(new Uint32Array(0)), () => {
      const builder = new vscode.SemanticTokensBuilder(LEGEND);
      if (!result) {
        this.unanalysed.set(document.uri.toString(), document.version);
        return builder.build();
      }
      for (const t of tokensOf(result)) {
        // A token may not cross a line; split multi-line spans (rare: names wrapped in blank-line articles).
        const start = document.positionAt(t.span.start);
        const end = document.positionAt(t.span.end);
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
