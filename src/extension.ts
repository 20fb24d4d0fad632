// The activation both entry files share (extension.node.ts for the desktop, extension.web.ts for
// the browser): wires the features to one analysis cache. The work lives in src/analysis (the
// engine, no `vscode` import) and src/features (one editor feature per file); what differs between
// the two hosts is the Platform the entry passes in (features/platform.ts).
import * as vscode from 'vscode';
import { AttributionQuickFixes, ACCEPT_QUOTE_COMMAND, acceptUnattributedQuote, insertAttributionTemplate } from './features/code-actions';
import { DiagnosticsFeature } from './features/diagnostics';
import { AnalysesApi, DocumentAnalyses, LANGUAGE_ID } from './features/document-analyses';
import { DocumentSymbolsFeature } from './features/document-symbols';
import { HoverFeature, REVEAL_COMMAND, revealRange } from './features/hover';
import { InlayHintsFeature } from './features/inlay-hints';
import { Logger, WorkTiming } from './features/logger';
import { PeopleNavigation } from './features/references';
import { LEGEND, SemanticTokensFeature } from './features/semantic-tokens';
import { SECTION } from './features/settings';
import { StatusBarFeature } from './features/status-bar';
import { shownUris, tabUris } from './features/tabs';
import { registerExportCommands } from './features/export-commands';
import { ReportWebview } from './features/report-webview';
import { SnapshotNode, SourcesView, SourcesViewSnapshot } from './features/sources-view';
import { IndexStats, WorkspaceIndex } from './features/workspace-index';
import { VerificationCommands } from './features/verification-commands';
import { VerificationStore } from './features/verification-store';
import { describeMark } from './features/verification-hover';
import { CODELENS_SETTING, VerificationCodeLens } from './features/verification-codelens';
import { VerificationDecorations, VerifiedDocuments } from './features/verification-decorations';
import { VerificationProblems } from './features/verification-problems';
import { VerificationView } from './features/verification-view';
import type { VerifiedResult } from './verification';
import type { Quote } from './analysis/types';
import { plainRole } from './workspace/index-model';
import type { Platform } from './features/platform';

export { LANGUAGE_ID };
export { analyze } from './analysis/analyze';

/** What activate() returns: used by the integration tests to look inside. */
export interface NewsAnnotatorApi {
  languageId: string;
  /** Which entry activated the extension: the desktop's Node host or the browser's web worker. */
  platform: Platform['name'];
  analyses: AnalysesApi;
  workspace: WorkspaceApi;
  /** The status bar item's text (for the active article). */
  readonly statusBarText: string;
  verification: VerificationApi;
  /** The longest synchronous run of each kind of the extension's work since the last call (ms). */
  takeTimings(): Record<string, WorkTiming>;
}

/** The fact-checkers' marks, for tests. */
export interface VerificationApi {
  /** The document's quotations joined with its marks (undefined: not analysed). */
  verifiedFor(document: vscode.TextDocument): VerifiedResult | undefined;
  /** Resolves when the article's sidecar has been read. */
  whenLoaded(uri: vscode.Uri): Promise<void>;
  /** The sidecar problems shown to the user so far. */
  readonly shownProblems: readonly string[];
  /** Sidecar file events the store's watcher has delivered so far for one sidecar. */
  watcherEventsFor(sidecar: vscode.Uri): number;
  /** Forgets every sidecar read (as a window reload would); the next use reads the disk again. */
  dropCache(): void;
  /** Reads every sidecar read so far again; resolves when the changes are applied. */
  rereadAll(): Promise<void>;
  /** The Verification view as plain data (groups and their items), after reading every sidecar. */
  verificationTree(): Promise<{ description: string | undefined; filtered: boolean; roots: SnapshotNode[] }>;
  /** Quotations painted per status in the editors of a document (undefined: never painted). */
  decorationsOf(uri: vscode.Uri): Record<string, number> | undefined;
}

/** The workspace index, the News Sources view and the report, for tests. */
export interface WorkspaceApi {
  /** Starts the index if needed; resolves when it is complete and up to date. */
  whenIndexed(): Promise<IndexStats>;
  /** A new full scan (with progress); resolves with its statistics. */
  rescan(): Promise<IndexStats>;
  /** The News Sources tree as plain data, `depth` levels deep. */
  sourcesTree(depth?: number): SnapshotNode[];
  /** The News Sources view's state and what it shows for it (title, message, top level, welcome). */
  sourcesViewState(): Promise<SourcesViewSnapshot>;
  /** The URIs of the indexed articles, or undefined while the index has not started. */
  indexedFiles(): string[] | undefined;
  readonly grouping: 'speaker' | 'file' | 'gender' | 'kind';
  /** The HTML the report webview last showed (undefined: never opened). */
  readonly lastReportHtml: string | undefined;
  readonly reportOpen: boolean;
}

export function activateWith(context: vscode.ExtensionContext, platform: Platform): NewsAnnotatorApi {
  const log = new Logger(platform.threadCpu);
  // The engine runs in a worker thread, so that no analysis blocks the extension host.
  const analyses = new DocumentAnalyses(log, platform.enginePorts(context));
  // The marks are applied in one place: every feature reads the corrected result from `analyses`.
  const marks = new VerificationStore(log, platform.writeSidecar);
  analyses.setPresenter((uri, textOf, result) => log.guard('marks', result, () => marks.verify(uri, textOf, result).corrected));
  /** How views say a quotation's speaker is the user's correction (the result already holds it). */
  const correctionNote = (quote: Quote): string | undefined => {
    const check = marks.checkOfShown(quote);
    return check?.correctedSpeaker ? `speaker corrected by ${check.by}` : undefined;
  };
  const selector: vscode.DocumentSelector = { language: LANGUAGE_ID };
  const diagnostics = new DiagnosticsFeature(analyses);
  const inlayHints = new InlayHintsFeature(analyses, log, correctionNote);
  const navigation = new PeopleNavigation(analyses, log);
  const statusBar = new StatusBarFeature(analyses);
  const semanticTokens = new SemanticTokensFeature(analyses, log);
  const outline = new DocumentSymbolsFeature(analyses, log, selector, correctionNote);
  // Workspace-wide: nothing is read or analysed until the view, a command or a hover needs it.
  const workspaceIndex = new WorkspaceIndex(analyses, log, platform.yieldToEventLoop);
  const sourcesView = new SourcesView(workspaceIndex, log, (quote) => {
    const note = correctionNote(quote);
    return note && `✎ ${note}`;
  });
  const report = new ReportWebview(workspaceIndex, analyses, log, (f) => marks.verificationOfShown(f.result)?.counts);
  const rolesElsewhere = (document: vscode.TextDocument, person: { name: string }) => {
    if (!workspaceIndex.isStarted) void workspaceIndex.ensureStarted();
    return workspaceIndex.model.rolesElsewhere(person.name, document.uri.toString()).slice(0, 3).map((r) => ({ role: plainRole(r.text), file: r.file.id }));
  };

  const markHover = (document: vscode.TextDocument, quoteIndex: number): string | undefined => {
    const engine = analyses.engineResultFor(document);
    const v = engine && marks.verify(document.uri, () => document.getText(), engine).verified.verifications[quoteIndex];
    return v && engine ? describeMark(document.uri, v, engine.quotes[quoteIndex]) : undefined;
  };
  const verifiedDocuments: VerifiedDocuments = (document) => {
    const engine = analyses.engineResultFor(document);
    return engine && { engine, verified: marks.verify(document.uri, () => document.getText(), engine).verified };
  };
  const verificationView = new VerificationView(workspaceIndex, marks, log);
  const codeLens = new VerificationCodeLens(verifiedDocuments, (d, token) => analyses.resultOf(d, token));
  const decorations = new VerificationDecorations(verifiedDocuments);
  const orphanProblems = new VerificationProblems(verifiedDocuments);
  const marksChanged = (article: vscode.Uri) => {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === article.toString());
    if (open) analyses.republish(open); // diagnostics, inlay hints and the index follow
    else workspaceIndex.marksChangedFor(article);
    outline.refresh();
  };

  context.subscriptions.push(
    log,
    analyses,
    marks,
    marks.onDidChange(marksChanged),
    ...new VerificationCommands(marks, analyses, log, platform.checkerName).register(),
    verificationView,
    codeLens,
    decorations,
    orphanProblems,
    vscode.languages.registerCodeLensProvider(selector, codeLens),
    vscode.languages.registerCodeActionsProvider(selector, orphanProblems, { providedCodeActionKinds: VerificationProblems.kinds }),
    analyses.onDidAnalyse(({ document }) => {
      log.guard('marks in the editor', undefined, () => {
        decorations.refresh(document);
        orphanProblems.publish(document);
      });
      codeLens.refresh();
    }),
    vscode.window.onDidChangeVisibleTextEditors(() => log.guard('marks in the editor', undefined, () => decorations.refresh())),
    vscode.workspace.onDidCloseTextDocument((d) => orphanProblems.forget(d.uri)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${SECTION}.${CODELENS_SETTING}`)) codeLens.refresh();
    }),
    diagnostics,
    inlayHints,
    statusBar,
    workspaceIndex,
    sourcesView,
    report,
    ...registerExportCommands(workspaceIndex, analyses, log, { ensureLoaded: (uri) => marks.ensureLoaded(uri), verificationOf: (f) => marks.verificationOfShown(f.result) }),
    vscode.languages.registerHoverProvider(selector, new HoverFeature(analyses, log, rolesElsewhere, markHover)),
    outline, // registers itself (see there)
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
      void analyses.analyseNow(document);
    }),
    vscode.commands.registerCommand('newsAnnotator.showOutput', () => log.channel.show()),

    vscode.workspace.onDidOpenTextDocument((d) => analyses.schedule(d, 0)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length) analyses.schedule(e.document);
    }),
    // A document whose last tab closed starts afresh when shown again: live analysis, and a large
    // file needs "Analyse Now" again (the editor may keep the document itself open for minutes).
    vscode.window.tabGroups.onDidChangeTabs((e) => {
      if (!e.closed.length) return;
      const shown = shownUris();
      for (const uri of e.closed.flatMap(tabUris)) if (!shown.has(uri.toString())) analyses.forget(uri);
    }),
    vscode.workspace.onDidCloseTextDocument((d) => {
      analyses.forget(d.uri);
      semanticTokens.forget(d.uri);
      outline.forget(d.uri);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(SECTION)) return;
      analyses.reloadSettings();
      // Titles, cue verbs and the reference date change what every feature shows.
      inlayHints.refresh();
      semanticTokens.refresh();
      outline.refresh();
      if (workspaceIndex.isStarted) void workspaceIndex.rescan();
    }),
    analyses.onDidAnalyse(() => inlayHints.refresh()),
  );

  // Articles already open when the extension starts.
  for (const d of vscode.workspace.textDocuments) analyses.schedule(d, 0);
  log.info(`Activated for ${LANGUAGE_ID} documents (${platform.name} extension host).`);
  const api: AnalysesApi = {
    get runs() {
      return analyses.runs;
    },
    resultFor: (document) => analyses.resultFor(document),
    resultOf: (document) => analyses.resultOf(document),
    get engineRunsIn() {
      return analyses.engineRunsIn;
    },
    runsOf: (document) => analyses.runsOf(document),
    statsFor: (document) => analyses.statsFor(document),
    onDidAnalyse: analyses.onDidAnalyse,
  };
  const workspace: WorkspaceApi = {
    whenIndexed: () => workspaceIndex.whenIndexed(),
    rescan: async () => {
      await sourcesView.rescan();
      return workspaceIndex.whenIndexed();
    },
    sourcesTree: (depth) => sourcesView.snapshot(depth),
    sourcesViewState: () => sourcesView.snapshotState(),
    indexedFiles: () => (workspaceIndex.isStarted ? workspaceIndex.model.uris() : undefined),
    get grouping() {
      return sourcesView.grouping;
    },
    get lastReportHtml() {
      return report.lastHtml;
    },
    get reportOpen() {
      return report.isOpen;
    },
  };
  return {
    languageId: LANGUAGE_ID,
    platform: platform.name,
    analyses: api,
    workspace,
    get statusBarText() {
      return statusBar.item.text;
    },
    takeTimings: () => log.takeTimings(),
    verification: {
      verifiedFor: (document) => {
        const result = analyses.engineResultFor(document);
        return result && marks.verify(document.uri, () => document.getText(), result).verified;
      },
      whenLoaded: (uri) => marks.ensureLoaded(uri),
      get shownProblems() {
        return marks.shownProblems;
      },
      watcherEventsFor: (sidecar) => marks.watcherEvents.get(sidecar.toString()) ?? 0,
      dropCache: () => marks.dropCache(),
      rereadAll: () => marks.rereadAll(),
      decorationsOf: (uri) => decorations.painted.get(uri.toString()),
      verificationTree: async () => {
        await verificationView.start();
        const d = verificationView.view.description;
        return { description: typeof d === 'string' ? d : undefined, filtered: verificationView.filtered, roots: verificationView.snapshot() };
      },
    },
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
