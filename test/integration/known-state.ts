// The state every integration test starts from and leaves behind: the workspace's files as the
// launcher laid them out (plus the fixtures the running suites declared), no dirty or modified
// document, no open editor, and every newsAnnotator.* setting at its default (plus the settings
// the running suites declared). This module only describes and compares; isolation.ts restores.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './constants';

type Snapshot = Map<string, Buffer>;

/** The workspace as it was before the first test: relative path -> bytes. */
let baseline: Snapshot | undefined;
/** Files and user settings that enclosing suites set up for their tests. */
export const declaredFiles = new Map<string, string>();
export const declaredSettings = new Map<string, unknown>();
/** The last test or hook that ran: the one to blame for a state that is not the known one. */
let lastRunner = 'the launcher (before any test)';

export function setLastRunner(title: string): void {
  lastRunner = title;
}

export function lastRunnerTitle(): string {
  return lastRunner;
}

export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return folder.uri.fsPath;
}

export function readTree(root: string): Snapshot {
  const out: Snapshot = new Map();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(abs);
      else if (entry.isFile()) out.set(path.relative(root, abs).split(path.sep).join('/'), fs.readFileSync(abs));
    }
  };
  walk(root);
  return out;
}

/** Takes the baseline once per extension host: a repeated run is held to the same first state. */
export function takeBaseline(): void {
  baseline ??= readTree(workspaceRoot());
}

/** The files the workspace should hold now: the baseline and the declared fixtures. */
export function expectedFiles(): Snapshot {
  assert.ok(baseline, 'the known state was recorded (root beforeAll hook)');
  const out = new Map(baseline);
  for (const [rel, text] of declaredFiles) out.set(rel, Buffer.from(text, 'utf8'));
  return out;
}

/** The newsAnnotator.* settings the extension contributes (from its package.json), without the prefix. */
export function settingKeys(): string[] {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
  const props = (ext.packageJSON as { contributes: { configuration: { properties: Record<string, unknown> } } }).contributes.configuration.properties;
  return Object.keys(props).map((k) => k.replace(/^newsAnnotator\./, ''));
}

export const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('newsAnnotator');
export const TARGETS = [
  ['globalValue', vscode.ConfigurationTarget.Global],
  ['workspaceValue', vscode.ConfigurationTarget.Workspace],
  ['workspaceFolderValue', vscode.ConfigurationTarget.WorkspaceFolder],
] as const;

/** The value a setting should have at a target in the known state (suites declare user settings only). */
export function expectedSetting(key: string, field: (typeof TARGETS)[number][0]): unknown {
  return field === 'globalValue' ? declaredSettings.get(key) : undefined;
}

// ---------------------------------------------------------------------------------------------
// What differs from the known state, in words

function fileDifferences(): string[] {
  const want = expectedFiles();
  const have = readTree(workspaceRoot());
  const out: string[] = [];
  for (const [rel, bytes] of want) {
    const now = have.get(rel);
    if (!now) out.push(`${rel} is missing`);
    else if (!now.equals(bytes)) out.push(`${rel} was changed on disk`);
  }
  for (const rel of have.keys()) if (!want.has(rel)) out.push(`${rel} was left in the workspace`);
  return out;
}

function settingDifferences(): string[] {
  const out: string[] = [];
  for (const key of settingKeys()) {
    const inspected = config().inspect(key);
    for (const [field] of TARGETS) {
      const value = inspected?.[field];
      if (JSON.stringify(value) !== JSON.stringify(expectedSetting(key, field))) out.push(`newsAnnotator.${key} is ${JSON.stringify(value)} in ${field.replace('Value', '')} settings`);
    }
  }
  return out;
}

/**
 * The documents tests may touch: the workspace's files and untitled ones. (Others are the
 * editor's: the user settings.json is a dirty document for a moment while a setting is written.)
 */
export function testDocuments(): vscode.TextDocument[] {
  const root = vscode.Uri.file(workspaceRoot()).toString();
  return vscode.workspace.textDocuments.filter((d) => !d.isClosed && (d.isUntitled || (d.uri.scheme === 'file' && d.uri.toString().startsWith(`${root}/`))));
}

function documentDifferences(): string[] {
  const out: string[] = [];
  for (const doc of testDocuments()) {
    const name = doc.isUntitled ? doc.uri.toString() : vscode.workspace.asRelativePath(doc.uri);
    if (doc.isDirty) out.push(`${name} is dirty (unsaved changes)`);
    else if (doc.uri.scheme === 'file' && fs.existsSync(doc.uri.fsPath) && doc.getText() !== fs.readFileSync(doc.uri.fsPath, 'utf8')) {
      out.push(`${name} differs from the file on disk`);
    }
  }
  return out;
}

/** The article files the workspace holds (as the extension's patterns see them: .news, seeds/*.txt). */
function articleUris(): Set<string> {
  const root = workspaceRoot();
  // The launchers open a copy of seeds/ itself: its own *.txt files are articles too.
  const inSeeds = path.basename(root) === 'seeds';
  // Articles above the size limit (a suite may lower it) are left out of the index on purpose.
  const limit = config().get<number>('maxFileSizeKB', 500) * 1024;
  const out = new Set<string>();
  for (const [rel, bytes] of expectedFiles()) {
    if (rel.endsWith('.news') || /(^|\/)seeds\/[^/]+\.txt$/.test(rel) || (inSeeds && /^[^/]+\.txt$/.test(rel))) {
      if (bytes.toString('utf8').length <= limit) out.add(vscode.Uri.file(path.join(root, ...rel.split('/'))).toString());
    }
  }
  return out;
}

/** The News Sources index (once started) holds exactly the workspace's articles. */
function indexDifferences(): string[] {
  const ext = vscode.extensions.getExtension<{ workspace?: { indexedFiles(): string[] | undefined } }>(EXTENSION_ID);
  const indexed = ext?.isActive ? ext.exports?.workspace?.indexedFiles() : undefined;
  if (!indexed) return [];
  const want = articleUris();
  const have = new Set(indexed);
  const out: string[] = [];
  for (const u of have) if (!want.has(u)) out.push(`the News Sources index still holds ${vscode.workspace.asRelativePath(vscode.Uri.parse(u))}`);
  for (const u of want) if (!have.has(u)) out.push(`the News Sources index lacks ${vscode.workspace.asRelativePath(vscode.Uri.parse(u))}`);
  return out;
}

function editorDifferences(): string[] {
  const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs);
  return tabs.length ? [`${tabs.length} editor tab(s) open: ${tabs.map((t) => t.label).join(', ')}`] : [];
}

/** Everything that is not as in the known state; empty when it is. */
export function differences(): string[] {
  return [...fileDifferences(), ...documentDifferences(), ...settingDifferences(), ...editorDifferences(), ...indexDifferences()];
}

/**
 * Fails when a document a test is about to use is not the workspace's copy: a clear message
 * naming who changed it, instead of assertions about shifted lines later on.
 */
export function assertUnmodified(doc: vscode.TextDocument): void {
  const name = vscode.workspace.asRelativePath(doc.uri);
  assert.ok(!doc.isDirty, `${name} is dirty when the test opens it: "${lastRunner}" left it modified`);
  if (doc.uri.scheme !== 'file' || !baseline) return;
  const rel = path.relative(workspaceRoot(), doc.uri.fsPath).split(path.sep).join('/');
  const declared = declaredFiles.get(rel);
  const want = declared !== undefined ? Buffer.from(declared, 'utf8') : baseline.get(rel);
  if (want) assert.ok(Buffer.from(doc.getText(), 'utf8').equals(want), `${name} is not the workspace's copy when the test opens it: "${lastRunner}" changed it`);
}
