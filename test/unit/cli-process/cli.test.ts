// The command-line contract, exercised on the built tool (dist/news-annotate.js).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { assertSpans, CLI, runCli as run, SEED_000 as SEED } from '../helpers';

describe('news-annotate CLI', () => {
  before(() => assert.ok(fs.existsSync(CLI), 'run `npm run build` first'));

  it('prints usage on stderr and exits 2 on an unknown flag', () => {
    const r = run(['--bogus', SEED]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown option --bogus/);
    assert.match(r.stderr, /Usage:/);
    assert.equal(r.stdout, '');
  });

  it('rejects a malformed reference date with exit 2', () => {
    const r = run(['--reference-date', '2015-13-40', SEED]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /YYYY-MM-DD/);
  });

  it('reports the readable form with problems in file:line:col form', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-cli-'));
    const file = path.join(dir, 'a.news');
    fs.writeFileSync(file, 'Headline here\n“This has no source at all, none whatsoever, really.”\nAnother line.\n');
    const r = run([file]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /People \(\d+\):/);
    assert.match(r.stdout, /Quotations \(1\):/);
    assert.ok(r.stdout.includes(`${file}:2:1: warning: `), r.stdout);
    assert.match(r.stdout, /\[unattributed-quote\]/);
  });

  it('goes on after a missing file and exits 1', () => {
    const r = run(['--json', '/nonexistent/x.txt', SEED]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /cannot read \/nonexistent\/x\.txt: no such file/);
    const results = JSON.parse(r.stdout);
    assert.equal(results.length, 1);
    assert.equal(results[0].id, SEED);
  });

  it('writes contract result objects whose spans slice the text', () => {
    const r = run(['--json', '--reference-date', '2015-09-17', SEED]);
    assert.equal(r.code, 0, r.stderr);
    const [res] = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(res), ['id', 'headline', 'people', 'quotes', 'dates', 'diagnostics']);
    assert.deepEqual(Object.keys(res.quotes[0]), ['start', 'end', 'text', 'speaker', 'speakerName', 'source', 'cue', 'attribution', 'rule', 'sourceKind']);
    assert.deepEqual(Object.keys(res.people[0]), ['id', 'name', 'roles', 'affiliation', 'mentions', 'gender', 'genderEvidence', 'sourceKind']);
    assert.ok(res.quotes.every((q: { attribution: string; rule: string | null }) => (q.attribution === 'none') === (q.rule === null)), 'a rule on every attributed quotation, none on the others');
    assertSpans(fs.readFileSync(SEED, 'utf8'), res);
    assert.ok(res.quotes.length >= 10);
  });

  it('--jsonl keeps order, reports malformed lines and goes on, with 1 and 2 jobs', () => {
    const lines = [
      JSON.stringify({ id: 'one', text: 'Title\n“Hi there,” Ann Lee said Monday.', referenceDate: '2024-03-06' }),
      '{not json',
      JSON.stringify({ id: 'two' }),
      JSON.stringify({ id: 'bad-date', text: 'x', referenceDate: 'tomorrow' }),
      ...Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `n${i}`, text: `Title ${i}\n“Quote ${i} here,” Bo Diaz said.` })),
    ];
    for (const jobs of ['1', '2']) {
      const r = run(['--jsonl', '--jobs', jobs], lines.join('\n') + '\n');
      assert.equal(r.code, 0, r.stderr);
      const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
      assert.equal(out.length, lines.length);
      assert.equal(out[0].id, 'one');
      assert.equal(out[0].quotes[0].speakerName, 'Ann Lee');
      assert.deepEqual(Object.keys(out[1]), ['id', 'error']);
      assert.equal(out[1].id, null);
      assert.equal(out[2].id, 'two');
      assert.match(out[2].error, /text/);
      assert.match(out[3].error, /referenceDate/);
      assert.deepEqual(out.slice(4).map((o) => o.id), Array.from({ length: 40 }, (_, i) => `n${i}`));
    }
  });

  it('gender and kinds of source: --gender-from-first-names, --no-gender and --source-kind, in every mode and with workers', () => {
    const text = 'Title\n“The stall opens at six,” said Michael Tarrow, a keen gardener. Later Ms. Jane Oduya, the town’s treasurer, agreed.';
    const line = JSON.stringify({ id: 'g', text }) + '\n';
    const person = (out: string, name: string): { gender: string | null; genderEvidence: { kind: string; text: string }[]; sourceKind: string } =>
      JSON.parse(out.trim().split('\n')[0]).people.find((p: { name: string }) => p.name === name);
    for (const jobs of ['1', '2']) {
      const plain = run(['--jsonl', '--jobs', jobs], line);
      assert.equal(plain.code, 0, plain.stderr);
      assert.equal(person(plain.stdout, 'Michael Tarrow').gender, null, 'no first names by default');
      assert.equal(person(plain.stdout, 'Michael Tarrow').sourceKind, 'unknown');
      assert.equal(person(plain.stdout, 'Jane Oduya').gender, 'female');
      const named = run(['--jsonl', '--jobs', jobs, '--gender-from-first-names', '--source-kind', 'gardener=citizen'], line);
      assert.equal(named.code, 0, named.stderr);
      assert.deepEqual(person(named.stdout, 'Michael Tarrow').genderEvidence.map((e) => [e.kind, e.text]), [['first name', 'Michael']]);
      assert.equal(person(named.stdout, 'Michael Tarrow').sourceKind, 'citizen');
      const quote = JSON.parse(named.stdout.trim()).quotes[0];
      assert.equal(quote.sourceKind, 'citizen');
      const off = run(['--jsonl', '--jobs', jobs, '--no-gender'], line);
      assert.deepEqual([person(off.stdout, 'Jane Oduya').gender, person(off.stdout, 'Jane Oduya').genderEvidence], [null, []]);
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-cli-'));
    const file = path.join(dir, 'g.news');
    fs.writeFileSync(file, text);
    const report = run([file]);
    assert.match(report.stdout, /Jane Oduya — the town’s treasurer {2}\[1 mention; female \(Ms\. Jane Oduya\); official\]/);
    assert.match(report.stdout, /Michael Tarrow .*gender not stated; unknown\]/);
    fs.rmSync(dir, { recursive: true, force: true });
    const bad = run(['--source-kind', 'gardener=gardening', SEED]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--source-kind takes WORD=KIND/);
  });

  it('ends quietly when the reader closes the pipe', () => {
    const input = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `x${i}`, text: `Title\n“Quote ${i} is long enough,” Al Ray said.` })).join('\n');
    const r = spawnSync('bash', ['-c', `node ${JSON.stringify(CLI)} --jsonl --jobs 1 | head -n 1`], { input, encoding: 'utf8' });
    assert.equal(r.status, 0);
    assert.equal(r.stdout.trim().split('\n').length, 1);
    assert.equal(r.stderr, '');
  });
});

describe('news-annotate --explain', () => {
  it('prints per quotation its line, the rule, the source, why and the candidates', () => {
    const r = run(['--explain', '--reference-date', '2015-09-17', SEED]);
    assert.equal(r.code, 0, r.stderr);
    const blocks = r.stdout.split(/\n(?=\d+: )/).slice(1);
    assert.equal(blocks.length, 11, r.stdout);
    for (const b of blocks) assert.match(b, /^\d+: .+\n {2}rule: \S+\n {2}source: .+\n {2}why: .+\n {2}candidates: .+\n {2}patterns tried before: .+/);
    assert.match(r.stdout, /^6: “At the same time.*\n {2}rule: source-then-cue-after\n {2}source: Zheng \(speaker: Zheng Zeguang\)\n {2}why: \*added\* after the quotation; subject: Zheng\./m);
    assert.match(r.stdout, /rule: continuation\n.*\n {2}why: No cue of its own: continues Obama’s quotation from line 8\./);
  });

  it('cannot be combined with --json', () => {
    assert.equal(run(['--explain', '--json', SEED]).code, 2);
  });
});
