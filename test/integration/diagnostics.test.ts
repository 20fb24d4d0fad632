// Problems: unattributed quotations, live as the article is edited; severity settings; closing.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { analyseNow, api, newsDiagnostics, openSeed, resetSetting, setSetting, waitFor } from './helpers';

const UNATTRIBUTED = 'unattributed-quote';
const SEED_004 = '004_c32e53fb6d5fd023.txt';
const NEW_PARAGRAPH = '“This sentence is a quotation that nobody in the article said.”\n';

// Each test starts from the unmodified seed with default settings, and is put back after it, by
// the root hooks (isolation.ts).
describe('diagnostics', () => {
  it('the seed article has no unattributed quotation', async () => {
    const { doc } = await openSeed();
    await analyseNow(doc);
    assert.deepStrictEqual(newsDiagnostics(doc.uri, UNATTRIBUTED).map((d) => d.range.start.line), []);
  });

  it(`seeds/${SEED_004} has exactly one, on line 7`, async () => {
    const { doc } = await openSeed(SEED_004);
    const diags = await waitFor(() => {
      const d = newsDiagnostics(doc.uri, UNATTRIBUTED);
      return d.length > 0 && d;
    }, { message: 'an unattributed-quote warning in seed 004' });
    assert.deepStrictEqual(diags.map((d) => d.range.start.line + 1), [7]);
    assert.strictEqual(diags[0].severity, vscode.DiagnosticSeverity.Warning);
    assert.ok(doc.getText(diags[0].range).startsWith('“Nobody asked us.'), doc.getText(diags[0].range));
  });

  it('a new first paragraph that is only a quotation is flagged within 2 s, and undo clears it', async () => {
    const { doc, editor } = await openSeed();
    await analyseNow(doc);
    assert.strictEqual(newsDiagnostics(doc.uri, UNATTRIBUTED).length, 0);

    const t0 = Date.now();
    assert.ok(await editor.edit((e) => e.insert(new vscode.Position(1, 0), NEW_PARAGRAPH)));
    const diags = await waitFor(() => {
      const d = newsDiagnostics(doc.uri, UNATTRIBUTED);
      return d.length > 0 && d;
    }, { intervalMs: 20, message: 'the warning on the new paragraph' });
    // The one latency users feel: measured from the edit, with a generous deadline for the wait.
    const elapsed = Date.now() - t0;
    console.log(`      (warning published ${elapsed} ms after the edit)`);
    assert.ok(elapsed < 2000, `the warning appeared ${elapsed} ms after the edit (limit 2000 ms)`);
    assert.strictEqual(diags.length, 1, diags.map((d) => d.message).join('; '));
    assert.strictEqual(diags[0].range.start.line, 1);
    assert.strictEqual(doc.getText(diags[0].range), NEW_PARAGRAPH.trim());
    assert.strictEqual(diags[0].severity, vscode.DiagnosticSeverity.Warning);
    assert.match(diags[0].message, /attribution/);

    assert.strictEqual(vscode.window.activeTextEditor?.document, doc);
    await vscode.commands.executeCommand('undo');
    assert.ok(!doc.getText().includes(NEW_PARAGRAPH), 'undo removed the paragraph');
    await waitFor(() => newsDiagnostics(doc.uri, UNATTRIBUTED).length === 0, { intervalMs: 20, message: 'the warning to go after undo' });
  });

  describe('severity settings', () => {
    it('"off" removes the warning, "error" makes it an error, and resetting restores it', async () => {
      const { doc, editor } = await openSeed();
      await editor.edit((e) => e.insert(new vscode.Position(1, 0), NEW_PARAGRAPH));
      const sev = () => newsDiagnostics(doc.uri, UNATTRIBUTED).map((d) => d.severity);
      await waitFor(() => sev().length === 1, { message: 'the warning' });
      assert.deepStrictEqual(sev(), [vscode.DiagnosticSeverity.Warning]);

      await setSetting('diagnostics.unattributedQuote', 'off');
      await waitFor(() => sev().length === 0, { message: 'no warning with severity off' });

      await setSetting('diagnostics.unattributedQuote', 'error');
      await waitFor(() => sev()[0] === vscode.DiagnosticSeverity.Error, { message: 'an error with severity error' });

      await resetSetting('diagnostics.unattributedQuote');
      await waitFor(() => sev()[0] === vscode.DiagnosticSeverity.Warning, { message: 'the default severity (warning) again' });
    });
  });

  describe('status bar', () => {
    it('counts the unattributed quotations the Problems view shows (not "off", not accepted)', async () => {
      const { doc, editor } = await openSeed();
      await editor.edit((e) => e.insert(new vscode.Position(1, 0), NEW_PARAGRAPH));
      const status = async () => (await api()).statusBarText;
      await waitFor(async () => newsDiagnostics(doc.uri, UNATTRIBUTED).length === 1 && (await status()).includes('1 unattributed'), {
        message: 'the warning, counted in the status bar',
      });

      await setSetting('diagnostics.unattributedQuote', 'off');
      await waitFor(async () => newsDiagnostics(doc.uri, UNATTRIBUTED).length === 0, { message: 'no warning with severity off' });
      await waitFor(async () => !(await status()).includes('unattributed'), { message: 'no unattributed count with severity off' });

      await resetSetting('diagnostics.unattributedQuote');
      await waitFor(async () => (await status()).includes('1 unattributed'), { message: 'the count back' });
      await setSetting('acceptedQuotes', [NEW_PARAGRAPH.trim().replace(/^“|”$/g, '')]);
      await waitFor(async () => newsDiagnostics(doc.uri, UNATTRIBUTED).length === 0, { message: 'no warning once accepted' });
      await waitFor(async () => !(await status()).includes('unattributed'), { message: 'no unattributed count once accepted' });
    });
  });

  it('closing a document clears its diagnostics', async () => {
    const { doc, editor } = await openSeed();
    await editor.edit((e) => e.insert(new vscode.Position(1, 0), NEW_PARAGRAPH));
    await waitFor(() => newsDiagnostics(doc.uri, UNATTRIBUTED).length === 1, { message: 'the warning' });
    const uri = doc.uri;
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    // The editor may keep the document itself for a while: the problems go with the tab.
    await waitFor(() => newsDiagnostics(uri).length === 0, { message: 'no diagnostics for the closed document' });

    // Opened again, its problems come back (here: none, the edit was reverted).
    const again = await openSeed();
    await again.editor.edit((e) => e.insert(new vscode.Position(1, 0), NEW_PARAGRAPH));
    await waitFor(() => newsDiagnostics(uri, UNATTRIBUTED).length === 1, { message: 'the warning in the reopened document' });
  });
});
