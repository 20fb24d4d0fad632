// The analysis cache: one engine run per document version whatever asks; the size limit and
// "News: Analyse Now"; incremental re-analysis of a long article.
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  allSymbols, analyseNow, api, documentSymbols, hoverText, newsDiagnostics, nextAnalysis, openFile, positionOf,
  readWorkspaceFile, revertAndCloseAll, waitFor, workspaceUri,
} from './helpers';
import { suiteFile, suiteSetting } from './isolation';

const UNATTRIBUTED = 'unattributed-quote';

async function askEveryFeature(doc: vscode.TextDocument): Promise<void> {
  const at = positionOf(doc, 'Zheng added', 1);
  await hoverText(doc, at);
  await documentSymbols(doc);
  await vscode.commands.executeCommand('vscode.executeInlayHintProvider', doc.uri, new vscode.Range(0, 0, doc.lineCount, 0));
  await vscode.commands.executeCommand('vscode.provideDocumentSemanticTokens', doc.uri);
  await vscode.commands.executeCommand('vscode.executeReferenceProvider', doc.uri, at);
  await vscode.commands.executeCommand('vscode.executeDocumentHighlights', doc.uri, at);
  await vscode.commands.executeCommand('vscode.executeDefinitionProvider', doc.uri, at);
}

describe('analysis cache', () => {
  it('the engine runs once per document version, however many features ask', async () => {
    const { analyses } = await api();
    const { doc, editor } = await openFile('000_cbc4555ebe0567a7.txt');
    await analyseNow(doc);
    // Runs on this document only: other open documents may be analysed meanwhile.
    const runs = () => analyses.runsOf(doc);
    const base = runs();
    await askEveryFeature(doc);
    assert.strictEqual(runs() - base, 0, 'nothing re-runs for the version already analysed');

    // A new version: the first feature to ask runs the engine; the rest, and the debounced
    // publication of diagnostics, reuse that run.
    const published = nextAnalysis(doc);
    assert.ok(await editor.edit((e) => e.insert(doc.lineAt(2).range.end, ' More.')));
    const beforeFeatures = runs();
    await askEveryFeature(doc);
    await askEveryFeature(doc);
    await published;
    assert.ok(runs() - beforeFeatures <= 1, `runs went from ${beforeFeatures} to ${runs()} for one version`);
    assert.strictEqual(runs() - base, 1);
  });

  describe('a file above newsAnnotator.maxFileSizeKB', () => {
    suiteFile('scratch/large.news', () => {
      const lines = ['Council debates the harbour budget', '“Nobody here has said this sentence before today.”'];
      for (let i = 1; lines.join('\n').length < 2100; i++) lines.push(`“Point number ${i} is that the harbour needs money,” Mayor Jane Doe said on Monday.`);
      return lines.join('\n') + '\n';
    });
    suiteSetting('maxFileSizeKB', 1);

    it('gets no diagnostics and no symbols until "News: Analyse Now"; closing clears them', async () => {
      const text = await readWorkspaceFile('scratch', 'large.news');
      assert.ok(text.length > 2048, `a 2 KB article (${text.length} characters)`);
      const uri = workspaceUri('scratch', 'large.news');
      const { analyses } = await api();
      // The first analysis the extension attempts (on open) yields nothing.
      const attempted = new Promise<boolean>((resolve) => {
        const sub = analyses.onDidAnalyse((e) => {
          if (e.document.uri.toString() !== uri.toString()) return;
          sub.dispose();
          resolve(e.result === undefined);
        });
      });
      const { doc } = await openFile('scratch', 'large.news');
      assert.strictEqual(await attempted, true, 'the open article is not analysed live');
      assert.deepStrictEqual(newsDiagnostics(doc.uri), []);
      assert.deepStrictEqual(await documentSymbols(doc), []);
      assert.strictEqual(analyses.resultFor(doc), undefined);

      await analyseNow(doc);
      const diags = await waitFor(() => newsDiagnostics(doc.uri, UNATTRIBUTED).length > 0 && newsDiagnostics(doc.uri, UNATTRIBUTED), { message: 'diagnostics after Analyse Now' });
      assert.deepStrictEqual(diags.map((d) => d.range.start.line), [1]);
      const names = allSymbols(await documentSymbols(doc)).map((s) => s.name);
      assert.ok(names.includes('Jane Doe'), names.join(', '));

      await revertAndCloseAll();
      await waitFor(() => newsDiagnostics(uri).length === 0, { message: 'no diagnostics once closed' });
    });
  });

  describe('a long article (300 paragraphs)', () => {
    let paragraphs = 0;
    suiteFile('scratch/long.news', async () => {
      const seed = (await readWorkspaceFile('002_bdb3d1f16a0d4117.txt')).split(/\n\s*\n/);
      const body = seed.slice(1, -1); // without the headline and the copyright footer
      const out = [seed[0]];
      for (let i = 0; out.length < 300; i++) out.push(body[i % body.length]);
      paragraphs = out.length;
      return out.join('\n\n') + '\n';
    });

    it('editing one paragraph re-analyses only that paragraph and updates the outline', async () => {
      const { analyses } = await api();
      const { doc, editor } = await openFile('scratch', 'long.news');
      const first = await analyses.resultOf(doc);
      assert.ok(first, 'analysed');
      const content = first.paragraphs?.filter((p) => p.kind !== 'footer').length;
      assert.strictEqual(content, paragraphs, 'the engine sees 300 paragraphs');

      // The 150th paragraph is the "The measure, written by Reps. …" one (no quotation yet).
      const target = first.paragraphs?.filter((p) => p.text.startsWith('The measure, written by'))[10];
      assert.ok(target, 'a paragraph to edit');
      const line = doc.positionAt(target.end).line;
      const added = ' “Lead pipes are the quiet emergency of our time,” Becker said.';
      assert.ok(await editor.edit((e) => e.insert(doc.lineAt(line).range.end, added)));

      const t1 = Date.now();
      const quote = await waitFor(async () => allSymbols(await documentSymbols(doc)).find((s) => s.name.startsWith('“Lead pipes are the quiet emergency')), {
        message: 'the new quotation in the outline',
      });
      const editMs = Date.now() - t1;
      assert.strictEqual(quote.range.start.line, line);
      const becker = (await documentSymbols(doc)).find((s) => s.name === 'Speakers')?.children.find((s) => s.name === 'Tom Becker');
      assert.ok(becker?.children.some((c) => c.name === quote.name), 'listed under Tom Becker');

      const stats = analyses.statsFor(doc);
      assert.deepStrictEqual(stats, { analysed: 1, reused: paragraphs - 1 }, 'only the edited paragraph was analysed again');
      console.log(`      (after the edit, the outline showed the new quotation in ${editMs} ms)`);
    });
  });
});
