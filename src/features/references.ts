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

  /** The document's analysis and the offset of a position in it, or undefined when not analysed. */
  private at<T>(document: vscode.TextDocument, position: vscode.Position, f: (result: AnalysisResult, offset: number) => T): T | undefined {
    const result = this.analyses.resultFor(document);
    return result && f(result, document.offsetAt(position));
  }

  provideReferences(document: vscode.TextDocument, position: vscode.Position): vscode.Location[] {
    return this.log.guard('references', [], () => this.at(document, position, personSpansAt)?.spans.map((s) => locationOf(document, s)) ?? []);
  }

  provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position): vscode.DocumentHighlight[] {
    return this.log.guard('highlights', [], () =>
      (this.at(document, position, personSpansAt)?.spans ?? []).map((s) => new vscode.DocumentHighlight(rangeOf(document, s), vscode.DocumentHighlightKind.Text)),
    );
  }

  provideDefinition(document: vscode.TextDocument, position: vscode.Position): vscode.Location | undefined {
    return this.log.guard('definition', undefined, () => {
      const first = this.at(document, position, definitionAt);
      return first ? locationOf(document, first) : undefined;
    });
  }

  prepareRename(document: vscode.TextDocument, position: vscode.Position): vscode.Range | { range: vscode.Range; placeholder: string } {
    const mention = this.at(document, position, renameTargetAt);
    if (!mention) throw new Error(RENAME_REFUSAL);
    return { range: rangeOf(document, mention), placeholder: mention.text };
  }

  provideRenameEdits(document: vscode.TextDocument, position: vscode.Position, newName: string): vscode.WorkspaceEdit | undefined {
    return this.log.guard('rename', undefined, () => {
      const edits = this.at(document, position, (result, offset) => renameEditsAt(result, offset, newName));
      if (!edits) return undefined;
      const edit = new vscode.WorkspaceEdit();
      for (const e of edits) edit.replace(document.uri, rangeOf(document, e.span), e.newText);
      return edit;
    });
  }
}
