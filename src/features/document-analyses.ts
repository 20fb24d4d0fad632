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
import { Analyzer } from '../analysis/analyze';
import { AnalysisResult } from '../analysis/types';
import { Logger } from './logger';
import { readSettings, Settings } from './settings';

export const LANGUAGE_ID = 'news-article';

interface Entry {
  analyzer: Analyzer;
  version: number;
  result?: AnalysisResult;
  timer?: ReturnType<typeof setTimeout>;
  /** The user asked to analyse this (large) document anyway. */
  forced: boolean;
  warnedTooLarge: boolean;
}

export interface AnalysedEvent {
  document: vscode.TextDocument;
  result: AnalysisResult | undefined;
}

export class DocumentAnalyses implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
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
    }
    for (const d of vscode.workspace.textDocuments) if (DocumentAnalyses.isNewsArticle(d)) this.schedule(d, 0);
  }

  isTooLarge(document: vscode.TextDocument): boolean {
    return document.getText().length > this.settings.maxFileSizeKB * 1024;
  }

  /**
   * The analysis of the document's current version, computed now if needed (once per version).
   * Undefined for other languages and for large files not analysed on command.
   */
  resultFor(document: vscode.TextDocument): AnalysisResult | undefined {
    if (!DocumentAnalyses.isNewsArticle(document)) return undefined;
    const entry = this.entryFor(document);
    if (entry.version === document.version && entry.result) return entry.result;
    if (this.isTooLarge(document) && !entry.forced) {
      this.warnTooLarge(document, entry);
      return undefined;
    }
    const version = document.version;
    const text = document.getText();
    this.runs++;
    const result = this.log.guard('analysis', undefined, () =>
      entry.analyzer.analyze(text, { id: document.uri.toString(), referenceDate: this.settings.referenceDate }),
    );
    // Drop a result that no longer matches the document (it changed while we worked).
    if (document.version !== version) return undefined;
    entry.version = version;
    entry.result = result;
    return result;
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
      entry = { analyzer: this.newAnalyzer(), version: -1, forced: false, warnedTooLarge: false };
      this.entries.set(key, entry);
    }
    return entry;
  }

  private newAnalyzer(): Analyzer {
    return new Analyzer({ extraTitles: this.settings.extraTitles, extraCueVerbs: this.settings.extraCueVerbs });
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
