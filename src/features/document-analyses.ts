// One analysis per document version, shared by every feature.
//
// - The engine runs off the extension host's thread (engine-client.ts): each open news article
//   has its own incremental Analyzer there, so an edit re-analyses only the paragraphs that
//   changed, and the result comes back in small pieces.
// - Results are cached by document version: however many features ask, the engine runs once.
//   Features ask with `resultOf` (a promise of the current version's result); `resultFor` gives
//   the current version's result only if it is already there.
// - Edits schedule a debounced analysis; listeners (diagnostics, status bar) hear about it when
//   it is done. A result computed for a version that is no longer current is dropped.
// - Files above the size limit get one clear message and no live analysis, until the user runs
//   "Analyse Now".
import * as vscode from 'vscode';
import type { AnalyzerStats } from '../analysis/analyze';
import { engineOptions } from '../presentation/settings';
import { EngineClient, EnginePortFactory } from './engine-client';
import { AnalysisResult } from '../analysis/types';
import type { OutlineNode } from '../presentation/outline';
import { Logger } from './logger';
import { readSettings, Settings } from './settings';
import { documentLength } from './ranges';
import { Turns } from './turns';

export const LANGUAGE_ID = 'news-article';

interface Entry {
  /** The document version `result` belongs to (-1: none). */
  version: number;
  /** Undefined when the engine failed on that version (the error is logged once, not retried). */
  result?: AnalysisResult;
  /** Paragraphs analysed and reused by the engine's last run on this document. */
  stats?: AnalyzerStats;
  /** The semantic tokens of `result`, encoded by the engine's worker. */
  tokens?: Uint32Array;
  /** The outline of `result`, built by the engine's worker. */
  outline?: OutlineNode[];
  /** Engine runs on this document. */
  runs: number;
  timer?: ReturnType<typeof setTimeout>;
  /** Resolves when the scheduled analysis (the timer's) has run: features wait for it. */
  scheduled?: Deferred;
  /** The engine's run under way, if any (one at a time per document). */
  running?: Promise<void>;
  /** The user asked to analyse this (large) document anyway. */
  forced: boolean;
  warnedTooLarge: boolean;
}

interface Deferred {
  promise: Promise<void>;
  resolve(): void;
}

function deferred(): Deferred {
  let resolve = () => {};
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** Resolves when the editor cancels the request. */
function cancelled(token: vscode.CancellationToken): Promise<void> {
  return new Promise((resolve) => {
    const sub = token.onCancellationRequested(() => {
      sub.dispose();
      resolve();
    });
  });
}


export interface AnalysedEvent {
  document: vscode.TextDocument;
  result: AnalysisResult | undefined;
}

/**
 * The part of the analysis cache that the extension's API exposes (for tests and for other
 * extensions): results, and counters that show what the cache saved.
 */
export interface AnalysesApi {
  /** How many times the engine ran, over all documents. */
  readonly runs: number;
  /** How many times the engine ran on this document since it was opened. */
  runsOf(document: vscode.TextDocument): number;
  /** The analysis of the document's current version if it is done (see DocumentAnalyses.resultFor). */
  resultFor(document: vscode.TextDocument): AnalysisResult | undefined;
  /** The analysis of the document's current version, when it is done (see DocumentAnalyses.resultOf). */
  resultOf(document: vscode.TextDocument): Promise<AnalysisResult | undefined>;
  /** Where the engine runs: 'worker' (off the extension host's thread) or 'in-process'. */
  readonly engineRunsIn: 'worker' | 'in-process';
  /** Paragraphs analysed from scratch and reused from the cache in the last run on the document. */
  statsFor(document: vscode.TextDocument): AnalyzerStats | undefined;
  /** Fires after a scheduled or requested analysis, with the result (undefined: not analysed). */
  readonly onDidAnalyse: vscode.Event<AnalysedEvent>;
}

/**
 * Turns the engine's result into the one every feature shows (the fact-checkers' corrections
 * applied, see verification-store.ts): the one place where that happens.
 */
export type ResultPresenter = (uri: vscode.Uri, textOf: () => string, engineResult: AnalysisResult) => AnalysisResult;

export class DocumentAnalyses implements vscode.Disposable, AnalysesApi {
  private readonly entries = new Map<string, Entry>();
  private presenter: ResultPresenter = (_uri, _text, r) => r;
  private readonly emitter = new vscode.EventEmitter<AnalysedEvent>();
  /**
   * Features that wait for the same analysis resume one per task (turns.ts): for a long article,
   * the outline, tokens, diagnostics, the index, the views and the marks together would keep the
   * extension host busy in one piece.
   */
  private readonly turns = new Turns();
  /** Re-publications under way (republish waits for the current analysis before it tells). */
  private readonly republishing = new Set<Promise<void>>();
  /**
   * Each listener hears of an analysis in a turn of its own; not once it is disposed, nor when the
   * document's text changed while it waited for its turn (the analysis of the new version will
   * tell). A document closed meanwhile is still told of: the index keeps what it last showed.
   */
  readonly onDidAnalyse: vscode.Event<AnalysedEvent> = (listener, thisArgs?, disposables?) => {
    let live = true;
    const subscription = this.emitter.event((e) => {
      const version = e.document.version;
      this.turns.run(() => {
        if (!live || e.document.version !== version) return;
        this.log.guard('after an analysis', undefined, () => listener.call(thisArgs, e));
      });
    });
    const disposable = {
      dispose: () => {
        live = false;
        subscription.dispose();
      },
    };
    if (Array.isArray(disposables)) disposables.push(disposable);
    return disposable;
  };
  private settings: Settings = readSettings();
  /** Bumped when settings change: results of runs started before are dropped. */
  private generation = 0;
  private readonly engine: EngineClient;
  /** How many times the engine actually ran; tests use it to check caching. */
  runs = 0;

  /** `workers` makes the port to the engine's worker; without it the engine runs in process. */
  constructor(
    private readonly log: Logger,
    workers?: EnginePortFactory,
  ) {
    this.engine = new EngineClient(workers, log);
  }

  get currentSettings(): Settings {
    return this.settings;
  }

  get engineRunsIn(): 'worker' | 'in-process' {
    return this.engine.where;
  }

  static isNewsArticle(document: vscode.TextDocument): boolean {
    return document.languageId === LANGUAGE_ID;
  }

  /** Re-reads settings and re-analyses every open article (titles, cues and dates may change). */
  reloadSettings(): void {
    this.settings = readSettings();
    this.generation++;
    for (const e of this.entries.values()) {
      e.version = -1;
      e.result = undefined;
      e.stats = undefined;
      e.tokens = undefined;
      e.outline = undefined;
    }
    for (const d of vscode.workspace.textDocuments) if (DocumentAnalyses.isNewsArticle(d)) this.schedule(d, 0);
  }

  isTooLarge(document: vscode.TextDocument): boolean {
    return documentLength(document) > this.settings.maxFileSizeKB * 1024;
  }

  setPresenter(presenter: ResultPresenter): void {
    this.presenter = presenter;
  }

  /** The engine's result as the features show it (corrections applied), for any article's text. */
  present(uri: vscode.Uri, text: string, engineResult: AnalysisResult): AnalysisResult {
    return this.presenter(uri, () => text, engineResult);
  }

  /**
   * The analysis of the document's current version as shown (the engine's, with corrections), if
   * it is done; undefined while it is under way (features that can wait use `resultOf`).
   */
  resultFor(document: vscode.TextDocument): AnalysisResult | undefined {
    const r = this.engineResultFor(document);
    return r && this.presenter(document.uri, () => document.getText(), r);
  }

  /**
   * The analysis of the document's current version as shown, once it is done (undefined when
   * `token` is cancelled first: the editor asked again for a newer version).
   */
  async resultOf(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<AnalysisResult | undefined> {
    for (;;) {
      const r = await this.engineResultOf(document, token);
      // The version r belongs to: engineResultOf answers for the version current when it returns.
      const version = document.version;
      await this.turns.next();
      if (!r || document.isClosed || token?.isCancellationRequested) return undefined;
      // Still the current version's: its offsets and the text agree.
      if (document.version === version) return this.presenter(document.uri, () => document.getText(), r);
      // The text changed while this waited for its turn: wait for the new version's analysis.
    }
  }

  /**
   * Resolves once every listener told of an analysis so far has heard of it (they hear in turns):
   * what an export reads from the index then follows every mark made before it.
   */
  async listenersHeard(): Promise<void> {
    await Promise.allSettled([...this.republishing]);
    await this.turns.next();
  }

  /**
   * Tells the listeners again (the result's corrections changed, not the text), once the current
   * version is analysed: a document that lingers after its tab closed has no analysis kept.
   */
  republish(document: vscode.TextDocument): void {
    if (!DocumentAnalyses.isNewsArticle(document) || document.isClosed) return;
    const telling: Promise<void> = this.engineResultOf(document)
      .then(() => {
        if (!document.isClosed) this.emitter.fire({ document, result: this.resultFor(document) });
      })
      .finally(() => this.republishing.delete(telling));
    this.republishing.add(telling);
  }

  /** The engine's analysis of the document's current version if it is done. */
  engineResultFor(document: vscode.TextDocument): AnalysisResult | undefined {
    if (!DocumentAnalyses.isNewsArticle(document)) return undefined;
    const entry = this.entries.get(document.uri.toString());
    return entry && entry.version === document.version ? entry.result : undefined;
  }

  /**
   * The engine's analysis of the document's current version, run now if needed (once per version,
   * whether the engine succeeds or fails: a failure is not retried for every feature that asks).
   * Undefined for other languages and for large files not analysed on command. While the document
   * changes, it waits for the analysis of the version that is current when one ends.
   */
  async engineResultOf(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<AnalysisResult | undefined> {
    if (!DocumentAnalyses.isNewsArticle(document)) return undefined;
    const entry = this.entryFor(document);
    const cancel = token && cancelled(token);
    for (;;) {
      // Forgotten (its tab closed) or the request cancelled while it waited.
      if (document.isClosed || token?.isCancellationRequested || this.entries.get(document.uri.toString()) !== entry) return undefined;
      if (entry.version === document.version) return entry.result;
      if (this.isTooLarge(document) && !entry.forced) {
        this.warnTooLarge(document, entry);
        return undefined;
      }
      // While the user types, features wait for the debounced analysis instead of running the
      // engine for every keystroke.
      const wait = entry.scheduled?.promise ?? entry.running ?? this.startRun(document, entry);
      await (cancel ? Promise.race([wait, cancel]) : wait);
    }
  }

  /** Runs the engine on the document's current text; the result is kept for that version. */
  private startRun(document: vscode.TextDocument, entry: Entry): Promise<void> {
    const version = document.version;
    const generation = this.generation;
    this.runs++;
    entry.runs++;
    const keep = (result: AnalysisResult | undefined, stats?: AnalyzerStats, tokens?: Uint32Array, outline?: OutlineNode[]) => {
      entry.running = undefined;
      // Settings changed while it ran: this result follows the old ones.
      if (generation !== this.generation) return;
      entry.version = version;
      entry.result = result;
      entry.stats = stats;
      entry.tokens = tokens;
      entry.outline = outline;
    };
    const options = { id: document.uri.toString(), referenceDate: this.settings.referenceDate };
    const run = this.engine.analyze(document.uri.toString(), document.getText(), options, engineOptions(this.settings)).then(
      (r) => keep(r.result, r.stats ?? undefined, r.tokens ?? undefined, r.outline ?? undefined),
      (e: unknown) => {
        this.log.error('analysis', e);
        keep(undefined);
      },
    );
    entry.running = run;
    return run;
  }

  /**
   * The semantic tokens the engine's worker encoded for `engineResult`, when that is the
   * document's current analysis (the features compute their own for a corrected result).
   */
  engineTokensFor(document: vscode.TextDocument, engineResult: AnalysisResult): Uint32Array | undefined {
    return this.entryOfCurrent(document, engineResult)?.tokens;
  }

  /**
   * The outline the engine's worker built for `engineResult`, when that is the document's
   * current analysis (with a fact-checker's marks the features build their own).
   */
  engineOutlineFor(document: vscode.TextDocument, engineResult: AnalysisResult): OutlineNode[] | undefined {
    return this.entryOfCurrent(document, engineResult)?.outline;
  }

  /** The document's entry when `engineResult` is its current version's analysis (what the worker
   * built beside that result belongs to it). */
  private entryOfCurrent(document: vscode.TextDocument, engineResult: AnalysisResult): Entry | undefined {
    const entry = this.entries.get(document.uri.toString());
    return entry && entry.version === document.version && entry.result === engineResult ? entry : undefined;
  }

  /** Analyses a text that is not an open document (a file on disk), with the current settings. */
  async analyzeText(text: string): Promise<AnalysisResult> {
    const run = await this.engine.analyzeOnce(text, { referenceDate: this.settings.referenceDate }, engineOptions(this.settings));
    return run.result;
  }

  runsOf(document: vscode.TextDocument): number {
    return this.entries.get(document.uri.toString())?.runs ?? 0;
  }

  statsFor(document: vscode.TextDocument): AnalyzerStats | undefined {
    const stats = this.entries.get(document.uri.toString())?.stats;
    return stats && { ...stats };
  }

  /** Analyses after the debounce delay, then tells the listeners (unless the text moved on). */
  schedule(document: vscode.TextDocument, delayMs = this.settings.debounceMs): void {
    if (!DocumentAnalyses.isNewsArticle(document)) return;
    const entry = this.entryFor(document);
    if (entry.timer) clearTimeout(entry.timer);
    const scheduled = (entry.scheduled ??= deferred());
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      entry.scheduled = undefined;
      void this.analyseAndTell(document, entry).finally(() => scheduled.resolve());
    }, delayMs);
  }

  private async analyseAndTell(document: vscode.TextDocument, entry: Entry): Promise<void> {
    if (document.isClosed) return;
    const version = document.version;
    if (entry.version !== version) {
      if (this.isTooLarge(document) && !entry.forced) this.warnTooLarge(document, entry);
      else {
        await (entry.running ?? this.startRun(document, entry));
        // The run under way was for an older version: run for this one.
        if (entry.version !== version && document.version === version && !document.isClosed) await (entry.running ?? this.startRun(document, entry));
      }
    }
    // Stale: an edit came while the engine ran, and the analysis scheduled for it will tell.
    if (document.isClosed || document.version !== version) return;
    this.emitter.fire({ document, result: this.resultFor(document) });
  }

  /** Analyses a document now, whatever its size (the "Analyse Now" command). */
  async analyseNow(document: vscode.TextDocument): Promise<AnalysisResult | undefined> {
    const entry = this.entryFor(document);
    entry.forced = true;
    const result = await this.resultOf(document);
    if (!document.isClosed) this.emitter.fire({ document, result: this.resultFor(document) });
    return result;
  }

  /** Forgets a closed document: cancels its pending analysis and frees its cache. */
  forget(uri: vscode.Uri): void {
    const entry = this.entries.get(uri.toString());
    if (entry?.timer) clearTimeout(entry.timer);
    entry?.scheduled?.resolve();
    if (entry) entry.scheduled = entry.timer = undefined;
    this.entries.delete(uri.toString());
    this.engine.forget(uri.toString());
  }

  hasPending(uri: vscode.Uri): boolean {
    const entry = this.entries.get(uri.toString());
    return entry?.timer !== undefined || entry?.running !== undefined;
  }

  private entryFor(document: vscode.TextDocument): Entry {
    const key = document.uri.toString();
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { version: -1, forced: false, warnedTooLarge: false, runs: 0 };
      this.entries.set(key, entry);
    }
    return entry;
  }

  private warnTooLarge(document: vscode.TextDocument, entry: Entry): void {
    if (entry.warnedTooLarge) return;
    entry.warnedTooLarge = true;
    const kb = Math.round(documentLength(document) / 1024);
    const name = vscode.workspace.asRelativePath(document.uri);
    void vscode.window
      .showInformationMessage(
        `News Source Annotator: ${name} is ${kb} KB, above the ${this.settings.maxFileSizeKB} KB limit for live analysis (setting newsAnnotator.maxFileSizeKB). Analyse it once now?`,
        'Analyse Now',
      )
      .then((choice) => {
        if (choice === 'Analyse Now' && !document.isClosed) void this.analyseNow(document);
      });
  }

  dispose(): void {
    for (const e of this.entries.values()) {
      if (e.timer) clearTimeout(e.timer);
      e.scheduled?.resolve();
      e.scheduled = e.timer = undefined;
    }
    this.entries.clear();
    this.engine.dispose();
    this.emitter.dispose();
  }
}
