// End to end from a second editor: Debian's Neovim (`nvim --headless`, its built-in LSP client)
// runs neovim-client.lua against the built `news-annotate --lsp --stdio` on a copy of the seed
// article: the hover on "Zheng" names his role, and an inserted quotation nobody is said to have
// said gets the unattributed warning. Needs `npm run build` and the neovim package.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'mocha';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..', '..');
const SERVER = path.join(root, 'dist', 'news-annotate.js');
const SEED = path.join(root, 'seeds', '000_cbc4555ebe0567a7.txt');
const INSTALL = 'apt-get update && apt-get install -y neovim';
/** The whole Neovim run; the Lua script's own waits are 15 s each. */
const RUN_TIMEOUT_MS = 60_000;

describe('Neovim as a client of the language server', function () {
  this.timeout(RUN_TIMEOUT_MS + 10_000);

  it('hover on "Zheng" gives his role; an inserted quotation gets the unattributed warning', () => {
    const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    assert.ok(!version.error && version.status === 0, `Neovim (nvim) is not installed; install it with: ${INSTALL}`);
    assert.ok(fs.existsSync(SERVER), `${SERVER} is missing: run npm run build`);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-nvim-'));
    try {
      const article = path.join(dir, 'seeds', '000_cbc4555ebe0567a7.txt');
      fs.mkdirSync(path.dirname(article));
      fs.copyFileSync(SEED, article);
      const resultFile = path.join(dir, 'result.json');
      const run = spawnSync('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${path.join(here, 'neovim-client.lua')}`], {
        cwd: dir,
        encoding: 'utf8',
        timeout: RUN_TIMEOUT_MS,
        env: { ...process.env, NEWS_LSP_SERVER: SERVER, NEWS_LSP_ARTICLE: article, NEWS_LSP_RESULT: resultFile, XDG_STATE_HOME: dir, XDG_DATA_HOME: dir },
      });
      const output = `exit ${run.status}${run.signal ? ` (signal ${run.signal})` : ''}\nstdout: ${run.stdout}\nstderr: ${run.stderr}`;
      assert.ok(!run.error, `nvim did not finish within ${RUN_TIMEOUT_MS} ms: ${run.error?.message}\n${output}`);
      assert.ok(fs.existsSync(resultFile), `the Lua script wrote no result\n${output}`);
      const result = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
      assert.equal(result.error, undefined, `the Lua script failed after steps ${JSON.stringify(result.steps)}: ${result.error}`);
      assert.equal(run.status, 0, output);
      assert.match(result.hover ?? '', /\*\*Zheng Zeguang\*\*/, `hover: ${JSON.stringify(result.hover ?? result.hoverError)}`);
      assert.match(result.hover, /Assistant Foreign Minister/, 'the hover states his role');
      assert.ok(result.warning, `no unattributed-quote warning in Neovim; its diagnostics: ${JSON.stringify(result.diagnostics)}`);
      assert.equal(result.warning.lnum, 1, 'on the inserted line');
      assert.equal(result.warning.severity, 2, 'a warning (vim.diagnostic.severity.WARN)');
      assert.equal(result.warning.source, 'news-annotator');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
