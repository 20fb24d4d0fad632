// The language server (`news-annotate --lsp --stdio`): the engine and the presentation layer of
// the VS Code extension behind the Language Server Protocol, for other editors. One module per
// method group; this one wires them and keeps the settings.
import { createConnection, Connection, InitializeResult, MessageType, ShowMessageNotification, StreamMessageReader, StreamMessageWriter, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Settings } from '../presentation/settings';
import { Articles } from './articles';
import { COMMANDS, registerCodeActions } from './code-actions';
import { DiagnosticsPublisher } from './diagnostics';
import { registerDocumentSymbols } from './document-symbols';
import { registerHover } from './hover';
import { registerInlayHints } from './inlay-hints';
import { registerNavigation } from './navigation';
import { LEGEND, registerSemanticTokens } from './semantic-tokens';
import { fetchSettings, sectionOf, settingsOf } from './settings';

export function startLanguageServer(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Connection {
  const connection = createConnection(new StreamMessageReader(input), new StreamMessageWriter(output));
  const logError = (what: string, e: unknown): void => connection.console.error(`${what} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  const articles = new Articles(logError);
  // A failed promise must not end the server (and every feature in the editor with it): log it.
  process.on('unhandledRejection', (e) => logError('a promise', e));
  const warnedTooLarge = new Set<string>();
  const publisher = new DiagnosticsPublisher(connection, articles, (document: TextDocument) => {
    if (warnedTooLarge.has(document.uri)) return;
    warnedTooLarge.add(document.uri);
    const kb = Math.round(document.getText().length / 1024);
    void connection.sendNotification(ShowMessageNotification.type, {
      type: MessageType.Info,
      message: `News Source Annotator: ${document.uri} is ${kb} KB, above the ${articles.settings.maxFileSizeKB} KB limit for live analysis (setting newsAnnotator.maxFileSizeKB). Run the command newsAnnotator.analyseNow to analyse it once.`,
    });
  });
  let askClient = false;
  let refresh = { semanticTokens: false, inlayHints: false };
  /** Settings requests in flight: only the latest one's answer is applied. */
  let settingsEpoch = 0;
  /** Resolves once the client's settings are in (at once for a client that is not asked), so that
   * the first diagnostics of an article already follow them. */
  let settingsIn: () => void = () => undefined;
  const firstSettings = new Promise<void>((resolve) => (settingsIn = resolve));

  const apply = (settings: Settings): void => {
    articles.setSettings(settings);
    publisher.republishAll();
    if (refresh.semanticTokens) void connection.languages.semanticTokens.refresh();
    if (refresh.inlayHints) void connection.languages.inlayHint.refresh();
  };
  const reloadSettings = async (payload?: unknown): Promise<void> => {
    const epoch = ++settingsEpoch;
    try {
      // A client that is not asked and sends no settings keeps the ones it gave before.
      if (!askClient && (payload === null || payload === undefined)) return;
      const settings = askClient ? await fetchSettings(connection) : settingsOf(sectionOf(payload));
      if (epoch === settingsEpoch) apply(settings);
    } catch (e) {
      logError('workspace/configuration', e);
    } finally {
      settingsIn();
    }
  };

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    askClient = caps.workspace?.configuration === true;
    refresh = { semanticTokens: caps.workspace?.semanticTokens?.refreshSupport === true, inlayHints: caps.workspace?.inlayHint?.refreshSupport === true };
    if (params.initializationOptions !== undefined) articles.setSettings(settingsOf(sectionOf(params.initializationOptions)));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        documentSymbolProvider: { label: 'News Source Annotator' },
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        executeCommandProvider: { commands: COMMANDS },
        referencesProvider: true,
        documentHighlightProvider: true,
        definitionProvider: true,
        renameProvider: { prepareProvider: true },
        inlayHintProvider: true,
        semanticTokensProvider: { legend: LEGEND, full: true },
      },
      serverInfo: { name: 'news-annotate', version: '0.1.0' },
    };
  });
  connection.onInitialized(() => {
    if (askClient) void reloadSettings();
    else settingsIn();
  });
  connection.onDidChangeConfiguration(({ settings }) => void reloadSettings(settings));

  const justOpened = new Set<string>();
  articles.documents.onDidOpen(({ document }) => justOpened.add(document.uri));
  articles.documents.onDidChangeContent(({ document }) => {
    // An opened article is published at once; an edit after the debounce delay.
    const delay = justOpened.delete(document.uri) ? 0 : undefined;
    void firstSettings.then(() => publisher.schedule(document.uri, delay));
  });
  articles.documents.onDidClose(({ document }) => {
    justOpened.delete(document.uri);
    warnedTooLarge.delete(document.uri);
    articles.forget(document.uri);
    publisher.clear(document.uri);
  });

  registerHover(connection, articles);
  registerDocumentSymbols(connection, articles);
  registerCodeActions(connection, articles, publisher);
  registerNavigation(connection, articles);
  registerInlayHints(connection, articles);
  registerSemanticTokens(connection, articles);

  connection.onShutdown(() => publisher.dispose());
  articles.documents.listen(connection);
  connection.listen();
  return connection;
}
