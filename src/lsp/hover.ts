// textDocument/hover: the markdown of the VS Code hover (presentation/hover.ts). Its links point
// at the article's line (`file:///…#L12`), which clients open as a file location.
import { Connection, Hover, MarkupKind } from 'vscode-languageserver/node';
import { hoverAt } from '../presentation/hover';
import { articleOf, Articles, rangeOf } from './articles';

export function registerHover(connection: Connection, articles: Articles): void {
  connection.onHover(({ textDocument, position }): Hover | null => {
    const document = articles.get(textDocument.uri);
    const result = document && articles.resultFor(document);
    if (!document || !result) return null;
    const content = hoverAt(articleOf(document), result, document.offsetAt(position), {
      link: (span) => `${document.uri}#L${document.positionAt(span.start).line + 1}`,
      gender: articles.settings.gender.enabled,
    });
    return content ? { contents: { kind: MarkupKind.Markdown, value: content.markdown }, range: rangeOf(document, content.span) } : null;
  });
}
