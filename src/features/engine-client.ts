// The extension's side of the engine: sends texts to the engine (in a worker thread, see
// engine-worker/) and puts its results together from the pieces it sends, one piece per turn of
// the event loop, so that no analysis blocks the extension host (and every other extension) for
// long. Only text goes out and only results come back: the engine keeps each open document's
// paragraph cache on its side.
import type { AnalyzerStats } from '../analysis/analyze';
import type { AnalysisResult } from '../analysis/types';
import type { OutlineNode } from '../presentation/outline';
import type { EngineConfig, EngineReply, EngineRequest, RunOptions } from '../engine-service/messages';
import { EngineService } from '../engine-service/engine-service';
import { ResultAssembler } from '../engine-service/result-pieces';
import type { Logger } from './logger';

/** A channel to an engine: a worker, or the in-process fallback. */
export interface EnginePort {
  /** Where the engine runs, for the status and for tests. */
  readonly where: 'worker' | 'in-process';
  post(message: EngineRequest): void;
  /** Called with each reply; `failed` when the engine stopped (a crash, an exit). */
  listen(onReply: (reply: EngineReply) => void, failed: (error: Error) => void): void;
  terminate(): void;
}

/** Makes the port to a worker engine; throws when no worker can be started. */
export type EnginePortFactory = () => EnginePort;

export interface EngineRun {
  result: AnalysisResult;
  /** Paragraphs analysed and reused (for a document's own analyzer), else null. */
  stats: AnalyzerStats | null;
  /** Time the engine took, on its own thread. */
  engineMs: number;
  /** The result's semantic tokens, encoded (for a document's analysis), else null. */
  tokens: Uint32Array | null;
  /** The result's outline, built in the worker (for a document's analysis), else null. */
  outline: OutlineNode[] | null;
}

interface Pending {
  /** The text sent: the result's paragraphs are cut from it. */
  text: string;
  resolve(run: EngineRun): void;
  reject(error: Error): void;
  assembler?: ResultAssembler;
  stats: AnalyzerStats | null;
  engineMs: number;
  tokens: Uint32Array | null;
  outline: OutlineNode[] | null;
}

export class EngineClient {
  private port: EnginePort;
  private nextRequest = 1;
  private readonly pending = new Map<number, Pending>();
  private disposed = false;

  constructor(
    makePort: EnginePortFactory | undefined,
    private readonly log: Logger,
  ) {
    this.port = this.open(makePort);
  }

  /** 'worker' normally; 'in-process' when no worker could be started or the worker failed. */
  get where(): EnginePort['where'] {
    return this.port.where;
  }

  /** Analyses a document's text with that document's analyzer (its paragraph cache). */
  analyze(doc: string, text: string, options: RunOptions, config: EngineConfig): Promise<EngineRun> {
    return this.request(text, (request) => ({ type: 'analyze', request, doc, text, options, config }));
  }

  /** Analyses a text once (a file on disk), keeping no cache. */
  analyzeOnce(text: string, options: RunOptions, config: EngineConfig): Promise<EngineRun> {
    return this.request(text, (request) => ({ type: 'analyze-once', request, text, options, config }));
  }

  /** Frees the engine's cache for a closed document. */
  forget(doc: string): void {
    if (!this.disposed) this.port.post({ type: 'forget', doc });
  }

  dispose(): void {
    this.disposed = true;
    this.port.terminate();
    this.failAll(new Error('the engine was stopped'));
  }

  private request(text: string, make: (request: number) => EngineRequest): Promise<EngineRun> {
    if (this.disposed) return Promise.reject(new Error('the engine was stopped'));
    const request = this.nextRequest++;
    return new Promise<EngineRun>((resolve, reject) => {
      this.pending.set(request, { text, resolve, reject, stats: null, engineMs: 0, tokens: null, outline: null });
      this.port.post(make(request));
    });
  }

  private onReply(reply: EngineReply): void {
    this.log.time('engine results', () => this.take(reply));
  }

  private take(reply: EngineReply): void {
    const p = this.pending.get(reply.request);
    if (!p) return;
    if (reply.type === 'error') {
      this.pending.delete(reply.request);
      p.reject(new Error(reply.message));
      return;
    }
    if (reply.type === 'head') {
      p.assembler = new ResultAssembler(reply.head, reply.pieces, p.text);
      p.stats = reply.stats;
      p.engineMs = reply.engineMs;
      p.tokens = reply.tokens;
      p.outline = reply.outline;
    } else {
      if (!p.assembler) return;
      p.assembler.add(reply.piece);
      // Ask for the next piece only now, and from a later task: the engine would otherwise send
      // them all at once, and a worker's replies that arrive while one is decoded are handled in
      // the same task as it (Node drains a message port in one go), one long block again.
      if (!p.assembler.complete) setTimeout(() => this.askNext(reply.request), 0);
    }
    if (p.assembler.complete) {
      this.pending.delete(reply.request);
      p.resolve({ result: p.assembler.take(), stats: p.stats, engineMs: p.engineMs, tokens: p.tokens, outline: p.outline });
    }
  }

  private askNext(request: number): void {
    if (!this.disposed && this.pending.has(request)) this.port.post({ type: 'next', request });
  }

  private open(makePort: EnginePortFactory | undefined): EnginePort {
    let port: EnginePort;
    try {
      port = makePort ? makePort() : inProcessPort();
    } catch (e) {
      this.log.error('starting the engine worker (analysing on the extension host instead)', e);
      port = inProcessPort();
    }
    port.listen(
      (reply) => this.onReply(reply),
      (error) => this.onFailure(port, error),
    );
    return port;
  }

  /** A failed worker: what it was doing fails, and the engine runs in process from now on. */
  private onFailure(port: EnginePort, error: Error): void {
    if (port !== this.port || this.disposed) return;
    this.log.error('the engine worker stopped (analysing on the extension host from now on)', error);
    this.port = this.open(undefined);
    this.failAll(error);
  }

  private failAll(error: Error): void {
    const all = [...this.pending.values()];
    this.pending.clear();
    for (const p of all) p.reject(error);
  }
}

/**
 * The engine on the extension host's own thread, behind the same messages: each request is
 * handled in a later task, so callers see the same asynchronous behaviour as with a worker.
 */
export function inProcessPort(): EnginePort {
  const service = new EngineService(() => performance.now());
  let onReply: ((reply: EngineReply) => void) | undefined;
  let stopped = false;
  return {
    where: 'in-process',
    post(message) {
      setTimeout(() => {
        if (stopped) return;
        for (const reply of service.handle(message)) onReply?.(reply);
      }, 0);
    },
    listen(reply) {
      onReply = reply;
    },
    terminate() {
      stopped = true;
    },
  };
}
