import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { lowerOwnThreadPriority, ENGINE_NICENESS } from '../../../src/engine-worker/background-priority';

describe('engine worker: background priority', () => {
  it('never lowers the main thread (that would slow every extension of the host)', () => {
    const before = os.getPriority();
    assert.equal(lowerOwnThreadPriority(), false);
    assert.equal(os.getPriority(), before);
  });

  it('a worker thread lowers its own priority on Linux, and the process keeps its own', async function () {
    if (process.platform !== 'linux') this.skip();
    const before = os.getPriority();
    const module = path.join(__dirname, '..', '..', '..', 'src', 'engine-worker', 'background-priority.js');
    const script = `
      const { parentPort } = require('node:worker_threads');
      const fs = require('node:fs'), os = require('node:os'), path = require('node:path');
      const lowered = require(${JSON.stringify(module)}).lowerOwnThreadPriority();
      const tid = Number(path.basename(fs.readlinkSync('/proc/thread-self')));
      parentPort.postMessage({ lowered, priority: os.getPriority(tid) });`;
    const reply = await new Promise<{ lowered: boolean; priority: number }>((resolve, reject) => {
      const w = new Worker(script, { eval: true });
      w.once('message', (m) => {
        resolve(m as { lowered: boolean; priority: number });
        void w.terminate();
      });
      w.once('error', reject);
    });
    // A machine that already runs the tests niced higher keeps that (a thread cannot raise itself).
    if (before >= ENGINE_NICENESS) this.skip();
    assert.deepEqual(reply, { lowered: true, priority: ENGINE_NICENESS });
    assert.equal(os.getPriority(), before, 'the main thread keeps its priority');
  });
});
