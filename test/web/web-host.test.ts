// The extension in the browser: these tests run in the workbench's web worker extension host (as
// on vscode.dev and github.dev), against the browser bundle (dist/web/extension.js), and check
// first that they do. Then the main features, each through the editor's own commands; files are
// read and written through workspace.fs only (the workspace is the server's, vscode-remote:).
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../src/extension';
import { EXTENSION_ID, SEED } from '../integration/constants';
import { allSymbols, documentSymbols, hoverText, newsDiagnostics, positionOf, semanticTokens, waitFor } from '../integration/queries';
import { equal, includes, ok } from './check';
import { MemoryFileSystem } from './memory-fs';

const QUOTE = 'At the same time, the Chinese government';
const INSERTED = '“This sentence is a quotation that nobody in the article said.”';
const folder = (): vscode.Uri => {
  const f = vscode.workspace.workspaceFolders?.[0];
  ok(f, 'a workspace folder is open');
  return f.uri;
};
const seedUri = () => vscode.Uri.joinPath(folder(), SEED);
const readText = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));

async function extensionApi(): Promise<NewsAnnotatorApi> {
  const ext = vscode.extensions.getExtension<NewsAnnotatorApi>(EXTENSION_ID);
  ok(ext, `${EXTENSION_ID} is installed`);
  return ext.isActive ? ext.exports : ext.activate();
}

async function openSeed(): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(seedUri());
  await vscode.window.showTextDocument(doc, { preview: false });
  const api = await extensionApi();
  await waitFor(() => api.analyses.resultFor(doc), { message: 'the seed to be analysed' });
  return doc;
}

/** Undoes the test's edits of the open seed and closes every editor. */
async function revertAndClose(doc: vscode.TextDocument): Promise<void> {
  if (doc.isDirty) {
    await vscode.window.showTextDocument(doc, { preview: false });
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor(() => !doc.isDirty, { message: 'the seed to be reverted' });
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

describe('in the web worker extension host', () => {
  let doc: vscode.TextDocument;
  before(async () => {
    doc = await openSeed();
  });
  after(async () => revertAndClose(doc));

  it('runs in a web worker with no Node, in the web UI, from the browser bundle', async () => {
    const g = globalThis as Record<string, unknown>;
    equal(typeof g.process, 'undefined', 'no process global');
    equal(typeof g.setImmediate, 'undefined', 'no setImmediate');
    equal(typeof g.Buffer, 'undefined', 'no Buffer');
    ok(typeof g.WorkerGlobalScope === 'function' && globalThis instanceof (g.WorkerGlobalScope as new () => object), 'the global scope is a worker');
    equal(vscode.env.uiKind, vscode.UIKind.Web, 'vscode.env.uiKind');
    ok(folder().scheme !== 'file', `the workspace is not on a file: URI (${folder().scheme})`);
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    equal(ext?.extensionKind, vscode.ExtensionKind.UI, 'the extension runs beside the UI (in the browser), not in the workspace host');
    equal((await extensionApi()).platform, 'web', 'activated by src/extension.web.ts');
  });

  it('the engine runs in a Web Worker of its own, off the extension host', async () => {
    const api = await extensionApi();
    ok((await api.analyses.resultOf(doc))?.quotes.length, 'the seed is analysed');
    // A worker that could not start would have handed the work to the extension host by now.
    equal(api.analyses.engineRunsIn, 'worker', 'where the engine runs');
  });

  it('hover on "Zheng": his full name, his role and his quotations', async () => {
    const md = await hoverText(doc, positionOf(doc, 'Zheng added', 2));
    includes(md, '**Zheng Zeguang**', 'the hover names him');
    includes(md, 'Chinese Assistant Foreign Minister', 'the hover gives his role');
    includes(md, 'Quoted 3 times', 'the hover counts his quotations');
  });

  it('outline: Speakers with Zheng Zeguang and his quotations', async () => {
    const symbols = allSymbols(await documentSymbols(doc));
    const speakers = symbols.find((s) => s.name === 'Speakers');
    ok(speakers, `a Speakers group in ${symbols.map((s) => s.name).join(', ')}`);
    const zheng = speakers.children.find((s) => s.name === 'Zheng Zeguang');
    ok(zheng, `Zheng Zeguang among the speakers: ${speakers.children.map((s) => s.name).join(', ')}`);
    equal(zheng.children.length, 3, 'his quotations under him');
  });

  it('inlay hints: the speaker behind "he said"', async () => {
    const hints = (await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, new vscode.Range(0, 0, doc.lineCount, 0))) ?? [];
    const labels = hints.map((h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')));
    ok(labels.includes('(Obama)'), `a hint "(Obama)" among ${JSON.stringify(labels)}`);
  });

  it('semantic tokens: Zheng Zeguang is a quoted person', async () => {
    const token = (await semanticTokens(doc)).find((t) => t.text === 'Zheng Zeguang');
    ok(token, 'a token on Zheng Zeguang');
    equal(`${token.type} ${token.modifiers.join(',')}`, 'person quoted', 'its type and modifiers');
  });

  it('status bar: the number of quotations', async () => {
    const api = await extensionApi();
    const count = (await api.analyses.resultOf(doc))?.quotes.length;
    ok(count, 'the seed has quotations');
    const text = await waitFor(() => api.statusBarText.includes(String(count)) && api.statusBarText, { message: `the status bar to count ${count} quotations` });
    includes(text, String(count), 'the status bar');
  });

  it('News Sources: the workspace index read through workspace.fs, with Zheng Zeguang', async () => {
    const { workspace } = await extensionApi();
    const stats = await workspace.whenIndexed();
    ok(stats.files >= 5, `the five seeds indexed (${stats.files})`);
    const people = workspace.sourcesTree(1).map((n) => n.label);
    ok(people.includes('Zheng Zeguang'), `Zheng Zeguang in the News Sources view: ${people.join(', ')}`);
  });

  it('the report webview shows the workspace', async () => {
    const { workspace } = await extensionApi();
    await vscode.commands.executeCommand('newsAnnotator.showReport');
    const html = await waitFor(() => workspace.lastReportHtml?.includes('Zheng Zeguang') && workspace.lastReportHtml, { message: 'the report with Zheng Zeguang' });
    includes(html, 'content="default-src &#39;none&#39;', 'the strict Content-Security-Policy');
    ok(/&#39;nonce-[A-Za-z0-9+/]{22}==&#39;/.test(html), 'styles by a nonce of 16 random bytes (Web Crypto in the worker)');
  });

  it('export: the workspace as JSON, written through workspace.fs', async () => {
    const target = vscode.Uri.joinPath(folder(), 'web-export.json');
    try {
      const written = await vscode.commands.executeCommand<vscode.Uri>('newsAnnotator.exportWorkspace', target);
      equal(written?.toString(), target.toString(), 'the command resolves with the file it wrote');
      const parsed = JSON.parse(await readText(target)) as { id: string; quotes: { text: string; speakerName: string | null }[] }[];
      const seed = parsed.find((r) => r.id === SEED);
      ok(seed, `the seed among ${parsed.map((r) => r.id).join(', ')}`);
      ok(seed.quotes.some((q) => q.text.includes(QUOTE) && q.speakerName === 'Zheng Zeguang'), 'Zheng’s quotation with its speaker');
    } finally {
      await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
    }
  });

  it('verification: a mark saved to the sidecar, and read back from it after the store forgets', async () => {
    const sidecar = vscode.Uri.joinPath(folder(), `${SEED}.sources.json`);
    const { verification } = await extensionApi();
    try {
      const inside = doc.getText().indexOf(QUOTE) + 5;
      const mark = await vscode.commands.executeCommand<{ status: string; note?: string; by: string }>('newsAnnotator.markQuotation', doc.uri, inside, 'verified', 'checked in the browser');
      equal(mark.status, 'verified', 'the stored mark');
      ok(mark.by.length > 0, 'who checked is recorded');
      const disk = JSON.parse(await readText(sidecar)) as { article: string; marks: { status: string; note?: string }[] };
      equal(disk.article, SEED, 'the sidecar names its article');
      equal(JSON.stringify(disk.marks.map((m) => [m.status, m.note])), JSON.stringify([['verified', 'checked in the browser']]), 'the sidecar holds the mark');
      verification.dropCache();
      await verification.whenLoaded(doc.uri);
      const index = (await extensionApi()).analyses.resultFor(doc)?.quotes.findIndex((q) => q.text.includes(QUOTE)) ?? -1;
      const read = await waitFor(() => verification.verifiedFor(doc)?.verifications[index], { message: 'the mark read back' });
      equal(read.status, 'verified', 'the mark read back from the sidecar');
    } finally {
      await vscode.workspace.fs.delete(sidecar).then(undefined, () => undefined);
      await verification.rereadAll();
    }
  });

  it('diagnostics and quick fixes: a quotation inserted without attribution is warned about and can be fixed', async () => {
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(1, 0), `${INSERTED}\n`);
    ok(await vscode.workspace.applyEdit(edit), 'the edit applies');
    const diag = await waitFor(() => newsDiagnostics(doc.uri, 'unattributed-quote').find((d) => d.range.start.line === 1), { message: 'an unattributed-quote warning on line 2' });
    equal(diag.severity, vscode.DiagnosticSeverity.Warning, 'its severity');
    equal(doc.getText(diag.range), INSERTED, 'its range');
    const fixes = await waitFor(async () => {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value);
      const ours = actions.filter((a) => a.command?.command.startsWith('newsAnnotator.'));
      return ours.length > 0 && ours;
    }, { message: 'quick fixes on the warning' });
    const template = fixes.find((a) => a.title.startsWith('Add an attribution'));
    ok(template?.command, `the template fix among ${fixes.map((a) => a.title).join(', ')}`);
    await vscode.commands.executeCommand(template.command.command, ...(template.command.arguments ?? []));
    await waitFor(() => !newsDiagnostics(doc.uri, 'unattributed-quote').some((d) => d.range.start.line === 1), { message: 'the warning to go once the template is in' });
  });

  it('a file system with no rename (a virtual one): the article analysed, a mark saved beside it in place, an export written', async () => {
    const memory = new MemoryFileSystem();
    const registration = vscode.workspace.registerFileSystemProvider('news-memory', memory);
    const article = vscode.Uri.parse('news-memory:/desk/story.news');
    try {
      await vscode.workspace.fs.createDirectory(vscode.Uri.parse('news-memory:/desk'));
      await vscode.workspace.fs.writeFile(article, new TextEncoder().encode(doc.getText()));
      const api = await extensionApi();
      const story = await vscode.workspace.openTextDocument(article);
      await vscode.window.showTextDocument(story); // the file export exports the active article
      const result = await waitFor(() => api.analyses.resultFor(story), { message: 'the article on the virtual file system to be analysed' });
      ok(result.quotes.some((q) => q.speakerName === 'Zheng Zeguang'), 'its quotations and speakers');
      const inside = story.getText().indexOf(QUOTE) + 5;
      await vscode.commands.executeCommand('newsAnnotator.markQuotation', article, inside, 'needs-check');
      const sidecar = JSON.parse(await readText(vscode.Uri.parse('news-memory:/desk/story.news.sources.json'))) as { article: string; marks: { status: string }[] };
      equal(JSON.stringify([sidecar.article, sidecar.marks.map((m) => m.status)]), JSON.stringify(['story.news', ['needs-check']]), 'the sidecar beside the article');
      await vscode.commands.executeCommand('newsAnnotator.exportFile', vscode.Uri.parse('news-memory:/desk/story.csv'));
      includes(await readText(vscode.Uri.parse('news-memory:/desk/story.csv')), 'Zheng Zeguang', 'the CSV export');
      equal(memory.calls.filter((c) => c.startsWith('rename')).length, 0, `no rename asked (${memory.calls.join('; ')})`);
      equal(memory.calls.filter((c) => c.includes('.sources.json')).join('; '), 'write /desk/story.news.sources.json', 'the sidecar written once, in place, no temporary file');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      registration.dispose();
    }
  });

  it('indexes 2,000 generated articles read through workspace.fs in under 60 s, yielding between slices', async function () {
    this.timeout(240_000);
    const { workspace } = await extensionApi();
    const bulk = vscode.Uri.joinPath(folder(), 'bulk');
    const text = doc.getText();
    const towns = ['Riverton', 'Lakeside', 'Hillview', 'Brookfield', 'Maple Grove'];
    try {
      await vscode.workspace.fs.createDirectory(bulk);
      const writes: Thenable<void>[] = [];
      for (let i = 0; i < 2000; i++) {
        const body = `${text.replace(/Washington/g, towns[i % towns.length])}\n\nThe meeting ran ${i % 90} minutes, officials said in report ${i}.\n`;
        writes.push(vscode.workspace.fs.writeFile(vscode.Uri.joinPath(bulk, `article-${String(i).padStart(4, '0')}.news`), new TextEncoder().encode(body)));
      }
      await Promise.all(writes);
      const t0 = Date.now();
      const stats = await workspace.rescan();
      const ms = Date.now() - t0;
      console.log(`      indexed ${stats.lastScanFiles} articles in ${ms} ms in the web worker (scan ${stats.lastScanMs} ms, ${stats.progressReports} progress reports)`);
      ok(stats.lastScanFiles >= 2005, `files found: ${stats.lastScanFiles}`);
      ok(ms < 60_000, `indexing took ${ms} ms`);
      ok(!stats.cancelled, 'the scan ran to its end');
      const zheng = workspace.sourcesTree(1).find((n) => n.label === 'Zheng Zeguang');
      ok(Number(/(\d+) articles/.exec(zheng?.description ?? '')?.[1]) >= 2000, `Zheng Zeguang in every generated article: ${zheng?.description}`);
    } finally {
      await vscode.workspace.fs.delete(bulk, { recursive: true }).then(undefined, () => undefined);
    }
  });
});
