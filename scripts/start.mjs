#!/usr/bin/env node
// `npm start`: builds the extension, then opens the seeds/ folder with it loaded.
//   - desktop VS Code (`code` on PATH): code --extensionDevelopmentPath=<repo> seeds
//   - otherwise the local web VS Code (installed into the cache on first use, a few minutes) is
//     served on 127.0.0.1 with the extension in development mode; open the printed URL in a
//     browser on this machine. Stays up until Ctrl-C.
// Options: --web (use the web VS Code even if `code` is there), --port N (default: a free port),
//          --no-build.
import { spawn, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import {
  ensureInstalled, killGroupNow, makeRunDir, parseArgs, removeRunDir, repoRoot, startServer,
  workbenchUrl, writeSettings,
} from '../test/harness/vscode-web.mjs';

const args = parseArgs(process.argv.slice(2), { booleans: ['web', 'no-build'] });
const seeds = path.join(repoRoot, 'seeds');

if (!args['no-build']) {
  const build = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const hasCode = spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0;
if (hasCode && !args.web) {
  console.log(`[start] code --extensionDevelopmentPath=${repoRoot} ${seeds}`);
  const child = spawn('code', [`--extensionDevelopmentPath=${repoRoot}`, seeds], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  if (!hasCode) console.log('[start] `code` is not on PATH: serving the local web VS Code instead.');
  await ensureInstalled();
  const runDir = makeRunDir('nsa-start-');
  writeSettings(runDir);
  let server;
  let stopping = false;
  const stop = async (code) => {
    stopping = true;
    console.log('[start] stopping');
    if (server) await server.stop();
    removeRunDir(runDir);
    process.exit(code);
  };
  process.on('exit', () => { if (server) killGroupNow(server.pid); });
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  try {
    // maxSeconds 0: no time limit; the smoke-test driver option makes the workbench honour the
    // extensionDevelopmentPath in the URL's payload.
    server = await startServer(runDir, { maxSeconds: 0, port: args.port ? Number(args.port) : undefined });
  } catch (e) {
    console.error(`[start] ${e.message}`);
    await stop(1);
  }
  const url = workbenchUrl(server.origin, { folder: seeds, extensionDevelopmentPath: repoRoot });
  console.log('\n[start] VS Code (web) with News Source Annotator in development mode, on seeds/:');
  console.log(`\n    ${url}\n`);
  console.log(`[start] Reload the browser tab after \`npm run build\` to pick up changes. Server log: ${server.logPath}`);
  console.log('[start] Ctrl-C to stop.');
  const how = await server.done;
  if (stopping) await new Promise(() => {}); // stop() exits
  console.error(`[start] the server stopped (${how}); log: ${server.logPath}`);
  server = null;
  removeRunDir(runDir);
  process.exit(1);
}
