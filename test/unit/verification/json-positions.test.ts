// The position-keeping JSON reader behind parse: it accepts exactly what JSON.parse accepts (but for
// duplicate keys, which it refuses, and a leading byte-order mark, which it skips), builds the same
// values, never throws, and reports positions editors agree with. Sidecars round-trip through it.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { JsonNode, lineColumnAt, readJson } from '../../../src/verification/json-positions';
import { parse, serialize } from '../../../src/verification/sidecar-format';
import { Mark, MARK_STATUSES } from '../../../src/verification/sidecar-model';
import { runs, sidecar } from './fixtures';

function valueOf(node: JsonNode): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries(node.entries.map((e) => [e.key, valueOf(e.value)]));
    case 'array':
      return node.items.map(valueOf);
    case 'null':
      return null;
    default:
      return node.value;
  }
}

const jsonParses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};
const hasDuplicateKeys = (text: string): boolean => {
  const r = readJson(text);
  return !r.ok && r.message.startsWith('duplicate property');
};

describe('verification: JSON reader', () => {
  it('reads any JSON to the value JSON.parse gives', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), (text) => {
        fc.pre(!hasDuplicateKeys(text));
        const r = readJson(text);
        assert.ok(r.ok, text);
        assert.deepEqual(valueOf(r.root), JSON.parse(text));
      }),
      runs(500),
    );
  });

  it('accepts a damaged text exactly when JSON.parse does, and never throws', () => {
    const damaged = fc.tuple(fc.json({ maxDepth: 3 }), fc.nat(), fc.nat({ max: 3 }), fc.constantFrom('', ',', '}', ']', '"', ':', '\\', '\n', '0', '-', 'e', 'tru', '\u0001', ' ', '{', '[', '//'));
    let rejected = 0;
    fc.assert(
      fc.property(damaged, ([text, at, remove, insert]) => {
        const i = at % (text.length + 1);
        const broken = text.slice(0, i) + insert + text.slice(i + remove);
        fc.pre(!hasDuplicateKeys(broken));
        const r = readJson(broken);
        if (!r.ok) {
          rejected++;
          assert.ok(r.offset >= 0 && r.offset <= broken.length);
        }
        assert.equal(r.ok, jsonParses(broken), JSON.stringify(broken));
      }),
      runs(800),
    );
    assert.ok(rejected > 200, `${rejected} damaged texts rejected`);
  });

  it('counts lines and columns as editors do', () => {
    assert.deepEqual(lineColumnAt('ab\ncd', 4), { line: 2, column: 2 });
    assert.deepEqual(lineColumnAt('a\r\nb', 3), { line: 2, column: 1 });
    assert.deepEqual(lineColumnAt('a\rb', 2), { line: 2, column: 1 });
    assert.deepEqual(lineColumnAt('😀x', 2), { line: 1, column: 3 }, 'columns count UTF-16 code units');
  });
});

describe('verification: sidecar round trip', () => {
  const text = fc.string({ unit: 'binary', maxLength: 30 });
  const nonEmpty = fc.string({ unit: 'binary', minLength: 1, maxLength: 30 });
  const arbMark = fc.record(
    {
      id: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,20}$/),
      anchor: fc.record({ quote: nonEmpty, before: text, after: text, offset: fc.nat() }),
      status: fc.constantFrom(...MARK_STATUSES),
      note: nonEmpty,
      link: fc.constantFrom('https://example.org/a?b=c', 'evidence/x.pdf', '../a b.txt'),
      speaker: fc.oneof(fc.constant({ kind: 'none' as const }), nonEmpty.map((name) => ({ kind: 'person' as const, name })), nonEmpty.map((name) => ({ kind: 'name' as const, name }))),
      by: nonEmpty,
      at: fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString()),
    },
    { requiredKeys: ['id', 'anchor', 'status', 'by', 'at'] },
  );

  it('parses what it serialises back to the same marks, in file order, whatever the characters', () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbMark, { selector: (m) => m.id, maxLength: 6 }), (marks: Mark[]) => {
        const s = sidecar(marks);
        const r = parse(serialize(s));
        assert.ok(r.ok, r.ok ? '' : r.error.message);
        assert.equal(serialize(r.sidecar), serialize(s));
        assert.equal(r.sidecar.marks.length, marks.length);
        for (const m of marks) assert.deepEqual(r.sidecar.marks.find((x) => x.id === m.id), JSON.parse(JSON.stringify(m)));
      }),
      runs(300),
    );
  });
});
