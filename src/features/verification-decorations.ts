// Each checked quotation coloured by its status: a left border and a light background in the
// theme colours newsAnnotator.verification.* (package.json `contributes.colors`, with light, dark
// and high-contrast defaults), and a mark in the overview ruler.
import * as vscode from 'vscode';
import type { AnalysisResult } from '../analysis/types';
import { MARK_STATUSES, MarkStatus, VerifiedResult } from '../verification';
import { rangeOf } from './ranges';

/** The engine's result and the marks joined to it, for an open article (undefined: not analysed). */
export type VerifiedDocuments = (document: vscode.TextDocument) => { engine: AnalysisResult; verified: VerifiedResult } | undefined;

const COLOR_ID: Record<MarkStatus, string> = { verified: 'verified', 'needs-check': 'needsCheck', disputed: 'disputed' };

function decorationFor(status: MarkStatus): vscode.TextEditorDecorationType {
  const id = `newsAnnotator.verification.${COLOR_ID[status]}`;
  return vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor(`${id}Background`),
    borderColor: new vscode.ThemeColor(`${id}Border`),
    borderStyle: 'solid',
    borderWidth: '0 0 0 3px',
    overviewRulerColor: new vscode.ThemeColor(`${id}Border`),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
  });
}

export class VerificationDecorations implements vscode.Disposable {
  private readonly types = new Map(MARK_STATUSES.map((s) => [s, decorationFor(s)] as const));
  /** How many quotations each editor's document has painted per status (tests read it). */
  readonly painted = new Map<string, Record<MarkStatus, number>>();

  constructor(private readonly verified: VerifiedDocuments) {}

  /** Paints every visible editor of an article (all of them when no document is given). */
  refresh(document?: vscode.TextDocument): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (!document || editor.document === document) this.paint(editor);
    }
  }

  private paint(editor: vscode.TextEditor): void {
    const found = this.verified(editor.document);
    const ranges = new Map<MarkStatus, vscode.Range[]>(MARK_STATUSES.map((s) => [s, []]));
    found?.verified.verifications.forEach((v, i) => {
      if (v) ranges.get(v.status)?.push(rangeOf(editor.document, found.engine.quotes[i]));
    });
    for (const [status, type] of this.types) editor.setDecorations(type, ranges.get(status) ?? []);
    const counts = Object.fromEntries(MARK_STATUSES.map((s) => [s, ranges.get(s)?.length ?? 0])) as Record<MarkStatus, number>;
    this.painted.set(editor.document.uri.toString(), counts);
  }

  dispose(): void {
    for (const t of this.types.values()) t.dispose();
  }
}
