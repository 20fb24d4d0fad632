// Quick fixes on an unattributed quotation, and the server's commands.
//  - "Add an attribution after this quotation": a code action with a WorkspaceEdit that inserts
//    the plain-text template (` the source said.`) right after the quotation (LSP 3.17 edits
//    carry no snippets).
//  - "Accept this quotation without attribution": a code action with the command
//    newsAnnotator.acceptUnattributedQuote [quotation text], run by the client through
//    workspace/executeCommand. The server remembers it for this session and publishes the
//    diagnostics again; to keep it, add the key it answers with to newsAnnotator.acceptedQuotes.
//  - newsAnnotator.analyseNow [document URI]: analyses an article above newsAnnotator.maxFileSizeKB.
import { CodeAction, CodeActionKind, Connection, Diagnostic } from 'vscode-languageserver/node';
import { ACCEPT_QUOTE_COMMAND, TEMPLATE_TEXT, TEMPLATE_TITLE } from '../presentation/code-actions';
import { acceptedQuoteKey } from '../presentation/settings';
import { Articles } from './articles';
import { diagnosticsOf, DiagnosticsPublisher } from './diagnostics';

export const ACCEPT_TITLE = 'Accept this quotation without attribution (this session)';
export const ANALYSE_NOW_COMMAND = 'newsAnnotator.analyseNow';
export const COMMANDS = [ACCEPT_QUOTE_COMMAND, ANALYSE_NOW_COMMAND];

type Range = Diagnostic['range'];

const before = (a: Range['start'], b: Range['start']): boolean => a.line < b.line || (a.line === b.line && a.character < b.character);
const overlaps = (a: Range, b: Range): boolean => !before(a.end, b.start) && !before(b.end, a.start);

export function registerCodeActions(connection: Connection, articles: Articles, publisher: DiagnosticsPublisher): void {
  connection.onCodeAction(({ textDocument, range }): CodeAction[] => {
    const document = articles.get(textDocument.uri);
    if (!document) return [];
    // The server's own diagnostics under the range: clients differ in which they send back.
    const problems = diagnosticsOf(articles, document).filter((d) => d.code === 'unattributed-quote' && overlaps(d.range, range));
    return problems.flatMap((d) => [
      {
        title: TEMPLATE_TITLE,
        kind: CodeActionKind.QuickFix,
        isPreferred: true,
        diagnostics: [d],
        edit: { changes: { [document.uri]: [{ range: { start: d.range.end, end: d.range.end }, newText: TEMPLATE_TEXT }] } },
      },
      {
        title: ACCEPT_TITLE,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        command: { title: ACCEPT_TITLE, command: ACCEPT_QUOTE_COMMAND, arguments: [document.getText(d.range)] },
      },
    ]);
  });

  connection.onExecuteCommand(({ command, arguments: args }) => {
    const [arg] = args ?? [];
    if (typeof arg !== 'string') return null;
    if (command === ACCEPT_QUOTE_COMMAND) {
      if (articles.accept(arg)) publisher.republishAll();
      return acceptedQuoteKey(arg);
    }
    if (command === ANALYSE_NOW_COMMAND) {
      const document = articles.get(arg);
      if (!document) return null;
      articles.force(arg);
      publisher.publish(document);
      return true;
    }
    return null;
  });
}
