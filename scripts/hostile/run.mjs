// npm run hostile: runs the built CLI (dist/news-annotate.js) over the hostile corpus and checks
// each case against limits: the exit code expected, output that parses, spans that slice the text
// as the CLI read it (and never split a surrogate pair), no stack traces, and time under
// SECONDS_PER_MB per megabyte of input (plus start-up). Then the strict linear-time check: an
// article eight times longer may take at most LINEAR_RATIO times as long.
// Prints one line per case and `hostile: N passed, N failed`; exits 1 if any failed.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeCorpus, SMALL } from './make-corpus.mjs';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = path.join(ROOT, 'dist', 'news-annotate.js');
const SECONDS_PER_MB = 5;
const STARTUP_SECONDS = 2;
const LINEAR_RATIO = 12;
const MB = 1024 * 1024;

if (!fs.existsSync(CLI)) {
  console.error('hostile: dist/news-annotate.js is missing: run `npm run build` first');
  process.exit(1);
}
const dir = makeCorpus();
const at = (name) => path.join(dir, name);
const size = (name) => (fs.statSync(at(name), { throwIfNoEntry: false })?.isFile() ? fs.statSync(at(name)).size : 0);
/** The text as the CLI reads it: UTF-8 with replacement characters, without a byte-order mark. */
const textOf = (file) => {
  const t = fs.readFileSync(file).toString('utf8');
  return t.charCodeAt(0) === 0xfeff ? t.slice(1) : t;
};

function run(args, input) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, input, maxBuffer: 512 * MB, encoding: 'utf8' });
  return { code: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '', seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
}

const isHigh = (c) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c) => c >= 0xdc00 && c <= 0xdfff;
/** Problems with the spans of one result object, against the text it came from. */
function spanProblems(text, result) {
  const problems = [];
  const visit = (v, where) => {
    if (problems.length > 3) return;
    if (Array.isArray(v)) return v.forEach((x, i) => visit(x, `${where}[${i}]`));
    if (!v || typeof v !== 'object') return;
    if (typeof v.start === 'number' || typeof v.end === 'number') {
      const { start: s, end: e } = v;
      if (!(Number.isInteger(s) && Number.isInteger(e) && s >= 0 && s <= e && e <= text.length)) problems.push(`${where} out of bounds [${s}, ${e})`);
      else if (typeof v.text === 'string' && text.slice(s, e) !== v.text) problems.push(`${where} text differs from the slice`);
      else if ([s, e].some((p) => p > 0 && p < text.length && isHigh(text.charCodeAt(p - 1)) && isLow(text.charCodeAt(p)))) problems.push(`${where} splits a surrogate pair`);
    }
    for (const [k, x] of Object.entries(v)) visit(x, `${where}.${k}`);
  };
  visit(result, 'result');
  return problems;
}

const counts = (results) => {
  const sum = (k) => results.reduce((n, r) => n + (Array.isArray(r[k]) ? r[k].length : 0), 0);
  return `people ${sum('people')}, quotes ${sum('quotes')}, dates ${sum('dates')}, diagnostics ${sum('diagnostics')}`;
};

/**
 * A case: CLI arguments (run in the corpus folder), the exit code expected, the input size for the
 * time limit, and a check of the outcome that returns a list of problems and a summary.
 */
// --quick (used by `npm test`): only the cases whose input is under 1 MB; the multi-megabyte
// ones, the closed pipe over them and the linear-time check run in the full `npm run hostile`.
const QUICK = process.argv.includes('--quick');
const cases = [];
const add = (name, args, opts) => cases.push({ name, args, ...opts });

/** --json over files: output parses, one result per readable file, spans valid. */
function jsonCheck(files, extra = () => []) {
  return (r) => {
    let results;
    try {
      results = JSON.parse(r.stdout);
    } catch (e) {
      return { problems: [`output does not parse: ${e.message}`], summary: '' };
    }
    const problems = [];
    if (results.length !== files.length) problems.push(`${results.length} results for ${files.length} files`);
    results.forEach((res, i) => problems.push(...spanProblems(textOf(at(files[i])), res).map((p) => `${files[i]}: ${p}`)));
    problems.push(...extra(results, r));
    return { problems, summary: counts(results) };
  };
}

/** --jsonl over one article given as {"id","text"}: one result line that parses, spans valid. */
function jsonlOf(files) {
  return files.map((f) => JSON.stringify({ id: f, text: textOf(at(f)) })).join('\n') + '\n';
}
function jsonlCheck(texts, extra = () => []) {
  return (r) => {
    const problems = [];
    let results;
    try {
      results = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    } catch (e) {
      return { problems: [`a line does not parse: ${e.message}`], summary: '' };
    }
    if (results.length !== texts.length) problems.push(`${results.length} lines for ${texts.length} inputs`);
    results.forEach((res, i) => {
      if (texts[i] !== null && !res.error) problems.push(...spanProblems(texts[i], res).map((p) => `line ${i + 1}: ${p}`));
    });
    problems.push(...extra(results, r));
    return { problems, summary: `${counts(results.filter((x) => !x.error))}, error lines ${results.filter((x) => x.error).length}` };
  };
}

const need = (cond, message) => (cond ? [] : [message]);

// ---- the cases --------------------------------------------------------------------------------
for (const name of ['long-line-2mb.txt', 'open-quotes-100k.txt', 'control-bytes.txt', 'bom.txt', 'crlf.txt', 'lone-cr.txt', 'rtl.txt', 'mixed-scripts.txt', 'markup.txt', 'empty.txt', 'binary-junk.bin', 'invalid-utf8.txt', 'big-6mb.txt']) {
  const extra = {
    'long-line-2mb.txt': (rs) => need(rs[0].quotes.length > 10_000, 'quotations on the long line are found'),
    'open-quotes-100k.txt': (rs) => need(rs[0].diagnostics.some((d) => d.code === 'unclosed-quote'), 'an unclosed-quote diagnostic'),
    'bom.txt': (rs) => need(rs[0].headline?.text === 'Bridge vote splits town' && rs[0].quotes.length === 1, 'the BOM is not part of the headline; one quotation'),
    'crlf.txt': (rs) => need(rs[0].quotes.length === 2 && !rs[0].quotes.some((q) => q.text.includes('\r')), 'two quotations, no \\r in them'),
    'lone-cr.txt': (rs) => need(rs[0].quotes.length === 2 && rs[0].quotes.every((q) => q.speakerName), 'two attributed quotations between lone-CR line ends'),
    'rtl.txt': (rs) => need(rs[0].quotes.length >= 2, 'quotations in right-to-left text'),
    'mixed-scripts.txt': (rs) => need(rs[0].quotes.length >= 3, 'quotations in mixed scripts'),
    'markup.txt': (rs, r) => [
      ...need(rs[0].quotes.some((q) => q.text.includes('</script>')) && rs[0].quotes.some((q) => q.text.includes('onerror=alert(1)')), 'markup kept verbatim inside quotations'),
      ...need(!r.stdout.includes('\u001b'), 'no raw escape character in JSON output'),
    ],
    'empty.txt': (rs) => need(rs[0].people.length === 0 && rs[0].quotes.length === 0 && rs[0].headline === null, 'an empty result'),
    'big-6mb.txt': (rs) => need(rs[0].quotes.length > 30_000, 'quotations found in the 6 MB article'),
  }[name];
  add(`${name} --json`, ['--json', name], { code: 0, bytes: size(name), check: jsonCheck([name], extra) });
}
add('speakers-20k.txt --json', ['--json', 'speakers-20k.txt'], {
  code: 0,
  bytes: size('speakers-20k.txt'),
  check: jsonCheck(['speakers-20k.txt'], (rs) =>
    // A few invented names start with an English word ("Tennis Porniska") and are not taken for names.
    need(rs[0].people.length >= 19_500 && rs[0].quotes.length === 20_000 && rs[0].quotes.every((q) => q.attribution === 'explicit' && q.speakerName), `20,000 attributed quotations, about as many people (got ${rs[0].people.length}, ${rs[0].quotes.length})`),
  ),
});
// Report mode prints article text to a terminal: control characters must not reach it raw.
for (const name of ['control-bytes.txt', 'markup.txt', 'rtl.txt']) {
  add(`${name} report`, [name], {
    code: 0,
    bytes: size(name),
    // eslint-disable-next-line no-control-regex
    check: (r) => ({ problems: need(!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/.test(r.stdout), 'control characters printed raw'), summary: `${r.stdout.split('\n').length} report lines` }),
  });
}
// --jsonl: the small cases and the big ones, with one and two jobs, plus malformed lines.
const small = Object.keys(SMALL);
for (const jobs of ['1', '2']) {
  const files = [...small, 'control-bytes.txt', 'invalid-utf8.txt', 'long-line-2mb.txt', 'open-quotes-100k.txt'];
  const input = ['{not json', '[1,2]', '{"id": "no-text"}', jsonlOf(files).trim(), '{"id":"nul","text":"\\u0000“\\u0000,” Ann Lee said.\\u0000"}', '{"id":"lone","text":"\\ud800“x\\udc00,” said Bo Diaz."}'].join('\n') + '\n';
  const texts = [null, null, null, ...files.map((f) => textOf(at(f))), '\u0000“\u0000,” Ann Lee said.\u0000', '\ud800“x\udc00,” said Bo Diaz.'];
  add(`jsonl small+big, malformed lines, --jobs ${jobs}`, ['--jsonl', '--jobs', jobs], {
    code: 0,
    input,
    bytes: Buffer.byteLength(input),
    check: jsonlCheck(texts, (rs) => need(rs[0].error && rs[1].error && rs[2].id === 'no-text' && rs[2].error && rs.slice(3).every((x) => !x.error), 'error lines for the three bad lines only, in order')),
  });
}
add('jsonl speakers-20k + big-6mb, --jobs 2', ['--jsonl', '--jobs', '2'], {
  code: 0,
  input: jsonlOf(['speakers-20k.txt', 'big-6mb.txt']),
  bytes: size('speakers-20k.txt') + size('big-6mb.txt'),
  check: jsonlCheck([textOf(at('speakers-20k.txt')), textOf(at('big-6mb.txt'))]),
});
add('jsonl line over --max-size 1', ['--jsonl', '--max-size', '1'], {
  code: 0,
  input: jsonlOf(['long-line-2mb.txt', 'crlf.txt']),
  bytes: size('long-line-2mb.txt'),
  check: jsonlCheck([null, textOf(at('crlf.txt'))], (rs) => need(rs[0].id === 'long-line-2mb.txt' && /--max-size 3/.test(rs[0].error) && !rs[1].error, 'the long line refused with its id and what to do; the next analysed')),
});
add('jsonl stream without line breaks over --max-size 1', ['--jsonl', '--max-size', '1'], {
  code: 0,
  input: 'x'.repeat(3 * MB),
  bytes: 3 * MB,
  check: jsonlCheck([null], (rs) => need(/over the 1\.0 MB limit/.test(rs[0]?.error ?? ''), 'one error line')),
});
// File-system trouble: each named on stderr, the other files still analysed, exit 1.
const unreadableIsReadable = (() => {
  try {
    fs.readFileSync(at('unreadable.txt'));
    return true; // root reads anything
  } catch {
    return false;
  }
})();
const fsFiles = ['a-directory.txt', 'dangling-link.txt', 'bom.txt', 'no-such-file.txt', ...(unreadableIsReadable ? [] : ['unreadable.txt']), 'crlf.txt'];
for (const mode of ['--json', '--jsonl']) {
  const args = mode === '--json' ? ['--json', ...fsFiles] : ['--jsonl', '--jobs', '1', ...fsFiles];
  add(`${mode} directory, dangling link, missing${unreadableIsReadable ? '' : ', unreadable'} file`, args, {
    code: 1,
    bytes: 0,
    check: (r) => {
      const problems = [];
      for (const [f, why] of [['a-directory.txt', 'is a directory'], ['dangling-link.txt', 'no such file'], ['no-such-file.txt', 'no such file'], ['unreadable.txt', 'permission denied']]) {
        if (fsFiles.includes(f) && !r.stderr.includes(`cannot read ${f}: ${why}`)) problems.push(`no "cannot read ${f}: ${why}" on stderr`);
      }
      if (mode === '--json') {
        const rs = JSON.parse(r.stdout);
        problems.push(...need(rs.map((x) => x.id).join() === 'bom.txt,crlf.txt', 'bom.txt and crlf.txt still analysed'));
      } else {
        // bom.txt and crlf.txt are read, but they are not JSON lines: an error line each, naming no id.
        const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
        problems.push(...need(lines.length > 0 && lines.every((l) => l.id === null && /malformed JSON/.test(l.error)), 'an {"id", "error"} line for each line of the text files'));
      }
      return { problems, summary: `${r.stderr.trim().split('\n').length} error lines` };
    },
  });
}
add('--json over --max-size 1 (refused, says why and what to do)', ['--json', '--max-size', '1', 'long-line-2mb.txt', 'bom.txt'], {
  code: 1,
  bytes: 0,
  check: (r) => ({
    problems: [
      ...need(/cannot read long-line-2mb\.txt: 2\.0 MB is over the 1\.0 MB limit; use --max-size 3 to analyse it/.test(r.stderr), `refusal message: ${r.stderr.trim()}`),
      ...need(JSON.parse(r.stdout).length === 1, 'bom.txt still analysed'),
    ],
    summary: r.stderr.trim(),
  }),
});
add('bad flags', ['--frobnicate', 'bom.txt'], {
  code: 2,
  bytes: 0,
  check: (r) => ({ problems: need(/unknown option --frobnicate/.test(r.stderr) && /Usage:/.test(r.stderr) && r.stdout === '', 'usage on stderr, nothing on stdout'), summary: r.stderr.split('\n')[0] }),
});

// ---- running them -----------------------------------------------------------------------------
let passed = 0;
let failed = 0;
const report = (name, ok, seconds, outBytes, outcome, problems) => {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${name.padEnd(58)} ${seconds.toFixed(2).padStart(6)} s  ${(outBytes / 1024).toFixed(0).padStart(6)} KB out  ${outcome}`);
  for (const p of problems) console.log(`        - ${p}`);
};
let skipped = 0;
for (const c of cases) {
  if (QUICK && (c.bytes > MB || c.args.some((a) => /2mb|6mb|20k/.test(a)))) {
    skipped++;
    continue;
  }
  const r = run(c.args, c.input);
  const limit = STARTUP_SECONDS + (SECONDS_PER_MB * c.bytes) / MB;
  const problems = [];
  if (r.code !== c.code) problems.push(`exit ${r.code}${r.signal ? ` (${r.signal})` : ''}, expected ${c.code}`);
  if (r.seconds > limit) problems.push(`took ${r.seconds.toFixed(1)} s, limit ${limit.toFixed(1)} s (${SECONDS_PER_MB} s/MB)`);
  if (/\n\s+at .+:\d+:\d+\)?\n/.test(r.stderr)) problems.push(`stack trace on stderr: ${r.stderr.slice(0, 300)}`);
  let summary = '';
  try {
    const out = c.check(r);
    problems.push(...out.problems);
    summary = out.summary;
  } catch (e) {
    problems.push(`check failed: ${e.message}`);
  }
  report(c.name, problems.length === 0, r.seconds, Buffer.byteLength(r.stdout), `exit ${r.code}; ${summary}`, problems);
}

// A closed pipe ends the run quietly: exit 0 (with pipefail), one line, nothing on stderr.
if (!QUICK) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('bash', ['-o', 'pipefail', '-c', `node ${JSON.stringify(CLI)} --jsonl --jobs 2 | head -n 1`], { input: jsonlOf(['speakers-20k.txt', 'big-6mb.txt', 'long-line-2mb.txt']), encoding: 'utf8', maxBuffer: 512 * MB, cwd: dir });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const problems = [...need(r.status === 0, `exit ${r.status}`), ...need(r.stdout.trim().split('\n').length === 1, 'one line'), ...need(r.stderr === '', `stderr: ${r.stderr.slice(0, 200)}`)];
  report('closed pipe: --jsonl --jobs 2 | head -n 1', problems.length === 0, seconds, Buffer.byteLength(r.stdout), `exit ${r.status}`, problems);
}

// Linear time: 8x the article, at most LINEAR_RATIO times the time (best of two runs each).
if (!QUICK) {
  const best = (name) => Math.min(...[0, 1].map(() => run(['--json', name]).seconds));
  const t1 = best('linear-1x.txt');
  const t8 = best('linear-8x.txt');
  const ratio = t8 / t1;
  const problems = need(ratio <= LINEAR_RATIO, `ratio ${ratio.toFixed(1)} over ${LINEAR_RATIO}`);
  report(`linear time: ${(size('linear-1x.txt') / MB).toFixed(1)} MB vs ${(size('linear-8x.txt') / MB).toFixed(1)} MB`, problems.length === 0, t1 + t8, 0, `1x ${t1.toFixed(2)} s, 8x ${t8.toFixed(2)} s, ratio ${ratio.toFixed(1)} (limit ${LINEAR_RATIO})`, problems);
}

if (QUICK) console.log(`(quick: ${skipped + 2} large cases left to npm run hostile)`);
console.log(`hostile: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
