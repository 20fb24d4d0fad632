// The Output channel named after the extension: where errors inside features are written,
// so that none is left unhandled and a user can report what happened.
import * as vscode from 'vscode';

/** The longest synchronous run of one kind of work, and how many runs there were. */
export interface WorkTiming {
  longestMs: number;
  /**
   * The most CPU time the host's thread spent in one run: the work itself, without the time the
   * thread waited for a core meanwhile. -1 where the host cannot tell (the browser).
   */
  longestCpuMs: number;
  runs: number;
}

/** This thread's CPU time in milliseconds, where the host can tell. */
export type ThreadCpuClock = () => number;

export class Logger implements vscode.Disposable {
  readonly channel = vscode.window.createOutputChannel('News Source Annotator');
  /** Per kind of work, since the last takeTimings(): how long the extension host was kept busy. */
  private timings = new Map<string, WorkTiming>();

  constructor(private readonly threadCpu?: ThreadCpuClock) {}

  info(message: string): void {
    this.channel.appendLine(`[${new Date().toISOString()}] ${message}`);
  }

  error(where: string, e: unknown): void {
    const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
    this.channel.appendLine(`[${new Date().toISOString()}] ERROR in ${where}: ${detail}`);
  }

  /** Runs a feature's work, logging and swallowing any error so the editor keeps working. */
  guard<T>(where: string, fallback: T, work: () => T): T {
    return this.time(where, () => {
      try {
        return work();
      } catch (e) {
        this.error(where, e);
        return fallback;
      }
    });
  }

  /** Runs synchronous work and keeps how long it took (see takeTimings). */
  time<T>(where: string, work: () => T): T {
    const started = performance.now();
    const startedCpu = this.threadCpu?.() ?? 0;
    try {
      return work();
    } finally {
      const ms = performance.now() - started;
      const cpuMs = this.threadCpu ? this.threadCpu() - startedCpu : -1;
      const t = this.timings.get(where);
      if (t) {
        t.runs++;
        if (ms > t.longestMs) t.longestMs = ms;
        if (cpuMs > t.longestCpuMs) t.longestCpuMs = cpuMs;
      } else this.timings.set(where, { longestMs: ms, longestCpuMs: cpuMs, runs: 1 });
    }
  }

  /** The timings since the last call, by kind of work, and starts afresh. */
  takeTimings(): Record<string, WorkTiming> {
    const out = Object.fromEntries(this.timings);
    this.timings = new Map();
    return out;
  }

  dispose(): void {
    this.channel.dispose();
  }
}
