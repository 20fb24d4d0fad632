// Quick fixes on an unattributed quotation: insert an attribution template after it; accept it
// (remembered in the workspace setting newsAnnotator.acceptedQuotes, which survives a reload).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { analyseNow, newsDiagnostics, openFile, readWorkspaceFile, revertAndCloseAll, waitFor, workspaceUri } from './helpers';
import { suiteFile } from './isolation';

const UNATTRIBUTED = 'unattributed-quote';
const SEED_004 = '004_c32e53fb6d5fd023.txt';
const SEED = '000_cbc4555ebe0567a7.txt';
const INSERTED = '“This sentence is a quotation that nobody in the article said.”';

interface Case {
  title: string;
  /** Workspace-relative path of the article. */
  file: string;
  /** 0-based line of the unattributed quotation. */
  line: number;
  quote: string;
  /** The text of a file the case writes for its tests (none: the file is a seed). */
  content?: () => Promise<string>;
}

const CASES: Case[] = [
  { title: `seeds/${SEED_004} line 7`, file: SEED_004, line: 6, quote: '“Nobody asked us. Nobody came out here to see who uses this place. They looked at a chart and drew a line through our name.”' },
  {
    // The seed with a first body paragraph that is only a quotation.
    title: 'an article whose first paragraph is an unattributed quotation',
    file: 'scratch/unattributed.news',
    line: 1,
    quote: INSERTED,
    content: async () => {
      const lines = (await readWorkspaceFile(SEED)).split('\n');
      lines.splice(1, 0, INSERTED);
      return lines.join('\n');
    },
  },
];

async function warningOn(doc: vscode.TextDocument, line: number): Promise<vscode.Diagnostic> {
  return waitFor(() => newsDiagnostics(doc.uri, UNATTRIBUTED).find((d) => d.range.start.line === line), {
    message: `an unattributed-quote warning on line ${line + 1} of ${doc.uri.path}`,
  });
}

async function quickFixes(doc: vscode.TextDocument, diag: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  // The editor hands the provider the diagnostics it has at the range; they reach it from the
  // extension host a moment after languages.getDiagnostics shows them: poll until they have.
  return waitFor(async () => {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value);
    // (The API command does not carry the actions' diagnostics back: pick the extension's by command.)
    const ours = actions.filter((a) => a.command?.command.startsWith('newsAnnotator.'));
    return ours.length > 0 && ours;
  }, { message: `quick fixes on line ${diag.range.start.line + 1}` });
}

async function run(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.command, `"${action.title}" has a command`);
  await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

const settingsFile = () => vscode.Uri.joinPath(workspaceUri(), '.vscode', 'settings.json');

for (const c of CASES) {
  describe(`quick fixes: ${c.title}`, () => {
    // The accepted quotation (workspace setting, .vscode/settings.json) goes with the root hooks' restore.
    if (c.content) suiteFile(c.file, c.content);

    it('offers the template (preferred) and the accept fix', async () => {
      const { doc } = await openFile(...c.file.split('/'));
      const diag = await warningOn(doc, c.line);
      assert.strictEqual(doc.getText(diag.range), c.quote);
      const titles = (await quickFixes(doc, diag)).map((a) => `${a.title}${a.isPreferred ? ' (preferred)' : ''}`);
      assert.deepStrictEqual(titles, ['Add an attribution after this quotation (preferred)', 'Accept this quotation without attribution (workspace setting)']);
    });

    it('the template fix inserts an attribution right after the quotation', async () => {
      const { doc } = await openFile(...c.file.split('/'));
      const diag = await warningOn(doc, c.line);
      const template = (await quickFixes(doc, diag)).find((a) => a.title.startsWith('Add an attribution'));
      assert.ok(template);
      const before = doc.getText();
      await run(template);
      await waitFor(() => doc.getText() !== before, { message: 'the template to be inserted' });
      const line = doc.lineAt(c.line).text;
      assert.ok(line.includes(`${c.quote} the source said.`), `line ${c.line + 1} reads: ${line}`);
      // The snippet selects the source placeholder, ready to be typed over.
      const editor = vscode.window.activeTextEditor;
      assert.strictEqual(editor?.document, doc);
      assert.strictEqual(doc.getText(editor.selection), 'the source');
      await vscode.commands.executeCommand('leaveSnippet');
    });

    it('the accept fix removes the warning, persists in .vscode/settings.json and survives a reload', async () => {
      const first = await openFile(...c.file.split('/'));
      const diag = await warningOn(first.doc, c.line);
      const accept = (await quickFixes(first.doc, diag)).find((a) => a.title.startsWith('Accept'));
      assert.ok(accept);
      await run(accept);
      await waitFor(() => !newsDiagnostics(first.doc.uri, UNATTRIBUTED).some((d) => d.range.start.line === c.line), { message: 'the warning to go' });

      const key = c.quote.replace(/^“|”$/g, '');
      const inspected = vscode.workspace.getConfiguration('newsAnnotator').inspect<string[]>('acceptedQuotes');
      assert.deepStrictEqual(inspected?.workspaceValue, [key]);
      const onDisk = await waitFor(async () => {
        const json = Buffer.from(await vscode.workspace.fs.readFile(settingsFile())).toString('utf8');
        return json.includes('newsAnnotator.acceptedQuotes') && json;
      }, { message: '.vscode/settings.json to hold the accepted quotation' });
      assert.deepStrictEqual((JSON.parse(onDisk) as Record<string, unknown>)['newsAnnotator.acceptedQuotes'], [key]);

      // Reload: close the article and open it again; analysed afresh, it stays quiet.
      await revertAndCloseAll();
      await waitFor(() => newsDiagnostics(first.doc.uri).length === 0, { message: 'the closed article to have no problems' });
      const again = await openFile(...c.file.split('/'));
      const event = await analyseNow(again.doc);
      assert.ok(event.result?.diagnostics.some((d) => d.code === UNATTRIBUTED), 'the engine still finds the quotation unattributed');
      assert.ok(!newsDiagnostics(again.doc.uri, UNATTRIBUTED).some((d) => d.range.start.line === c.line), 'the accepted quotation is not reported');
    });
  });
}
