// What differs between the desktop (Node extension host) and the browser (the web worker extension
// host of vscode.dev and github.dev). The entry file picks one (extension.node.ts or
// extension.web.ts) and hands it to activateWith; the features get the parts they need and never
// ask where they run. Everything else works the same in both, through `vscode` alone.
import * as vscode from 'vscode';
import type { TextFiles } from '../verification';
import type { EnginePortFactory } from './engine-client';
import type { ThreadCpuClock } from './logger';

export interface Platform {
  readonly name: 'node' | 'web';
  /** The name recorded as `by` on the marks this session makes (asked once, cached). */
  checkerName(): Promise<string>;
  /** Lets other work of the host run (between slices of indexing), then resumes at once. */
  yieldToEventLoop(): Promise<void>;
  writeSidecar: SidecarWriter;
  /** Makes ports to the engine's worker (a worker thread, a Web Worker) for this extension. */
  enginePorts(context: vscode.ExtensionContext): EnginePortFactory;
  /** The host thread's CPU time, to tell this extension's work from waiting for a core; absent where unknown. */
  readonly threadCpu?: ThreadCpuClock;
}

/**
 * Replaces a sidecar's text so that a reader sees the old text or the new, never a part.
 * `expected` is the text on disk the merge was made with (null: no file): when the file holds
 * something else by the time of writing, nothing is written and it rejects with
 * SidecarChangedError (verification/checked-write.ts), so that the caller merges again.
 */
export type SidecarWriter = (uri: vscode.Uri, text: string, expected: string | null) => Promise<void>;

const isMissing = (e: unknown): boolean => e instanceof vscode.FileSystemError && e.code === 'FileNotFound';

/** The file's text, or null when there is no file; any other failure rejects. */
export async function readTextOrNull(uri: vscode.Uri): Promise<string | null> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch (e) {
    if (isMissing(e)) return null;
    throw e;
  }
}

/** The workspace's files, through workspace.fs (any file system the editor has, virtual ones too). */
export const workspaceFiles: TextFiles<vscode.Uri> = {
  read: readTextOrNull,
  write: (uri, text) => Promise.resolve(vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text))),
  nameOf: (uri) => uri.path,
};

/** Calls `ask` the first time, and returns its promise every time. */
export function once<T>(ask: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (cached ??= ask());
}
