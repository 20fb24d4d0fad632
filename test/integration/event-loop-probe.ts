// How long the extension host's thread is kept busy: a 5 ms timer re-armed each time it fires,
// and how late it fires. Any synchronous work on the host (ours, another extension's, the
// host's own) delays it; the lateness is the length of the longest block, to about 1 ms.
export interface BlockStats {
  /** The longest delay of the timer beyond its 5 ms, in milliseconds. */
  longestMs: number;
  /** How many delays exceeded 5 ms and 50 ms. */
  over5: number;
  over50: number;
  /** How long the probe watched, in milliseconds. */
  watchedMs: number;
}

const PERIOD_MS = 5;

export class EventLoopProbe {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private armedAt = 0;
  private stats: BlockStats = { longestMs: 0, over5: 0, over50: 0, watchedMs: 0 };
  private since = 0;

  start(): void {
    this.since = performance.now();
    this.arm();
  }

  /** What was measured since the start or the last take, and starts again. */
  take(): BlockStats {
    const out = { ...this.stats, longestMs: Math.round(this.stats.longestMs * 10) / 10, watchedMs: Math.round(performance.now() - this.since) };
    this.stats = { longestMs: 0, over5: 0, over50: 0, watchedMs: 0 };
    this.since = performance.now();
    return out;
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private arm(): void {
    this.armedAt = performance.now();
    this.timer = setTimeout(() => this.fired(), PERIOD_MS);
  }

  private fired(): void {
    const late = performance.now() - this.armedAt - PERIOD_MS;
    if (late > this.stats.longestMs) this.stats.longestMs = late;
    if (late > 5) this.stats.over5++;
    if (late > 50) this.stats.over50++;
    this.arm();
  }
}
