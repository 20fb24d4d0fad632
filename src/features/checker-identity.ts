// Who made a mark: git's user.name for the workspace (what colleagues see in `git log`), else the
// operating system's user name. Asked once per session; failures (no git, no repository, a web
// host without processes) fall back quietly.
import * as os from 'node:os';
import * as vscode from 'vscode';

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

let cached: Promise<string> | undefined;

/** The name recorded as `by` on the marks this session makes. */
export function checkerName(): Promise<string> {
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file')?.uri.fsPath;
  cached ??= gitUserName(folder).then((name) => name ?? osUserName());
  return cached;
}

/** ISO 8601 with the local zone offset (the schema asks for a zone; local time reads better). */
export function nowIso(date = new Date()): string {
  const offset = -date.getTimezoneOffset();
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const zone = offset === 0 ? 'Z' : `${offset > 0 ? '+' : '-'}${pad(offset / 60)}:${pad(offset % 60)}`;
  return `${local}${zone}`;
}
