// Entry point: wires the features to one analysis cache. The work lives in src/analysis (the
// engine, no `vscode` import) and src/features (one editor feature per file).
import * as vscode from 'vscode';
import { AttributionQuickFixes, ACCEPT_QUOTE_COMMAND, acceptUnattributedQuote, insertAttributionTemplate } from './features/code-actions';
import { DiagnosticsFeature } from './features/diagnostics';
import { AnalysesApi, DocumentAnalyses, LANGUAGE_ID } from './features/document-analyses';
import { DocumentSymbolsFeature } from './features/document-symbols';
import { HoverFeature, REVEAL_COMMAND, revealRange } from './features/hover';
import { InlayHintsFeature } from './features/inlay-hints';
import { Logger } from './features/logger';
import { PeopleNavigation } from './features/references';
import { LEGEND, SemanticTokensFeature } from './features/semantic-tokens';
import { SECTION } from './features/settings';
import { StatusBarFeature } from './features/status-bar';

export { LANGUAGE_ID };
export { analyze } from './analysis/analyze';

/** What activate() returns: used by the integration tests to look inside. */
export interface NewsAnnotatorApi {
  languageId: string;
  analyses: AnalysesApi;
}

export function activate(context: vscode.ExtensionContext): NewsAnnotatorApi {
  const log = new Logger();
  const analyses = new DocumentAnalyses(log);
  const selector: vscode.DocumentSelector = { language: LANGUAGE_ID };
  const diagnostics = new DiagnosticsFeature(analyses);
  const inlayHints = new InlayHintsFeature(analyses, log);
  const navigation = new PeopleNavigation(analyses, log);
  const statusBar = new StatusBarFeature(analyses);
  const semanticTokens = new SemanticTokensFeature(analyses, log);

  context.subscriptions.push(
    log,
    analyses,
    diagnostics,
    inlayHints,
    statusBar,
    vscode.languages.registerHoverProvider(selector, new HoverFeature(analyses, log)),
    new DocumentSymbolsFeature(analyses, log, selector), // registers itself (see there)
    vscode.languages.registerCodeActionsProvider(selector, new AttributionQuickFixes(), { providedCodeActionKinds: AttributionQuickFixes.kinds }),
    vscode.languages.registerReferenceProvider(selector, navigation),
    vscode.languages.registerDocumentHighlightProvider(selector, navigation),
    vscode.languages.registerDefinitionProvider(selector, navigation),
    vscode.languages.registerRenameProvider(selector, navigation),
    vscode.languages.registerInlayHintsProvider(selector, inlayHints),
    semanticTokens,
    vscode.languages.registerDocumentSemanticTokensProvider(selector, semanticTokens, LEGEND),

    vscode.commands.registerCommand(REVEAL_COMMAND, revealRange),
    vscode.commands.registerCommand(ACCEPT_QUOTE_COMMAND, async (text: string) => {
      await acceptUnattributedQuote(text);
      // The setting change re-publishes diagnostics (see onDidChangeConfiguration below).
    }),
    vscode.commands.registerCommand('newsAnnotator.insertAttributionTemplate', insertAttributionTemplate),
    vscode.commands.registerCommand('newsAnnotator.analyseNow', () => {
      const document = vscode.window.activeTextEditor?.document;
      if (!document || !DocumentAnalyses.isNewsArticle(document)) {
        void vscode.window.showWarningMessage('News Source Annotator: open a news article (language "News Article") to analyse it.');
        return;
      }
      analyses.analyseNow(document);
    }),
    vscode.commands.registerCommand('newsAnnotator.showOutput', () => log.channel.show()),

    vscode.workspace.onDidOpenTextDocument((d) => analyses.schedule(d, 0)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length) analyses.schedule(e.document);
    }),
    vscode.workspace.onDidCloseTextDocument((d) => analyses.forget(d.uri)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(SECTION)) return;
      analyses.reloadSettings();
      inlayHints.refresh();
    }),
    analyses.onDidAnalyse(() => inlayHints.refresh()),
  );

  // Articles already open when the extension starts.
  for (const d of vscode.workspace.textDocuments) analyses.schedule(d, 0);
  log.info(`Activated for ${LANGUAGE_ID} documents.`);
  const api: AnalysesApi = {
    get runs() {
      return analyses.runs;
    },
    resultFor: (document) => analyses.resultFor(document),
    statsFor: (document) => analyses.statsFor(document),
    onDidAnalyse: analyses.onDidAnalyse,
  };
  return { languageId: LANGUAGE_ID, analyses: api };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
