// The fact-checkers' marks in the editor: one sidecar (`<article>.sources.json`) per article, read
// through workspace.fs (so virtual file systems work too) and kept with the text it was read as,
// which is the base of the three-way merge the next save does (verification/save-plan.ts).
//
// - Reading: on demand, for an open article or one the index, a view or an export asks about.
//   Marks are re-attached to the engine's quotations on every analysis (`verify`), cached per
//   engine result, so however many features ask, reattach runs once per version and marks change.
// - Outside changes (another window, git pull, a hand edit): a watcher on `**/*.sources.json`
//   re-reads the file; listeners hear `onDidChange` with the article's URI.
// - Writing: planSave (merge with what is on disk now), then the platform's writer (platform.ts):
//   on the desktop a temporary file renamed over the sidecar, so a crash leaves the old file or the
//   new one; in the browser a checked write in place. Either refuses when the file changed since it
//   was read, and the save merges again with what is there now. A malformed sidecar, or one of an
//   unknown version, is never written: the user gets its file and line, and an "Open Sidecar" button.
// - The article's text is never touched.
import * as vscode from 'vscode';
import { AnalysisResult, Quote } from '../analysis/types';
import {
  applyMarks, Attachment, ChangeResult, correctedResult, describeSidecarError, emptySidecar, fileNameOf, Mark, parseSidecarFile,
  planSave, QuoteVerification, reattach, Sidecar, SidecarChangedError, SIDECAR_SUFFIX, SidecarFileError, sidecarPathFor, undo, UndoRecord, VerifiedResult,
} from '../verification';
import { Logger } from './logger';
import { readTextOrNull, SidecarWriter } from './platform';

export interface Verified {
  attachments: Attachment[];
  verified: VerifiedResult;
  /** The engine's result with the corrected speakers: what every feature shows. */
  corrected: AnalysisResult;
}

interface ArticleMarks {
  article: vscode.Uri;
  sidecarUri: vscode.Uri;
  /** The sidecar's text when last read or written (null: no file): the base of the next merge. */
  baseText: string | null;
  /** The marks as read; null while the file is malformed or of an unknown version. */
  sidecar: Sidecar | null;
  error?: SidecarFileError;
  /** Counts changes of `sidecar`, so cached verifications know when they are stale. */
  generation: number;
  loaded?: Promise<void>;
  /** Saves of this sidecar, one after another (each merges with what the previous wrote). */
  saving: Promise<unknown>;
  /** Counts saves begun and ended (odd while one runs): a read that overlapped a save may hold the text from before it. */
  saveEpoch: number;
}

export const OPEN_SIDECAR = 'Open Sidecar';
/** How often the sidecars of the articles on screen are read again (see rereadShown). */
const SHOWN_REREAD_MS = 2_000;
/** Saves that found the sidecar changed while they wrote merge again with it, this often. */
const SAVE_ATTEMPTS = 5;

export const sidecarUriFor = (article: vscode.Uri): vscode.Uri => article.with({ path: sidecarPathFor(article.path) });

export class VerificationStore implements vscode.Disposable {
  private readonly articles = new Map<string, ArticleMarks>();
  private readonly cache = new WeakMap<AnalysisResult, { key: string; generation: number; value: Verified }>();
  private readonly shown = new WeakMap<AnalysisResult, VerifiedResult>();
  private readonly quoteChecks = new WeakMap<Quote, QuoteVerification>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with an article's URI when its marks changed (read, saved, or changed on disk). */
  readonly onDidChange = this.changed.event;
  private readonly undoStack: { article: vscode.Uri; record: UndoRecord }[] = [];
  /** The sidecar problems shown to the user, newest last (tests read them). */
  readonly shownProblems: string[] = [];
  private readonly shownFor = new Map<string, string>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Sidecar events the watcher delivered, by sidecar URI (tests wait for their own write to be seen). */
  readonly watcherEvents = new Map<string, number>();
  /** Generations are unique across articles, so a cache entry from before dropCache never matches. */
  private generations = 0;

  constructor(
    private readonly log: Logger,
    private readonly writeSidecar: SidecarWriter,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`);
    const reread = (uri: vscode.Uri) => {
      this.watcherEvents.set(uri.toString(), (this.watcherEvents.get(uri.toString()) ?? 0) + 1);
      const state = this.articles.get(uri.with({ path: uri.path.slice(0, -SIDECAR_SUFFIX.length) }).toString());
      if (state) void this.reload(state);
    };
    this.subscriptions.push(
      watcher,
      watcher.onDidCreate(reread),
      watcher.onDidChange(reread),
      watcher.onDidDelete(reread),
      // An article opened or shown again: its sidecar may have changed unseen (see ensureLoaded).
      vscode.workspace.onDidOpenTextDocument((d) => this.articles.has(d.uri.toString()) && void this.ensureLoaded(d.uri)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.rereadShown()),
      this.changed,
    );
    // The watcher can drop events (a burst coalesced, a deletion after an atomic rename): the
    // sidecars of the articles on screen are looked at every few seconds as well. Reading one
    // small file per visible article is cheap, and what the user sees never stays stale.
    const poll = setInterval(() => this.rereadShown(), SHOWN_REREAD_MS);
    this.subscriptions.push({ dispose: () => clearInterval(poll) });
  }

  /** Reads again the sidecars of the articles shown in editors (those read before). */
  private rereadShown(): void {
    const shown = new Set(vscode.window.visibleTextEditors.map((e) => e.document.uri.toString()));
    for (const key of shown) {
      const state = this.articles.get(key);
      if (state?.loaded) void this.ensureLoaded(state.article);
    }
  }

  private stateOf(article: vscode.Uri): ArticleMarks {
    const key = article.toString();
    let state = this.articles.get(key);
    if (!state) {
      state = { article, sidecarUri: sidecarUriFor(article), baseText: null, sidecar: null, generation: 0, saving: Promise.resolve(), saveEpoch: 0 };
      this.articles.set(key, state);
    }
    return state;
  }

  /**
   * Reads the article's sidecar, or reads it again when it was read before: the watcher drops a
   * file created and deleted within one batch of events, so commands and exports look for themselves.
   */
  ensureLoaded(article: vscode.Uri): Promise<void> {
    const state = this.stateOf(article);
    if (!state.loaded) state.loaded = this.reload(state);
    else state.loaded = state.loaded.then(() => this.reload(state));
    return state.loaded;
  }

  /** Reads every sidecar read so far again (see ensureLoaded). */
  async rereadAll(): Promise<void> {
    await Promise.all([...this.articles.values()].map((s) => this.ensureLoaded(s.article)));
  }

  private async reload(state: ArticleMarks): Promise<void> {
    try {
      const epoch = state.saveEpoch;
      const text = await readTextOrNull(state.sidecarUri);
      // A save began or ended meanwhile: it read the disk itself, and this text may be older.
      if (epoch !== state.saveEpoch || epoch % 2 === 1) return;
      if (state.sidecar !== null || state.error) {
        if (text === state.baseText) return; // our own write, or nothing new
      }
      this.take(state, text);
    } catch (e) {
      this.log.error(`reading ${state.sidecarUri.path}`, e);
    }
  }

  /** Makes `text` (null: no file) the article's marks and merge base. */
  private take(state: ArticleMarks, text: string | null): void {
    const showedMarks = (state.sidecar?.marks.length ?? 0) > 0 || state.error !== undefined;
    state.baseText = text;
    const parsed = text === null ? { ok: true as const, sidecar: emptySidecar(fileNameOf(state.article.path)) } : parseSidecarFile(this.nameOf(state.sidecarUri), text);
    state.sidecar = parsed.ok ? parsed.sidecar : null;
    state.error = parsed.ok ? undefined : parsed.error;
    state.generation = ++this.generations;
    if (!parsed.ok) this.showProblem(state, parsed.error);
    else this.shownFor.delete(state.sidecarUri.toString());
    // Most articles have no sidecar: reading "none" changes nothing anyone shows.
    if (showedMarks || !parsed.ok || parsed.sidecar.marks.length > 0) this.changed.fire(state.article);
  }

  private nameOf(uri: vscode.Uri): string {
    return vscode.workspace.asRelativePath(uri);
  }

  /** Tells the user once per file content: the file, the line, and a button that opens it there. */
  private showProblem(state: ArticleMarks, error: SidecarFileError, always = false): void {
    const key = state.sidecarUri.toString();
    const message = `News Source Annotator: ${describeSidecarError(error)}. Its marks are not applied, and it will not be overwritten until it is fixed.`;
    if (!always && this.shownFor.get(key) === message) return;
    this.shownFor.set(key, message);
    this.shownProblems.push(message);
    void vscode.window.showErrorMessage(message, OPEN_SIDECAR).then(async (choice) => {
      if (choice !== OPEN_SIDECAR) return;
      const doc = await vscode.workspace.openTextDocument(state.sidecarUri);
      const at = new vscode.Position(Math.max(0, error.line - 1), Math.max(0, error.column - 1));
      await vscode.window.showTextDocument(doc, { selection: new vscode.Range(at, at) });
    });
  }

  /** The article's sidecar problem, if it has one now. */
  problemOf(article: vscode.Uri): SidecarFileError | undefined {
    return this.articles.get(article.toString())?.error;
  }

  /** The marks of every article read so far, with their problems (the Verification view). */
  known(): { article: vscode.Uri; marks: readonly Mark[]; error?: SidecarFileError }[] {
    return [...this.articles.values()].map((s) => ({ article: s.article, marks: s.sidecar?.marks ?? [], error: s.error }));
  }

  /**
   * The engine's result joined with the article's marks, cached per result: a result belongs to
   * one text (a document version, a file as read), so the text is asked for (`textOf`, which
   * may join a whole document) only when the marks must be attached again. Before the sidecar
   * has been read it starts reading and answers with no marks; onDidChange follows.
   */
  verify(article: vscode.Uri, textOf: () => string, engineResult: AnalysisResult): Verified {
    const state = this.stateOf(article);
    if (!state.loaded) void this.ensureLoaded(article);
    const key = article.toString();
    const hit = this.cache.get(engineResult);
    if (hit && hit.key === key && hit.generation === state.generation) return hit.value;
    const marks = state.sidecar?.marks ?? [];
    const attachments = marks.length ? reattach(textOf(), engineResult.quotes, marks) : [];
    const verified = applyMarks(engineResult, attachments);
    const value: Verified = { attachments, verified, corrected: marks.length ? correctedResult(engineResult, verified) : engineResult };
    this.cache.set(engineResult, { key, generation: state.generation, value });
    this.shown.set(value.corrected, verified);
    value.corrected.quotes.forEach((q, i) => {
      const v = verified.verifications[i];
      if (v) this.quoteChecks.set(q, v);
    });
    return value;
  }

  /** The check of a quotation of a result `verify` gave out (the News Sources view marks corrections). */
  checkOfShown(quote: Quote): QuoteVerification | undefined {
    return this.quoteChecks.get(quote);
  }

  /** The marks behind a result `verify` gave out (as the index and exports hold it). */
  verificationOfShown(result: AnalysisResult): VerifiedResult | undefined {
    return this.shown.get(result);
  }

  /**
   * Applies a change to the article's sidecar and saves it (merged with the disk, atomically).
   * Resolves with the mark as stored (null after a clear); rejects when the sidecar cannot be
   * written (malformed, unknown version) or the change is invalid.
   */
  async change(article: vscode.Uri, apply: (sidecar: Sidecar) => ChangeResult, remember = true): Promise<Mark | null> {
    await this.ensureLoaded(article);
    const state = this.stateOf(article);
    const run = state.saving.catch(() => undefined).then(async () => {
      state.saveEpoch++;
      try {
        return await this.saveMerging(state, apply, remember);
      } finally {
        state.saveEpoch++;
      }
    });
    state.saving = run;
    return run;
  }

  /** Saves; when the sidecar changed while it was written, merges with the change and saves again. */
  private async saveMerging(state: ArticleMarks, apply: (sidecar: Sidecar) => ChangeResult, remember: boolean): Promise<Mark | null> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.save(state, apply, remember);
      } catch (e) {
        if (!(e instanceof SidecarChangedError) || attempt >= SAVE_ATTEMPTS) throw e;
        this.log.info(`${this.nameOf(state.sidecarUri)}: changed on disk while saving; merging again (attempt ${attempt + 1})`);
      }
    }
  }

  private async save(state: ArticleMarks, apply: (sidecar: Sidecar) => ChangeResult, remember: boolean): Promise<Mark | null> {
    const file = this.nameOf(state.sidecarUri);
    const refuse = (error: SidecarFileError): never => {
      this.showProblem(state, error, true);
      throw new Error(describeSidecarError(error));
    };
    const diskText = await readTextOrNull(state.sidecarUri);
    // Changed on disk and the watcher has not told us yet (it can lag): the change applies to the
    // file as it is now, and a refused file may have been fixed or deleted since.
    if (diskText !== state.baseText) this.take(state, diskText);
    if (state.error || !state.sidecar) return refuse(state.error ?? { kind: 'syntax', message: 'not read', line: 1, column: 1, file });
    const result = apply(state.sidecar);
    if (!result.ok) throw new Error(result.error);
    const plan = planSave(file, state.baseText, result.sidecar, diskText);
    if (!plan.ok) {
      this.take(state, diskText);
      return refuse(plan.error);
    }
    if (plan.write) await this.writeSidecar(state.sidecarUri, plan.text, diskText);
    if (plan.conflicts.length) this.log.info(`${file}: merged with changes made on disk meanwhile (${plan.conflicts.length} conflict(s), resolved as the merge describes)`);
    state.baseText = diskText === null && !plan.write ? null : plan.text;
    state.sidecar = plan.sidecar;
    state.error = undefined;
    state.generation = ++this.generations;
    if (remember) this.undoStack.push({ article: state.article, record: result.undo });
    this.changed.fire(state.article);
    return plan.sidecar.marks.find((m) => m.id === result.undo.markId) ?? null;
  }

  /** Undoes the last mark change of this session; undefined when there is none to undo. */
  async undoLast(): Promise<{ article: vscode.Uri; mark: Mark | null } | undefined> {
    const last = this.undoStack.pop();
    if (!last) return undefined;
    try {
      const mark = await this.change(last.article, (sidecar) => undo(sidecar, last.record), false);
      return { article: last.article, mark };
    } catch (e) {
      this.undoStack.push(last);
      throw e;
    }
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  /** Forgets what was read (tests: the equivalent of a window reload); the next ask reads again. */
  dropCache(): void {
    this.articles.clear();
    this.undoStack.length = 0;
    this.shownFor.clear();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
