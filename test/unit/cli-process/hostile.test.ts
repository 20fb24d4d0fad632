// The command-line tool on hostile input and a hostile environment (dist/news-annotate.js): bad
// flags, inputs that cannot be read, inputs over the size limit, bytes that are not text, control
// characters bound for a terminal, a reader that goes away. cli.test.ts covers the ordinary contract.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { assertSpans, CLI, runCli as run } from '../helpers';

const ARTICLE = 'Bridge vote splits town\n\n“We are ready to start,” Mayor Jane Doe said Monday.\n';

describe('news-annotate CLI on hostile input', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    assert.ok(fs.existsSync(CLI), 'run `npm run build` first');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-hostile-'));
    fs.writeFileSync(path.join(dir, 'ok.txt'), ARTICLE);
    fs.mkdirSync(path.join(dir, 'folder.txt'));
    fs.symlinkSync('nowhere.txt', path.join(dir, 'dangling.txt'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const args of [['--max-size', 'lots', 'ok.txt'], ['--max-size', '0', 'ok.txt'], ['--max-size', '501', 'ok.txt'], ['--jobs', '0', '--jsonl'], ['--json', '--jsonl', 'ok.txt'], ['--reference-date'], ['--json'], ['-x', 'ok.txt']]) {
    it(`refuses ${args.join(' ')} with usage on stderr and exit 2`, () => {
      const r = run(args, undefined, dir);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^news-annotate: .+\nUsage:/);
      assert.equal(r.stdout, '');
    });
  }

  it('names a directory and a dangling link, analyses the other files and exits 1', () => {
    for (const mode of [['--json'], []]) {
      const r = run([...mode, 'folder.txt', 'ok.txt', 'dangling.txt'], undefined, dir);
      assert.equal(r.code, 1);
      assert.equal(r.stderr, 'news-annotate: cannot read folder.txt: is a directory\nnews-annotate: cannot read dangling.txt: no such file\n');
      if (mode.length) assert.deepEqual(JSON.parse(r.stdout).map((x: { id: string }) => x.id), ['ok.txt']);
      else assert.match(r.stdout, /^== ok\.txt\n/);
    }
  });

  it('--jsonl names an unreadable input, goes on with the next and exits 1', () => {
    fs.writeFileSync(path.join(dir, 'in.jsonl'), JSON.stringify({ id: 'a', text: ARTICLE }) + '\n');
    for (const jobs of ['1', '2']) {
      const r = run(['--jsonl', '--jobs', jobs, 'folder.txt', 'in.jsonl', 'dangling.txt', 'in.jsonl'], undefined, dir);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /cannot read folder\.txt: is a directory\n/);
      assert.match(r.stderr, /cannot read dangling\.txt: no such file\n/);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
      assert.deepEqual(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id), ['a', 'a']);
    }
  });

  it('refuses a file over --max-size, saying why and what to do, and goes on', () => {
    fs.writeFileSync(path.join(dir, 'big.txt'), ARTICLE.repeat(Math.ceil((1.5 * 1024 * 1024) / ARTICLE.length)));
    const r = run(['--json', '--max-size', '1', 'big.txt', 'ok.txt'], undefined, dir);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^news-annotate: cannot read big\.txt: 1\.\d MB is over the 1\.0 MB limit; use --max-size 2 to analyse it\n$/);
    assert.equal(JSON.parse(r.stdout).length, 1);
    assert.equal(run(['--json', '--max-size', '2', 'big.txt'], undefined, dir).code, 0);
  });

  it('--jsonl answers a line over --max-size with {"id", "error"} and goes on', () => {
    const big = JSON.stringify({ id: 'huge', text: 'x'.repeat(1.2 * 1024 * 1024) });
    const r = run(['--jsonl', '--jobs', '1', '--max-size', '1'], [big, '{"id": "after", "text": "Hi"}', 'y'.repeat(1.5 * 1024 * 1024)].join('\n'));
    assert.equal(r.code, 0, r.stderr);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(Object.keys(out[0]), ['id', 'error']);
    assert.equal(out[0].id, 'huge');
    assert.match(out[0].error, /^line 1: 1\.2 MB is over the 1\.0 MB limit; use --max-size 2/);
    assert.equal(out[1].id, 'after');
    assert.equal(out[2].id, null);
    assert.match(out[2].error, /^line 3: /);
  });

  it('--jsonl reports malformed lines in place, whatever they hold', () => {
    const lines = ['{"id": "a", "text": ', '\u0000\u0001', '"just a string"', 'null', '{"id": {"x": 1}, "text": "t"}', '{"id": "ok", "text": "\\ud800“Hi \\u0000 there,” Ann Lee said.\\udfff"}'];
    const r = run(['--jsonl', '--jobs', '1'], lines.join('\r\n') + '\r\n');
    assert.equal(r.code, 0, r.stderr);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(out.length, lines.length);
    for (const o of out.slice(0, 5)) assert.deepEqual(Object.keys(o), ['id', 'error']);
    assert.equal(out[5].id, 'ok');
    assert.equal(out[5].quotes.length, 1);
    assertSpans('\ud800“Hi \u0000 there,” Ann Lee said.\udfff', out[5]);
  });

  it('does not crash on NUL bytes and invalid UTF-8; offsets are into the decoded text', () => {
    const bytes = Buffer.concat([Buffer.from('\ufeffTitle\u0000\n\n“Hi\u0000 there, all,” Ann Lee said.\n', 'utf8'), Buffer.from([0xff, 0xfe, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0x0a]), Buffer.from('“Again, once more,” Lee said on Monday.\n')]);
    fs.writeFileSync(path.join(dir, 'junk.txt'), bytes);
    const r = run(['--json', 'junk.txt'], undefined, dir);
    assert.equal(r.code, 0, r.stderr);
    const [res] = JSON.parse(r.stdout);
    assert.equal(res.quotes.length, 2);
    assertSpans(bytes.toString('utf8').slice(1), res); // without the byte-order mark
  });

  it('reads standard input for the file "-"', () => {
    const r = run(['--json', '-'], ARTICLE);
    assert.equal(r.code, 0, r.stderr);
    const [res] = JSON.parse(r.stdout);
    assert.equal(res.id, '-');
    assert.equal(res.quotes[0].speakerName, 'Jane Doe');
  });

  it('shows control characters and direction overrides in the report as escapes', () => {
    fs.writeFileSync(path.join(dir, 'ctl.txt'), 'Title \u001b]0;pwned\u0007\n\n“\u001b[2J\u202eevil words here,” Ann Lee said.\n');
    const r = run(['ctl.txt'], undefined, dir);
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/); // eslint-disable-line no-control-regex
    assert.ok(r.stdout.includes('\\u{1b}[2J\\u{202e}evil'), r.stdout);
  });

  it('ends quietly when the reader closes the pipe, in every output mode', () => {
    const many = Array.from({ length: 400 }, (_, i) => `“Quote number ${i} is here,” said Person${i} Smith.`).join('\n\n');
    fs.writeFileSync(path.join(dir, 'many.txt'), 'Many quotes\n\n' + many + '\n');
    const files = Array.from({ length: 6 }, () => 'many.txt').join(' ');
    for (const mode of ['--json', '']) {
      const r = spawnSync('bash', ['-o', 'pipefail', '-c', `node ${JSON.stringify(CLI)} ${mode} ${files} | head -n 1`], { cwd: dir, encoding: 'utf8' });
      assert.equal(r.status, 0, `${mode}: ${r.stderr}`);
      assert.equal(r.stdout.split('\n').length, 2);
      assert.equal(r.stderr, '');
    }
  });
});
