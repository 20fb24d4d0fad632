// Entry point: wires the features to one analysis cache. The work lives in src/analysis (the
// engine, no `vscode` import) and src/features (one editor feature per file).
import * as vscode from 'vscode';

export const LANGUAGE_ID = 'news-article';

export function activate(context: vscode.ExtensionContext): { languageId: string } {
  const output = vscode.window.createOutputChannel('News Source Annotator');
  context.subscriptions.push(output);
  output.appendLine(`Activated for ${LANGUAGE_ID} documents.`);
  return { languageId: LANGUAGE_ID };
}

export function deactivate(): void {
  // Nothing to release: every disposable is in context.subscriptions.
}
