// Workspace features in the real editor: the News Sources view against the engine's own output,
// JSON and CSV exports, the sources report, roles from other articles in the hover, and indexing
// 2,000 generated articles.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { analyze } from '../../src/analysis/analyze';
import { AnalysisResult } from '../../src/analysis/types';
import { toContract } from '../../src/analysis/contract';
import { parseCsv } from '../../src/workspace/export';
import {
  api, closeAllEditors, hoverText, openFile, openSeed, positionOf, resetSetting, setSetting, waitFor, workspaceFolder,
  writeWorkspaceFile,
} from './helpers';

const NEWS_GLOB = '{**/*.news,**/seeds/*.txt}';

interface Article {
  id: string;
  text: string;
  result: AnalysisResult;
}

/** The workspace's articles, analysed here with the engine (as the extension's settings are the defaults). */
async function engineArticles(): Promise<Article[]> {
  const uris = await vscode.workspace.findFiles(NEWS_GLOB, '{**/node_modules/**,**/.git/**}');
  // The launchers open a copy of seeds/ itself: its *.txt files are articles too (full-path pattern).
  const folder = workspaceFolder();
  if (/\/seeds\/?$/.test(folder.uri.path)) uris.push(...(await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '*.txt'))));
  const out: Article[] = [];
  for (const uri of uris) {
    const text = Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
    out.push({ id: vscode.workspace.asRelativePath(uri), text, result: analyze(text) });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Speakers and their quotation counts, computed independently of the extension: people merged by
 * case-folded full name, a one-word name joining the unique full name with that surname.
 */
function expectedSpeakers(articles: Article[]): Map<string, { name: string; count: number; files: Set<string> }> {
  const fold = (n: string) => n.trim().replace(/\s+/g, ' ').toLowerCase();
  const fullNames = new Set<string>();
  for (const a of articles) for (const p of a.result.people) if (fold(p.name).includes(' ')) fullNames.add(fold(p.name));
  const keyOf = (name: string): string => {
    const k = fold(name);
    if (k.includes(' ')) return k;
    const matches = [...fullNames].filter((f) => f.endsWith(` ${k}`));
    return matches.length === 1 ? matches[0] : k;
  };
  const out = new Map<string, { name: string; count: number; files: Set<string> }>();
  for (const a of articles) {
    for (const p of a.result.people) {
      const n = a.result.quotes.filter((q) => q.speaker === p.id || (q.coSpeakers ?? []).includes(p.id)).length;
      const key = keyOf(p.name);
      const e = out.get(key) ?? { name: p.name, count: 0, files: new Set<string>() };
      if (p.name.length > e.name.length) e.name = p.name;
      e.count += n;
      e.files.add(a.id);
      out.set(key, e);
    }
  }
  for (const [k, v] of out) if (v.count === 0) out.delete(k);
  return out;
}

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

describe('workspace: sources across articles', function () {
  this.timeout(120_000);
  let articles: Article[];

  before(async () => {
    await openSeed(); // activates the extension
    await closeAllEditors();
    articles = await engineArticles();
    assert.ok(articles.length >= 5, `the seeds are in the workspace (${articles.length})`);
  });
  // Each test finds the view indexed and grouped by speaker (the tests run in any order).
  beforeEach(async () => {
    const { workspace } = await api();
    await vscode.commands.executeCommand('newsAnnotator.sources.focus');
    await workspace.whenIndexed();
    if (workspace.grouping !== 'speaker') await vscode.commands.executeCommand('newsAnnotator.sources.groupBySpeaker');
  });

  it('the News Sources view lists every quoted person with the engine’s counts', async () => {
    const { workspace } = await api();
    const expected = expectedSpeakers(articles);
    const tree = workspace.sourcesTree(3);
    assert.strictEqual(tree.length, expected.size, `people: ${tree.map((t) => t.label).join(', ')}`);
    for (const e of expected.values()) {
      const node = tree.find((t) => t.label === e.name);
      assert.ok(node, `${e.name} is in the view`);
      assert.strictEqual(node.description, `${plural(e.count, 'quotation')} · ${plural(e.files.size, 'article')}`, e.name);
      // Expands to the files, then the quotations.
      const quotes = (node.children ?? []).reduce((n, f) => n + (f.children?.length ?? 0), 0);
      assert.strictEqual(quotes, e.count, `${e.name}: quotations under the files`);
      for (const f of node.children ?? []) assert.ok(e.files.has(f.label), `${e.name} is quoted in ${f.label}`);
    }
    // Most quoted first.
    const counts = tree.map((t) => Number(/^(\d+)/.exec(t.description ?? '')?.[1]));
    assert.deepStrictEqual(counts, [...counts].sort((a, b) => b - a));
  });

  it('groups by article with the view’s toggle, and back', async () => {
    const { workspace } = await api();
    await vscode.commands.executeCommand('newsAnnotator.sources.groupByFile');
    assert.strictEqual(workspace.grouping, 'file');
    const tree = workspace.sourcesTree(3);
    const withSpeakers = articles.filter((a) => a.result.quotes.some((q) => q.speaker));
    assert.deepStrictEqual(tree.map((t) => t.label), withSpeakers.map((a) => a.id));
    for (const a of withSpeakers) {
      const node = tree.find((t) => t.label === a.id);
      const count = a.result.people.reduce((n, p) => n + a.result.quotes.filter((q) => q.speaker === p.id || (q.coSpeakers ?? []).includes(p.id)).length, 0);
      assert.match(node?.description ?? '', new RegExp(`^${plural(count, 'quotation')} · `), a.id);
    }
    await vscode.commands.executeCommand('newsAnnotator.sources.groupBySpeaker');
    assert.strictEqual(workspace.grouping, 'speaker');
  });

  it('a quotation node reveals the quotation in its file', async () => {
    const { workspace } = await api();
    assert.ok(workspace.sourcesTree(1).length > 0);
    const a = articles.find((x) => x.result.quotes.some((q) => q.speaker))!;
    const q = a.result.quotes.find((x) => x.speaker)!;
    const uri = vscode.Uri.joinPath(workspaceFolder().uri, ...a.id.split('/'));
    await vscode.commands.executeCommand('newsAnnotator.revealRange', uri.toString(), q.start, q.end);
    const editor = await waitFor(() => vscode.window.activeTextEditor?.document.uri.toString() === uri.toString() && vscode.window.activeTextEditor, { message: 'the file to open' });
    assert.strictEqual(editor.document.getText(editor.selection), q.text);
  });

  it('exports the workspace as JSON: the CLI result objects, id = relative path', async () => {
    const target = vscode.Uri.file(path.join(os.tmpdir(), `news-export-${Date.now()}.json`));
    const written = await vscode.commands.executeCommand<vscode.Uri>('newsAnnotator.exportWorkspace', target);
    assert.strictEqual(written?.toString(), target.toString());
    const parsed = JSON.parse(fs.readFileSync(target.fsPath, 'utf8')) as ReturnType<typeof toContract>[];
    assert.deepStrictEqual(parsed.map((r) => r.id), articles.map((a) => a.id));
    for (const a of articles) assert.deepStrictEqual(parsed.find((r) => r.id === a.id), { ...toContract(a.result), id: a.id });
    fs.rmSync(target.fsPath, { force: true });
  });

  it('exports the workspace as CSV: one row per quotation', async () => {
    const target = vscode.Uri.file(path.join(os.tmpdir(), `news-export-${Date.now()}.csv`));
    await vscode.commands.executeCommand('newsAnnotator.exportWorkspace', target);
    const rows = parseCsv(fs.readFileSync(target.fsPath, 'utf8'));
    assert.deepStrictEqual(rows[0], ['file', 'line', 'quotation', 'speaker', 'role', 'attribution kind', 'speaker gender', 'gender evidence', 'kind of source', 'status', 'note', 'link', 'checked by', 'checked at', 'corrected speaker']);
    const expected = articles.flatMap((a) => a.result.quotes.map((q) => [a.id, String(a.text.slice(0, q.start).split('\n').length), q.text, q.speakerName ?? '', q.attribution]));
    assert.deepStrictEqual(rows.slice(1).map((r) => [r[0], r[1], r[2].replace(/^'(?=[=+\-@])/, ''), r[3], r[5]]), expected);
    fs.rmSync(target.fsPath, { force: true });
  });

  it('exports the current file as JSON and as CSV', async () => {
    const { doc } = await openSeed();
    const a = articles.find((x) => doc.uri.path.endsWith(x.id))!;
    const json = vscode.Uri.file(path.join(os.tmpdir(), `news-file-${Date.now()}.json`));
    await vscode.commands.executeCommand('newsAnnotator.exportFile', json);
    assert.deepStrictEqual(JSON.parse(fs.readFileSync(json.fsPath, 'utf8')), [{ ...toContract(a.result), id: a.id }]);
    const csv = vscode.Uri.file(path.join(os.tmpdir(), `news-file-${Date.now()}.csv`));
    await vscode.commands.executeCommand('newsAnnotator.exportFile', csv);
    assert.strictEqual(parseCsv(fs.readFileSync(csv.fsPath, 'utf8')).length - 1, a.result.quotes.length);
    fs.rmSync(json.fsPath, { force: true });
    fs.rmSync(csv.fsPath, { force: true });
  });

  it('a settings change re-analyses the indexed articles (newsAnnotator.referenceDate)', async () => {
    const { workspace } = await api();
    await workspace.whenIndexed();
    const referenceDate = '2015-09-17';
    const expected = articles.map((a) => ({ ...toContract(analyze(a.text, { referenceDate })), id: a.id }));
    assert.notDeepStrictEqual(expected, articles.map((a) => ({ ...toContract(a.result), id: a.id })), 'the reference date changes some date values');
    const target = vscode.Uri.file(path.join(os.tmpdir(), `news-export-ref-${Date.now()}.json`));
    try {
      await setSetting('referenceDate', referenceDate);
      let last: unknown;
      await waitFor(async () => {
        await workspace.whenIndexed();
        await vscode.commands.executeCommand('newsAnnotator.exportWorkspace', target);
        last = JSON.parse(fs.readFileSync(target.fsPath, 'utf8'));
        return JSON.stringify(last) === JSON.stringify(expected);
      }, { message: 'the index to use the new reference date' }).catch((e: Error) => {
        const stale = (last as ReturnType<typeof toContract>[] | undefined)?.filter((r, i) => JSON.stringify(r) !== JSON.stringify(expected[i])).map((r) => r.id);
        throw new Error(`${e.message}; stale: ${stale?.join(', ')}`);
      });
    } finally {
      await resetSetting('referenceDate');
      await workspace.rescan();
      fs.rmSync(target.fsPath, { force: true });
    }
  });

  it('shows the sources report in a webview', async () => {
    const { workspace } = await api();
    await vscode.commands.executeCommand('newsAnnotator.showReport');
    const html = await waitFor(() => workspace.lastReportHtml?.includes('Quotations per speaker') && workspace.lastReportHtml, { message: 'the report HTML' });
    assert.ok(workspace.reportOpen);
    const webviewTabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview);
    await waitFor(() => webviewTabs().some((t) => (t.input as vscode.TabInputWebview).viewType.includes('newsAnnotator.sourcesReport')), {
      message: 'a webview tab of the report',
    }).catch((e: Error) => {
      throw new Error(`${e.message}; webview tabs: ${webviewTabs().map((t) => `${t.label} (${(t.input as vscode.TabInputWebview).viewType})`).join(', ')}`);
    });
    const top = [...expectedSpeakers(articles).values()].sort((x, y) => y.count - x.count)[0];
    assert.ok(html.includes(top.name), `the report names ${top.name}`);
    assert.match(html, /Content-Security-Policy" content="default-src &#39;none&#39;/);
    assert.ok(!/<script/i.test(html), 'no script');
    assert.match(html, /How quotations are attributed/);
    assert.match(html, /Quotations by kind of role/);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('the person hover shows a role stated in another article', async () => {
    const { workspace } = await api();
    const doe = articles.flatMap((a) => a.result.people.map((p) => ({ a, p }))).find(({ p }) => p.name === 'Jane Doe' && p.roles.length);
    assert.ok(doe, 'a seed states Jane Doe’s role');
    await writeWorkspaceFile('cross/doe.news', 'Bridge opens\n\n"We kept our promise," Jane Doe said on Tuesday.\n');
    const { doc } = await openFile('cross', 'doe.news');
    await workspace.whenIndexed();
    const md = await waitFor(async () => {
      const text = await hoverText(doc, positionOf(doc, 'Jane Doe', 2));
      return text.includes('From other articles') && text;
    }, { message: 'the hover to show a role from another article' });
    assert.ok(md.includes('mayor of Riverton'), md);
    assert.ok(md.includes(doe.a.id.replace(/_/g, '\\_')), md);
    // cross/ goes with the root hooks' restore.
  });

  it('a deleted article stays out of the view when its document lingers and a setting changes', async () => {
    const { workspace, analyses } = await api();
    const uri = await writeWorkspaceFile('gone/leaving.news', 'Ferry ends\n\n"We will miss it," said Captain Ida Lund.\n');
    const indexed = () => workspace.indexedFiles()?.includes(uri.toString());
    await waitFor(async () => (await workspace.whenIndexed()) && indexed(), { message: 'the new article in the index' });
    const { doc } = await openFile('gone', 'leaving.news');
    await closeAllEditors(); // the document itself stays open in the editor for a while
    fs.rmSync(path.join(workspaceFolder().uri.fsPath, 'gone'), { recursive: true });
    await waitFor(async () => (await workspace.whenIndexed()) && !indexed(), { message: 'the deleted article to leave the index' });
    // A settings change re-analyses every open document, the lingering one too if it is still there.
    const reanalysed = doc.isClosed ? undefined : new Promise<void>((resolve) => {
      const sub = analyses.onDidAnalyse((e) => {
        if (e.document === doc) {
          sub.dispose();
          resolve();
        }
      });
    });
    await setSetting('referenceDate', '2015-09-17');
    if (reanalysed) await Promise.race([reanalysed, waitFor(() => doc.isClosed, { message: 'the lingering document to be re-analysed or closed' })]);
    await workspace.whenIndexed();
    assert.ok(!indexed(), 'the deleted article came back into the index');
    assert.ok(!workspace.sourcesTree(1).some((n) => n.label === 'Ida Lund'), 'its speaker came back into the view');
  });

  it('indexes 2,000 generated articles in under 60 s, with progress', async function () {
    this.timeout(240_000);
    const { workspace } = await api();
    const folder = path.join(workspaceFolder().uri.fsPath, 'bulk');
    fs.mkdirSync(folder, { recursive: true });
    const towns = ['Riverton', 'Lakeside', 'Hillview', 'Brookfield', 'Maple Grove'];
    for (let i = 0; i < 2000; i++) {
      const a = articles[i % articles.length];
      // Small variations: another town, a number and an extra sentence, so no two files are alike.
      const text = `${a.text.replace(/Riverton/g, towns[i % towns.length])}\n\nThe meeting ran ${i % 90} minutes, officials said in report ${i}.\n`;
      fs.writeFileSync(path.join(folder, `article-${String(i).padStart(4, '0')}.news`), text);
    }
    const before = workspace.sourcesTree(1).length;
    const t0 = Date.now();
    const stats = await workspace.rescan();
    const ms = Date.now() - t0;
    console.log(`      indexed ${stats.lastScanFiles} articles in ${ms} ms (scan ${stats.lastScanMs} ms, ${stats.progressReports} progress reports)`);
    assert.ok(stats.lastScanFiles >= 2000 + articles.length, `files found: ${stats.lastScanFiles}`);
    assert.ok(ms < 60_000, `indexing took ${ms} ms`);
    assert.ok(stats.progressReports > 2, 'progress was reported');
    assert.ok(!stats.cancelled);
    const doe = workspace.sourcesTree(1).find((t) => t.label === 'Jane Doe');
    assert.ok(doe?.description?.includes('articles'), doe?.description);
    assert.ok(Number(/(\d+) articles/.exec(doe?.description ?? '')?.[1]) >= 400, doe?.description);
    fs.rmSync(folder, { recursive: true, force: true });
    // The watcher notices the deletion.
    let seen = '';
    await waitFor(async () => {
      const files = (await workspace.whenIndexed()).files;
      seen = `${files} files, ${workspace.sourcesTree(1).length} people`;
      return files === articles.length && workspace.sourcesTree(1).length === before;
    }, { timeoutMs: 30_000, message: 'the generated articles to leave the index' }).catch((e: Error) => {
      throw new Error(`${e.message}: ${seen}, expected ${articles.length} files, ${before} people`);
    });
  });
});
