// Root hooks that hold every integration test to the known state (known-state.ts): checked
// before each test, naming the test or hook that left it otherwise; restored after each test,
// and the restore itself verified. Suites declare the fixtures their tests share with
// suiteFile() and suiteSetting() instead of writing them in their own hooks.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { closeAllEditors, revertDirtyDocuments, waitFor } from './helpers';
import {
  TARGETS, config, declaredFiles, declaredSettings, differences, expectedFiles, expectedSetting, lastRunnerTitle,
  readTree, setLastRunner, settingKeys, takeBaseline, workspaceRoot,
} from './known-state';

async function restoreSettings(): Promise<void> {
  for (const key of settingKeys()) {
    for (const [field, target] of TARGETS) {
      const want = expectedSetting(key, field);
      if (JSON.stringify(config().inspect(key)?.[field]) !== JSON.stringify(want)) await config().update(key, want, target);
    }
  }
}

function restoreFiles(): void {
  const root = workspaceRoot();
  const want = expectedFiles();
  const have = readTree(root);
  for (const rel of have.keys()) if (!want.has(rel)) fs.rmSync(path.join(root, rel), { force: true });
  for (const [rel, bytes] of want) {
    if (have.get(rel)?.equals(bytes)) continue;
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), bytes);
  }
  // Folders the test made and left empty.
  const prune = (dir: string): boolean => {
    let empty = true;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory() && prune(abs)) fs.rmdirSync(abs);
      else empty = false;
    }
    return empty;
  };
  prune(root);
}

/** Waits until the editor has caught up with the known state (settings, documents, the index follow files asynchronously). */
async function settled(what: string): Promise<void> {
  await waitFor(() => differences().length === 0, { message: what }).catch(() => {
    throw new Error(`${what}: not reached after "${lastRunnerTitle()}":\n  - ${differences().join('\n  - ')}`);
  });
}

/** Puts everything back as in the known state, then checks that it is (throws if not). */
export async function restoreKnownState(): Promise<void> {
  await revertDirtyDocuments();
  await closeAllEditors();
  await restoreSettings();
  restoreFiles();
  await settled('the known state after the restore');
}

export const rootHooks: Mocha.RootHookObject = {
  beforeAll() {
    // The web workbench's default (files.autoSave = afterDelay) would write tests' edits to disk.
    const autoSave = vscode.workspace.getConfiguration('files').get<string>('autoSave');
    if (autoSave !== 'off') throw new Error(`files.autoSave is "${autoSave}": the launcher must turn it off, or edits made by tests are saved into the workspace`);
    takeBaseline();
  },
  beforeEach(this: Mocha.Context) {
    const test = this.currentTest;
    const title = test?.fullTitle() ?? '?';
    const found = differences();
    if (found.length && test) {
      const suite = test.parent?.fullTitle();
      const error = new Error(`"${title}" does not start from the known state. Left by "${lastRunnerTitle()}"${suite ? ` or by a before-all hook of "${suite}"` : ''}:\n  - ${found.join('\n  - ')}`);
      // This test fails with that message instead of running; a failing hook would abort the
      // whole run. The afterEach restore then gives the next test a fair start.
      test.fn = () => {
        throw error;
      };
    }
    setLastRunner(title);
  },
  async afterEach(this: Mocha.Context) {
    setLastRunner(this.currentTest?.fullTitle() ?? lastRunnerTitle());
    await restoreKnownState();
  },
};

const hookTitle = (ctx: Mocha.Context, what: string) => `${ctx.test?.parent?.fullTitle() ?? ''} (${what})`;

/**
 * A file the enclosing suite's tests share (workspace-relative path): written before them, part
 * of the known state while they run, removed after them.
 */
export function suiteFile(relativePath: string, content: string | (() => string | Promise<string>)): void {
  before(async function () {
    setLastRunner(hookTitle(this, `before all: writes ${relativePath}`));
    const text = typeof content === 'string' ? content : await content();
    const abs = path.join(workspaceRoot(), ...relativePath.split('/'));
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text);
    declaredFiles.set(relativePath, text);
    await settled(`the workspace with ${relativePath}`);
  });
  after(async function () {
    setLastRunner(hookTitle(this, `after all: removes ${relativePath}`));
    declaredFiles.delete(relativePath);
    await restoreKnownState();
  });
}

/** A user setting the enclosing suite's tests share: set before them, reset after them. */
export function suiteSetting(key: string, value: unknown): void {
  before(async function () {
    setLastRunner(hookTitle(this, `before all: sets newsAnnotator.${key}`));
    declaredSettings.set(key, value);
    await config().update(key, value, vscode.ConfigurationTarget.Global);
    await settled(`newsAnnotator.${key} = ${JSON.stringify(value)}`);
  });
  after(async function () {
    setLastRunner(hookTitle(this, `after all: resets newsAnnotator.${key}`));
    declaredSettings.delete(key);
    await restoreKnownState();
  });
}
