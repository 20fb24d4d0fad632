// textDocument/semanticTokens/full: the tokens of the VS Code feature, with the same legend.
import { Connection, SemanticTokensBuilder, SemanticTokensLegend } from 'vscode-languageserver/node';
import { lineTokensOf, TOKEN_MODIFIERS, TOKEN_TYPES } from '../presentation/semantic-tokens';
import { Articles } from './articles';

export const LEGEND: SemanticTokensLegend = { tokenTypes: TOKEN_TYPES, tokenModifiers: TOKEN_MODIFIERS };

export function registerSemanticTokens(connection: Connection, articles: Articles): void {
  connection.languages.semanticTokens.on(({ textDocument }) => {
    const builder = new SemanticTokensBuilder();
    const document = articles.get(textDocument.uri);
    const result = document && articles.resultFor(document);
    if (document && result) for (const t of lineTokensOf(document.getText(), result)) builder.push(t.line, t.character, t.length, t.type, t.modifiers);
    return builder.build();
  });
}
