// The engine in a Web Worker, for the browser build (the web worker extension host of vscode.dev
// and github.dev, which may start workers of its own). The worker's script is fetched and started
// from a blob: the extension's files are served from another origin than the host's, and a worker
// must come from the host's own. Until it runs, requests wait; if it cannot start, the client
// falls back to the engine in process (engine-client.ts).
import type { EngineReply, EngineRequest } from '../engine-service/messages';
import type { EnginePort, EnginePortFactory } from './engine-client';

/** The parts of the browser's Worker used here (this project's types describe Node's). */
interface BrowserWorker {
  onmessage: ((event: { data: EngineReply }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  postMessage(message: EngineRequest): void;
  terminate(): void;
}
type WorkerConstructor = new (url: string) => BrowserWorker;
interface BrowserGlobals {
  Worker?: WorkerConstructor;
  fetch(url: string): Promise<{ ok: boolean; status: number; text(): Promise<string> }>;
  Blob: new (parts: string[], options: { type: string }) => unknown;
  URL: { createObjectURL(blob: unknown): string };
}

/** A factory of ports to Web Workers running the script at `scriptUrl`. */
export function webWorkerPorts(scriptUrl: string): EnginePortFactory {
  return () => {
    const g = globalThis as unknown as BrowserGlobals;
    const Worker = g.Worker;
    if (!Worker) throw new Error('this extension host cannot start Web Workers');
    let worker: BrowserWorker | undefined;
    let stopped = false;
    const waiting: EngineRequest[] = [];
    let onReply: ((reply: EngineReply) => void) | undefined;
    let failed: ((error: Error) => void) | undefined;
    void (async () => {
      try {
        const response = await g.fetch(scriptUrl);
        if (!response.ok) throw new Error(`the engine worker's script: HTTP ${response.status}`);
        const blob = new g.Blob([await response.text()], { type: 'text/javascript' });
        if (stopped) return;
        const w = new Worker(g.URL.createObjectURL(blob));
        w.onmessage = (event) => onReply?.(event.data);
        w.onerror = (event) => failed?.(new Error(event.message ?? 'the engine worker failed'));
        worker = w;
        for (const m of waiting.splice(0)) w.postMessage(m);
      } catch (e) {
        failed?.(e instanceof Error ? e : new Error(String(e)));
      }
    })();
    const port: EnginePort = {
      where: 'worker',
      post: (message) => (worker ? worker.postMessage(message) : waiting.push(message)),
      listen(reply, fail) {
        onReply = reply;
        failed = fail;
      },
      terminate() {
        stopped = true;
        worker?.terminate();
      },
    };
    return port;
  };
}
