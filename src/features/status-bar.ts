// Status bar item while a news article is active: how many quotations, how many unattributed.
// A click opens the Problems view.
import * as vscode from 'vscode';
import { AnalysisResult } from '../analysis/types';
import { shownDiagnostics } from './diagnostics';
import { DocumentAnalyses } from './document-analyses';

export class StatusBarFeature implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('newsAnnotator.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly analyses: DocumentAnalyses) {
    this.item.name = 'News Source Annotator';
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      analyses.onDidAnalyse(({ document }) => {
        if (document === vscode.window.activeTextEditor?.document) this.update();
      }),
    );
    this.update();
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !DocumentAnalyses.isNewsArticle(document)) {
      this.item.hide();
      return;
    }
    const result = this.analyses.resultFor(document);
    if (!result && this.analyses.isTooLarge(document)) {
      this.item.text = '$(quote) not analysed';
      this.item.tooltip = 'This file is above the size limit for live analysis. Run "News: Analyse Now".';
      this.item.command = 'newsAnnotator.analyseNow';
    } else if (!result) {
      this.item.text = '$(error) analysis failed';
      this.item.tooltip = 'The analysis of this article failed; the log says why. Click to open it.';
      this.item.command = 'newsAnnotator.showOutput';
    } else {
      this.item.text = statusText(result, unattributedShown(document, result, this.analyses));
      this.item.tooltip = 'Quotations in this article, and those with no attribution. Click to open the Problems view.';
      this.item.command = 'workbench.actions.view.problems';
    }
    this.item.show();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }
}

/** The unattributed quotations the Problems view shows (not accepted, severity not "off"). */
function unattributedShown(document: vscode.TextDocument, result: AnalysisResult, analyses: DocumentAnalyses): number {
  return shownDiagnostics(document, result, analyses.currentSettings).filter((s) => s.diagnostic.code === 'unattributed-quote').length;
}

export function statusText(result: AnalysisResult, unattributed: number): string {
  const quotes = result.quotes.length;
  return `$(quote) ${quotes} quotation${quotes === 1 ? '' : 's'}${unattributed ? `, $(warning) ${unattributed} unattributed` : ''}`;
}
