// The engine in a Node worker thread (dist/engine-worker.js), for the desktop and remote
// extension hosts. The browser build uses a Web Worker instead.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { EngineReply } from '../engine-service/messages';
import type { EnginePort, EnginePortFactory } from './engine-client';

/** A factory of ports to workers running `dist/engine-worker.js` of the extension at `extensionPath`. */
export function nodeWorkerPorts(extensionPath: string): EnginePortFactory {
  return () => {
    const worker = new Worker(path.join(extensionPath, 'dist', 'engine-worker.js'));
    // The worker must not keep a process alive (the command-line tool, tests).
    worker.unref();
    let stopping = false;
    const port: EnginePort = {
      where: 'worker',
      post: (message) => worker.postMessage(message),
      listen(onReply, failed) {
        worker.on('message', (reply: EngineReply) => onReply(reply));
        worker.on('error', (e) => failed(e));
        worker.on('exit', (code) => {
          if (!stopping) failed(new Error(`the engine worker exited with code ${code}`));
        });
      },
      terminate() {
        stopping = true;
        void worker.terminate();
      },
    };
    return port;
  };
}
