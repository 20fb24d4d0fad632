// Entry point the editor calls to run the integration suites inside its extension host
// (extensionTestsPath = out/test/integration/index.js). Used by both launchers:
// test/harness/run-web-tests.mjs (web VS Code, offline) and test/harness/run-electron-tests.ts.
//
// Environment (set by the launchers through the extension host's environment):
//   NEWS_ANNOTATOR_TEST_GREP  only run the tests whose full title matches this pattern
//   NEWS_ANNOTATOR_TEST_MODE  'development' (working tree) or 'vsix' (the installed package)
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false, // the output is relayed through the workbench as plain text
    timeout: 30_000,
    slow: 2_000,
  });
  const grep = process.env.NEWS_ANNOTATOR_TEST_GREP;
  if (grep) mocha.grep(grep);

  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  if (files.length === 0) {
    return Promise.reject(new Error(`no *.test.js files in ${__dirname}: run \`npm run compile-tests\``));
  }
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
        else if (runner.stats && runner.stats.tests === 0) reject(new Error(`no test ran${grep ? ` (grep: ${grep})` : ''}.`));
        else resolve();
      });
    } catch (err) {
      reject(err);
    }
  });
}
