// textDocument/documentSymbol: the tree of the VS Code outline (presentation/outline.ts).
import { Connection, DocumentSymbol, SymbolKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildOutline, OutlineNode } from '../presentation/outline';
import { Articles, rangeOf } from './articles';

function toSymbols(document: TextDocument, nodes: OutlineNode[]): DocumentSymbol[] {
  return nodes.map((n) => ({
    name: n.name,
    detail: n.detail,
    kind: SymbolKind[n.kind],
    range: rangeOf(document, n.range),
    selectionRange: rangeOf(document, n.selection),
    children: toSymbols(document, n.children),
  }));
}

export function registerDocumentSymbols(connection: Connection, articles: Articles): void {
  connection.onDocumentSymbol(({ textDocument }) => {
    const document = articles.get(textDocument.uri);
    const result = document && articles.resultFor(document);
    return document && result ? toSymbols(document, buildOutline(result, document.getText().length)) : [];
  });
}
