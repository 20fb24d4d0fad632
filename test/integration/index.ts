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
//   NEWS_ANNOTATOR_TEST_RELOAD_STATE  a file for the window-reload scenario (reload/phases.ts): after
//                               the suites, marks are made, the window reloads, and the new window
//                               checks them. Run when no grep is given, or with --suite reload.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { rootHooks } from './isolation';
import { orderSuites, parseOrder, suiteFiles } from './order';
import { Counts as RunCounts, handOver, phaseFile, readState, wantsReload, writeState } from './reload/phases';

const add = (a: RunCounts, b: RunCounts): RunCounts => ({ passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped });
const describeCounts = (c: RunCounts) => `${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`;

/**
 * One mocha run. The reload phases run without the root hooks: their marks must outlive the
 * test (the known-state restore would delete the sidecar), and the window reload ends the run.
 */
async function runOnce(files: string[], order: ReturnType<typeof parseOrder>, grep: string | undefined, isolated = true): Promise<RunCounts> {
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false, // the output is relayed through the workbench as plain text
    timeout: 60_000,
    slow: 5_000,
    ...(isolated ? { rootHooks } : {}),
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
  const afterReload = readState();
  if (afterReload) return finishAfterReload(afterReload.totals);

  const { reload, others } = wantsReload(process.env.NEWS_ANNOTATOR_TEST_FILES, grep);
  const all = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js'));
  if (all.length === 0) throw new Error(`no *.test.js files in ${__dirname}: run \`npm run compile-tests\``);
  const files = others === '' ? [] : suiteFiles(all, others).map((f) => path.join(__dirname, f));
  const withReload = reload && process.env.NEWS_ANNOTATOR_TEST_RELOAD_STATE !== undefined;

  console.log(`[integration] order ${order.label}; ${files.length} suite file(s): ${files.map((f) => path.basename(f, '.test.js')).join(', ')}${repeat > 1 ? `; ${repeat} runs` : ''}${withReload ? '; then a window reload' : ''}`);
  let totals: RunCounts = { passed: 0, failed: 0, skipped: 0 };
  const failedRuns: number[] = [];
  for (let i = 1; i <= repeat && files.length; i++) {
    const t0 = Date.now();
    const counts = await runOnce(files, order, grep);
    totals = add(totals, counts);
    if (counts.failed > 0) failedRuns.push(i);
    console.log(`[integration] run ${i} of ${repeat}: ${describeCounts(counts)} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    if (counts.passed + counts.failed === 0) throw new Error(`no test ran${grep ? ` (grep: ${grep})` : ''}.`);
  }
  if (withReload && !failedRuns.length) {
    const before = await runOnce([phaseFile('before-reload')], order, undefined, false);
    totals = add(totals, before);
    if (before.failed === 0 && handOver.marks) {
      writeState({ totals, pid: process.pid, marks: handOver.marks });
      console.log(`[integration] ${describeCounts(totals)} so far; reloading the window (extension host pid ${process.pid})`);
      await vscode.commands.executeCommand('workbench.action.reloadWindow');
      // This extension host ends with the window; the new one finishes the run (finishAfterReload).
      return new Promise<void>(() => undefined);
    }
    failedRuns.push(repeat);
  } else if (withReload) {
    console.log('[integration] the window reload is left out: the suites failed');
  }
  console.log(`[integration] totals: ${describeCounts(totals)}`);
  if (failedRuns.length) throw new Error(`${totals.failed} integration test(s) failed, in run(s) ${failedRuns.join(', ')} of ${repeat} (order ${order.label}).`);
}

/** Phase 2 of the reload scenario, in the new window's extension host. */
async function finishAfterReload(before: RunCounts): Promise<void> {
  console.log(`[integration] after the window reload (extension host pid ${process.pid})`);
  const after = await runOnce([phaseFile('after-reload')], parseOrder(undefined), undefined, false);
  const totals = add(before, after);
  console.log(`[integration] totals: ${describeCounts(totals)}`);
  if (totals.failed) throw new Error(`${totals.failed} integration test(s) failed (${after.failed} after the window reload).`);
  if (after.passed === 0) throw new Error('no test ran after the window reload.');
}
