// Work that many parts of the extension start at the same moment runs one part per task of the
// event loop. When an analysis lands, every provider that waited for it (outline, tokens, hints,
// lenses) and every listener (diagnostics, views, the index) resumes at once; with a plain
// setTimeout(0) each, Node runs all of them in one pass over its timers, back to back, and the
// host is blocked for their sum. Queued here, each gets a task of its own, and the host's other
// work (other extensions, the editor's requests, timers) gets in between.

/** Schedules `run` in a later task of the event loop. */
export type Later = (run: () => void) => void;

const afterTimers: Later = (run) => setTimeout(run, 0);

export class Turns {
  private readonly queue: (() => void)[] = [];
  private scheduled = false;

  constructor(private readonly later: Later = afterTimers) {}

  /** Resolves in a task of its own, after every turn asked for before it. */
  next(): Promise<void> {
    return new Promise((resolve) => this.run(resolve));
  }

  /** Runs `work` in a task of its own, after every turn asked for before it. */
  run(work: () => void): void {
    this.queue.push(work);
    this.schedule();
  }

  /** Turns asked for and not yet run. */
  get waiting(): number {
    return this.queue.length;
  }

  private schedule(): void {
    if (this.scheduled || !this.queue.length) return;
    this.scheduled = true;
    this.later(() => this.step());
  }

  private step(): void {
    this.scheduled = false;
    const work = this.queue.shift();
    // The next turn is scheduled first: a turn that throws does not stop the ones after it.
    this.schedule();
    work?.();
  }
}
