// Merging sidecars three ways (by mark id) and the set / clear / undo operations on marks.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyChange, DEFAULT_STATUS, MarkChange, newMarkId, undo } from '../../../src/verification/mark-changes';
import { merge } from '../../../src/verification/merge';
import { parse, serialize } from '../../../src/verification/sidecar-format';
import { Mark, MARK_ID_PATTERN, MARK_STATUSES, Sidecar } from '../../../src/verification/sidecar-model';
import { mark, runs, sidecar } from './fixtures';

const ids = (s: Sidecar): string[] => s.marks.map((m) => m.id).sort();
const find = (s: Sidecar, id: string): Mark | undefined => s.marks.find((m) => m.id === id);
const later = (m: Mark, overrides: Partial<Mark>): Mark => ({ ...m, at: '2024-03-05T10:00:00Z', ...overrides });
const moved = (m: Mark, offset: number): Mark => ({ ...m, anchor: { ...m.anchor, offset } });

describe('verification: merge', () => {
  const a = mark('a');
  const b = mark('b', { anchor: { ...mark('b').anchor, offset: 90 } });
  const base = sidecar([a, b]);

  it('takes a change made on either side', () => {
    const ours = sidecar([later(a, { status: 'disputed' }), b]);
    const theirs = sidecar([a, later(b, { note: 'called her' })]);
    const { sidecar: out, conflicts } = merge(base, ours, theirs);
    assert.equal(find(out, 'a')?.status, 'disputed');
    assert.equal(find(out, 'b')?.note, 'called her');
    assert.deepEqual(conflicts, []);
  });

  it('keeps marks added on both sides', () => {
    const { sidecar: out } = merge(base, sidecar([a, b, mark('c')]), sidecar([a, b, mark('d')]));
    assert.deepEqual(ids(out), ['a', 'b', 'c', 'd']);
    assert.deepEqual(ids(merge(null, sidecar([a]), sidecar([b])).sidecar), ['a', 'b']);
  });

  it('lets the later check win when both sides changed a mark, and reports it, whichever side is ours', () => {
    const ours = sidecar([{ ...a, status: 'disputed', at: '2024-03-05T10:00:00Z' }, b]);
    const theirs = sidecar([{ ...a, status: 'needs-check', at: '2024-03-05T12:00:00+01:00' }, b]); // 11:00Z: later
    const one = merge(base, ours, theirs);
    assert.equal(find(one.sidecar, 'a')?.status, 'needs-check');
    assert.deepEqual(one.conflicts.map((c) => [c.id, c.kind, c.kept]), [['a', 'both-changed', 'theirs']]);
    const other = merge(base, theirs, ours);
    assert.equal(serialize(other.sidecar), serialize(one.sidecar));
    assert.deepEqual(other.conflicts.map((c) => c.kept), ['ours']);
  });

  it('does not call the same change on both sides a conflict', () => {
    const same = sidecar([later(a, { status: 'disputed' }), b]);
    assert.deepEqual(merge(base, same, same).conflicts, []);
  });

  it('keeps a mark deleted on one side and changed on the other, and reports it', () => {
    const changed = sidecar([later(a, { note: 'evidence found' }), b]);
    const deleted = sidecar([b]);
    for (const [ours, theirs, kept] of [[changed, deleted, 'ours'], [deleted, changed, 'theirs']] as const) {
      const { sidecar: out, conflicts } = merge(base, ours, theirs);
      assert.equal(find(out, 'a')?.note, 'evidence found');
      assert.deepEqual(conflicts.map((c) => [c.id, c.kind, c.kept]), [['a', 'deleted-and-changed', kept]]);
    }
  });

  it('deletes a mark deleted on one side and unchanged, or only re-anchored, on the other', () => {
    assert.deepEqual(ids(merge(base, sidecar([b]), base).sidecar), ['b']);
    assert.deepEqual(ids(merge(base, sidecar([moved(a, 40), b]), sidecar([b])).sidecar), ['b']);
  });

  it('merges the anchor apart from the check: one side re-anchored, the other changed the status', () => {
    const ours = sidecar([moved(a, 400), b]);
    const theirs = sidecar([later(a, { status: 'disputed' }), b]);
    const { sidecar: out, conflicts } = merge(base, ours, theirs);
    assert.deepEqual([find(out, 'a')?.anchor.offset, find(out, 'a')?.status], [400, 'disputed']);
    assert.deepEqual(conflicts, []);
  });

  // Random sidecars derived from one base: the merge is symmetric, loses no changed mark, and is the
  // identity when one side changed nothing.
  const variant = (m: Mark): fc.Arbitrary<Mark | null> =>
    fc.oneof(
      fc.constant(m),
      fc.constant(null),
      fc.record({ status: fc.constantFrom(...MARK_STATUSES), hour: fc.integer({ min: 10, max: 12 }), offset: fc.constantFrom(m.anchor.offset, 7, 300) }).map(
        (c) => ({ ...m, status: c.status, at: `2024-03-05T${c.hour}:00:00Z`, anchor: { ...m.anchor, offset: c.offset } }),
      ),
    );
  const baseMarks = [mark('a'), mark('b'), mark('c'), mark('d')];
  const side = fc.tuple(...baseMarks.map(variant), fc.boolean()).map((vs) => {
    const added = vs.pop() ? [mark(`new${vs.length}`, { status: 'disputed' })] : [];
    return sidecar([...(vs as (Mark | null)[]).filter((m): m is Mark => m !== null), ...added]);
  });

  it('is symmetric, keeps every changed mark, and changes nothing one side did not change', () => {
    const b0 = sidecar(baseMarks);
    fc.assert(
      fc.property(side, side, (ours, theirs) => {
        const one = merge(b0, ours, theirs);
        assert.equal(serialize(one.sidecar), serialize(merge(b0, theirs, ours).sidecar));
        for (const s of [ours, theirs]) {
          for (const m of s.marks) {
            const old = find(b0, m.id);
            if (!old || old.status !== m.status || old.at !== m.at) assert.ok(find(one.sidecar, m.id), `changed mark ${m.id} kept`);
          }
        }
        assert.equal(serialize(merge(b0, ours, b0).sidecar), serialize(ours));
        assert.equal(serialize(merge(b0, b0, theirs).sidecar), serialize(theirs));
        assert.ok(parse(serialize(one.sidecar)).ok, 'the result is a valid sidecar');
      }),
      runs(300),
    );
  });
});

describe('verification: mark changes and undo', () => {
  const anchor = mark('x').anchor;
  const set = (markId: string, fields: Extract<MarkChange, { op: 'set' }>['fields'], at = '2024-03-05T10:00:00Z'): MarkChange => ({ op: 'set', markId, anchor, fields, by: 'Bo', at });
  const applied = (s: Sidecar, change: MarkChange): { sidecar: Sidecar; mark: Mark | null; undo: Parameters<typeof undo>[1] } => {
    const r = applyChange(s, change);
    assert.ok(r.ok, r.ok ? '' : r.error);
    return r;
  };

  it('creates a mark, with "needs-check" when only a speaker correction is given', () => {
    const r = applied(sidecar([]), set('m1', { speaker: { kind: 'none' } }));
    assert.deepEqual(r.mark, { id: 'm1', anchor, status: DEFAULT_STATUS, speaker: { kind: 'none' }, by: 'Bo', at: '2024-03-05T10:00:00Z' });
    assert.deepEqual(r.undo, { markId: 'm1', before: null, after: r.mark });
  });

  it('updates a mark: given fields change, null removes one, who and when are the new ones', () => {
    const start = sidecar([mark('m1', { note: 'old', link: 'https://example.org' })]);
    const r = applied(start, set('m1', { status: 'disputed', note: null }));
    assert.deepEqual(r.mark, { ...mark('m1'), link: 'https://example.org', status: 'disputed', by: 'Bo', at: '2024-03-05T10:00:00Z' });
    assert.equal(r.sidecar.marks.length, 1);
  });

  it('refuses a mark that parse would reject, naming the field', () => {
    const r = applyChange(sidecar([]), set('m1', { link: '/etc/passwd' }));
    assert.ok(!r.ok);
    assert.match(r.error, /^link: /);
    assert.ok(!applyChange(sidecar([]), { ...set('m1', {}), at: 'yesterday' } as MarkChange).ok);
  });

  it('clears a mark, and undo brings it back; undoing the undo clears it again', () => {
    const m1 = mark('m1', { note: 'keep me' });
    const cleared = applied(sidecar([m1, mark('m2')]), { op: 'clear', markId: 'm1' });
    assert.deepEqual(ids(cleared.sidecar), ['m2']);
    const back = undo(cleared.sidecar, cleared.undo);
    assert.ok(back.ok);
    assert.deepEqual(find(back.sidecar, 'm1'), m1);
    const again = undo(back.sidecar, back.undo);
    assert.ok(again.ok);
    assert.deepEqual(ids(again.sidecar), ['m2']);
  });

  it('undoes a change, keeping a newer anchor; refuses when the check changed since', () => {
    const m1 = mark('m1');
    const r = applied(sidecar([m1]), set('m1', { status: 'disputed' }));
    const reanchored: Sidecar = { ...r.sidecar, marks: [moved(r.mark as Mark, 500)] };
    const u = undo(reanchored, r.undo);
    assert.ok(u.ok);
    assert.deepEqual(find(u.sidecar, 'm1'), moved(m1, 500));
    const changedSince = applied(r.sidecar, set('m1', { note: 'another window' }, '2024-03-05T11:00:00Z'));
    const refused = undo(changedSince.sidecar, r.undo);
    assert.ok(!refused.ok);
    assert.match(refused.error, /changed again/);
  });

  it('makes ids that the format accepts and that differ', () => {
    const made = new Set(Array.from({ length: 200 }, () => newMarkId()));
    assert.equal(made.size, 200);
    for (const id of made) assert.match(id, new RegExp(MARK_ID_PATTERN));
    assert.equal(newMarkId(0, () => 0), 'm0000000');
  });
});
