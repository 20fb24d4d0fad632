// Inlay hints: after a pronoun source (“…,” he said) and at the start of a continuation
// quotation, the name of the person the engine resolved; after the source of a quotation whose
// speaker a fact-checker corrected, the corrected name, marked ✎.
import * as vscode from 'vscode';
import { personById } from '../analysis/lookup';
import type { Quote } from '../analysis/types';
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
      const from = document.offsetAt(range.start);
      const to = document.offsetAt(range.end);
      const hints: vscode.InlayHint[] = [];
      // One pronoun may be the source of two quotations (“…,” he said, “…”): one hint for it.
      const pronounsDone = new Set<number>();
      for (const q of result.quotes) {
        const resolved = (q.speaker && personById(result, q.speaker)?.name) ?? q.speakerName;
        if (!resolved) continue;
        const mark = this.markNote?.(q);
        const name = mark ? `✎ ${resolved}` : resolved;
        // After a pronoun source, and after any source whose speaker the user corrected (the text
        // still names the engine's source: the hint shows who it really is).
        if (q.attribution === 'explicit' && (q.sourceKind === 'pronoun' || mark) && q.source) {
          if (pronounsDone.has(q.source.start) || q.source.end < from || q.source.end > to) continue;
          pronounsDone.add(q.source.start);
          const hint = new vscode.InlayHint(document.positionAt(q.source.end), `(${name})`, vscode.InlayHintKind.Parameter);
          hint.paddingLeft = true;
          hint.tooltip = `“${q.source.text}” is ${resolved}${mark ? ` (${mark})` : ''}`;
          hints.push(hint);
        } else if (q.attribution === 'continuation' && q.start >= from && q.start <= to) {
          const hint = new vscode.InlayHint(document.positionAt(q.start), `${name}:`, vscode.InlayHintKind.Parameter);
          hint.paddingRight = true;
          hint.tooltip = `Continues the previous quotation by ${resolved}${mark ? ` (${mark})` : ''}`;
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
