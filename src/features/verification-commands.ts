// Commands on marks. For scripts and tests (ids and arguments are a contract):
//   newsAnnotator.markQuotation(uri, offset, status, note?)
//   newsAnnotator.correctSpeaker(uri, offset, name)   name: a person of the article, any typed
//                                                     name, or null for "no speaker in the text"
//   newsAnnotator.clearMark(uri, offset)
// `offset` is any UTF-16 offset inside the quotation; each resolves with the stored mark, or
// undefined after clearing, and rejects when there is no quotation there or the sidecar cannot be
// written. For people: the same on the quotation at the cursor (palette, editor context menu,
// CodeLens), with pickers, and Undo Last Mark Change.
import * as vscode from 'vscode';
import { AnalysisResult, Quote } from '../analysis/types';
import {
  anchorFor, applyChange, LINK_PATTERN, Mark, MARK_STATUSES, MarkFields, MarkStatus, newMarkId, QuoteVerification, quoteIndexAt, SpeakerCorrection,
} from '../verification';
import { nowIso } from './checker-identity';
import { DocumentAnalyses } from './document-analyses';
import { Logger } from './logger';
import { VerificationStore } from './verification-store';

export const VERIFICATION_COMMANDS = {
  mark: 'newsAnnotator.markQuotation',
  correctSpeaker: 'newsAnnotator.correctSpeaker',
  clear: 'newsAnnotator.clearMark',
  undo: 'newsAnnotator.undoMarkChange',
  verifyHere: 'newsAnnotator.verifyQuotation',
  needsCheckHere: 'newsAnnotator.markNeedsCheck',
  disputeHere: 'newsAnnotator.disputeQuotation',
  correctSpeakerHere: 'newsAnnotator.correctSpeakerAtCursor',
  noteHere: 'newsAnnotator.addMarkNote',
  linkHere: 'newsAnnotator.addMarkLink',
  clearHere: 'newsAnnotator.clearMarkAtCursor',
  reattachOrphan: 'newsAnnotator.reattachMark',
  deleteOrphan: 'newsAnnotator.deleteMark',
} as const;

/** The `name` argument of correctSpeaker that means "nobody in the text said it". */
export const NO_SPEAKER = null;

/** A quotation of an article, with what is known of it now. */
export interface QuotationTarget {
  uri: vscode.Uri;
  text: string;
  engine: AnalysisResult;
  index: number;
  quote: Quote;
  verification: QuoteVerification | null;
}

const LINK = new RegExp(LINK_PATTERN);

function uriOf(value: unknown): vscode.Uri {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string' && value) return /^[a-z][a-z0-9+.-]*:/i.test(value) ? vscode.Uri.parse(value) : vscode.Uri.file(value);
  throw new Error('expected the article as a URI (or its string form)');
}

export class VerificationCommands {
  constructor(
    private readonly store: VerificationStore,
    private readonly analyses: DocumentAnalyses,
    private readonly log: Logger,
    /** Who makes the marks (platform.ts). */
    private readonly checkerName: () => Promise<string>,
  ) {}

  /** The quotation containing `offset` in the article at `uri` (opened, not shown, if needed). */
  async quotationAt(uriArg: unknown, offset: unknown): Promise<QuotationTarget> {
    const uri = uriOf(uriArg);
    if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) throw new Error('expected the offset as a non-negative integer (UTF-16 code units)');
    const document = await vscode.workspace.openTextDocument(uri);
    const engine = await this.analyses.engineResultOf(document);
    if (!engine) throw new Error(`${vscode.workspace.asRelativePath(uri)} is not an analysed news article`);
    await this.store.ensureLoaded(document.uri);
    const text = document.getText();
    const index = quoteIndexAt(engine.quotes, offset);
    if (index === null) throw new Error(`no quotation at offset ${offset} of ${vscode.workspace.asRelativePath(uri)}`);
    const verification = this.store.verify(document.uri, () => text, engine).verified.verifications[index];
    return { uri: document.uri, text, engine, index, quote: engine.quotes[index], verification };
  }

  /** Sets fields of the quotation's mark (creating it); resolves with the stored mark. */
  async set(target: QuotationTarget, fields: MarkFields): Promise<Mark> {
    const [by, at] = [await this.checkerName(), nowIso()];
    const markId = target.verification?.markId ?? newMarkId();
    const anchor = anchorFor(target.text, target.quote);
    const mark = await this.store.change(target.uri, (sidecar) => applyChange(sidecar, { op: 'set', markId, anchor, fields, by, at }));
    if (!mark) throw new Error('the mark was not stored');
    return mark;
  }

  async clear(target: QuotationTarget): Promise<undefined> {
    const markId = target.verification?.markId;
    if (markId) await this.store.change(target.uri, (sidecar) => applyChange(sidecar, { op: 'clear', markId }));
    return undefined;
  }

  /** A person of the article by that name, a typed name, or null: no speaker in the text. */
  static correctionFor(engine: AnalysisResult, name: unknown): SpeakerCorrection {
    if (name === NO_SPEAKER) return { kind: 'none' };
    if (typeof name !== 'string' || !name.trim()) throw new Error('expected the speaker as a name, or null for "no speaker in the text"');
    const typed = name.trim();
    const fold = (s: string) => s.toLocaleLowerCase().replace(/\s+/g, ' ');
    const person = engine.people.find((p) => fold(p.name) === fold(typed));
    return person ? { kind: 'person', name: person.name } : { kind: 'name', name: typed };
  }

  register(): vscode.Disposable[] {
    const C = VERIFICATION_COMMANDS;
    // On the quotation at the cursor, or at (uri, offset) when given (CodeLens, hover links).
    const at = (work: (target: QuotationTarget) => Promise<unknown>) => async (uri?: unknown, offset?: unknown) => {
      try {
        if (uri !== undefined) return await work(await this.quotationAt(uri, offset));
        const editor = vscode.window.activeTextEditor;
        if (!editor || !DocumentAnalyses.isNewsArticle(editor.document)) throw new Error('open a news article and put the cursor in a quotation');
        return await work(await this.quotationAt(editor.document.uri, editor.document.offsetAt(editor.selection.active)));
      } catch (e) {
        this.report(e);
        return undefined;
      }
    };
    return [
      vscode.commands.registerCommand(C.mark, async (uri: unknown, offset: unknown, status: unknown, note?: unknown) => {
        if (!MARK_STATUSES.includes(status as MarkStatus)) throw new Error(`expected the status as one of ${MARK_STATUSES.join(', ')}`);
        if (note !== undefined && note !== null && typeof note !== 'string') throw new Error('expected the note as a string');
        const fields: MarkFields = { status: status as MarkStatus };
        if (typeof note === 'string') fields.note = note.trim() || null;
        return this.set(await this.quotationAt(uri, offset), fields);
      }),
      vscode.commands.registerCommand(C.correctSpeaker, async (uri: unknown, offset: unknown, name: unknown) => {
        const target = await this.quotationAt(uri, offset);
        return this.set(target, { speaker: VerificationCommands.correctionFor(target.engine, name) });
      }),
      vscode.commands.registerCommand(C.clear, async (uri: unknown, offset: unknown) => this.clear(await this.quotationAt(uri, offset))),
      vscode.commands.registerCommand(C.verifyHere, at((t) => this.set(t, { status: 'verified' }))),
      vscode.commands.registerCommand(C.needsCheckHere, at((t) => this.set(t, { status: 'needs-check' }))),
      vscode.commands.registerCommand(C.disputeHere, at((t) => this.set(t, { status: 'disputed' }))),
      vscode.commands.registerCommand(C.correctSpeakerHere, at((t) => this.pickSpeaker(t))),
      vscode.commands.registerCommand(C.noteHere, at((t) => this.askNote(t))),
      vscode.commands.registerCommand(C.linkHere, at((t) => this.askLink(t))),
      vscode.commands.registerCommand(C.clearHere, at((t) => this.clear(t))),
      vscode.commands.registerCommand(C.reattachOrphan, (uri: unknown, markId: unknown, offset?: unknown) => this.guarded(() => this.reattachOrphan(uriOf(uri), String(markId), offset))),
      vscode.commands.registerCommand(C.deleteOrphan, (uri: unknown, markId: unknown) =>
        this.guarded(async () => {
          await this.store.change(uriOf(uri), (sidecar) => applyChange(sidecar, { op: 'clear', markId: String(markId) }));
          return undefined;
        }),
      ),
      vscode.commands.registerCommand(C.undo, async () => {
        try {
          const done = await this.store.undoLast();
          if (!done) void vscode.window.showInformationMessage('News Source Annotator: no mark change to undo.');
          return done?.mark ?? undefined;
        } catch (e) {
          this.report(e);
          return undefined;
        }
      }),
    ];
  }

  private async guarded<T>(work: () => Promise<T>): Promise<T | undefined> {
    try {
      return await work();
    } catch (e) {
      this.report(e);
      return undefined;
    }
  }

  /** Anchors an orphaned mark to a quotation: the one at `offset`, or one the user picks. */
  private async reattachOrphan(uri: vscode.Uri, markId: string, offset?: unknown): Promise<Mark | undefined> {
    const document = await vscode.workspace.openTextDocument(uri);
    const engine = await this.analyses.engineResultOf(document);
    if (!engine) throw new Error('the article is not analysed');
    let at = typeof offset === 'number' ? offset : undefined;
    if (at === undefined) {
      const items = engine.quotes.map((q) => ({ label: q.text.replace(/\s+/g, ' ').slice(0, 80), description: `line ${document.positionAt(q.start).line + 1}${q.speakerName ? ` · ${q.speakerName}` : ''}`, start: q.start }));
      const pick = await vscode.window.showQuickPick(items, { title: 'Re-attach the mark to a quotation' });
      if (!pick) return undefined;
      at = pick.start;
    }
    const target = await this.quotationAt(uri, at);
    const [by, when] = [await this.checkerName(), nowIso()];
    const anchor = anchorFor(target.text, target.quote);
    const mark = await this.store.change(uri, (sidecar) => applyChange(sidecar, { op: 'set', markId, anchor, fields: {}, by, at: when }));
    return mark ?? undefined;
  }

  private report(e: unknown): void {
    this.log.error('mark command', e);
    void vscode.window.showWarningMessage(`News Source Annotator: ${e instanceof Error ? e.message : String(e)}`);
  }

  private async pickSpeaker(target: QuotationTarget): Promise<Mark | undefined> {
    type Item = vscode.QuickPickItem & { name?: string | null };
    const items: Item[] = [
      ...target.engine.people.map((p): Item => ({ label: p.name, description: p.roles[0]?.text, name: p.name })),
      { label: '', kind: vscode.QuickPickItemKind.Separator },
      { label: '$(edit) Type a name…' },
      { label: '$(circle-slash) No speaker in the text', name: NO_SPEAKER },
    ];
    const pick = await vscode.window.showQuickPick(items, { title: 'Correct the speaker of this quotation', placeHolder: target.quote.speakerName ?? 'no speaker found' });
    if (!pick) return undefined;
    let name = pick.name;
    if (name === undefined) {
      name = await vscode.window.showInputBox({ title: 'The speaker’s name', validateInput: (v) => (v.trim() ? undefined : 'A name, please') });
      if (!name) return undefined;
    }
    return this.set(target, { speaker: VerificationCommands.correctionFor(target.engine, name) });
  }

  private async askNote(target: QuotationTarget): Promise<Mark | undefined> {
    const note = await vscode.window.showInputBox({ title: 'Note on this quotation (empty: remove it)', value: target.verification?.note ?? '' });
    return note === undefined ? undefined : this.set(target, { note: note.trim() || null });
  }

  private async askLink(target: QuotationTarget): Promise<Mark | undefined> {
    const link = await vscode.window.showInputBox({
      title: 'Evidence: an http(s) URL, or a path relative to the article’s folder (empty: remove it)',
      value: target.verification?.link ?? '',
      validateInput: (v) => (!v.trim() || LINK.test(v.trim()) ? undefined : 'An http(s) URL, or a relative path (no drive letter, no leading slash)'),
    });
    return link === undefined ? undefined : this.set(target, { link: link.trim() || null });
  }
}
