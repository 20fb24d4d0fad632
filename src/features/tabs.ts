// Which documents are shown in an editor tab. The editor keeps a document open for a while after
// its last tab closes; what the user sees (problems, live analysis) follows the tabs.
import * as vscode from 'vscode';

export function tabUris(tab: vscode.Tab): vscode.Uri[] {
  const input = tab.input;
  if (input instanceof vscode.TabInputText) return [input.uri];
  if (input instanceof vscode.TabInputTextDiff) return [input.original, input.modified];
  return [];
}

/** The URIs (as strings) of every document shown in a tab. */
export function shownUris(): Set<string> {
  return new Set(vscode.window.tabGroups.all.flatMap((g) => g.tabs.flatMap(tabUris)).map(String));
}
