// Helpers shared by the integration suites: opening workspace files, waiting on the editor
// without fixed sleeps, and facts about the run (which build of the extension is under test).
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'news-source-annotator.news-source-annotator';
export const LANGUAGE_ID = 'news-article';
export const SEED = '000_cbc4555ebe0567a7.txt';

/** The repository root, from out/test/integration/ (where this file is compiled to). */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** 'development' (the working tree is loaded) or 'vsix' (the packaged extension is installed). */
export function testMode(): 'development' | 'vsix' {
  return process.env.NEWS_ANNOTATOR_TEST_MODE === 'vsix' ? 'vsix' : 'development';
}

export interface WaitOptions {
  timeoutMs?: number;
  intervalMs?: number;
  message?: string;
}

/**
 * Polls `predicate` until it returns a truthy value (which is returned) or the deadline passes
 * (which fails with `message` and the last value or error seen).
 */
export async function waitFor<T>(
  predicate: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  { timeoutMs = 10_000, intervalMs = 50, message = 'condition' }: WaitOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await predicate();
      if (value) return value;
      last = value;
    } catch (err) {
      last = err;
    }
    if (Date.now() >= deadline) {
      const detail = last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${message} (last: ${detail})`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
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

/** Opens a file of the workspace in an editor and returns the document and editor. */
export async function openFile(...segments: string[]): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
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

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
