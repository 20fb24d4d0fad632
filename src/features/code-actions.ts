// Quick fixes on an unattributed quotation (see presentation/code-actions.ts): insert an
// attribution template after it, or accept it (remembered in the workspace setting
// newsAnnotator.acceptedQuotes, so it is not reported again).
import * as vscode from 'vscode';
import { ACCEPT_QUOTE_COMMAND, ACCEPT_TITLE, TEMPLATE_SNIPPET, TEMPLATE_TITLE, withAcceptedQuote } from '../presentation/code-actions';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { acceptedQuoteKey, SECTION } from './settings';

export { ACCEPT_QUOTE_COMMAND };

export class AttributionQuickFixes implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    for (const diag of context.diagnostics) {
      if (diag.source !== DIAGNOSTIC_SOURCE || diag.code !== 'unattributed-quote') continue;
      actions.push(this.insertTemplate(document, diag), this.accept(document, diag));
    }
    return actions;
  }

  private insertTemplate(document: vscode.TextDocument, diag: vscode.Diagnostic): vscode.CodeAction {
    const action = new vscode.CodeAction(TEMPLATE_TITLE, vscode.CodeActionKind.QuickFix);
    action.diagnostics = [diag];
    action.isPreferred = true;
    // A snippet (the user lands on the source placeholder), placed right after the quotation by
    // a command, because a workspace edit cannot carry a snippet.
    action.command = {
      title: action.title,
      command: 'newsAnnotator.insertAttributionTemplate',
      arguments: [document.uri, diag.range.end],
    };
    return action;
  }

  private accept(document: vscode.TextDocument, diag: vscode.Diagnostic): vscode.CodeAction {
    const action = new vscode.CodeAction(ACCEPT_TITLE, vscode.CodeActionKind.QuickFix);
    action.diagnostics = [diag];
    action.command = { title: action.title, command: ACCEPT_QUOTE_COMMAND, arguments: [document.getText(diag.range)] };
    return action;
  }
}

/** Inserts the attribution snippet right after the quotation, in the editor showing it. */
export async function insertAttributionTemplate(uri: vscode.Uri, position: vscode.Position): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document, { preserveFocus: false });
  await editor.insertSnippet(new vscode.SnippetString(TEMPLATE_SNIPPET), position);
}

/** Adds a quotation to the workspace's accepted list. */
export async function acceptUnattributedQuote(quoteText: string): Promise<void> {
  const config = vscode.workspace.getConfiguration(SECTION);
  if (!withAcceptedQuote(config.get<string[]>('acceptedQuotes', []), quoteText)) return;
  // Add to the target's own list only: the merged value would copy the user's list into the workspace.
  const inWorkspace = !!vscode.workspace.workspaceFolders?.length;
  const target = inWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  const inspected = config.inspect<string[]>('acceptedQuotes');
  const own = (inWorkspace ? inspected?.workspaceValue : inspected?.globalValue) ?? [];
  await config.update('acceptedQuotes', [...own, acceptedQuoteKey(quoteText)], target);
}
