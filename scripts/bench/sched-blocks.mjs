// What the extension host's thread was doing during each longest block of the editor-load suite,
// from a system-wide scheduler trace: how long it ran, waited for a core, or slept (and on what),
// and which threads of which processes had the cores meanwhile. The suite's probe only tells a
// block's length; this tells whether the host was working, starved by other processes, or
// waiting on its own helper threads. Linux with perf only.
//
//   node scripts/bench/sched-blocks.mjs --run [--out DIR]    records a run of the suite, then reads it
//   node scripts/bench/sched-blocks.mjs REPORT.json PERF.data reads an earlier recording
//
// (perf record -k CLOCK_MONOTONIC -e sched:sched_switch -e sched:sched_wakeup -a -g, around
// run-web-tests.mjs --suite editor-load --load-report REPORT.json; the report dates each phase's
// longest block on the same clock.)
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);

function record(dir) {
  const report = path.join(dir, 'load.json');
  const data = path.join(dir, 'sched.data');
  const suite = [path.join(root, 'test', 'harness', 'run-web-tests.mjs'), '--suite', 'editor-load', '--load-report', report];
  const perf = ['record', '-q', '-m', '32M', '-k', 'CLOCK_MONOTONIC', '-e', 'sched:sched_switch', '-e', 'sched:sched_wakeup', '-a', '-g', '-o', data, '--', process.execPath, ...suite];
  const r = spawnSync('perf', perf, { stdio: 'inherit' });
  if (r.error || r.status !== 0) throw new Error(`perf record failed (${r.error?.message ?? `exit ${r.status}`}); perf and a kernel that lets this user trace the scheduler are needed`);
  return { report, data };
}

/** The trace's events between two times (seconds), with the kernel stack of each. */
function eventsBetween(data, from, to) {
  const text = execFileSync('perf', ['script', '-i', data, '-F', 'comm,pid,tid,cpu,time,event,trace,ip,sym', '--time', `${from.toFixed(6)},${to.toFixed(6)}`], { maxBuffer: 1 << 30, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const events = [];
  let cur;
  for (const line of text.split('\n')) {
    if (!line.trim()) {
      cur = undefined;
      continue;
    }
    if (/^\s/.test(line)) {
      cur?.stack.push(line.trim().split(/\s+/)[1] ?? '');
      continue;
    }
    const m = /^(.*?)\s+(\d+)\/(\d+)\s+\[(\d+)\]\s+([\d.]+):\s+sched:(\w+):\s+(.*)$/.exec(line);
    if (!m) continue;
    cur = { comm: m[1].trim(), pid: +m[2], tid: +m[3], cpu: +m[4], t: +m[5], kind: m[6], trace: m[7], stack: [] };
    events.push(cur);
  }
  return events;
}

/** Why a thread that left the CPU was not running: from its state and its kernel stack. */
function offReason(state, stack) {
  if (state.startsWith('R')) return 'waiting for a core (preempted)';
  const frames = stack.join(' ');
  if (/futex/.test(frames)) return 'asleep on a lock or condition (futex: another thread of the process)';
  if (/epoll/.test(frames)) return 'asleep in the event loop (epoll: nothing to do)';
  return `asleep (${state}: ${stack.find((f) => !/schedule/.test(f)) ?? 'unknown'})`;
}

function explain(data, hostPid, name, block) {
  const from = block.longestAtS;
  const to = from + block.longestMs / 1000;
  // Start earlier so that the host's state when the block began is known.
  const events = eventsBetween(data, from - 0.5, to + 0.001);
  const pidOf = new Map(events.map((e) => [e.tid, e.pid]));
  const time = new Map();
  let state = 'running';
  let since = from - 0.5;
  const add = (what, a, b) => {
    const lo = Math.max(a, from);
    const hi = Math.min(b, to);
    if (hi > lo) time.set(what, (time.get(what) ?? 0) + (hi - lo) * 1000);
  };
  const onCpu = new Map();
  const shares = new Map();
  for (const e of events) {
    if (e.kind === 'sched_wakeup') {
      const woken = Number(/pid=(\d+)/.exec(e.trace)?.[1]);
      if (woken === hostPid && state !== 'running') {
        add(state, since, e.t);
        state = `waiting for a core (woken by ${e.comm})`;
        since = e.t;
      }
      continue;
    }
    const m = /prev_pid=(\d+) prev_prio=\d+ prev_state=(\S+) ==> next_comm=(.*) next_pid=(\d+) next_prio=(\d+)/.exec(e.trace);
    if (!m) continue;
    const [prev, prevState, nextComm, next, nextPrio] = [+m[1], m[2], m[3], +m[4], +m[5]];
    const was = onCpu.get(e.cpu);
    if (was && was.tid !== 0) {
      const key = `${was.comm}/${was.tid} in ${was.tid === hostPid ? 'the extension host' : `pid ${was.pid ?? '?'}`}${was.prio !== 120 ? ` (priority ${was.prio})` : ''}`;
      const lo = Math.max(was.since, from);
      const hi = Math.min(e.t, to);
      if (hi > lo) shares.set(key, (shares.get(key) ?? 0) + (hi - lo) * 1000);
    }
    onCpu.set(e.cpu, { tid: next, comm: nextComm, prio: nextPrio, since: e.t, pid: pidOf.get(next) });
    if (prev === hostPid) {
      add(state, since, e.t);
      state = offReason(prevState, e.stack);
      since = e.t;
    }
    if (next === hostPid) {
      add(state, since, e.t);
      state = 'running';
      since = e.t;
    }
  }
  add(state, since, to);
  const fmt = (m) => [...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${v.toFixed(1)} ms ${k}`);
  console.log(`${name}: the longest block, ${block.longestMs} ms from the probe's timer being due at ${from.toFixed(3)} s (the block may have begun before)`);
  console.log(`  the host's thread: ${fmt(time).join('; ') || 'no scheduler events (it ran throughout)'}`);
  console.log(`  the cores meanwhile: ${fmt(shares).slice(0, 8).join('; ')}`);
}

let report;
let data;
if (args.includes('--run')) {
  const i = args.indexOf('--out');
  const dir = i >= 0 ? path.resolve(args[i + 1]) : fs.mkdtempSync(path.join(os.tmpdir(), 'nsa-sched-'));
  fs.mkdirSync(dir, { recursive: true });
  ({ report, data } = record(dir));
  console.log(`recorded in ${dir}`);
} else if (args.length >= 2) {
  [report, data] = args;
} else {
  console.error('usage: node scripts/bench/sched-blocks.mjs --run [--out DIR] | REPORT.json PERF.data');
  process.exit(2);
}
const r = JSON.parse(fs.readFileSync(report, 'utf8'));
if (!r.hostPid) throw new Error(`${report} has no hostPid: written by an older editor-load suite`);
const phases = { opening: r.open, typing: r.typing, 'after typing': r.pause, 'opening again': r.openAgain, 'plain text, opening': r.plain.open, 'plain text, typing': r.plain.typing };
for (const [name, block] of Object.entries(phases)) if (block?.longestAtS) explain(data, r.hostPid, name, block);
