// "News: Export Annotations (Current File)…" and "(Workspace)…": JSON (the command-line tool's
// result objects) or CSV (one row per quotation), written where the save dialog says. Both
// commands take an optional target URI (and format): then no dialog is shown (tests, scripts).
import * as vscode from 'vscode';
import { ExportFormat, formatOfPath, serialise, VerificationOf } from '../workspace/export';
import { indexedFile, IndexedFile } from '../workspace/index-model';
import { DocumentAnalyses } from './document-analyses';
import { Logger } from './logger';
import { WorkspaceIndex } from './workspace-index';

export const EXPORT_COMMANDS = {
  file: 'newsAnnotator.exportFile',
  workspace: 'newsAnnotator.exportWorkspace',
} as const;

const FILTERS: Record<string, string[]> = { 'JSON (result objects)': ['json'], 'CSV (one row per quotation)': ['csv'] };

/** Where to write and in which format: the given target, or the save dialog (and a quick pick if needed). */
async function chooseTarget(defaultName: string, target?: unknown, format?: unknown): Promise<{ uri: vscode.Uri; format: ExportFormat } | undefined> {
  let uri = target instanceof vscode.Uri ? target : undefined;
  if (!uri) {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    uri = await vscode.window.showSaveDialog({
      title: 'Export annotations',
      saveLabel: 'Export',
      filters: FILTERS,
      defaultUri: folder ? vscode.Uri.joinPath(folder, `${defaultName}.json`) : undefined,
    });
    if (!uri) return undefined;
  }
  let chosen = format === 'json' || format === 'csv' ? format : formatOfPath(uri.path);
  if (!chosen) {
    const pick = await vscode.window.showQuickPick(
      [
        { label: 'JSON', description: 'an array of the command-line tool’s result objects', format: 'json' as const },
        { label: 'CSV', description: 'one row per quotation: file, line, quotation, speaker, role, attribution kind, speaker gender, kind of source', format: 'csv' as const },
      ],
      { title: 'Export format' },
    );
    if (!pick) return undefined;
    chosen = pick.format;
  }
  return { uri, format: chosen };
}

/** What the exports need of the marks: when they are read, and each file's. */
export interface ExportMarks {
  ensureLoaded(article: vscode.Uri): Promise<void>;
  verificationOf: VerificationOf;
}

async function write(uri: vscode.Uri, files: readonly IndexedFile[], format: ExportFormat, marks?: ExportMarks): Promise<void> {
  const text = serialise(files, format, marks?.verificationOf);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

function baseName(id: string): string {
  return id.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || 'article';
}

export function registerExportCommands(index: WorkspaceIndex, analyses: DocumentAnalyses, log: Logger, marks?: ExportMarks): vscode.Disposable[] {
  const report = (e: unknown): undefined => {
    log.error('export', e);
    void vscode.window.showErrorMessage(`News Source Annotator: the export failed (${e instanceof Error ? e.message : String(e)}).`);
    return undefined;
  };

  const exportFile = async (target?: unknown, format?: unknown): Promise<vscode.Uri | undefined> => {
    try {
      const document = vscode.window.activeTextEditor?.document;
      if (!document || !DocumentAnalyses.isNewsArticle(document)) {
        void vscode.window.showWarningMessage('News Source Annotator: open a news article to export its annotations.');
        return undefined;
      }
      await marks?.ensureLoaded(document.uri);
      const result = analyses.resultFor(document) ?? (await analyses.analyseNow(document));
      if (!result) return undefined;
      const file = indexedFile(WorkspaceIndex.idOf(document.uri), document.uri.toString(), document.getText(), result);
      const where = await chooseTarget(baseName(file.id), target, format);
      if (!where) return undefined;
      await write(where.uri, [file], where.format, marks);
      if (!(target instanceof vscode.Uri)) void vscode.window.showInformationMessage(`Exported the annotations of ${file.id} to ${where.uri.fsPath || where.uri.path}.`);
      return where.uri;
    } catch (e) {
      return report(e);
    }
  };

  const exportWorkspace = async (target?: unknown, format?: unknown): Promise<vscode.Uri | undefined> => {
    try {
      const where = await chooseTarget('news-annotations', target, format);
      if (!where) return undefined;
      // The index hears of each new mark in a turn of its own: every mark made so far is in it.
      await analyses.listenersHeard();
      await index.whenIndexed();
      // Sidecars not read yet are read now; their articles are indexed again with the marks.
      if (marks) {
        await Promise.all(index.model.all().map((f) => marks.ensureLoaded(vscode.Uri.parse(f.uri))));
        await index.whenIndexed();
      }
      const files = index.model.all();
      await write(where.uri, files, where.format, marks);
      if (!(target instanceof vscode.Uri)) void vscode.window.showInformationMessage(`Exported the annotations of ${files.length} article(s) to ${where.uri.fsPath || where.uri.path}.`);
      return where.uri;
    } catch (e) {
      return report(e);
    }
  };

  return [vscode.commands.registerCommand(EXPORT_COMMANDS.file, exportFile), vscode.commands.registerCommand(EXPORT_COMMANDS.workspace, exportWorkspace)];
}
