// Problems from the engine: unattributed quotations, unclosed quotation marks, anonymous sources.
// Each code has a severity setting (or "off"); accepted quotations are not reported.
import * as vscode from 'vscode';
import { AnalysisResult, Diagnostic as EngineDiagnostic } from '../analysis/types';
import { DocumentAnalyses } from './document-analyses';
import { rangeOf } from './ranges';
import { acceptedQuoteKey, SeverityOption } from './settings';

export const DIAGNOSTIC_SOURCE = 'news-annotator';

const SEVERITY: Record<Exclude<SeverityOption, 'off'>, vscode.DiagnosticSeverity> = {
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
    );
  }

  publish(document: vscode.TextDocument, result: AnalysisResult | undefined): void {
    if (!result || document.isClosed) {
      this.collection.delete(document.uri);
      return;
    }
    const settings = this.analyses.currentSettings;
    const accepted = new Set(settings.acceptedQuotes.map(acceptedQuoteKey));
    const out: vscode.Diagnostic[] = [];
    for (const d of result.diagnostics) {
      const option = settings.severities[d.code];
      if (!option || option === 'off') continue;
      if (d.code === 'unattributed-quote' && accepted.has(acceptedQuoteKey(document.getText(rangeOf(document, d))))) continue;
      out.push(toVscode(document, d, SEVERITY[option]));
    }
    this.collection.set(document.uri, out);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.collection.dispose();
  }
}

function toVscode(document: vscode.TextDocument, d: EngineDiagnostic, severity: vscode.DiagnosticSeverity): vscode.Diagnostic {
  const diag = new vscode.Diagnostic(rangeOf(document, d), d.message, severity);
  diag.source = DIAGNOSTIC_SOURCE;
  diag.code = d.code;
  return diag;
}
