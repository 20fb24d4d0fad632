// The browser's platform (see platform.ts), for the web worker extension host: no processes, no
// setImmediate, and file systems (the browser's File System Access, IndexedDB, github.dev's
// repository file system) that may not rename atomically, or at all.
//
// Sidecars are therefore written in place, checked before and after (verification/checked-write.ts),
// which these file systems make safe: each commits a file in one writeFile (File System Access
// writes a swap file and swaps it in on close, IndexedDB puts one record, github.dev keeps the file
// in memory until the commit). No temporary file is left in the user's repository.
import * as vscode from 'vscode';
import { writeChecked } from '../verification';
import { webWorkerPorts } from './engine-port-web';
import { once, Platform, workspaceFiles } from './platform';

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
  writeSidecar: (uri, text, expected) => writeChecked(workspaceFiles, uri, text, expected),
  enginePorts: (context) => webWorkerPorts(vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'engine-worker.js').toString(true)),
};
