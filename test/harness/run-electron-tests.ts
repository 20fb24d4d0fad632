// Runs the integration suites in a desktop VS Code downloaded by @vscode/test-electron, for
// machines that can download VS Code (this one cannot: use test/harness/run-web-tests.mjs).
// Compiled to out/test/harness/run-electron-tests.js; `npm run test:electron [-- --grep PATTERN]
// [--suite NAMES] [--reverse | --shuffle SEED] [--repeat N]`, as run-web-tests.mjs.
//   VSCODE_VERSION  the VS Code to download (default: stable)
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests, TestRunFailedError } from '@vscode/test-electron';

// out/test/harness/ -> repository root
const repoRoot = path.resolve(__dirname, '..', '..', '..');

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<number> {
  const extensionTestsPath = path.join(repoRoot, 'out', 'test', 'integration', 'index.js');
  if (!fs.existsSync(extensionTestsPath)) throw new Error(`${extensionTestsPath} is missing: run \`npm run compile-tests\``);
  // The suites may write files into the workspace: give them a copy of seeds/ (the folder name
  // matters: the language is assigned to **/seeds/*.txt).
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nsa-electron-'));
  const workspace = path.join(runDir, 'seeds');
  fs.cpSync(path.join(repoRoot, 'seeds'), workspace, { recursive: true });
  const extensionTestsEnv: Record<string, string> = { NEWS_ANNOTATOR_TEST_MODE: 'development' };
  const grep = argValue('--grep');
  if (grep) extensionTestsEnv.NEWS_ANNOTATOR_TEST_GREP = grep;
  const suite = argValue('--suite');
  if (suite) extensionTestsEnv.NEWS_ANNOTATOR_TEST_FILES = suite;
  const shuffle = argValue('--shuffle');
  if (shuffle) extensionTestsEnv.NEWS_ANNOTATOR_TEST_ORDER = `shuffle:${shuffle}`;
  else if (process.argv.includes('--reverse')) extensionTestsEnv.NEWS_ANNOTATOR_TEST_ORDER = 'reverse';
  const repeat = argValue('--repeat');
  if (repeat) extensionTestsEnv.NEWS_ANNOTATOR_TEST_REPEAT = repeat;
  if (shuffle) console.log(`[electron-tests] order: shuffle ${shuffle} (replay: --shuffle ${shuffle})`);
  try {
    return await runTests({
      version: process.env.VSCODE_VERSION || 'stable',
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath,
      extensionTestsEnv,
      // runTests adds fresh --user-data-dir/--extensions-dir (under .vscode-test/) and
      // --skip-welcome, --disable-workspace-trust and friends itself.
      launchArgs: [workspace, '--disable-extensions'],
    });
  } finally {
    fs.rmSync(runDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error('[electron-tests] failed:', err instanceof Error ? err.message : err);
    process.exit(err instanceof TestRunFailedError && err.code ? err.code : 1);
  },
);
