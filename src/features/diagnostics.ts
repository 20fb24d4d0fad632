// Problems from the engine: unattributed quotations, unclosed quotation marks, anonymous sources.
// Each code has a severity setting (or "off"); accepted quotations are not reported.
import * as vscode from 'vscode';
import { AnalysisResult, Diagnostic as EngineDiagnostic } from '../analysis/types';
import { DocumentAnalyses } from './document-analyses';
import { DIAGNOSTIC_SOURCE, shownDiagnostics as shownIn, ShownSeverity } from '../presentation/diagnostics';
import { articleOf, rangeOf } from './ranges';
import { Settings } from './settings';
import { shownUris, tabUris } from './tabs';

export { DIAGNOSTIC_SOURCE };

const SEVERITY: Record<ShownSeverity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export class DiagnosticsFeature implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly analyses: DocumentAnalyses) {
    this.subscriptions.push(
      analyses.onDidAnalyse(({ document, result }) => this.publish(document, result)),
      vscode.workspace.onDidCloseTextDocument((d) => this.collection.delete(d.uri)),
      // The editor keeps a document alive for a while after its last tab closes: clear its
      // problems when the tab goes, and show them again when a tab opens it again.
      vscode.window.tabGroups.onDidChangeTabs((e) => {
        if (e.closed.length) this.dropUnshown();
        if (e.opened.length) this.republish(e.opened);
      }),
    );
  }

  private dropUnshown(): void {
    const shown = shownUris();
    const gone: vscode.Uri[] = [];
    this.collection.forEach((uri) => {
      if (!shown.has(uri.toString())) gone.push(uri);
    });
    for (const uri of gone) this.collection.delete(uri);
  }

  private republish(tabs: readonly vscode.Tab[]): void {
    const opened = new Set(tabs.flatMap(tabUris).map(String));
    for (const d of vscode.workspace.textDocuments) {
      if (opened.has(d.uri.toString()) && !this.collection.has(d.uri)) this.analyses.schedule(d, 0);
    }
  }

  publish(document: vscode.TextDocument, result: AnalysisResult | undefined): void {
    // Problems go with the tab: a document that lingers after its tab closed is re-analysed when a
    // setting changes, and its problems must not come back (a tab opened again republishes).
    if (!result || document.isClosed || !shownUris().has(document.uri.toString())) {
      this.collection.delete(document.uri);
      return;
    }
    const shown = shownDiagnostics(document, result, this.analyses.currentSettings);
    this.collection.set(document.uri, shown.map(({ diagnostic, severity }) => toVscode(document, diagnostic, severity)));
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.collection.dispose();
  }
}

/** The diagnostics the Problems view shows, with VS Code's severities (the status bar counts them). */
export function shownDiagnostics(
  document: vscode.TextDocument,
  result: AnalysisResult,
  settings: Settings,
): { diagnostic: EngineDiagnostic; severity: vscode.DiagnosticSeverity }[] {
  return shownIn(articleOf(document), result, settings).map(({ diagnostic, severity }) => ({ diagnostic, severity: SEVERITY[severity] }));
}

function toVscode(document: vscode.TextDocument, d: EngineDiagnostic, severity: vscode.DiagnosticSeverity): vscode.Diagnostic {
  const diag = new vscode.Diagnostic(rangeOf(document, d), d.message, severity);
  diag.source = DIAGNOSTIC_SOURCE;
  diag.code = d.code;
  return diag;
}
