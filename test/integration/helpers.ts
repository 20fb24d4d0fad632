// Helpers shared by the integration suites: opening workspace files, waiting on the editor
// without fixed sleeps, and facts about the run (which build of the extension is under test).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../src/extension';
import type { AnalysedEvent } from '../../src/features/document-analyses';
import { EXTENSION_ID, LANGUAGE_ID, SEED } from './constants';
import { assertUnmodified, testDocuments } from './known-state';
import { positionOf, waitFor } from './queries';

export { EXTENSION_ID, LANGUAGE_ID, SEED };
export { allSymbols, DIAGNOSTIC_SOURCE, documentSymbols, hoverText, newsDiagnostics, positionOf, waitFor } from './queries';
export type { WaitOptions } from './queries';

/** The repository root, from out/test/integration/ (where this file is compiled to). */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** 'development' (the working tree is loaded) or 'vsix' (the packaged extension is installed). */
export function testMode(): 'development' | 'vsix' {
  return process.env.NEWS_ANNOTATOR_TEST_MODE === 'vsix' ? 'vsix' : 'development';
}

/** The single workspace folder the launchers open (a temporary copy of seeds/). */
export function workspaceFolder(): vscode.WorkspaceFolder {
  const folders = vscode.workspace.workspaceFolders;
  assert.ok(folders && folders.length > 0, 'a workspace folder is open');
  return folders[0];
}

export function workspaceUri(...segments: string[]): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, ...segments);
}

/**
 * Opens a file of the workspace in an editor (the extension active) and returns the document and
 * editor. Fails when the document is not the workspace's copy (a test before left it modified).
 */
export async function openFile(...segments: string[]): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(...segments));
  await checkOpened(doc);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  // Opening an article activates the extension asynchronously: wait for its providers.
  if (doc.languageId === LANGUAGE_ID) await api();
  return { doc, editor };
}

/**
 * What openFile checks of a document it opened: that it holds the file's text and nothing a
 * test before left in it. A document that lingered after its tab closed is reloaded from a file
 * written since a moment later: it waits for the file's text (assertUnmodified then says what
 * differs, if anything).
 */
export async function checkOpened(doc: vscode.TextDocument): Promise<void> {
  const disk = doc.uri.scheme === 'file' && !doc.isDirty && fs.existsSync(doc.uri.fsPath) ? fs.readFileSync(doc.uri.fsPath, 'utf8') : undefined;
  if (disk !== undefined && doc.getText() !== disk) {
    await waitFor(() => doc.getText() === disk, { message: 'the editor to load the file', timeoutMs: 10_000 }).catch(() => undefined);
  }
  assertUnmodified(doc);
}

/**
 * Opens and shows a file as a user would, without openFile's checks: for a test that times the
 * opening, since the checks read the whole file and the document's text again on the thread
 * being timed. Such a test calls checkOpened once its measurement is taken.
 */
export async function openFileUnchecked(...segments: string[]): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(...segments));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  return { doc, editor };
}

/** Opens a seed article (default: the first seed). */
export function openSeed(name: string = SEED): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  return openFile(name);
}

/** Writes a file into the workspace (creating folders) and returns its URI. */
export async function writeWorkspaceFile(relativePath: string, content: string): Promise<vscode.Uri> {
  const uri = workspaceUri(...relativePath.split('/'));
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  await vscode.workspace.fs.writeFile(uri, Buffer.from(content, 'utf8'));
  return uri;
}

export async function readWorkspaceFile(...segments: string[]): Promise<string> {
  return Buffer.from(await vscode.workspace.fs.readFile(workspaceUri(...segments))).toString('utf8');
}

/** The extension under test, activated; fails clearly when it is missing or activation throws. */
export async function activeExtension(): Promise<vscode.Extension<{ languageId: string }>> {
  const ext = vscode.extensions.getExtension<{ languageId: string }>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
  if (!ext.isActive) await ext.activate();
  // A throwing activate() still leaves isActive true, with no exports: say so plainly.
  assert.ok(ext.exports, `${EXTENSION_ID} activated without returning its API (did activate() throw?)`);
  return ext;
}

/** Closes every editor tab and waits until they are gone. */
export async function closeAllEditors(): Promise<void> {
  const open = () => vscode.window.tabGroups.all.reduce((n, g) => n + g.tabs.length, 0);
  if (open() === 0) return;
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await waitFor(() => open() === 0, { message: 'every editor tab to close' });
}

// ---------------------------------------------------------------------------------------------
// The extension's API, settings, and the editor's answers

/** The API activate() returns (type imports only: the tests share no code with the bundle). */
export type Api = NewsAnnotatorApi;

export async function api(): Promise<Api> {
  const ext = vscode.extensions.getExtension<Api>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
  const exported = ext.isActive ? ext.exports : await ext.activate();
  assert.ok(exported?.analyses, `${EXTENSION_ID} returned its API from activate()`);
  return exported;
}

const config = () => vscode.workspace.getConfiguration('newsAnnotator');

/** Sets a newsAnnotator.* setting (user settings unless told) and waits until the extension sees it. */
export async function setSetting(key: string, value: unknown, target = vscode.ConfigurationTarget.Global): Promise<void> {
  await config().update(key, value, target);
  await waitFor(() => JSON.stringify(config().inspect(key)?.[targetKey(target)]) === JSON.stringify(value), {
    message: `setting newsAnnotator.${key} = ${JSON.stringify(value)}`,
  });
}

/** Removes a newsAnnotator.* setting from the user and workspace settings. */
export async function resetSetting(key: string): Promise<void> {
  for (const target of [vscode.ConfigurationTarget.Global, vscode.ConfigurationTarget.Workspace]) {
    if (config().inspect(key)?.[targetKey(target)] === undefined) continue;
    await config().update(key, undefined, target);
    // As in setSetting: the update can resolve before the extension host hears of it.
    await waitFor(() => config().inspect(key)?.[targetKey(target)] === undefined, { message: `newsAnnotator.${key} removed` });
  }
}

function targetKey(target: vscode.ConfigurationTarget): 'globalValue' | 'workspaceValue' | 'workspaceFolderValue' {
  if (target === vscode.ConfigurationTarget.Global) return 'globalValue';
  return target === vscode.ConfigurationTarget.Workspace ? 'workspaceValue' : 'workspaceFolderValue';
}

/** Resolves with the next analysis the extension publishes for `doc` (its diagnostics are then set). */
export function nextAnalysis(doc: vscode.TextDocument, timeoutMs = 30_000): Promise<AnalysedEvent> {
  // Subscribes synchronously (the event may fire before an await would return).
  const ext = vscode.extensions.getExtension<Api>(EXTENSION_ID);
  assert.ok(ext?.isActive && ext.exports?.analyses, `${EXTENSION_ID} is active (open an article first)`);
  const { analyses } = ext.exports;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`no analysis of ${doc.uri.path} within ${timeoutMs} ms`));
    }, timeoutMs);
    const sub = analyses.onDidAnalyse((e) => {
      if (e.document.uri.toString() !== doc.uri.toString()) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(e);
    });
  });
}

/** Reverts every dirty document of the workspace to its file on disk (closes untitled ones), verifying each. */
export async function revertDirtyDocuments(): Promise<void> {
  for (const doc of testDocuments().filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(doc, { preview: false });
    await waitFor(() => vscode.window.activeTextEditor?.document === doc, { message: `${doc.uri.path} to be the active editor, to revert it` });
    await vscode.commands.executeCommand(doc.isUntitled ? 'workbench.action.revertAndCloseActiveEditor' : 'workbench.action.files.revert');
    await waitFor(() => !doc.isDirty || doc.isClosed, { message: `${doc.uri.path} to be reverted` });
  }
}

/** Reverts every dirty document (so closing editors asks nothing), then closes all editors. */
export async function revertAndCloseAll(): Promise<void> {
  await revertDirtyDocuments();
  await closeAllEditors();
}

/** Waits until a document is closed by the editor (closing its tab does so asynchronously). */
export async function waitClosed(uri: vscode.Uri, timeoutMs = 30_000): Promise<void> {
  await waitFor(() => !vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), {
    timeoutMs,
    message: `${uri.path} to be closed`,
  });
}

/** Runs "News: Analyse Now" on `doc` (shown in the active editor) and waits for its diagnostics. */
export async function analyseNow(doc: vscode.TextDocument): Promise<AnalysedEvent> {
  assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), doc.uri.toString(), 'the document is in the active editor');
  const published = nextAnalysis(doc);
  await vscode.commands.executeCommand('newsAnnotator.analyseNow');
  return published;
}

/** The verification of the quotation that contains `needle`, once the store has it. */
export async function verificationOf(doc: vscode.TextDocument, needle: string, want: (v: { status: string; markId: string } | null) => boolean, timeoutMs?: number) {
  const { verification, analyses } = await api();
  const offset = doc.offsetAt(positionOf(doc, needle, 3));
  return waitFor(() => {
    const result = analyses.resultFor(doc);
    const index = result?.quotes.findIndex((q) => q.start <= offset && offset < q.end) ?? -1;
    const v = index >= 0 ? (verification.verifiedFor(doc)?.verifications[index] ?? null) : undefined;
    return v !== undefined && want(v) && { v, index };
  }, { message: `the verification of “${needle}…”`, timeoutMs });
}
