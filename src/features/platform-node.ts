// The desktop's platform (see platform.ts): git and the operating system name who made a mark,
// setImmediate yields, and sidecars are replaced by renaming a complete temporary file over them.
import { nodeWorkerPorts } from './engine-port-node';
import * as os from 'node:os';
import * as vscode from 'vscode';
import { expectText, fileNameOf } from '../verification';
import { once, Platform, workspaceFiles } from './platform';

const GIT_TIMEOUT_MS = 3000;

async function gitUserName(cwd: string | undefined): Promise<string | undefined> {
  try {
    const { execFile } = await import('node:child_process');
    return await new Promise((resolve) => {
      execFile('git', ['config', 'user.name'], { cwd, timeout: GIT_TIMEOUT_MS, windowsHide: true }, (error, stdout) => {
        const name = String(stdout ?? '').trim();
        resolve(error || !name ? undefined : name);
      });
    });
  } catch {
    return undefined;
  }
}

function osUserName(): string {
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
}

/** git's user.name for the workspace (what colleagues see in `git log`), else the OS user name. */
const checkerName = once(() => {
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file')?.uri.fsPath;
  return gitUserName(folder).then((name) => name ?? osUserName());
});

/** A temporary file beside the sidecar, then a rename over it: a crash leaves the old file or the new one. */
async function writeByRename(uri: vscode.Uri, text: string, expected: string | null): Promise<void> {
  const temp = vscode.Uri.joinPath(uri, '..', `.${fileNameOf(uri.path)}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(text));
  try {
    await expectText(workspaceFiles, uri, expected);
    await vscode.workspace.fs.rename(temp, uri, { overwrite: true });
  } catch (e) {
    await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
    throw e;
  }
}

/** process.threadCpuUsage came in Node 23.9: older hosts (VS Code's Electron ones) lack it. */
const threadCpuUsage = (process as { threadCpuUsage?: () => { user: number; system: number } }).threadCpuUsage;

export const nodePlatform: Platform = {
  name: 'node',
  checkerName,
  yieldToEventLoop: () => new Promise((resolve) => setImmediate(resolve)),
  writeSidecar: writeByRename,
  enginePorts: (context) => nodeWorkerPorts(context.extensionPath),
  threadCpu: threadCpuUsage
    ? () => {
        const u = threadCpuUsage.call(process);
        return (u.user + u.system) / 1000;
      }
    : undefined,
};
