// The engine in a Web Worker (dist/web/engine-worker.js), for the browser build of the extension.
import { EngineService } from '../engine-service/engine-service';
import type { EngineReply, EngineRequest } from '../engine-service/messages';

interface WorkerScope {
  onmessage: ((event: { data: EngineRequest }) => void) | null;
  postMessage(message: EngineReply): void;
}

const scope = globalThis as unknown as WorkerScope;
const service = new EngineService(() => performance.now());
scope.onmessage = (event) => {
  for (const reply of service.handle(event.data)) scope.postMessage(reply);
};
