// CodeLens above each quotation: its check ("Verified by Ada · 2 Mar" or "Not checked") and the
// actions Verify, Needs check, Dispute, Speaker…, Note…, Clear. Setting
// newsAnnotator.verification.codeLens turns them off.
import * as vscode from 'vscode';
import { VERIFICATION_COMMANDS as C } from './verification-commands';
import { correctionLabel, STATUS_LABEL } from './verification-hover';
import { VerifiedDocuments } from './verification-decorations';

export const CODELENS_SETTING = 'verification.codeLens';
const LABEL_WORDS = 3;

const firstWords = (text: string): string => `“${text.replace(/^[“"‘'\s]+/, '').split(/\s+/).slice(0, LABEL_WORDS).join(' ')}…”`;

export class VerificationCodeLens implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly verified: VerifiedDocuments) {}

  refresh(): void {
    this.changed.fire();
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!vscode.workspace.getConfiguration('newsAnnotator', document.uri).get<boolean>(CODELENS_SETTING, true)) return [];
    const found = this.verified(document);
    if (!found) return [];
    const lenses: vscode.CodeLens[] = [];
    const lineOf = (offset: number) => document.positionAt(offset).line;
    const perLine = new Map<number, number>();
    for (const q of found.engine.quotes) perLine.set(lineOf(q.start), (perLine.get(lineOf(q.start)) ?? 0) + 1);
    found.engine.quotes.forEach((q, i) => {
      const range = new vscode.Range(document.positionAt(q.start), document.positionAt(q.start));
      const args = [document.uri, q.start];
      const v = found.verified.verifications[i];
      // Several quotations on one line share its lens row: each group says whose it is.
      const which = (perLine.get(lineOf(q.start)) ?? 0) > 1 ? `${firstWords(q.text)}: ` : '';
      const state = which + (v ? `${STATUS_LABEL[v.status]} · ${v.by}${v.correctedSpeaker ? ` · speaker: ${correctionLabel(v.correctedSpeaker)}` : ''}` : 'Not checked');
      const lens = (title: string, command: string) => new vscode.CodeLens(range, { title, command, arguments: args });
      lenses.push(
        new vscode.CodeLens(range, { title: state, command: '' }),
        lens('Verify', C.verifyHere),
        lens('Needs check', C.needsCheckHere),
        lens('Dispute', C.disputeHere),
        lens('Speaker…', C.correctSpeakerHere),
        lens('Note…', C.noteHere),
      );
      if (v) lenses.push(lens('Clear', C.clearHere));
    });
    return lenses;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
