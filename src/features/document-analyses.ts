// One analysis per document version, shared by every feature.
//
// - Each open news article has its own incremental Analyzer, so an edit re-analyses only the
//   paragraphs that changed.
// - Results are cached by document version: however many features ask, the engine runs once.
// - Edits schedule a debounced analysis; listeners (diagnostics, status bar) hear about it when
//   it is done. A result computed for a version that is no longer current is dropped.
// - Files above the size limit get one clear message and no live analysis, until the user runs
//   "Analyse Now".
import * as vscode from 'vscode';
import { Analyzer, AnalyzerStats } from '../analysis/analyze';
import { AnalysisResult } from '../analysis/types';
import { Logger } from './logger';
import { readSettings, Settings } from './settings';

export const LANGUAGE_ID = 'news-article';

interface Entry {
  analyzer: Analyzer;
  /** The document version the engine last ran on (-1: none); `result` belongs to it. */
  version: number;
  /** Undefined when the engine failed on that version (the error is logged once, not retried). */
  result?: AnalysisResult;
  /** Paragraphs analysed and reused by the engine's last run on this document. */
  stats?: AnalyzerStats;
  /** Engine runs on this document. */
  runs: number;
  timer?: ReturnType<typeof setTimeout>;
  /** The user asked to analyse this (large) document anyway. */
  forced: boolean;
  warnedTooLarge: boolean;
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
  /** The analysis of the document's current version (see DocumentAnalyses.resultFor). */
  resultFor(document: vscode.TextDocument): AnalysisResult | undefined;
  /** Paragraphs analysed from scratch and reused from the cache in the last run on the document. */
  statsFor(document: vscode.TextDocument): AnalyzerStats | undefined;
  /** Fires after a scheduled or requested analysis, with the result (undefined: not analysed). */
  readonly onDidAnalyse: vscode.Event<AnalysedEvent>;
}

/**
 * Turns the engine's result into the one every feature shows (the fact-checkers' corrections
 * applied, see verification-store.ts): the one place where that happens.
 */
export type ResultPresenter = (uri: vscode.Uri, text: string, engineResult: AnalysisResult) => AnalysisResult;

export class DocumentAnalyses implements vscode.Disposable, AnalysesApi {
  private readonly entries = new Map<string, Entry>();
  private presenter: ResultPresenter = (_uri, _text, r) => r;
  private readonly emitter = new vscode.EventEmitter<AnalysedEvent>();
  readonly onDidAnalyse = this.emitter.event;
  private settings: Settings = readSettings();
  /** How many times the engine actually ran; tests use it to check caching. */
  runs = 0;

  constructor(private readonly log: Logger) {}

  get currentSettings(): Settings {
    return this.settings;
  }

  static isNewsArticle(document: vscode.TextDocument): boolean {
    return document.languageId === LANGUAGE_ID;
  }

  /** Re-reads settings and re-analyses every open article (titles, cues and dates may change). */
  reloadSettings(): void {
    this.settings = readSettings();
    for (const e of this.entries.values()) {
      e.analyzer = this.newAnalyzer();
      e.version = -1;
      e.result = undefined;
      e.stats = undefined;
    }
    for (const d of vscode.workspace.textDocuments) if (DocumentAnalyses.isNewsArticle(d)) this.schedule(d, 0);
  }

  isTooLarge(document: vscode.TextDocument): boolean {
    return document.getText().length > this.settings.maxFileSizeKB * 1024;
  }

  setPresenter(presenter: ResultPresenter): void {
    this.presenter = presenter;
  }

  /** The engine's result as the features show it (corrections applied), for any article's text. */
  present(uri: vscode.Uri, text: string, engineResult: AnalysisResult): AnalysisResult {
    return this.presenter(uri, text, engineResult);
  }

  /** The analysis of the document's current version as shown: the engine's, with corrections. */
  resultFor(document: vscode.TextDocument): AnalysisResult | undefined {
    const r = this.engineResultFor(document);
    return r && this.presenter(document.uri, document.getText(), r);
  }

  /** Tells the listeners again (the result's corrections changed, not the text). */
  republish(document: vscode.TextDocument): void {
    if (!DocumentAnalyses.isNewsArticle(document) || document.isClosed) return;
    this.emitter.fire({ document, result: this.resultFor(document) });
  }

  /**
   * The engine's analysis of the document's current version, computed now if needed (once per
   * version). Undefined for other languages and for large files not analysed on command.
   */
  engineResultFor(document: vscode.TextDocument): AnalysisResult | undefined {
    if (!DocumentAnalyses.isNewsArticle(document)) return undefined;
    const entry = this.entryFor(document);
    // Once per version, whether the engine succeeded or threw (a failure is not retried for
    // every feature that asks; the next edit tries again).
    if (entry.version === document.version) return entry.result;
    if (this.isTooLarge(document) && !entry.forced) {
      this.warnTooLarge(document, entry);
      return undefined;
    }
    this.runs++;
    entry.runs++;
    entry.result = this.log.guard('analysis', undefined, () =>
      entry.analyzer.analyze(document.getText(), { id: document.uri.toString(), referenceDate: this.settings.referenceDate }),
    );
    entry.version = document.version;
    entry.stats = { ...entry.analyzer.stats };
    return entry.result;
  }

  runsOf(document: vscode.TextDocument): number {
    return this.entries.get(document.uri.toString())?.runs ?? 0;
  }

  statsFor(document: vscode.TextDocument): AnalyzerStats | undefined {
    const stats = this.entries.get(document.uri.toString())?.stats;
    return stats && { ...stats };
  }

  /** Analyses after the debounce delay, then tells the listeners. */
  schedule(document: vscode.TextDocument, delayMs = this.settings.debounceMs): void {
    if (!DocumentAnalyses.isNewsArticle(document)) return;
    const entry = this.entryFor(document);
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      if (document.isClosed) return;
      const result = this.resultFor(document);
      this.emitter.fire({ document, result });
    }, delayMs);
  }

  /** Analyses a document now, whatever its size (the "Analyse Now" command). */
  analyseNow(document: vscode.TextDocument): AnalysisResult | undefined {
    const entry = this.entryFor(document);
    entry.forced = true;
    const result = this.resultFor(document);
    this.emitter.fire({ document, result });
    return result;
  }

  /** Forgets a closed document: cancels its pending analysis and frees its cache. */
  forget(uri: vscode.Uri): void {
    const entry = this.entries.get(uri.toString());
    if (entry?.timer) clearTimeout(entry.timer);
    this.entries.delete(uri.toString());
  }

  hasPending(uri: vscode.Uri): boolean {
    return this.entries.get(uri.toString())?.timer !== undefined;
  }

  private entryFor(document: vscode.TextDocument): Entry {
    const key = document.uri.toString();
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { analyzer: this.newAnalyzer(), version: -1, forced: false, warnedTooLarge: false, runs: 0 };
      this.entries.set(key, entry);
    }
    return entry;
  }

  private newAnalyzer(): Analyzer {
    const s = this.settings;
    return new Analyzer({ extraTitles: s.extraTitles, extraCueVerbs: s.extraCueVerbs, gender: s.gender, extraSourceKinds: s.extraSourceKinds });
  }

  private warnTooLarge(document: vscode.TextDocument, entry: Entry): void {
    if (entry.warnedTooLarge) return;
    entry.warnedTooLarge = true;
    const kb = Math.round(document.getText().length / 1024);
    const name = vscode.workspace.asRelativePath(document.uri);
    void vscode.window
      .showInformationMessage(
        `News Source Annotator: ${name} is ${kb} KB, above the ${this.settings.maxFileSizeKB} KB limit for live analysis (setting newsAnnotator.maxFileSizeKB). Analyse it once now?`,
        'Analyse Now',
      )
      .then((choice) => {
        if (choice === 'Analyse Now' && !document.isClosed) this.analyseNow(document);
      });
  }

  dispose(): void {
    for (const e of this.entries.values()) if (e.timer) clearTimeout(e.timer);
    this.entries.clear();
    this.emitter.dispose();
  }
}
