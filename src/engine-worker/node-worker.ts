// The engine in a Node worker thread (dist/engine-worker.js): the extension host's thread only
// sends text and receives results (see features/engine-client.ts).
import { parentPort } from 'node:worker_threads';
import { EngineService } from '../engine-service/engine-service';
import type { EngineRequest } from '../engine-service/messages';
import { lowerOwnThreadPriority } from './background-priority';

const service = new EngineService(() => performance.now());
const port = parentPort;
if (!port) throw new Error('engine-worker.js runs only as a worker thread');
lowerOwnThreadPriority();
port.on('message', (message: EngineRequest) => {
  for (const reply of service.handle(message)) port.postMessage(reply);
});
