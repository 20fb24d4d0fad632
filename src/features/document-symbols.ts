// Outline: the tree of presentation/outline.ts (headline, Speakers, Other sources, People, Dates)
// as VS Code symbols. Breadcrumbs and Go to Symbol (@) use the same tree.
import * as vscode from 'vscode';
import { AnalysisResult, Quote } from '../analysis/types';
import { buildOutline, OutlineNode } from '../presentation/outline';
import { DocumentAnalyses } from './document-analyses';
import { Logger } from './logger';
import { documentLength, rangeOf } from './ranges';

/**
 * Provides the outline. VS Code caches a document's symbols per version and has no event to
 * ask again, so when a version first answered without an analysis (a large file before "Analyse
 * Now") gets one, the provider is registered anew: that drops the cache and refreshes the
 * Outline and breadcrumbs.
 */
export class DocumentSymbolsFeature implements vscode.DocumentSymbolProvider, vscode.Disposable {
  private registration: vscode.Disposable;
  private readonly subscription: vscode.Disposable;
  /** Documents (URI → version) whose symbols were asked for before they were analysed. */
  private readonly unanalysed = new Map<string, number>();
  /**
   * The symbols of a result as shown. The Outline, the breadcrumbs and sticky scroll each ask for
   * the same version; a long article's tree is built once. A new version or a changed mark gives a
   * new result object; refresh() drops them all (settings, marks).
   */
  private built = new WeakMap<AnalysisResult, vscode.DocumentSymbol[]>();

  constructor(
    private readonly analyses: DocumentAnalyses,
    private readonly log: Logger,
    private readonly selector: vscode.DocumentSelector,
    /** A fact-checker's note on a quotation for its detail ("speaker corrected by Ada"), if any. */
    private readonly markNote?: (quote: Quote) => string | undefined,
  ) {
    this.registration = this.register();
    this.subscription = analyses.onDidAnalyse(({ document, result }) => {
      const key = document.uri.toString();
      if (!result || this.unanalysed.get(key) !== document.version) return;
      this.unanalysed.delete(key);
      this.refresh();
    });
  }

  /** Drops VS Code's cached symbols (kept per document version) by registering anew. */
  refresh(): void {
    this.built = new WeakMap();
    this.registration.dispose();
    this.registration = this.register();
  }

  /** Forgets a closed document. */
  forget(uri: vscode.Uri): void {
    this.unanalysed.delete(uri.toString());
  }

  private register(): vscode.Disposable {
    return vscode.languages.registerDocumentSymbolProvider(this.selector, this, { label: 'News Source Annotator' });
  }

  async provideDocumentSymbols(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<vscode.DocumentSymbol[]> {
    const result = await this.analyses.resultOf(document, token);
    if (token?.isCancellationRequested) return [];
    return this.log.guard('outline', [], () => {
      if (!result) {
        this.unanalysed.set(document.uri.toString(), document.version);
        return [];
      }
      const cached = this.built.get(result);
      if (cached) return cached;
      // The worker's outline when the result is the engine's own (no marks), else built here.
      const nodes = this.analyses.engineOutlineFor(document, result) ?? buildOutline(result, documentLength(document), this.markNote);
      const symbols = toSymbols(document, nodes);
      this.built.set(result, symbols);
      return symbols;
    });
  }

  dispose(): void {
    this.subscription.dispose();
    this.registration.dispose();
    this.unanalysed.clear();
  }
}

/** The outline's nodes as VS Code symbols. */
function toSymbols(document: vscode.TextDocument, nodes: OutlineNode[]): vscode.DocumentSymbol[] {
  return nodes.map((n) => {
    const symbol = new vscode.DocumentSymbol(n.name, n.detail, vscode.SymbolKind[n.kind], rangeOf(document, n.range), rangeOf(document, n.selection));
    symbol.children = toSymbols(document, n.children);
    return symbol;
  });
}
