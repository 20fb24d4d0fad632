// The language server's open articles: one engine Analyzer per document, so that an incremental
// edit re-analyses only the paragraphs it changed, and one result per document version, however
// many requests ask. Settings and the quotations accepted in this session live here too.
import { TextDocuments } from 'vscode-languageserver/node';
import { Range, TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer } from '../analysis/analyze';
import { AnalysisResult } from '../analysis/types';
import { ArticleDocument } from '../presentation/document';
import { withAcceptedQuote } from '../presentation/code-actions';
import { acceptedQuoteKey, engineOptions, Settings, settingsFrom } from '../presentation/settings';

interface Entry {
  analyzer: Analyzer;
  /** The version `result` belongs to (-1: none yet). */
  version: number;
  result?: AnalysisResult;
  /** The user asked for this (large) article to be analysed anyway. */
  forced: boolean;
}

export class Articles {
  readonly documents = new TextDocuments(TextDocument);
  private readonly entries = new Map<string, Entry>();
  private current: Settings = settingsFrom(() => undefined);
  /** Quotations accepted through the accept command in this session (see code-actions.ts). */
  private readonly acceptedHere: string[] = [];

  constructor(private readonly onError: (what: string, e: unknown) => void) {}

  /** The settings in force: the client's, plus the quotations accepted in this session. */
  get settings(): Settings {
    return { ...this.current, acceptedQuotes: [...this.current.acceptedQuotes, ...this.acceptedHere] };
  }

  /** New settings: every article is analysed afresh (titles, cues and dates may change). */
  setSettings(settings: Settings): void {
    this.current = settings;
    for (const e of this.entries.values()) {
      e.analyzer = new Analyzer(engineOptions(settings));
      e.version = -1;
      e.result = undefined;
    }
  }

  /** Accepts a quotation for this session; false when it already was. */
  accept(quoteText: string): boolean {
    if (!withAcceptedQuote(this.settings.acceptedQuotes, quoteText)) return false;
    this.acceptedHere.push(acceptedQuoteKey(quoteText));
    return true;
  }

  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  isTooLarge(document: TextDocument): boolean {
    return document.getText().length > this.current.maxFileSizeKB * 1024 && !this.entries.get(document.uri)?.forced;
  }

  /** Lifts the size limit for one article ("Analyse Now"). */
  force(uri: string): void {
    this.entryFor(uri).forced = true;
  }

  /** The analysis of the document's current version (once per version); undefined above the size limit. */
  resultFor(document: TextDocument): AnalysisResult | undefined {
    if (this.isTooLarge(document)) return undefined;
    const entry = this.entryFor(document.uri);
    if (entry.version !== document.version) {
      entry.version = document.version;
      try {
        entry.result = entry.analyzer.analyze(document.getText(), { id: document.uri, referenceDate: this.current.referenceDate });
      } catch (e) {
        entry.result = undefined;
        this.onError('analysis', e);
      }
    }
    return entry.result;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }

  private entryFor(uri: string): Entry {
    let entry = this.entries.get(uri);
    if (!entry) {
      entry = { analyzer: new Analyzer(engineOptions(this.current)), version: -1, forced: false };
      this.entries.set(uri, entry);
    }
    return entry;
  }
}

/** A language-server document as the presentation layer reads it. */
export function articleOf(document: TextDocument): ArticleDocument {
  return {
    uri: document.uri,
    length: document.getText().length,
    textOf: (span) => document.getText().slice(span.start, span.end),
    positionAt: (offset) => document.positionAt(offset),
  };
}

/** An LSP range for a span of the document. */
export function rangeOf(document: TextDocument, span: { start: number; end: number }): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}
