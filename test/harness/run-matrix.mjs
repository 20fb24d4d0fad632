#!/usr/bin/env node
// Runs the integration suites in every order issue 10 asks for and prints one table: each suite
// file alone, all in reverse order, shuffled with three seeds, and five repetitions in one go.
// Exit code 1 if any run failed. Needs `npm run build && npm run compile-tests` first.
//
// usage: node test/harness/run-matrix.mjs [--seeds 11,22,33] [--repeat 5] [--only alone,reverse,shuffle,repeat]
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs, repoRoot } from './vscode-web.mjs';

const args = parseArgs(process.argv.slice(2));
const seeds = String(args.seeds || '11,22,33').split(',').map(Number);
const repeat = Number(args.repeat || 5);
const only = new Set(String(args.only || 'alone,reverse,shuffle,repeat').split(','));
const runner = path.join(repoRoot, 'test', 'harness', 'run-web-tests.mjs');
const suites = fs.readdirSync(path.join(repoRoot, 'test', 'integration')).filter((f) => f.endsWith('.test.ts')).map((f) => f.replace(/\.test\.ts$/, '')).sort();
// The window-reload scenario (test/integration/reload) is a suite of its own for --suite.
suites.push('reload');

const plan = [];
if (only.has('alone')) for (const s of suites) plan.push({ name: `${s} alone`, argv: ['--suite', s] });
if (only.has('reverse')) plan.push({ name: 'reverse order', argv: ['--reverse'] });
if (only.has('shuffle')) for (const seed of seeds) plan.push({ name: `shuffle ${seed}`, argv: ['--shuffle', String(seed)] });
if (only.has('repeat')) plan.push({ name: `repeat ${repeat}`, argv: ['--repeat', String(repeat)] });

const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nsa-matrix-'));
console.log(`full logs: ${logDir}`);
const rows = [];
for (const step of plan) {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [runner, ...step.argv], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const out = `${r.stdout}\n${r.stderr}`;
  fs.writeFileSync(path.join(logDir, `${step.name.replace(/\W+/g, '-')}.log`), out);
  const m = /^integration: (\d+) passed, (\d+) failed, (\d+) skipped/m.exec(out);
  const row = { name: step.name, code: r.status, passed: m ? Number(m[1]) : 0, failed: m ? Number(m[2]) : 0, seconds: (Date.now() - t0) / 1000 };
  rows.push(row);
  console.log(`${row.code === 0 ? 'ok  ' : 'FAIL'} ${row.name}: ${row.passed} passed, ${row.failed} failed, ${row.seconds.toFixed(1)} s`);
  if (row.code !== 0) {
    // Mocha's failure report: from "N failing" to the run's summary line.
    const lines = out.split('\n');
    const from = lines.findIndex((l) => /^\s*\d+ failing/.test(l));
    console.log(lines.slice(from >= 0 ? from : Math.max(0, lines.length - 40)).filter((l) => !/^\s+at /.test(l)).slice(0, 60).join('\n'));
  }
}
const failed = rows.filter((r) => r.code !== 0);
console.log(`matrix: ${rows.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
