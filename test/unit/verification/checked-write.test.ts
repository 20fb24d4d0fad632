// The browser's way of saving a sidecar (verification/checked-write.ts): a write in place, checked
// before and after, over an in-memory file system whose writes another "window" can race.
import * as assert from 'node:assert/strict';
import { SidecarChangedError, TextFiles, writeChecked } from '../../../src/verification/checked-write';
import { planSave } from '../../../src/verification/save-plan';
import { serialize } from '../../../src/verification/sidecar-format';
import { mark, sidecar } from './fixtures';

/** Files in a Map; `afterWrite` runs right after each write (another window writing then). */
function memoryFiles(initial: Record<string, string> = {}) {
  const files = new Map(Object.entries(initial));
  const hooks = { afterWrite: (): void => undefined, failRead: false, writes: 0 };
  const fs: TextFiles<string> = {
    read: async (f) => {
      if (hooks.failRead) throw new Error(`EACCES: ${f}`);
      return files.get(f) ?? null;
    },
    write: async (f, text) => {
      hooks.writes++;
      files.set(f, text);
      hooks.afterWrite();
    },
    nameOf: (f) => f,
  };
  return { fs, files, hooks };
}

const idsIn = (text: string | undefined): string[] => [...(text ?? '').matchAll(/"id": "([\w-]+)"/g)].map((m) => m[1]).sort();

describe('verification: checked write in place (the browser)', () => {
  it('writes when the file holds the text the merge was made with, or is still missing', async () => {
    const { fs, files } = memoryFiles({ 's.json': 'old' });
    await writeChecked(fs, 's.json', 'new', 'old');
    assert.equal(files.get('s.json'), 'new');
    await writeChecked(fs, 'fresh.json', 'created', null);
    assert.equal(files.get('fresh.json'), 'created');
  });

  it('writes nothing over a file that changed, or appeared, since it was read', async () => {
    const { fs, files, hooks } = memoryFiles({ 's.json': 'theirs' });
    await assert.rejects(writeChecked(fs, 's.json', 'ours', 'old'), SidecarChangedError);
    await assert.rejects(writeChecked(fs, 's.json', 'ours', null), SidecarChangedError);
    assert.equal(files.get('s.json'), 'theirs');
    assert.equal(hooks.writes, 0);
  });

  it('writes nothing over a file it cannot read', async () => {
    const { fs, files, hooks } = memoryFiles({ 's.json': 'old' });
    hooks.failRead = true;
    await assert.rejects(writeChecked(fs, 's.json', 'new', 'old'), /EACCES/);
    assert.equal(files.get('s.json'), 'old');
    assert.equal(hooks.writes, 0);
  });

  it('says so when another writer came in between its write and the read-back', async () => {
    const { fs, files, hooks } = memoryFiles({ 's.json': 'old' });
    hooks.afterWrite = () => files.set('s.json', 'theirs');
    await assert.rejects(writeChecked(fs, 's.json', 'ours', 'old'), SidecarChangedError);
  });

  it('with the merge, as the store retries it: both windows’ marks end up in the file', async () => {
    const base = serialize(sidecar([mark('a')]));
    const { fs, files, hooks } = memoryFiles({ 's.json': base });
    // The other window overwrites our first write with its own (made from the same base).
    const theirs = serialize(sidecar([mark('a'), mark('theirs')]));
    hooks.afterWrite = () => {
      hooks.afterWrite = () => undefined;
      files.set('s.json', theirs);
    };
    const ours = sidecar([mark('a'), mark('ours')]);
    let attempts = 0;
    for (;;) {
      attempts++;
      const disk = await fs.read('s.json');
      const plan = planSave('s.json', base, ours, disk);
      assert.ok(plan.ok && plan.write);
      try {
        await writeChecked(fs, 's.json', plan.text, disk);
        break;
      } catch (e) {
        if (!(e instanceof SidecarChangedError) || attempts > 3) throw e;
      }
    }
    assert.equal(attempts, 2);
    assert.deepEqual(idsIn(files.get('s.json')), ['a', 'ours', 'theirs']);
  });
});
