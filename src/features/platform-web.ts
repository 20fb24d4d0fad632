// The browser's platform (see platform.ts), for the web worker extension host: no processes, no
// setImmediate, and file systems (the browser's File System Access, IndexedDB, github.dev's
// repository file system) that may not rename atomically, or at all.
//
// Sidecars are therefore written in place, checked on both sides:
// 1. read the file just before writing; if it cannot be read (any error but "not found"), nothing
//    is written; if it differs from the text the merge was made with, nothing is written and the
//    store merges again with what is there now (SidecarChangedError);
// 2. write the whole text in one writeFile (each of those file systems commits a file in one step:
//    File System Access writes a swap file and swaps it in on close, IndexedDB puts one record,
//    github.dev keeps the file in memory until the commit);
// 3. read it back; if it holds anything but what was written (another window wrote meanwhile),
//    the store merges again, so what the other window wrote is merged in, not lost.
// No temporary file is left in the user's repository.
import * as vscode from 'vscode';
import { expectOnDisk, once, Platform, SidecarChangedError, readTextOrNull } from './platform';

const GITHUB_SESSION_WAIT_MS = 2000;

/** The GitHub account the editor is already signed in with (github.dev), without asking; else "unknown". */
const checkerName = once(async () => {
  const session = vscode.authentication.getSession('github', [], { silent: true }).then(
    (s) => s?.account.label,
    () => undefined,
  );
  const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), GITHUB_SESSION_WAIT_MS));
  return (await Promise.race([session, timeout])) || 'unknown';
});

async function writeInPlace(uri: vscode.Uri, text: string, expected: string | null): Promise<void> {
  await expectOnDisk(uri, expected);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  if ((await readTextOrNull(uri)) !== text) throw new SidecarChangedError(`${uri.path} was written by someone else while it was being saved`);
}

/** The browser's MessagePort (the Node types in this project describe Node's instead). */
type BrowserPort = { onmessage: (() => void) | null; postMessage(message: unknown): void; close(): void };

/** A macrotask without the 4 ms clamp that nested setTimeout gets in workers. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel() as unknown as { port1: BrowserPort; port2: BrowserPort };
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(undefined);
  });
}

export const webPlatform: Platform = {
  name: 'web',
  checkerName,
  yieldToEventLoop,
  writeSidecar: writeInPlace,
};
