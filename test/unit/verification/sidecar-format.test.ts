// Sidecar files: the name beside the article, stable pretty text, and parse errors with a line and
// column for syntax errors, unknown versions and wrong fields. The JSON Schema shipped for hand
// edits is the generated one, and accepts exactly the documents parse accepts.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { articleFileNameOf, fileNameOf, parse, serialize, sidecarFileName, sidecarPathFor } from '../../../src/verification/sidecar-format';
import { Sidecar } from '../../../src/verification/sidecar-model';
import { buildSidecarSchema } from '../../../src/verification/sidecar-schema';
import { mark, runs, sidecar } from './fixtures';
import { schemaAccepts } from './mini-schema';

const SCHEMA_FILE = path.join(__dirname, '../../../../schemas/sources.schema.json');

/** parse's error, or a failure when it accepted the text. */
function parseError(text: string): { kind: string; message: string; line: number; column: number } {
  const r = parse(text);
  assert.ok(!r.ok, `expected an error for ${text}`);
  return r.error;
}

describe('verification: sidecar file name', () => {
  it('appends .sources.json to the whole article name', () => {
    assert.equal(sidecarFileName('story.news'), 'story.news.sources.json');
    assert.notEqual(sidecarFileName('a.txt'), sidecarFileName('a.news'));
    assert.equal(sidecarPathFor('/ws/seeds/a.txt'), '/ws/seeds/a.txt.sources.json');
    assert.equal(articleFileNameOf('story.news.sources.json'), 'story.news');
    assert.equal(articleFileNameOf('.sources.json'), null);
    assert.equal(articleFileNameOf('story.json'), null);
    assert.equal(fileNameOf('C:\\ws\\a.news'), 'a.news');
    assert.equal(fileNameOf('/ws/b/a.news'), 'a.news');
  });
});

describe('verification: serialize', () => {
  const doc = sidecar([
    mark('b', { anchor: { quote: '“Two.”', before: 'x', after: 'y', offset: 40 }, note: 'call back', speaker: { name: 'Ann Lee', kind: 'person' } }),
    mark('z', { anchor: { quote: '“One.”', before: '', after: '', offset: 3 } }),
    mark('a', { anchor: { quote: '“Two.”', before: 'x', after: 'y', offset: 40 }, status: 'disputed', link: 'https://example.org/a' }),
  ]);

  it('writes 2-space JSON with a final newline, marks by offset then id, keys in table order', () => {
    const text = serialize(doc);
    assert.ok(text.endsWith('}\n'));
    assert.ok(text.startsWith('{\n  "version": 1,\n  "article": "story.news",\n  "marks": [\n    {\n      "id": "z",'));
    const ids = [...text.matchAll(/"id": "(\w+)"/g)].map((m) => m[1]);
    assert.deepEqual(ids, ['z', 'a', 'b']);
    // speaker keys come out kind first although the object was built name first
    assert.ok(text.includes('"speaker": {\n        "kind": "person",\n        "name": "Ann Lee"\n      },'));
    const markKeys = [...text.matchAll(/^ {6}"(\w+)":/gm)].map((m) => m[1]).slice(0, 8);
    assert.deepEqual(markKeys.slice(0, 5), ['id', 'anchor', 'status', 'by', 'at']);
  });

  it('is stable: the same marks in any order give the same text, and parse gives them back', () => {
    const shuffled: Sidecar = { ...doc, marks: [...doc.marks].reverse() };
    assert.equal(serialize(shuffled), serialize(doc));
    const back = parse(serialize(doc));
    assert.ok(back.ok);
    assert.equal(serialize(back.sidecar), serialize(doc));
    assert.deepEqual(back.sidecar.marks.map((m) => m.id), ['z', 'a', 'b']);
  });
});

describe('verification: parse errors', () => {
  it('gives the line and column of a JSON syntax error', () => {
    const e = parseError('{\n  "version": 1,\n  "article": "a.news"\n  "marks": []\n}\n');
    assert.equal(e.kind, 'syntax');
    assert.deepEqual([e.line, e.column], [4, 3]);
    assert.match(e.message, /expected ',' or '}'/);
  });

  it('counts CRLF and lone CR as one line break each, and skips a byte-order mark', () => {
    assert.deepEqual([parseError('{\r\n\r\n  "version": 1,,').line, parseError('{\r\r  "version": 1,,').line], [3, 3]);
    assert.equal(parseError('{\r\n  "version": 1,,').column, 16);
    assert.ok(parse('\ufeff' + serialize(sidecar([]))).ok);
  });

  it('rejects what JSON does not allow: trailing commas, comments, control characters, duplicate keys', () => {
    assert.match(parseError('{"version": 1, "article": "a", "marks": [],}').message, /trailing comma/);
    assert.match(parseError('{"version": 1 // one\n}').message, /expected/);
    assert.match(parseError('{"version": 1, "article": "a\tb", "marks": []}').message, /control character/);
    const dup = parseError('{"version": 1,\n "version": 1, "article": "a", "marks": []}');
    assert.match(dup.message, /duplicate property "version"/);
    assert.deepEqual([dup.line, dup.column], [2, 2]);
    assert.match(parseError('').message, /end of the file/);
    assert.match(parseError('{"a": "\\x"}').message, /invalid escape/);
    assert.match(parseError('[' .repeat(100)).message, /nested too deeply/);
  });

  it('says when the version is unknown, pointing at it, before any field error', () => {
    const e = parseError('{\n  "version": 2,\n  "marks": "not even an array"\n}\n');
    assert.equal(e.kind, 'version');
    assert.match(e.message, /unknown sidecar version 2/);
    assert.deepEqual([e.line, e.column], [2, 14]);
    assert.equal(parseError('{"version": "1", "article": "a", "marks": []}').kind, 'version');
  });

  it('points at the offending value of a mark, naming the field', () => {
    const good = serialize(sidecar([mark('m1'), mark('m2', { anchor: { quote: '“x”', before: '', after: '', offset: 90 } })]));
    const bad = good.replace(/("id": "m2",[\s\S]*?"status": )"verified"/, '$1"ok"');
    const e = parseError(bad);
    assert.equal(e.kind, 'schema');
    assert.match(e.message, /^marks\[1\]\.status: expected one of "verified", "needs-check", "disputed", found "ok"/);
    const lines = bad.split('\n');
    assert.ok(lines[e.line - 1].slice(e.column - 1).startsWith('"ok"'), `line ${e.line} column ${e.column}`);
  });

  it('rejects wrong types, missing and unknown fields, bad links, timestamps and duplicate ids', () => {
    const withMark = (m: Record<string, unknown>): string => JSON.stringify({ version: 1, article: 'a.news', marks: [m] }, null, 2);
    const base = { ...mark('m1') } as Record<string, unknown>;
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ ...base, anchor: { ...mark('m1').anchor, offset: '16' } }, /marks\[0\]\.anchor\.offset: expected an integer, found "16"/],
      [{ ...base, anchor: { ...mark('m1').anchor, offset: -1 } }, /at least 0/],
      [{ ...base, anchor: { ...mark('m1').anchor, offset: 1.5 } }, /expected an integer/],
      [{ ...base, by: undefined }, /marks\[0\]: missing property "by"/],
      [{ ...base, colour: 'red' }, /unknown property "colour"/],
      [{ ...base, link: '/home/ana/evidence.pdf' }, /link: .* is not an http\(s\) URL/],
      [{ ...base, link: 'javascript:alert(1)' }, /link:/],
      [{ ...base, link: 'file:///tmp/x' }, /link:/],
      [{ ...base, link: 'https://exa mple.org' }, /link:/],
      [{ ...base, at: '2024-03-04 09:30' }, /at: .* ISO 8601/],
      [{ ...base, at: '2024-03-04T09:30:00' }, /at:/],
      [{ ...base, at: '2024-13-04T09:30:00Z' }, /at:/],
      [{ ...base, note: '' }, /note: must not be empty/],
      [{ ...base, note: 3 }, /note: expected a string, found 3/],
      [{ ...base, speaker: { kind: 'robot' } }, /speaker\.kind: expected one of "person", "name", "none"/],
      [{ ...base, speaker: { kind: 'person' } }, /speaker: missing property "name"/],
      [{ ...base, speaker: { kind: 'none', name: 'x' } }, /unknown property "name"/],
      [{ ...base, id: 'has space' }, /id: .* is not a mark id/],
    ];
    for (const [m, message] of cases) assert.match(parseError(withMark(m)).message, message, JSON.stringify(m));
    assert.match(parseError(JSON.stringify({ version: 1, article: 'a.news', marks: [mark('m1'), mark('m1')] })).message, /duplicate mark id "m1"/);
    assert.match(parseError(JSON.stringify({ version: 1, article: 'dir/a.news', marks: [] })).message, /article: .* file name/);
    assert.match(parseError('[]').message, /expected an object/);
    assert.match(parseError('{"version": 1, "article": "a", "marks": [], "__proto__": {}}').message, /unknown property "__proto__"/);
  });

  it('accepts links to workspace files relative to the article, and offsets with zones', () => {
    for (const link of ['evidence/call.pdf', '../notes/2024 interview.txt', 'http://example.org/x?y=1#z']) {
      assert.ok(parse(serialize(sidecar([mark('m1', { link })]))).ok, link);
    }
    assert.ok(parse(serialize(sidecar([mark('m1', { at: '2024-03-04T09:30:00.123+05:30' })]))).ok);
  });
});

describe('verification: JSON Schema', () => {
  const schema = buildSidecarSchema();

  it('is committed as generated from the field table', () => {
    const committed = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'));
    assert.deepEqual(
      committed,
      schema,
      'schemas/sources.schema.json is stale: after npm run compile-tests, run\n' +
        `node -e "process.stdout.write(require('./out/src/verification/sidecar-schema').sidecarSchemaText())" > schemas/sources.schema.json`,
    );
  });

  // Documents built from valid ones with one field replaced by a value of another kind, removed,
  // or an extra field added: parse and the schema must give the same verdict on each.
  const anyValue = fc.oneof(
    fc.constantFrom('verified', 'needs-check', 'disputed', 'none', 'person', '', 'a.news', 'x/y', 'https://x.org', '2024-03-04T09:30:00Z', 'm-1'),
    fc.string({ maxLength: 6 }),
    fc.integer({ min: -3, max: 3 }),
    fc.constantFrom(1.5, 2, true, null, [], {}, { kind: 'none' }, { kind: 'name', name: 'Bo' }, { kind: 'name' }),
  );
  const pathIn = (doc: unknown): fc.Arbitrary<(string | number)[]> => {
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, p: (string | number)[]): void => {
      paths.push(p);
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...p, i]));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...p, k]);
    };
    walk(doc, []);
    return fc.constantFrom(...paths.filter((p) => p.length > 0));
  };
  const validDoc = JSON.parse(
    serialize(sidecar([mark('m1', { note: 'n', link: 'e.pdf', speaker: { kind: 'person', name: 'Ann Lee' } }), mark('m2', { speaker: { kind: 'none' }, status: 'needs-check' })])),
  ) as Record<string, unknown>;

  it('accepts exactly what parse accepts (valid documents and single-field mutations)', () => {
    let rejected = 0;
    fc.assert(
      fc.property(pathIn(validDoc), fc.constantFrom('replace', 'delete', 'add'), anyValue, fc.constantFrom('extra', 'kind', 'name', 'note'), (p, op, value, extraKey) => {
        const doc = structuredClone(validDoc) as Record<string, unknown>;
        const parent = p.slice(0, -1).reduce<Record<string | number, unknown>>((o, k) => o[k] as Record<string | number, unknown>, doc);
        const last = p[p.length - 1];
        if (op === 'replace') parent[last] = value;
        else if (op === 'delete') {
          if (Array.isArray(parent)) parent.splice(last as number, 1);
          else delete parent[last];
        } else if (parent[last] && typeof parent[last] === 'object' && !Array.isArray(parent[last])) (parent[last] as Record<string, unknown>)[extraKey] = value;
        const ids = Array.isArray(doc.marks) ? doc.marks.map((m: { id?: unknown }) => m?.id) : [];
        fc.pre(new Set(ids).size === ids.length); // unique ids: checked by parse only, as the schema says
        const byParse = parse(JSON.stringify(doc)).ok;
        if (!byParse) rejected++;
        assert.equal(schemaAccepts(schema, doc), byParse, JSON.stringify(doc));
      }),
      runs(600),
    );
    // Not a vacuous agreement: most mutations are invalid, and the valid document is accepted.
    assert.ok(rejected > 200, `only ${rejected} mutations rejected`);
    assert.ok(schemaAccepts(schema, validDoc) && parse(JSON.stringify(validDoc)).ok);
  });
});
