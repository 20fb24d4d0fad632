// textDocument/inlayHint: the speaker behind a pronoun source or a continuation
// (presentation/inlay-hints.ts), unless newsAnnotator.inlayHints.enabled is off.
import { Connection, InlayHint, InlayHintKind } from 'vscode-languageserver/node';
import { inlayHintsOf } from '../presentation/inlay-hints';
import { Articles } from './articles';

export function registerInlayHints(connection: Connection, articles: Articles): void {
  connection.languages.inlayHint.on(({ textDocument, range }): InlayHint[] => {
    const document = articles.get(textDocument.uri);
    const result = document && articles.settings.inlayHints ? articles.resultFor(document) : undefined;
    if (!document || !result) return [];
    return inlayHintsOf(result, document.offsetAt(range.start), document.offsetAt(range.end)).map((h) => ({
      position: document.positionAt(h.offset),
      label: h.label,
      kind: InlayHintKind.Parameter,
      tooltip: h.tooltip,
      paddingLeft: h.padding === 'left',
      paddingRight: h.padding === 'right',
    }));
  });
}
