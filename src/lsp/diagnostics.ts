// Published diagnostics: the ones the VS Code Problems view shows (presentation/diagnostics.ts),
// with the same codes, messages and severity settings. A change is published after the debounce
// delay (newsAnnotator.debounceMs); a publication scheduled for a version that is no longer
// current is dropped, as the newer version has its own.
import { Connection, Diagnostic, DiagnosticSeverity } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DIAGNOSTIC_SOURCE, shownDiagnostics, ShownSeverity } from '../presentation/diagnostics';
import { articleOf, Articles, rangeOf } from './articles';

const SEVERITY: Record<ShownSeverity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The diagnostics of the document's current version, as LSP objects. */
export function diagnosticsOf(articles: Articles, document: TextDocument): Diagnostic[] {
  const result = articles.resultFor(document);
  if (!result) return [];
  return shownDiagnostics(articleOf(document), result, articles.settings).map(({ diagnostic, severity }) => ({
    range: rangeOf(document, diagnostic),
    message: diagnostic.message,
    severity: SEVERITY[severity],
    code: diagnostic.code,
    source: DIAGNOSTIC_SOURCE,
  }));
}

export class DiagnosticsPublisher {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly connection: Connection,
    private readonly articles: Articles,
    /** Said once per article that is above the size limit. */
    private readonly onTooLarge: (document: TextDocument) => void,
  ) {}

  /** Publishes after `delayMs` (default: the debounce setting) if the version is still current then. */
  schedule(uri: string, delayMs = this.articles.settings.debounceMs): void {
    const version = this.articles.get(uri)?.version;
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        const document = this.articles.get(uri);
        if (!document || document.version !== version) return;
        this.publish(document);
      }, delayMs),
    );
  }

  /** Publishes every open article's diagnostics again now (settings or accepted quotations changed). */
  republishAll(): void {
    for (const d of this.articles.documents.all()) this.schedule(d.uri, 0);
  }

  publish(document: TextDocument): void {
    if (this.articles.isTooLarge(document)) this.onTooLarge(document);
    void this.connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: diagnosticsOf(this.articles, document) });
  }

  /** A closed document: no pending publication, and its diagnostics are cleared. */
  clear(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
