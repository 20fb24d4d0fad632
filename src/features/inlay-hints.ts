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
      // One pronoun may be the source of two quotations (“…,” he said, “…”): one hint for it.
      const pronounsDone = new Set<number>();
      for (const q of result.quotes) {
        const name = (q.speaker && personById(result, q.speaker)?.name) ?? q.speakerName;
        if (!name) continue;
        if (q.attribution === 'explicit' && q.sourceKind === 'pronoun' && q.source) {
          if (pronounsDone.has(q.source.start) || q.source.end < from || q.source.end > to) continue;
          pronounsDone.add(q.source.start);
          const hint = new vscode.InlayHint(document.positionAt(q.source.end), `(${name})`, vscode.InlayHintKind.Parameter);
          hint.paddingLeft = true;
          hint.tooltip = `“${q.source.text}” is ${name}`;
          hints.push(hint);
        } else if (q.attribution === 'continuation' && q.start >= from && q.start <= to) {
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
