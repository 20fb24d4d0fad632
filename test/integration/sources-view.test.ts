// The News Sources view is in one state at a time (indexing, empty, results, error), and its
// title, its tree and its welcome text always agree: checked at every step of an empty workspace
// getting articles and losing them again.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { SourcesViewSnapshot } from '../../src/features/sources-view';
import { api, waitFor, workspaceFolder, writeWorkspaceFile } from './helpers';

/** Fails unless the title, the top level and the welcome text say the same thing. */
function assertConsistent(s: SourcesViewSnapshot): void {
  const seen = JSON.stringify(s);
  assert.strictEqual(s.contextState, s.state, `the welcome text follows the state: ${seen}`);
  if (s.state === 'results') {
    assert.ok(s.roots > 0, `results show items: ${seen}`);
    const m = /^(\d+) (?:person|people) · (\d+) articles?$/.exec(s.description ?? '');
    assert.ok(m, `results have counts in the title: ${seen}`);
    assert.strictEqual(Number(m[1]), s.roots, `the title counts the people the tree lists: ${seen}`);
  } else {
    assert.strictEqual(s.roots, 0, `no items in state ${s.state}: ${seen}`);
    assert.strictEqual(s.description, s.state === 'indexing' ? 'indexing…' : undefined, `no counts in state ${s.state}: ${seen}`);
  }
}

/** Polls the view until it is in `state`, checking that every snapshot on the way is consistent. */
async function reachState(state: SourcesViewSnapshot['state'], check: (s: SourcesViewSnapshot) => boolean = () => true): Promise<SourcesViewSnapshot> {
  const { workspace } = await api();
  return waitFor(async () => {
    await workspace.whenIndexed();
    const s = await workspace.sourcesViewState();
    assertConsistent(s);
    return s.state === state && check(s) && s;
  }, { message: `the News Sources view to be in state "${state}"` });
}

describe('News Sources view states', function () {
  this.timeout(120_000);

  it('empty workspace -> articles added -> all removed: title, tree and welcome agree throughout', async () => {
    const { workspace } = await api();
    await vscode.commands.executeCommand('newsAnnotator.sources.focus');
    if (workspace.grouping !== 'speaker') await vscode.commands.executeCommand('newsAnnotator.sources.groupBySpeaker');
    await reachState('results');

    // Empty the workspace (the root hooks' restore brings the seeds back).
    const root = workspaceFolder().uri.fsPath;
    for (const f of fs.readdirSync(root)) fs.rmSync(path.join(root, f), { recursive: true, force: true });
    await reachState('empty');

    await writeWorkspaceFile('desk/bridge.news', 'Bridge opens\n\n"It is a great day," Mayor Jane Doe said on Monday.\n');
    await writeWorkspaceFile('desk/budget.news', 'Budget passes\n\n"We balanced it," said Treasurer Amal Reyes. "Nobody believed we could," Councillor Tom Berg added.\n');
    const full = await reachState('results', (s) => s.roots === 3);
    assert.strictEqual(full.description, '3 people · 2 articles');
    assert.deepStrictEqual(workspace.sourcesTree(1).map((n) => n.label).sort(), ['Amal Reyes', 'Jane Doe', 'Tom Berg']);

    fs.rmSync(path.join(root, 'desk', 'bridge.news'));
    const one = await reachState('results', (s) => s.roots === 2);
    assert.strictEqual(one.description, '2 people · 1 article');

    fs.rmSync(path.join(root, 'desk'), { recursive: true });
    await reachState('empty');
  });
});
