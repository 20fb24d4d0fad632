// Saving sidecars: the pure plan (refuse malformed or unknown-version files, merge what changed on
// disk, write nothing needless) and the Node writer (atomic, serial within a process), in a
// temporary folder.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readSidecarFile, saveSidecar, writeFileAtomic } from '../../../src/verification/atomic-write';
import { applyChange, MarkChange } from '../../../src/verification/mark-changes';
import { describeSidecarError, planSave, startingSidecar } from '../../../src/verification/save-plan';
import { serialize } from '../../../src/verification/sidecar-format';
import { Mark, Sidecar } from '../../../src/verification/sidecar-model';
import { mark, sidecar } from './fixtures';

const withMarks = (...marks: Mark[]) => (s: Sidecar): Sidecar => ({ ...s, marks: [...s.marks, ...marks] });
const idsIn = (text: string): string[] => [...text.matchAll(/"id": "([\w-]+)"/g)].map((m) => m[1]).sort();
const MALFORMED = '{\n  "version": 1,\n  "article": "a.news",\n  "marks": [\n    { "id": "x", }\n  ]\n}\n';

describe('verification: save plan', () => {
  const a = mark('a');
  const b = mark('b');

  it('writes ours over an unchanged file, and nothing when it would not change or create an empty file', () => {
    const base = serialize(sidecar([a]));
    const plan = planSave('s.json', base, sidecar([a, b]), base);
    assert.ok(plan.ok && plan.write);
    assert.deepEqual(idsIn(plan.text), ['a', 'b']);
    const same = planSave('s.json', base, sidecar([a]), base);
    assert.ok(same.ok && !same.write);
    const none = planSave('s.json', null, sidecar([]), null);
    assert.ok(none.ok && !none.write);
  });

  it('merges what another window wrote since the file was read', () => {
    const base = serialize(sidecar([a]));
    const disk = serialize(sidecar([a, mark('theirs')]));
    const plan = planSave('s.json', base, sidecar([a, mark('ours')]), disk);
    assert.ok(plan.ok && plan.write);
    assert.deepEqual(idsIn(plan.text), ['a', 'ours', 'theirs']);
    // Created by both: no base, both files' marks kept.
    const both = planSave('s.json', null, sidecar([mark('ours')]), serialize(sidecar([mark('theirs')])));
    assert.ok(both.ok);
    assert.deepEqual(idsIn(both.text), ['ours', 'theirs']);
  });

  it('treats a file deleted since it was read as all its marks deleted, keeping the ones changed here', () => {
    const base = serialize(sidecar([a, b]));
    const plan = planSave('s.json', base, sidecar([a, { ...b, status: 'disputed' }]), null);
    assert.ok(plan.ok);
    assert.deepEqual(idsIn(plan.text), ['b']);
  });

  it('refuses a malformed file or one of an unknown version, naming the file, line and column', () => {
    const plan = planSave('news/a.news.sources.json', null, sidecar([a]), MALFORMED);
    assert.ok(!plan.ok);
    assert.equal(plan.error.kind, 'syntax');
    assert.equal(describeSidecarError(plan.error), 'news/a.news.sources.json:5:18: JSON syntax error: trailing comma before }');
    const newer = planSave('s.json', null, sidecar([a]), '{"version": 2}');
    assert.ok(!newer.ok);
    assert.equal(newer.error.kind, 'version');
  });

  it('starts from the base, or from an empty sidecar naming the article', () => {
    const empty = startingSidecar('/ws/news/story.news.sources.json', null);
    assert.ok(empty.ok);
    assert.deepEqual(empty.sidecar, { version: 1, article: 'story.news', marks: [] });
    assert.ok(!startingSidecar('x.sources.json', MALFORMED).ok);
  });
});

describe('verification: saving sidecar files', () => {
  let dir = '';
  let file = '';
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'nsa-sidecar-'));
    file = path.join(dir, 'story.news.sources.json');
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });
  const leftovers = async (): Promise<string[]> => (await fs.readdir(dir)).filter((f) => f.endsWith('.tmp'));

  it('writes atomically through a temporary file that does not stay behind', async () => {
    await writeFileAtomic(file, 'one\n');
    await writeFileAtomic(file, 'two\n');
    assert.equal(await fs.readFile(file, 'utf8'), 'two\n');
    assert.deepEqual(await leftovers(), []);
    await assert.rejects(writeFileAtomic(path.join(dir, 'no-such-folder', 'x.json'), 'x'));
  });

  it('reads a missing, a valid and an invalid file', async () => {
    assert.deepEqual(await readSidecarFile(file), { kind: 'missing' });
    await fs.writeFile(file, serialize(sidecar([mark('a')])));
    assert.equal((await readSidecarFile(file)).kind, 'ok');
    await fs.writeFile(file, MALFORMED);
    const bad = await readSidecarFile(file);
    assert.ok(bad.kind === 'invalid');
    assert.equal(bad.error.file, file);
    assert.equal(bad.error.line, 5);
  });

  it('creates the file with the change, and saves a change made with applyChange', async () => {
    const created = await saveSidecar(file, null, withMarks(mark('a')));
    assert.ok(created.ok);
    assert.equal(await fs.readFile(file, 'utf8'), created.text);
    assert.equal(JSON.parse(created.text).article, 'story.news');
    const change: MarkChange = { op: 'set', markId: 'a', anchor: mark('a').anchor, fields: { status: 'disputed' }, by: 'Bo', at: '2024-03-06T08:00:00Z' };
    const saved = await saveSidecar(file, created.text, (s) => {
      const r = applyChange(s, change);
      assert.ok(r.ok);
      return r.sidecar;
    });
    assert.ok(saved.ok);
    assert.match(await fs.readFile(file, 'utf8'), /"status": "disputed"/);
  });

  it('merges a change another program wrote to the file after it was read', async () => {
    const first = await saveSidecar(file, null, withMarks(mark('a')));
    assert.ok(first.ok);
    await fs.writeFile(file, serialize(sidecar([mark('a'), mark('pulled')]))); // say, a git pull
    const second = await saveSidecar(file, first.text, withMarks(mark('mine')));
    assert.ok(second.ok);
    assert.deepEqual(idsIn(await fs.readFile(file, 'utf8')), ['a', 'mine', 'pulled']);
  });

  it('never overwrites a malformed file or one of an unknown version: the bytes stay as they were', async () => {
    for (const text of [MALFORMED, '{"version": 3, "marks": "from the future"}\r\n']) {
      await fs.writeFile(file, text);
      const before = await fs.readFile(file);
      const r = await saveSidecar(file, null, withMarks(mark('a')));
      assert.ok(!r.ok);
      assert.equal(r.error.file, file);
      assert.ok((await fs.readFile(file)).equals(before), 'unchanged byte for byte');
    }
    assert.deepEqual(await leftovers(), []);
  });

  it('loses no mark when saves from one base run at the same time', async () => {
    const saves = ['m1', 'm2', 'm3', 'm4', 'm5'].map((id) => saveSidecar(file, null, withMarks(mark(id))));
    for (const r of await Promise.all(saves)) assert.ok(r.ok);
    assert.deepEqual(idsIn(await fs.readFile(file, 'utf8')), ['m1', 'm2', 'm3', 'm4', 'm5']);
    assert.deepEqual(await leftovers(), []);
  });
});
