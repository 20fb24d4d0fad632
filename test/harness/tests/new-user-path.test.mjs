// A new machine: what `npm install` (its postinstall) and `npm test` (the integration launcher)
// say when a Debian package is missing. They must name the exact apt-get command, and the
// postinstall must not fail the install. Run by `npm run test:harness` (plain mocha, no VS Code).
import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, it } from 'mocha';

const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NO_CHROMIUM = { ...process.env, CHROMIUM: path.join(os.tmpdir(), 'no-such-dir', 'chromium') };
const run = (script, argv, env) => spawnSync(process.execPath, [path.join(harness, script), ...argv], { env, encoding: 'utf8', timeout: 60_000 });

describe('a new machine is told what to install', function () {
  this.timeout(90_000);
  let emptyCache;
  beforeEach(() => {
    emptyCache = fs.mkdtempSync(path.join(os.tmpdir(), 'nsa-empty-cache-'));
  });
  afterEach(() => fs.rmSync(emptyCache, { recursive: true, force: true }));

  it('npm install without Chromium: a warning with the apt-get command, and the install goes on', () => {
    const r = run('setup-vscode-web.mjs', ['--optional'], { ...NO_CHROMIUM, NEWS_ANNOTATOR_VSCODE_CACHE: emptyCache });
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stderr, /Chromium not found/);
    assert.match(r.stderr, /apt-get update && apt-get install -y chromium/);
    assert.match(r.stderr, /continuing without it/);
  });

  it('setting up the test VS Code without Chromium fails with the apt-get command', () => {
    const r = run('setup-vscode-web.mjs', [], { ...NO_CHROMIUM, NEWS_ANNOTATOR_VSCODE_CACHE: emptyCache });
    assert.strictEqual(r.status, 1, r.stderr);
    assert.match(r.stderr, /apt-get update && apt-get install -y chromium/);
  });

  it('the integration tests without Chromium exit 2 with the apt-get command', () => {
    const r = run('run-web-tests.mjs', [], { ...NO_CHROMIUM, NEWS_ANNOTATOR_VSCODE_CACHE: emptyCache });
    assert.strictEqual(r.status, 2, `${r.stdout}\n${r.stderr}`);
    assert.match(r.stderr, /apt-get update && apt-get install -y chromium/);
  });

  it('installing code-server without a C++ toolchain names the packages to install', function () {
    if (!fs.existsSync('/usr/bin/chromium')) this.skip(); // the Chromium check comes first
    // A PATH with only Node on it: no make, g++ or python3 (nor sh to look them up).
    const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'nsa-bin-'));
    try {
      fs.symlinkSync(process.execPath, path.join(bin, 'node'));
      const r = run('setup-vscode-web.mjs', [], { ...process.env, PATH: bin, CHROMIUM: '/usr/bin/chromium', NEWS_ANNOTATOR_VSCODE_CACHE: emptyCache });
      assert.strictEqual(r.status, 1, r.stderr);
      assert.match(r.stderr, /apt-get update && apt-get install -y (\S+ )*make g\+\+ python3/);
      assert.ok(!fs.existsSync(path.join(emptyCache, 'cs', 'node_modules')), 'nothing was installed');
    } finally {
      fs.rmSync(bin, { recursive: true, force: true });
    }
  });
});
