// Semantic tokens (people, quoted organisations and documents, dates, cues; see
// presentation/semantic-tokens.ts) for VS Code.
import * as vscode from 'vscode';
import { lineTokensOf, TOKEN_MODIFIERS, TOKEN_TYPES } from '../presentation/semantic-tokens';
import { DocumentAnalyses } from './document-analyses';
import { Logger } from './logger';

export const LEGEND = new vscode.SemanticTokensLegend(TOKEN_TYPES, TOKEN_MODIFIERS);

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
      // Without corrections the result is the engine's, whose tokens its worker already encoded.
      const encoded = this.analyses.engineTokensFor(document, result);
      if (encoded) return new vscode.SemanticTokens(encoded);
      for (const t of lineTokensOf(document.getText(), result)) builder.push(t.line, t.character, t.length, t.type, t.modifiers);
      return builder.build();
    });
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
