// The Output channel named after the extension: where errors inside features are written,
// so that none is left unhandled and a user can report what happened.
import * as vscode from 'vscode';

export class Logger implements vscode.Disposable {
  readonly channel = vscode.window.createOutputChannel('News Source Annotator');

  info(message: string): void {
    this.channel.appendLine(`[${new Date().toISOString()}] ${message}`);
  }

  error(where: string, e: unknown): void {
    const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
    this.channel.appendLine(`[${new Date().toISOString()}] ERROR in ${where}: ${detail}`);
  }

  /** Runs a feature's work, logging and swallowing any error so the editor keeps working. */
  guard<T>(where: string, fallback: T, work: () => T): T {
    try {
      return work();
    } catch (e) {
      this.error(where, e);
      return fallback;
    }
  }

  dispose(): void {
    this.channel.dispose();
  }
}
