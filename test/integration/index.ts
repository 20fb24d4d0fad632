// Entry point the editor calls to run the integration suites inside its extension host
// (extensionTestsPath = out/test/integration/index.js). Used by both launchers:
// test/harness/run-web-tests.mjs (web VS Code, offline) and test/harness/run-electron-tests.ts.
//
// Environment (set by the launchers through the extension host's environment):
//   NEWS_ANNOTATOR_TEST_GREP    only run the tests whose full title matches this pattern
//   NEWS_ANNOTATOR_TEST_FILES   only these suite files (comma-separated, e.g. "hover,outline")
//   NEWS_ANNOTATOR_TEST_ORDER   "sorted" (default), "reverse", or "shuffle:SEED" (suites, and the
//                               tests inside each suite, in an order drawn from SEED)
//   NEWS_ANNOTATOR_TEST_REPEAT  run everything this many times in one go (default 1)
//   NEWS_ANNOTATOR_TEST_MODE    'development' (working tree) or 'vsix' (the installed package)
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { rootHooks } from './isolation';
import { orderSuites, parseOrder, suiteFiles } from './order';

interface RunCounts {
  passed: number;
  failed: number;
  skipped: number;
}

async function runOnce(files: string[], order: ReturnType<typeof parseOrder>, grep: string | undefined): Promise<RunCounts> {
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false, // the output is relayed through the workbench as plain text
    timeout: 60_000,
    slow: 5_000,
    rootHooks,
  });
  if (grep) mocha.grep(grep);
  for (const f of files) mocha.addFile(f);
  // Loaded here (not by run()) so the order of suites and tests can be set first; unloaded after,
  // so a repetition loads the suites afresh.
  await mocha.loadFilesAsync();
  orderSuites(mocha.suite, order);
  return new Promise((resolve) => {
    const runner = mocha.run(() => {
      const stats = runner.stats;
      mocha.unloadFiles();
      mocha.dispose();
      resolve({ passed: stats?.passes ?? 0, failed: stats?.failures ?? 0, skipped: stats?.pending ?? 0 });
    });
  });
}

export async function run(): Promise<void> {
  const grep = process.env.NEWS_ANNOTATOR_TEST_GREP;
  const order = parseOrder(process.env.NEWS_ANNOTATOR_TEST_ORDER);
  const repeat = Math.max(1, Number(process.env.NEWS_ANNOTATOR_TEST_REPEAT || 1));
  const all = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js'));
  if (all.length === 0) throw new Error(`no *.test.js files in ${__dirname}: run \`npm run compile-tests\``);
  const files = suiteFiles(all, process.env.NEWS_ANNOTATOR_TEST_FILES).map((f) => path.join(__dirname, f));

  console.log(`[integration] order ${order.label}; ${files.length} suite file(s): ${files.map((f) => path.basename(f, '.test.js')).join(', ')}${repeat > 1 ? `; ${repeat} runs` : ''}`);
  const totals: RunCounts = { passed: 0, failed: 0, skipped: 0 };
  const failedRuns: number[] = [];
  for (let i = 1; i <= repeat; i++) {
    const t0 = Date.now();
    const counts = await runOnce(files, order, grep);
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
    if (counts.failed > 0) failedRuns.push(i);
    console.log(`[integration] run ${i} of ${repeat}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    if (counts.passed + counts.failed === 0) throw new Error(`no test ran${grep ? ` (grep: ${grep})` : ''}.`);
  }
  console.log(`[integration] totals: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  if (failedRuns.length) throw new Error(`${totals.failed} integration test(s) failed, in run(s) ${failedRuns.join(', ')} of ${repeat} (order ${order.label}).`);
}
