// Inlay hints: after a pronoun source (“…,” he said) and at the start of a continuation
// quotation, the name of the person the engine resolved.
import * as vscode from 'vscode';
import { personById } from '../analysis/lookup';
import { DocumentAnalyses } from './document-analyses';
import { Logger } from './logger';

export class InlayHintsFeature implements vscode.InlayHintsProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeInlayHints = this.changed.event;

  constructor(
    private readonly analyses: DocumentAnalyses,
    private readonly log: Logger,
  ) {}

  refresh(): void {
    this.changed.fire();
  }

  provideInlayHints(document: vscode.TextDocument, range: vscode.Range): vscode.InlayHint[] {
    return this.log.guard('inlay hints', [], () => {
      if (!this.analyses.currentSettings.inlayHints) return [];
      const result = this.analyses.resultFor(document);
      if (!result) return [];
      const from = document.offsetAt(range.start);
      const to = document.offsetAt(range.end);
      const hints: vscode.InlayHint[] = [];
      for (const q of result.quotes) {
        if (q.end < from || q.start > to) continue;
        const name = (q.speaker && personById(result, q.speaker)?.name) ?? q.speakerName;
        if (!name) continue;
        if (q.attribution === 'explicit' && q.sourceKind === 'pronoun' && q.source) {
          const hint = new vscode.InlayHint(document.positionAt(q.source.end), `(${name})`, vscode.InlayHintKind.Parameter);
          hint.paddingLeft = true;
          hint.tooltip = `“${q.source.text}” is ${name}`;
          hints.push(hint);
        } else if (q.attribution === 'continuation') {
          const hint = new vscode.InlayHint(document.positionAt(q.start), `${name}:`, vscode.InlayHintKind.Parameter);
          hint.paddingRight = true;
          hint.tooltip = `Continues the previous quotation by ${name}`;
          hints.push(hint);
        }
      }
      return hints;
    });
  }

  dispose(): void {
    this.changed.dispose();
  }
}
