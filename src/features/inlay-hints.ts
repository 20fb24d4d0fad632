// Inlay hints (the speaker behind a pronoun or a continuation; see presentation/inlay-hints.ts)
// for VS Code.
import * as vscode from 'vscode';
import type { Quote } from '../analysis/types';
import { inlayHintsOf } from '../presentation/inlay-hints';
import { DocumentAnalyses } from './document-analyses';
import { Logger } from './logger';

export class InlayHintsFeature implements vscode.InlayHintsProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeInlayHints = this.changed.event;

  constructor(
    private readonly analyses: DocumentAnalyses,
    private readonly log: Logger,
    /** A fact-checker's note on a quotation ("speaker corrected by Ada"): the hint then says so. */
    private readonly markNote?: (quote: Quote) => string | undefined,
  ) {}

  refresh(): void {
    this.changed.fire();
  }

  async provideInlayHints(document: vscode.TextDocument, range: vscode.Range, token?: vscode.CancellationToken): Promise<vscode.InlayHint[]> {
    if (!this.analyses.currentSettings.inlayHints) return [];
    const result = await this.analyses.resultOf(document, token);
    return this.log.guard('inlay hints', [], () => {
      if (!result) return [];
      return inlayHintsOf(result, document.offsetAt(range.start), document.offsetAt(range.end), this.markNote).map((h) => {
        const hint = new vscode.InlayHint(document.positionAt(h.offset), h.label, vscode.InlayHintKind.Parameter);
        hint.paddingLeft = h.padding === 'left';
        hint.paddingRight = h.padding === 'right';
        hint.tooltip = h.tooltip;
        return hint;
      });
    });
  }

  dispose(): void {
    this.changed.dispose();
  }
}
