// References, document highlights, definition and rename for people (presentation/navigation.ts),
// as the VS Code features give them.
import { Connection, DocumentHighlightKind, ResponseError, TextDocumentPositionParams, ErrorCodes } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisResult } from '../analysis/types';
import { definitionAt, personSpansAt, RENAME_REFUSAL, renameEditsAt, renameTargetAt } from '../presentation/navigation';
import { Articles, rangeOf } from './articles';

export function registerNavigation(connection: Connection, articles: Articles): void {
  /** f over the analysis and the offset of a request's position; undefined when not analysed. */
  const at = <T>(p: TextDocumentPositionParams, f: (result: AnalysisResult, offset: number, document: TextDocument) => T): T | undefined => {
    const document = articles.get(p.textDocument.uri);
    const result = document && articles.resultFor(document);
    return document && result ? f(result, document.offsetAt(p.position), document) : undefined;
  };

  connection.onReferences((p) =>
    at(p, (result, offset, document) => personSpansAt(result, offset)?.spans.map((s) => ({ uri: document.uri, range: rangeOf(document, s) }))) ?? [],
  );
  connection.onDocumentHighlight((p) =>
    at(p, (result, offset, document) => personSpansAt(result, offset)?.spans.map((s) => ({ range: rangeOf(document, s), kind: DocumentHighlightKind.Text }))) ?? [],
  );
  connection.onDefinition(
    (p) =>
      at(p, (result, offset, document) => {
        const first = definitionAt(result, offset);
        return first ? { uri: document.uri, range: rangeOf(document, first) } : null;
      }) ?? null,
  );
  connection.onPrepareRename((p) => {
    const target = at(p, (result, offset, document) => {
      const mention = renameTargetAt(result, offset);
      return mention && { range: rangeOf(document, mention), placeholder: mention.text };
    });
    if (!target) throw new ResponseError(ErrorCodes.InvalidRequest, RENAME_REFUSAL);
    return target;
  });
  connection.onRenameRequest((p) => {
    const changes = at(p, (result, offset, document) =>
      renameEditsAt(result, offset, p.newName)?.map((e) => ({ range: rangeOf(document, e.span), newText: e.newText })),
    );
    if (!changes) throw new ResponseError(ErrorCodes.InvalidRequest, RENAME_REFUSAL);
    return { changes: { [p.textDocument.uri]: changes } };
  });
}
