// Navigation for people (references, highlights, definition, rename; see
// presentation/navigation.ts) for VS Code.
import * as vscode from 'vscode';
import { AnalysisResult } from '../analysis/types';
import { definitionAt, personSpansAt, RENAME_REFUSAL, renameEditsAt, renameTargetAt } from '../presentation/navigation';
import { DocumentAnalyses } from './document-analyses';
import { Logger } from './logger';
import { locationOf, rangeOf } from './ranges';

export class PeopleNavigation
  implements vscode.ReferenceProvider, vscode.DocumentHighlightProvider, vscode.DefinitionProvider, vscode.RenameProvider
{
  constructor(
    private readonly analyses: DocumentAnalyses,
    private readonly log: Logger,
  ) {}

  /** The document's analysis (when done) and the offset of a position in it; undefined when not analysed. */
  private async at<T>(document: vscode.TextDocument, position: vscode.Position, f: (result: AnalysisResult, offset: number) => T): Promise<T | undefined> {
    const result = await this.analyses.resultOf(document);
    return result && f(result, document.offsetAt(position));
  }

  async provideReferences(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location[]> {
    const hit = await this.at(document, position, personSpansAt);
    return this.log.guard('references', [], () => hit?.spans.map((s) => locationOf(document, s)) ?? []);
  }

  async provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.DocumentHighlight[]> {
    const hit = await this.at(document, position, personSpansAt);
    return this.log.guard('highlights', [], () => (hit?.spans ?? []).map((s) => new vscode.DocumentHighlight(rangeOf(document, s), vscode.DocumentHighlightKind.Text)));
  }

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location | undefined> {
    const first = await this.at(document, position, definitionAt);
    return this.log.guard('definition', undefined, () => (first ? locationOf(document, first) : undefined));
  }

  async prepareRename(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Range | { range: vscode.Range; placeholder: string }> {
    const mention = await this.at(document, position, renameTargetAt);
    if (!mention) throw new Error(RENAME_REFUSAL);
    return { range: rangeOf(document, mention), placeholder: mention.text };
  }

  async provideRenameEdits(document: vscode.TextDocument, position: vscode.Position, newName: string): Promise<vscode.WorkspaceEdit | undefined> {
    const edits = await this.at(document, position, (result, offset) => renameEditsAt(result, offset, newName));
    return this.log.guard('rename', undefined, () => {
      if (!edits) return undefined;
      const edit = new vscode.WorkspaceEdit();
      for (const e of edits) edit.replace(document.uri, rangeOf(document, e.span), e.newText);
      return edit;
    });
  }
}
