// node scripts/eval/check-port.mjs [--no-cli] [--eval-dir DIR] [CASE...]
// Checks that `npm run eval` (scripts/eval/metrics.ts) prints exactly the figures of the official
// scorer (score.py in the evaluation folder, default ../shared/eval). For each case (polnear-dev,
// polnear-train, roles-dev, tbaq-timex, gender-dev, gender-dev-first-names; default all) it runs run-eval with --out, scores
// that output with score.py and compares every figure score.py prints. Unless --no-cli, it also
// runs the built CLI (--jsonl) over the same articles and scores its output both ways (run-eval
// --system), so the port is checked on the CLI's output too.
// Needs `npm run build` and `npm run compile-tests` first. Outputs go to a temporary folder outside
// the repository (they quote copyrighted texts) that is removed at the end.
// Exit status 1 when any figure differs, 2 when a run fails.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { root, runCli } from './cli-run.mjs';

const CASES = {
  'polnear-dev': { gold: 'polnear-dev.jsonl', mode: 'quotes' },
  'polnear-train': { gold: 'polnear-train.jsonl', mode: 'quotes' },
  'roles-dev': { gold: 'roles-dev.jsonl', mode: 'roles', texts: 'polnear-dev.jsonl' },
  'tbaq-timex': { gold: 'tbaq-timex.jsonl', mode: 'dates' },
  'gender-dev': { gold: 'gender-dev.jsonl', mode: 'gender', texts: 'polnear-dev.jsonl' },
  'gender-dev-first-names': { gold: 'gender-dev.jsonl', mode: 'gender', texts: 'polnear-dev.jsonl', flags: ['--gender-from-first-names'] },
};
const runEval = path.join(root, 'out/scripts/eval/run-eval.js');

function parseArgs(argv) {
  const opts = { cli: true, evalDir: path.join(root, '../shared/eval'), cases: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--no-cli') opts.cli = false;
    else if (argv[i] === '--eval-dir') opts.evalDir = argv[++i];
    else if (CASES[argv[i]]) opts.cases.push(argv[i]);
    else {
      process.stderr.write(`unknown argument ${argv[i]}; cases: ${Object.keys(CASES).join(', ')}\n`);
      process.exit(2);
    }
  }
  if (!opts.cases.length) opts.cases = Object.keys(CASES);
  return opts;
}

const lastJsonLine = (stdout) => JSON.parse(stdout.trim().split('\n').pop());
const readJsonl = (file) => fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

function officialFigures(evalDir, mode, gold, system) {
  return lastJsonLine(execFileSync('python3', [path.join(evalDir, 'score.py'), mode, gold, system], { encoding: 'utf8' }));
}

function portFigures(args) {
  // One resample: the intervals are not what this compares, and the run stays fast.
  return lastJsonLine(execFileSync(process.execPath, [runEval, ...args, '--bootstrap', '1'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 }));
}

/** Lines naming every figure of score.py that the port gives differently or not at all. */
function mismatches(official, port) {
  return Object.entries(official)
    .filter(([k, v]) => !(k in port) || port[k] !== v)
    .map(([k, v]) => `${k}: score.py ${JSON.stringify(v)}, port ${JSON.stringify(port[k])}`);
}

function report(label, official, port) {
  const bad = mismatches(official, port);
  const figures = Object.entries(official).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(' ');
  process.stdout.write(`${label}: ${bad.length ? `${bad.length} MISMATCHES` : 'all figures equal'}\n  ${figures}\n`);
  for (const line of bad) process.stdout.write(`  ${line}\n`);
  return bad.length;
}

/** Gold records with their texts (the roles and gender files have none of their own). */
function articlesWithTexts(goldFile, textsFile) {
  const gold = readJsonl(goldFile);
  if (!textsFile) return gold;
  const texts = new Map(readJsonl(textsFile).map((r) => [r.id, r]));
  return gold.map((g) => ({ ...texts.get(g.id), ...g, text: texts.get(g.id)?.text }));
}

async function checkCase(name, opts, tmp) {
  const c = CASES[name];
  const gold = path.join(opts.evalDir, c.gold);
  const textArgs = c.texts ? ['--texts', path.join(opts.evalDir, c.texts)] : [];
  const engineOut = path.join(tmp, `${name}.engine.jsonl`);
  const flags = c.flags ?? [];
  const port = portFigures([gold, c.mode, ...textArgs, ...flags, '--out', engineOut]);
  let bad = report(`${name} (${c.mode}, npm run eval)`, officialFigures(opts.evalDir, c.mode, gold, engineOut), port);
  if (!opts.cli) return bad;
  const cliOut = path.join(tmp, `${name}.cli.jsonl`);
  fs.writeFileSync(cliOut, await runCli(gold, 2, articlesWithTexts(gold, c.texts && path.join(opts.evalDir, c.texts)), flags));
  const official = officialFigures(opts.evalDir, c.mode, gold, cliOut);
  bad += report(`${name} (${c.mode}, CLI output)`, official, portFigures([gold, c.mode, '--system', cliOut]));
  return bad;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(runEval)) throw new Error(`${runEval} is missing: run npm run compile-tests (and npm run build for the CLI)`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'check-port-'));
  let bad = 0;
  try {
    for (const name of opts.cases) bad += await checkCase(name, opts, tmp);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  process.stdout.write(bad ? `${bad} figures differ from score.py\n` : 'the port matches score.py on every figure\n');
  process.exitCode = bad ? 1 : 0;
}

main().catch((e) => {
  process.stderr.write(`${e.stack ?? e}\n`);
  process.exitCode = 2;
});
