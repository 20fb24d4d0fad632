// Reads a .cpuprofile of the extension host (npm run test:integration -- --suite editor-load
// --load-profile F; it prints where each phase began) and prints each stretch where the thread
// was busy longer than a threshold,
// with the code that took the time: which extension or part of VS Code (by script URL), and the
// functions with the most self time. Usage: node scripts/bench/profile-blocks.mjs F [--over MS] [--top N]
// [--from S] [--to S] [--sequence]
import * as fs from 'node:fs';

const args = process.argv.slice(2);
const file = args[0];
if (!file) {
  console.error('usage: node scripts/bench/profile-blocks.mjs PROFILE.cpuprofile [--over MS] [--top N]');
  process.exit(2);
}
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const overMs = option('--over', 5);
/** With --sequence, each long stretch is also shown as the run of calls it was made of. */
const sequence = args.includes('--sequence');
const top = option('--top', 6);
/**
 * Only the stretches that start between --from and --to seconds after the profile's start; with
 * --since-profile OTHER, seconds after OTHER's start instead (profiles share the system's
 * monotonic clock: the renderer's profile read with the extension host's phase times).
 */
const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
const sinceIndex = args.indexOf('--since-profile');
const shift = sinceIndex >= 0 ? (JSON.parse(fs.readFileSync(args[sinceIndex + 1], 'utf8')).startTime - profile.startTime) / 1e6 : 0;
const from = option('--from', 0) + shift;
const to = option('--to', Infinity) + shift;

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

/** Who a script belongs to, from its URL: an extension's folder name, or VS Code's own part. */
function owner(url) {
  if (!url) return '';
  const ext = /extensions\/([^/]+)\//.exec(url);
  if (ext) return ext[1];
  if (/news-source-annotator|\/dist\/extension\.js|\/dist\/web\//.test(url)) return 'news-source-annotator';
  if (/out\/vs\//.test(url)) return 'vscode:' + (/out\/vs\/([^/]+\/[^/]+)/.exec(url)?.[1] ?? 'vs');
  if (url.startsWith('node:')) return 'node';
  return url.split('/').slice(-2).join('/');
}

/** The innermost frame of a sample that belongs to an extension (or else the innermost with a URL). */
function blame(id) {
  let firstWithUrl = '';
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const o = owner(byId.get(cur).callFrame.url);
    if (!o) continue;
    if (!firstWithUrl) firstWithUrl = o;
    if (!o.startsWith('vscode:') && o !== 'node') return o;
  }
  return firstWithUrl || byId.get(id).callFrame.functionName;
}

/** The outermost named call of a sample below the event loop's own frames: what the task began with. */
function entry(id) {
  const chain = [];
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) chain.push(byId.get(cur));
  const named = chain.reverse().filter((n) => n.callFrame.functionName && !n.callFrame.functionName.startsWith('('));
  const user = named.find((n) => owner(n.callFrame.url) && !['node'].includes(owner(n.callFrame.url)));
  return user ? name(user) : named[0] ? name(named[0]) : chain.at(-1).callFrame.functionName;
}

const name = (n) => `${n.callFrame.functionName || '(anonymous)'} ${owner(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
const idle = (n) => n.callFrame.functionName === '(idle)';

let t = profile.startTime;
let block = null;
const blocks = [];
for (let i = 0; i < profile.samples.length; i++) {
  t += profile.timeDeltas[i];
  const node = byId.get(profile.samples[i]);
  const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  if (idle(node)) {
    if (block) blocks.push(block);
    block = null;
    continue;
  }
  block ??= { start: (t - profile.startTime) / 1000, ms: 0, self: new Map(), owners: new Map(), steps: [] };
  block.ms += dt;
  const step = `${entry(node.id)} > ${blame(node.id)}`;
  const last = block.steps.at(-1);
  if (last && last.step === step) last.ms += dt;
  else block.steps.push({ step, ms: dt });
  const self = name(node);
  block.self.set(self, (block.self.get(self) ?? 0) + dt);
  const who = node.callFrame.functionName === '(garbage collector)' ? '(garbage collector)' : blame(node.id);
  block.owners.set(who, (block.owners.get(who) ?? 0) + dt);
}
if (block) blocks.push(block);

const fmt = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => `${v.toFixed(1)} ${k}`).join('; ');
const long = blocks.filter((b) => b.ms > overMs && b.start / 1000 >= from && b.start / 1000 < to);
console.log(`${blocks.length} busy stretches, ${long.length} over ${overMs} ms`);
// Everything busy in the window, by owner: what the thread spent its time on there.
const inWindow = blocks.filter((b) => b.start / 1000 >= from && b.start / 1000 < to);
const totals = new Map();
for (const b of inWindow) for (const [k, v] of b.owners) totals.set(k, (totals.get(k) ?? 0) + v);
console.log(`busy in the window, by owner (ms): ${fmt(totals)}`);
for (const b of long) {
  console.log(`at ${(b.start / 1000).toFixed(2)} s: ${b.ms.toFixed(1)} ms`);
  console.log(`  by owner: ${fmt(b.owners)}`);
  console.log(`  self:     ${fmt(b.self)}`);
  if (sequence) for (const st of b.steps.filter((x) => x.ms >= 0.5)) console.log(`    ${st.ms.toFixed(1)} ${st.step}`);
}
