// "News: Show Sources Report" (the workspace) and "News: Show Sources Report (Current File)": a
// webview with charts of who is quoted, how quotations are attributed and what roles the quoted
// people hold. The page is built by src/workspace/report-html.ts: no script, a strict
// Content-Security-Policy, every article text escaped. The webview loads no local resource.
import * as vscode from 'vscode';
import { indexedFile, WorkspaceIndexModel } from '../workspace/index-model';
import { buildMessageHtml, buildReportHtml } from '../workspace/report-html';
import { buildReportModel, CountsOf, TOP_SPEAKERS } from '../workspace/report-model';
import { DocumentAnalyses } from './document-analyses';
import { Logger } from './logger';
import { WorkspaceIndex } from './workspace-index';

/** 16 random bytes in base64, with the Web Crypto API that both the desktop and the browser host have. */
const newNonce = (): string => btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));

export const REPORT_VIEW_TYPE = 'newsAnnotator.sourcesReport';
export const REPORT_COMMANDS = {
  workspace: 'newsAnnotator.showReport',
  file: 'newsAnnotator.showFileReport',
} as const;

type Scope = { kind: 'workspace' } | { kind: 'file'; uri: vscode.Uri };

export class ReportWebview implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private scope: Scope = { kind: 'workspace' };
  private readonly subscriptions: vscode.Disposable[] = [];
  private renderTimer: ReturnType<typeof setTimeout> | undefined;
  /** The HTML last given to the webview (tests read it through the extension's API). */
  lastHtml: string | undefined;

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly analyses: DocumentAnalyses,
    private readonly log: Logger,
    /** Each article's marks by status, for the verification progress table. */
    private readonly countsOf?: CountsOf,
  ) {
    this.subscriptions.push(
      vscode.commands.registerCommand(REPORT_COMMANDS.workspace, () => this.show({ kind: 'workspace' })),
      vscode.commands.registerCommand(REPORT_COMMANDS.file, () => {
        const document = vscode.window.activeTextEditor?.document;
        if (!document || !DocumentAnalyses.isNewsArticle(document)) {
          void vscode.window.showWarningMessage('News Source Annotator: open a news article to see its sources report.');
          return undefined;
        }
        return this.show({ kind: 'file', uri: document.uri });
      }),
      index.onDidChange(() => {
        if (this.panel && this.scope.kind === 'workspace') this.scheduleRender();
      }),
      analyses.onDidAnalyse(({ document }) => {
        if (this.panel && this.scope.kind === 'file' && document.uri.toString() === this.scope.uri.toString()) this.scheduleRender();
      }),
    );
  }

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  /** Opens (or reveals) the report for a scope; resolves when its content is rendered. */
  async show(scope: Scope): Promise<void> {
    this.scope = scope;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(REPORT_VIEW_TYPE, 'Sources Report', vscode.ViewColumn.Active, {
        enableScripts: false,
        enableCommandUris: false,
        localResourceRoots: [],
        retainContextWhenHidden: false,
      });
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        if (this.renderTimer) clearTimeout(this.renderTimer);
      });
    } else this.panel.reveal();
    this.panel.title = scope.kind === 'workspace' ? 'Sources Report' : `Sources Report: ${WorkspaceIndex.idOf(scope.uri)}`;
    if (scope.kind === 'workspace') {
      if (this.index.isScanning || !this.index.isStarted) this.setHtml((o) => buildMessageHtml('Sources report', 'Indexing the articles of the workspace…', o));
      await this.index.whenIndexed();
    } else {
      // The article's analysis may still be under way (the engine runs in a worker).
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === scope.uri.toString());
      if (document) await this.analyses.resultOf(document);
    }
    this.render();
  }

  private scheduleRender(): void {
    if (this.renderTimer) clearTimeout(this.renderTimer);
    this.renderTimer = setTimeout(() => this.render(), 300);
  }

  private render(): void {
    this.log.guard('sources report', undefined, () => {
      if (!this.panel) return;
      const scope = this.scope;
      if (scope.kind === 'workspace') {
        const folder = vscode.workspace.workspaceFolders?.[0]?.name;
        const model = buildReportModel(this.index.model, `Sources report${folder ? `: ${folder}` : ''}`, TOP_SPEAKERS, this.countsOf, this.analyses.currentSettings.gender.enabled);
        this.setHtml((o) => buildReportHtml(model, o));
        return;
      }
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === scope.uri.toString());
      const result = document && this.analyses.resultFor(document);
      const id = WorkspaceIndex.idOf(scope.uri);
      if (!document || !result) {
        this.setHtml((o) => buildMessageHtml(`Sources report: ${id}`, 'The article is closed or not analysed.', o));
        return;
      }
      const single = new WorkspaceIndexModel();
      single.set(indexedFile(id, scope.uri.toString(), document.getText(), result));
      this.setHtml((o) => buildReportHtml(buildReportModel(single, `Sources report: ${id}`, TOP_SPEAKERS, this.countsOf, this.analyses.currentSettings.gender.enabled), o));
    });
  }

  private setHtml(build: (options: { cspSource: string; nonce: string }) => string): void {
    if (!this.panel) return;
    const html = build({ cspSource: this.panel.webview.cspSource, nonce: newNonce() });
    this.lastHtml = html;
    this.panel.webview.html = html;
  }

  dispose(): void {
    if (this.renderTimer) clearTimeout(this.renderTimer);
    this.panel?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
