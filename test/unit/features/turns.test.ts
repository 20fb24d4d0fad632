import * as assert from 'node:assert/strict';
import { Turns } from '../../../src/features/turns';

describe('turns: work started together runs one part per task', () => {
  it('runs the parts in the order asked, and lets a timer armed meanwhile in between', async () => {
    const turns = new Turns();
    const seen: string[] = [];
    const parts = ['a', 'b', 'c', 'd'].map((name) =>
      turns.next().then(() => {
        seen.push(name);
        // Armed by the first part: with one setTimeout(0) per part, all four would run in the
        // same pass over the timers and this one only after them.
        if (name === 'a') setTimeout(() => seen.push('timer'), 0);
      }),
    );
    await Promise.all(parts);
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.deepEqual(seen.filter((s) => s !== 'timer'), ['a', 'b', 'c', 'd']);
    assert.ok(seen.indexOf('timer') < seen.indexOf('d'), `the timer ran between the parts: ${seen.join(' ')}`);
  });

  it('gives each part its own task: a microtask queued by one part runs before the next part', async () => {
    const turns = new Turns();
    const seen: string[] = [];
    const done = new Promise<void>((resolve) => {
      turns.run(() => {
        seen.push('first');
        void Promise.resolve().then(() => seen.push('first’s microtask'));
      });
      turns.run(() => seen.push('second'));
      turns.run(resolve);
    });
    await done;
    assert.deepEqual(seen, ['first', 'first’s microtask', 'second']);
  });

  it('a part that throws does not stop the parts after it', async () => {
    const calls: (() => void)[] = [];
    const turns = new Turns((run) => calls.push(run));
    const seen: string[] = [];
    turns.run(() => {
      throw new Error('boom');
    });
    turns.run(() => seen.push('after'));
    assert.equal(turns.waiting, 2);
    assert.throws(() => calls.shift()?.(), /boom/);
    calls.shift()?.();
    assert.deepEqual(seen, ['after']);
    assert.equal(turns.waiting, 0);
    assert.equal(calls.length, 0, 'nothing left scheduled');
  });
});
