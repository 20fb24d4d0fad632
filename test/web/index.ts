// Entry point the editor calls to run the web worker suite (test/harness/run-web-tests.mjs
// --web-worker; extensionTestsPath = out/web-tests/index.js, bundled by test/web/build.mjs). The
// web worker extension host loads one CommonJS file, so mocha is its browser build, bundled in.
// Prints the totals line the launcher reads, and rejects when a test failed.
import mochaBrowser from 'mocha-browser'; // mocha's browser build (see build.mjs)

export async function run(): Promise<void> {
  const mocha = mochaBrowser as BrowserMocha;
  mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000, slow: 5_000 });
  await import('./web-host.test'); // after setup: describe and it are globals from here on
  const { passed, failed, skipped } = await new Promise<{ passed: number; failed: number; skipped: number }>((resolve) => {
    const runner = mocha.run(() => resolve({ passed: runner.stats?.passes ?? 0, failed: runner.stats?.failures ?? 0, skipped: runner.stats?.pending ?? 0 }));
  });
  console.log(`[integration] totals: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  if (failed) throw new Error(`${failed} web worker test(s) failed.`);
  if (!passed) throw new Error('no web worker test ran.');
}

/** The part of mocha's browser build used here. */
interface BrowserMocha {
  setup(options: Record<string, unknown>): void;
  run(done: () => void): { stats?: { passes: number; failures: number; pending: number } };
}
