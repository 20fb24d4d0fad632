// How long the extension host's thread is kept busy: a 5 ms timer re-armed each time it fires,
// and how late it fires. Any synchronous work on the host (ours, another extension's, the
// host's own) delays it; the lateness is the length of the longest block, to about 1 ms.
import * as fs from 'node:fs';
import { PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
export interface BlockStats {
  /** The longest delay of the timer beyond its 5 ms, in milliseconds. */
  longestMs: number;
  /** How many delays exceeded 5 ms and 50 ms. */
  over5: number;
  over50: number;
  /** How long the probe watched, in milliseconds. */
  watchedMs: number;
  /** The longest garbage collection pause seen meanwhile (any code's garbage), and its kind. */
  longestGcMs: number;
  longestGcKind: string;
  /**
   * How much of the longest block this thread spent running (its CPU time); the rest it waited
   * for a core (other processes, the engine's worker) or for the operating system. -1 where
   * Node cannot tell (process.threadCpuUsage needs Node 23.9).
   */
  longestCpuMs: number;
  /** The most CPU time the thread spent in one block: its longest work, whatever the waiting. */
  longestRunMs: number;
  /**
   * How much of the longest block the thread was ready to run but waited for a core (Linux's
   * /proc/thread-self/schedstat); what is neither this nor running, it slept (waiting on
   * another thread, such as the garbage collector's helpers, or on the system). -1: unknown.
   */
  longestQueuedMs: number;
  /**
   * When the timer delayed by the longest block was due (the block may have begun earlier), in
   * seconds on the system's monotonic clock: to find it in a system-wide trace (perf record -k
   * CLOCK_MONOTONIC).
   */
  longestAtS: number;
}

const PERIOD_MS = 5;
const GC_KINDS: Record<number, string> = { 1: 'minor', 2: 'major', 4: 'incremental', 8: 'weak callbacks' };
const empty = (): BlockStats => ({ longestMs: 0, over5: 0, over50: 0, watchedMs: 0, longestGcMs: 0, longestGcKind: '', longestCpuMs: -1, longestRunMs: -1, longestQueuedMs: -1, longestAtS: 0 });
/**
 * How long this thread has waited for a core, in milliseconds, where Linux tells: the second
 * field of /proc/thread-self/schedstat, read into one buffer and parsed from its bytes, because
 * the probe reads it every 5 ms and garbage of its own would add collector pauses to what it
 * measures.
 */
const queued: (() => number) | undefined = (() => {
  let fd: number;
  try {
    fd = fs.openSync('/proc/thread-self/schedstat', 'r');
  } catch {
    return undefined;
  }
  const buffer = Buffer.alloc(96);
  const read = (): number => {
    const n = fs.readSync(fd, buffer, 0, buffer.length, 0);
    let i = 0;
    while (i < n && buffer[i] !== 0x20) i++;
    let value = 0;
    let digits = 0;
    for (i++; i < n && (buffer[i] as number) >= 0x30 && (buffer[i] as number) <= 0x39; i++, digits++) value = value * 10 + ((buffer[i] as number) - 0x30);
    return digits ? value / 1e6 : NaN;
  };
  return Number.isFinite(read()) ? read : undefined;
})();

/** This thread's CPU time in milliseconds, where Node can tell. */
const threadCpu: (() => number) | undefined = (() => {
  const usage = (process as { threadCpuUsage?: () => { user: number; system: number } }).threadCpuUsage;
  return usage ? () => { const u = usage.call(process); return (u.user + u.system) / 1000; } : undefined;
})();

/** Blocks seen one keystroke at a time: the typical keystroke and the worst. */
export interface PerKeystroke {
  /** The host's longest block in each keystroke's window: median, 90th percentile, worst. */
  medianMs: number;
  p90Ms: number;
  maxMs: number;
  /** The thread's longest own run (CPU time) in each window, the same way; -1 where unknown. */
  medianRunMs: number;
  p90RunMs: number;
  maxRunMs: number;
}

const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] : 0;
};

/** The figures of several windows as one (the longest of each, the counts added). */
export function mergeStats(all: readonly BlockStats[]): BlockStats {
  const out = empty();
  for (const s of all) {
    if (s.longestMs > out.longestMs) {
      out.longestMs = s.longestMs;
      out.longestCpuMs = s.longestCpuMs;
      out.longestQueuedMs = s.longestQueuedMs;
      out.longestAtS = s.longestAtS;
    }
    if (s.longestGcMs > out.longestGcMs) {
      out.longestGcMs = s.longestGcMs;
      out.longestGcKind = s.longestGcKind;
    }
    out.longestRunMs = Math.max(out.longestRunMs, s.longestRunMs);
    out.over5 += s.over5;
    out.over50 += s.over50;
    out.watchedMs += s.watchedMs;
  }
  return out;
}

export function perKeystroke(windows: readonly BlockStats[]): PerKeystroke {
  const blocks = windows.map((w) => w.longestMs);
  const runs = windows.map((w) => w.longestRunMs);
  return {
    medianMs: quantile(blocks, 0.5),
    p90Ms: quantile(blocks, 0.9),
    maxMs: Math.max(0, ...blocks),
    medianRunMs: quantile(runs, 0.5),
    p90RunMs: quantile(runs, 0.9),
    maxRunMs: Math.max(-1, ...runs),
  };
}

export class EventLoopProbe {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private armedAt = 0;
  private armedCpu = 0;
  private armedQueued = 0;
  /** performance.now() at the monotonic clock's zero, to date blocks on the system's clock. */
  private readonly monotonicOffsetMs = Number(process.hrtime.bigint()) / 1e6 - performance.now();
  private stats: BlockStats = empty();
  private since = 0;
  private gc: PerformanceObserver | undefined;

  start(): void {
    this.since = performance.now();
    this.arm();
    // A pause of the garbage collector blocks the thread like any code: it is reported apart, so
    // that a long block can be told from a long piece of code.
    this.gc = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.duration <= this.stats.longestGcMs) continue;
        this.stats.longestGcMs = e.duration;
        const kind = (e as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
        this.stats.longestGcKind = GC_KINDS[kind ?? 0] ?? String(kind);
      }
    });
    this.gc.observe({ entryTypes: ['gc'] });
  }

  /**
   * What was measured since the start or the last take, and starts again. A timer already due
   * counts in the window that ends here (the block that delayed it ran before this call), and the
   * timer is armed afresh, so that the next window starts with its own.
   */
  take(): BlockStats {
    if (this.timer && performance.now() - this.armedAt > PERIOD_MS) this.record();
    const round = (ms: number) => Math.round(ms * 10) / 10;
    const out = { ...this.stats, longestMs: round(this.stats.longestMs), longestGcMs: round(this.stats.longestGcMs), longestCpuMs: round(this.stats.longestCpuMs), longestRunMs: round(this.stats.longestRunMs), longestQueuedMs: round(this.stats.longestQueuedMs), watchedMs: Math.round(performance.now() - this.since) };
    this.stats = empty();
    this.since = performance.now();
    if (this.timer) {
      clearTimeout(this.timer);
      this.arm();
    }
    return out;
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.gc?.disconnect();
    this.gc = undefined;
  }

  private arm(): void {
    this.armedAt = performance.now();
    this.armedCpu = threadCpu?.() ?? 0;
    this.armedQueued = queued?.() ?? 0;
    this.timer = setTimeout(() => this.fired(), PERIOD_MS);
  }

  private fired(): void {
    this.record();
    this.arm();
  }

  /** How late the armed timer is now, counted in the current window. */
  private record(): void {
    const late = performance.now() - this.armedAt - PERIOD_MS;
    const ran = threadCpu ? threadCpu() - this.armedCpu : -1;
    if (late > this.stats.longestMs) {
      this.stats.longestMs = late;
      this.stats.longestCpuMs = ran;
      this.stats.longestQueuedMs = queued ? queued() - this.armedQueued : -1;
      this.stats.longestAtS = Math.round((this.armedAt + PERIOD_MS + this.monotonicOffsetMs) * 1000) / 1e6;
    }
    if (ran > this.stats.longestRunMs) this.stats.longestRunMs = ran;
    if (late > 5) this.stats.over5++;
    if (late > 50) this.stats.over50++;
  }
}
