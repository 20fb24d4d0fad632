// Orphaned marks (their quotation could not be found after edits) as Problems of severity
// Information, with the quick fixes Re-attach to quotation… and Delete Mark. A mark is never
// dropped on its own: the user decides.
import * as vscode from 'vscode';
import type { Mark } from '../verification';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { VERIFICATION_COMMANDS as C } from './verification-commands';
import { VerifiedDocuments } from './verification-decorations';
import { documentLength } from './ranges';

export const ORPHAN_CODE = 'orphaned-mark';
const PREVIEW_CHARS = 60;

const preview = (quote: string): string => {
  const flat = quote.replace(/\s+/g, ' ').replace(/^[“"‘']+|[”"’']+$/g, '');
  return flat.length > PREVIEW_CHARS ? `${flat.slice(0, PREVIEW_CHARS - 1)}…` : flat;
};

export const orphanMessage = (mark: Mark): string => `mark could not be re-attached: “${preview(mark.anchor.quote)}”`;

export class VerificationProblems implements vscode.CodeActionProvider, vscode.Disposable {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];
  readonly collection = vscode.languages.createDiagnosticCollection('news-annotator-marks');

  constructor(private readonly verified: VerifiedDocuments) {}

  private orphansOf(document: vscode.TextDocument): { mark: Mark; range: vscode.Range }[] {
    const found = this.verified(document);
    const length = documentLength(document);
    return (found?.verified.orphans ?? []).map((mark) => {
      const line = document.positionAt(Math.min(mark.anchor.offset, length)).line;
      return { mark, range: document.lineAt(line).range };
    });
  }

  publish(document: vscode.TextDocument): void {
    if (document.isClosed) return;
    this.collection.set(
      document.uri,
      this.orphansOf(document).map(({ mark, range }) => {
        const d = new vscode.Diagnostic(range, orphanMessage(mark), vscode.DiagnosticSeverity.Information);
        d.source = DIAGNOSTIC_SOURCE;
        d.code = ORPHAN_CODE;
        return d;
      }),
    );
  }

  forget(uri: vscode.Uri): void {
    this.collection.delete(uri);
  }

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const orphans = this.orphansOf(document);
    const actions: vscode.CodeAction[] = [];
    for (const d of context.diagnostics.filter((x) => x.code === ORPHAN_CODE)) {
      const orphan = orphans.find((o) => orphanMessage(o.mark) === d.message && o.range.isEqual(d.range));
      if (!orphan) continue;
      const reattach = new vscode.CodeAction('Re-attach to quotation…', vscode.CodeActionKind.QuickFix);
      reattach.command = { command: C.reattachOrphan, title: reattach.title, arguments: [document.uri, orphan.mark.id] };
      reattach.diagnostics = [d];
      const remove = new vscode.CodeAction('Delete Mark', vscode.CodeActionKind.QuickFix);
      remove.command = { command: C.deleteOrphan, title: remove.title, arguments: [document.uri, orphan.mark.id] };
      remove.diagnostics = [d];
      actions.push(reattach, remove);
    }
    return actions;
  }

  dispose(): void {
    this.collection.dispose();
  }
}
