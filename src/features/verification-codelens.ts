// CodeLens above each quotation: its check ("Verified by Ada · 2 Mar" or "Not checked") and the
// actions Verify, Needs check, Dispute, Speaker…, Note…, Clear. Setting
// newsAnnotator.verification.codeLens turns them off.
import * as vscode from 'vscode';
import { lastAtOrBefore } from '../analysis/sorted';
import { VERIFICATION_COMMANDS as C } from './verification-commands';
import { correctionLabel, STATUS_LABEL } from './verification-hover';
import { VerifiedDocuments } from './verification-decorations';

export const CODELENS_SETTING = 'verification.codeLens';
const LABEL_WORDS = 3;
/**
 * Up to this many quotations, every one gets its lenses. A longer article gets them only within
 * LENS_MARGIN_LINES of what its editors show (and again as they scroll): the editor asks for all
 * of a document's lenses at every edit, and thousands of them keep the extension host busy.
 */
export const LENS_ALL_UP_TO = 300;
const LENS_MARGIN_LINES = 150;
const SCROLL_DEBOUNCE_MS = 150;


const firstWords = (text: string): string => `“${text.replace(/^[“"‘'\s]+/, '').split(/\s+/).slice(0, LABEL_WORDS).join(' ')}…”`;

export class VerificationCodeLens implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  private readonly subscriptions: vscode.Disposable[];
  private scrollTimer: ReturnType<typeof setTimeout> | undefined;
  /** Documents whose lenses follow the visible ranges (more than LENS_ALL_UP_TO quotations). */
  private readonly windowed = new Set<string>();

  constructor(
    private readonly verified: VerifiedDocuments,
    /** Resolves once the document's current version is analysed. */
    private readonly analysed: (document: vscode.TextDocument, token: vscode.CancellationToken) => Promise<unknown>,
  ) {
    this.subscriptions = [
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        if (!this.windowed.has(e.textEditor.document.uri.toString())) return;
        if (this.scrollTimer) clearTimeout(this.scrollTimer);
        this.scrollTimer = setTimeout(() => this.changed.fire(), SCROLL_DEBOUNCE_MS);
      }),
      // A closed document's lenses are gone: its place in the set would only grow the set.
      vscode.workspace.onDidCloseTextDocument((d) => this.windowed.delete(d.uri.toString())),
    ];
  }

  refresh(): void {
    this.changed.fire();
  }

  async provideCodeLenses(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeLens[]> {
    if (!vscode.workspace.getConfiguration('newsAnnotator', document.uri).get<boolean>(CODELENS_SETTING, true)) return [];
    await this.analysed(document, token);
    const found = token.isCancellationRequested ? undefined : this.verified(document);
    if (!found) return [];
    const lenses: vscode.CodeLens[] = [];
    const quotes = found.engine.quotes;
    const shown = this.quotesShown(document, quotes).map((i) => ({ i, at: document.positionAt(quotes[i].start) }));
    const perLine = new Map<number, number>();
    for (const { at } of shown) perLine.set(at.line, (perLine.get(at.line) ?? 0) + 1);
    for (const { i, at } of shown) {
      const q = quotes[i];
      const range = new vscode.Range(at, at);
      const args = [document.uri, q.start];
      const v = found.verified.verifications[i];
      // Several quotations on one line share its lens row: each group says whose it is.
      const which = (perLine.get(at.line) ?? 0) > 1 ? `${firstWords(q.text)}: ` : '';
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
    }
    return lenses;
  }

  /**
   * Which quotations get lenses, by index: all of a normal article's; of a long one, those near
   * what its editors show, found by offset so that the rest of the article is not looked at.
   */
  private quotesShown(document: vscode.TextDocument, quotes: readonly { start: number }[]): number[] {
    const key = document.uri.toString();
    if (quotes.length <= LENS_ALL_UP_TO) {
      this.windowed.delete(key);
      return quotes.map((_, i) => i);
    }
    this.windowed.add(key);
    const last = document.lineCount - 1;
    const offsetOfLine = (line: number) => document.offsetAt(new vscode.Position(Math.max(0, Math.min(last, line)), 0));
    const shown = new Set<number>();
    for (const r of vscode.window.visibleTextEditors.filter((e) => e.document === document).flatMap((e) => e.visibleRanges)) {
      const from = offsetOfLine(r.start.line - LENS_MARGIN_LINES);
      const to = r.end.line + LENS_MARGIN_LINES >= last ? Infinity : offsetOfLine(r.end.line + LENS_MARGIN_LINES + 1);
      // The first quotation starting at or after `from`: the one after the last that starts before it.
      for (let i = lastAtOrBefore(quotes, from - 1, (q) => q.start) + 1; i < quotes.length && quotes[i].start < to; i++) shown.add(i);
    }
    return [...shown].sort((a, b) => a - b);
  }

  dispose(): void {
    if (this.scrollTimer) clearTimeout(this.scrollTimer);
    for (const s of this.subscriptions) s.dispose();
    this.windowed.clear();
    this.changed.dispose();
  }
}
