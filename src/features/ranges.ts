// Engine offsets (UTF-16 string indices, end-exclusive) to editor ranges and back. VS Code's
// positionAt/offsetAt count in the same units, so the conversion is exact.
import * as vscode from 'vscode';
import { Span } from '../analysis/types';
import type { ArticleDocument } from '../presentation/document';

export function rangeOf(document: vscode.TextDocument, span: { start: number; end: number }): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

export function locationOf(document: vscode.TextDocument, span: Span): vscode.Location {
  return new vscode.Location(document.uri, rangeOf(document, span));
}

/** The document as the presentation layer reads it. */
export function articleOf(document: vscode.TextDocument): ArticleDocument {
  return {
    uri: document.uri.toString(),
    get length() {
      return documentLength(document);
    },
    textOf: (span) => document.getText(rangeOf(document, span)),
    positionAt: (offset) => document.positionAt(offset),
  };
}

/** The document's length in UTF-16 code units, without joining its lines into one string. */
export function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}
