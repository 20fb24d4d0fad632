// Fact-checkers' marks in the real editor: the three commands for scripts, the sidecar on disk,
// marks surviving a reload (close everything, drop the store's cache, read again from disk) and
// edits above them, corrected speakers shown everywhere, and a malformed sidecar left untouched.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { parseCsv } from '../../src/workspace/export';
import { api, closeAllEditors, documentSymbols, hoverText, openFile, openSeed, positionOf, readWorkspaceFile, SEED, verificationOf, waitFor, workspaceFolder } from './helpers';

const QUOTE = 'At the same time, the Chinese government';
const SIDECAR = `${SEED}.sources.json`;
const sidecarPath = () => path.join(workspaceFolder().uri.fsPath, SIDECAR);

interface StoredMark {
  id: string;
  status: string;
  note?: string;
  speaker?: { kind: string; name?: string };
  by: string;
  at: string;
  anchor: { quote: string; offset: number };
}

async function sidecarOnDisk(): Promise<{ version: number; article: string; marks: StoredMark[] }> {
  return JSON.parse(await readWorkspaceFile(SIDECAR)) as { version: number; article: string; marks: StoredMark[] };
}


/**
 * After a suite: the root hooks deleted the sidecars, but the editor coalesces a file's creation
 * and deletion within one batch into no event at all; read them again so later suites see none.
 */
function forgetDeletedSidecars(): void {
  after(async () => {
    const { verification, workspace } = await api();
    await verification.rereadAll();
    await workspace.whenIndexed();
  });
}

/** The seed open, its sidecar read, and an offset inside QUOTE. */
async function openAtQuotation(): Promise<{ doc: vscode.TextDocument; inside: number }> {
  const { doc } = await openSeed();
  await (await api()).verification.whenLoaded(doc.uri);
  return { doc, inside: doc.offsetAt(positionOf(doc, QUOTE, 12)) };
}

describe('verification (marks on quotations)', function () {
  this.timeout(120_000);
  forgetDeletedSidecars();
  let doc: vscode.TextDocument;
  let inside: number;

  beforeEach(async () => {
    ({ doc, inside } = await openAtQuotation());
  });

  it('markQuotation(uri, offset, status, note) returns the stored mark and writes it to the sidecar', async () => {
    const mark = await vscode.commands.executeCommand<StoredMark>('newsAnnotator.markQuotation', doc.uri, inside, 'verified', 'Reuters transcript');
    assert.strictEqual(mark.status, 'verified');
    assert.strictEqual(mark.note, 'Reuters transcript');
    assert.ok(mark.anchor.quote.includes(QUOTE), JSON.stringify(mark.anchor));
    assert.match(mark.at, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
    assert.ok(mark.by.length > 0, 'who checked is recorded');
    const disk = await sidecarOnDisk();
    assert.strictEqual(disk.article, SEED);
    assert.deepStrictEqual(disk.marks, [mark], 'the sidecar holds exactly the returned mark');
    assert.strictEqual(doc.isDirty, false, 'the article is not edited');
  });

  it('a mark is there after a reload (all editors closed, the store forgets, the article reopened and read from disk)', async () => {
    const mark = await vscode.commands.executeCommand<StoredMark>('newsAnnotator.markQuotation', doc.uri.toString(), inside, 'disputed');
    const { verification } = await api();
    await closeAllEditors();
    verification.dropCache();
    ({ doc } = await openSeed());
    await verification.whenLoaded(doc.uri);
    const { v } = await verificationOf(doc, QUOTE, (x) => x?.status === 'disputed');
    assert.strictEqual(v?.markId, mark.id);
  });

  it('a second mark command on the same quotation updates its mark instead of adding one', async () => {
    const first = await vscode.commands.executeCommand<StoredMark>('newsAnnotator.markQuotation', doc.uri, inside, 'needs-check');
    const end = doc.offsetAt(positionOf(doc, 'harm China’s interests', 5));
    const second = await vscode.commands.executeCommand<StoredMark>('newsAnnotator.markQuotation', doc.uri, end, 'verified');
    assert.strictEqual(second.id, first.id, 'any offset inside the quotation is the same quotation');
    assert.deepStrictEqual((await sidecarOnDisk()).marks.map((m) => m.status), ['verified']);
  });

  it('clearMark returns undefined and removes the mark; Undo Last Mark Change brings it back', async () => {
    const mark = await vscode.commands.executeCommand<StoredMark>('newsAnnotator.markQuotation', doc.uri, inside, 'verified');
    const cleared = await vscode.commands.executeCommand('newsAnnotator.clearMark', doc.uri, inside);
    assert.strictEqual(cleared, undefined);
    assert.deepStrictEqual((await sidecarOnDisk()).marks, []);
    const restored = await vscode.commands.executeCommand<StoredMark>('newsAnnotator.undoMarkChange');
    assert.strictEqual(restored?.id, mark.id);
    assert.deepStrictEqual((await sidecarOnDisk()).marks.map((m) => [m.id, m.status]), [[mark.id, 'verified']]);
  });

  it('the commands reject an offset outside every quotation and an unknown status, writing nothing', async () => {
    const headline = doc.offsetAt(positionOf(doc, 'Beijing willing', 2));
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('newsAnnotator.markQuotation', doc.uri, headline, 'verified')), /no quotation at offset/);
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('newsAnnotator.markQuotation', doc.uri, inside, 'true')), /status/);
    assert.ok(!fs.existsSync(sidecarPath()), 'no sidecar was written');
  });

  it('correctSpeaker: the hover, the outline and the News Sources view show the corrected speaker', async () => {
    const mark = await vscode.commands.executeCommand<StoredMark>('newsAnnotator.correctSpeaker', doc.uri, inside, 'Josh Earnest');
    assert.deepStrictEqual(mark.speaker, { kind: 'person', name: 'Josh Earnest' });
    assert.strictEqual(mark.status, 'needs-check', 'a correction alone does not verify the quotation');

    const md = await waitFor(async () => {
      const text = await hoverText(doc, positionOf(doc, QUOTE, 10));
      return /\*\*Quotation\*\* by \*\*Josh Earnest\*\*/.test(text) && text;
    }, { message: 'the hover to name the corrected speaker' });
    assert.match(md, /corrected by/, md);
    assert.match(md, /the engine found Zheng Zeguang/, md);

    const outline = await waitFor(async () => {
      const speakers = (await documentSymbols(doc)).find((s) => s.name === 'Speakers');
      const earnest = speakers?.children.find((s) => s.name === 'Josh Earnest');
      return earnest?.children.some((q) => q.name.includes(QUOTE)) && speakers;
    }, { message: 'the outline to list the quotation under Josh Earnest' });
    const inOutline = outline.children.find((s) => s.name === 'Josh Earnest')?.children.find((q) => q.name.includes(QUOTE));
    assert.match(inOutline?.detail ?? '', /speaker corrected by /, 'the outline marks it as the user’s correction');
    const zheng = outline.children.find((s) => s.name === 'Zheng Zeguang');
    assert.ok(!zheng?.children.some((q) => q.name.includes(QUOTE)), 'and no longer under Zheng Zeguang');

    const { workspace } = await api();
    await workspace.whenIndexed();
    await waitFor(() => {
      const earnest = workspace.sourcesTree(3).find((n) => n.label === 'Josh Earnest');
      return earnest?.children?.some((f) => f.label === SEED && f.description === '3 quotations');
    }, { message: 'the News Sources view to count the corrected quotation for Josh Earnest' });
    const quotes = workspace.sourcesTree(3).find((n) => n.label === 'Josh Earnest')?.children?.find((f) => f.label === SEED)?.children ?? [];
    const corrected = quotes.find((q) => q.label.includes('At the same time'));
    assert.match(corrected?.description ?? '', /speaker corrected by /, 'the view marks it as the user’s correction');
  });

  it('correctSpeaker on a pronoun-sourced quotation: the inlay hint names the correction, marked ✎', async () => {
    const pronounQuote = doc.offsetAt(positionOf(doc, 'We are preparing a number', 5));
    await vscode.commands.executeCommand('newsAnnotator.correctSpeaker', doc.uri, pronounQuote, 'Josh Earnest');
    const range = new vscode.Range(0, 0, doc.lineCount, 0);
    const hint = await waitFor(async () => {
      const hints = (await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, range)) ?? [];
      const label = (h: vscode.InlayHint) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''));
      return hints.find((h) => label(h) === '(✎ Josh Earnest)');
    }, { message: 'the inlay hint after “he” to name the corrected speaker' });
    assert.strictEqual(hint.position.line, positionOf(doc, '” he said').line);
  });

  it('correctSpeaker with null records "no speaker in the text"; a typed name is kept as typed', async () => {
    const none = await vscode.commands.executeCommand<StoredMark>('newsAnnotator.correctSpeaker', doc.uri, inside, null);
    assert.deepStrictEqual(none.speaker, { kind: 'none' });
    const md = await waitFor(async () => {
      const text = await hoverText(doc, positionOf(doc, QUOTE, 10));
      return /no speaker in the text/.test(text) && text;
    }, { message: 'the hover to say there is no speaker' });
    assert.match(md, /Quotation without attribution/, md);
    const typed = await vscode.commands.executeCommand<StoredMark>('newsAnnotator.correctSpeaker', doc.uri, inside, 'Hua Chunying');
    assert.deepStrictEqual(typed.speaker, { kind: 'name', name: 'Hua Chunying' });
  });

  it('paragraphs inserted above a marked quotation: the mark follows it', async () => {
    await vscode.commands.executeCommand('newsAnnotator.markQuotation', doc.uri, inside, 'verified');
    const editor = await vscode.window.showTextDocument(doc);
    const { analyses } = await api();
    const before = (await analyses.resultOf(doc))?.quotes.length;
    await editor.edit((e) => e.insert(new vscode.Position(1, 0), '“Inserted words,” Jane Doe said.\nA second new paragraph with no quotation.\n'));
    const { v, index } = await verificationOf(doc, QUOTE, (x) => x?.status === 'verified' && analyses.resultFor(doc)?.quotes.length === (before ?? 0) + 1);
    const quote = analyses.resultFor(doc)?.quotes[index];
    assert.ok(quote?.text.includes(QUOTE), `the mark is on the same quotation: ${quote?.text}`);
    assert.ok(v, 'still verified');
    const other = await verificationOf(doc, 'Inserted words', (x) => x === null);
    assert.strictEqual(other.v, null, 'the new quotation has no mark');
  });

  it('a malformed sidecar: a message names the file and line, marks are not applied, the file is never rewritten', async () => {
    await closeAllEditors();
    const { verification } = await api();
    verification.dropCache();
    const broken = '{\n  "version": 1,\n  "article": "x",\n  "marks": [\n    {"id": "m1",\n  ]\n}\n';
    fs.writeFileSync(sidecarPath(), broken);
    const shownBefore = verification.shownProblems.length;
    ({ doc } = await openSeed());
    await verification.whenLoaded(doc.uri);
    const message = await waitFor(() => verification.shownProblems.slice(shownBefore).find((m) => m.includes(SIDECAR)), { message: 'a message about the sidecar' });
    assert.match(message, new RegExp(`${SIDECAR.replace(/\./g, '\\.')}:6:\\d+: JSON syntax error`), message);
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('newsAnnotator.markQuotation', doc.uri, inside, 'verified')), /JSON syntax error/);
    assert.strictEqual(fs.readFileSync(sidecarPath(), 'utf8'), broken, 'unchanged byte for byte');
    assert.ok(verification.verifiedFor(doc)?.verifications.every((v) => v === null), 'no marks applied');
  });

  it('an unknown sidecar version is refused the same way', async () => {
    await closeAllEditors();
    const { verification } = await api();
    verification.dropCache();
    const newer = `{\n  "version": 2,\n  "article": "${SEED}",\n  "marks": []\n}\n`;
    fs.writeFileSync(sidecarPath(), newer);
    ({ doc } = await openSeed());
    await verification.whenLoaded(doc.uri);
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('newsAnnotator.clearMark', doc.uri, inside)).then(() =>
      vscode.commands.executeCommand('newsAnnotator.markQuotation', doc.uri, inside, 'verified'),
    ), /unknown sidecar version 2/);
    assert.strictEqual(fs.readFileSync(sidecarPath(), 'utf8'), newer);
  });

  // Skipped: flaky on a loaded machine (about 1 run in 5). The editor can coalesce the watcher's
  // creation and deletion events, and then even reopening the article did not always re-read the
  // sidecar. Known bug of the marks store, to fix before this test comes back (see CHANGELOG).
  it('a sidecar deleted outside VS Code: its marks go from the editor and the index', async () => {
    const { workspace, verification } = await api();
    const sidecarUri = vscode.Uri.file(sidecarPath());
    const seen = verification.watcherEventsFor(sidecarUri);
    await vscode.commands.executeCommand('newsAnnotator.correctSpeaker', doc.uri, inside, 'Josh Earnest');
    // The editor drops a creation and a deletion that arrive in one batch: let this sidecar's
    // creation through first (an earlier test's sidecar events may still be arriving).
    await waitFor(() => verification.watcherEventsFor(sidecarUri) > seen, { message: 'the watcher to report the new sidecar' });
    await workspace.whenIndexed();
    const earnestQuotes = () => workspace.sourcesTree(3).find((n) => n.label === 'Josh Earnest')?.children?.find((f) => f.label === SEED)?.description;
    await waitFor(() => earnestQuotes() === '3 quotations', { message: 'the correction in the index' });
    fs.rmSync(sidecarPath());
    // The watcher reports the deletion, or, when the editor dropped that event, the store's
    // reading of the shown articles' sidecars notices it within seconds.
    await verificationOf(doc, QUOTE, (x) => x === null);
    await closeAllEditors();
    await waitFor(async () => (await workspace.whenIndexed()) && earnestQuotes() === '2 quotations', { message: 'the index back to the engine’s speaker' });
  });

  it('a sidecar changed outside VS Code (git pull) is read again', async () => {
    const mark = await vscode.commands.executeCommand<StoredMark>('newsAnnotator.markQuotation', doc.uri, inside, 'needs-check');
    const disk = await sidecarOnDisk();
    disk.marks[0].status = 'disputed';
    fs.writeFileSync(sidecarPath(), `${JSON.stringify(disk, null, 2)}\n`);
    const { v } = await verificationOf(doc, QUOTE, (x) => x?.status === 'disputed');
    assert.strictEqual(v?.markId, mark.id);
  });
});

describe('the sidecar JSON Schema (contributes.jsonValidation)', function () {
  this.timeout(120_000);

  it('a hand-edited sidecar with an unknown status gets a problem from the JSON language service', async () => {
    const mark = { id: 'm1', anchor: { quote: '“x”', before: '', after: '', offset: 0 }, status: 'maybe', by: 'Ada', at: '2026-01-02T10:00:00Z' };
    fs.writeFileSync(sidecarPath(), `${JSON.stringify({ version: 1, article: SEED, marks: [mark] }, null, 2)}\n`);
    const { doc } = await openFile(SIDECAR);
    const statusLine = doc.positionAt(doc.getText().indexOf('"maybe"')).line;
    const problem = await waitFor(() => vscode.languages.getDiagnostics(doc.uri).find((d) => d.range.start.line === statusLine), {
      message: 'a schema problem on the "status" line', timeoutMs: 60_000,
    });
    assert.match(problem.message, /"verified", "needs-check", "disputed"/, problem.message);
  });
});

describe('verification in exports', function () {
  this.timeout(120_000);
  forgetDeletedSidecars();

  it('the CSV export has the mark columns, filled for a marked quotation with a corrected speaker', async () => {
    const { doc, inside } = await openAtQuotation();
    await vscode.commands.executeCommand('newsAnnotator.markQuotation', doc.uri, inside, 'disputed', 'wording differs from the transcript');
    const mark = await vscode.commands.executeCommand<StoredMark>('newsAnnotator.correctSpeaker', doc.uri, inside, 'Josh Earnest');
    const target = vscode.Uri.file(path.join(os.tmpdir(), `news-verification-${Date.now()}.csv`));
    try {
      await vscode.commands.executeCommand('newsAnnotator.exportWorkspace', target);
      const rows = parseCsv(fs.readFileSync(target.fsPath, 'utf8'));
      const header = rows[0];
      for (const column of ['status', 'note', 'link', 'checked by', 'checked at', 'corrected speaker']) assert.ok(header.includes(column), `column ${column} in ${header.join(',')}`);
      const cell = (row: string[], column: string) => row[header.indexOf(column)];
      const marked = rows.filter((r) => r[0] === SEED && r[2].includes(QUOTE));
      assert.strictEqual(marked.length, 1, 'one row for the quotation');
      const row = marked[0];
      assert.strictEqual(cell(row, 'status'), 'disputed');
      assert.strictEqual(cell(row, 'note'), 'wording differs from the transcript');
      assert.strictEqual(cell(row, 'checked by'), mark.by);
      assert.strictEqual(cell(row, 'checked at'), mark.at);
      assert.strictEqual(cell(row, 'corrected speaker'), 'Josh Earnest');
      assert.strictEqual(cell(row, 'speaker'), 'Josh Earnest', 'the speaker column agrees with the editor');
      const others = rows.slice(1).filter((r) => r !== row);
      assert.ok(others.length > 0 && others.every((r) => cell(r, 'status') === 'unchecked'), 'the other quotations are unchecked');
    } finally {
      fs.rmSync(target.fsPath, { force: true });
    }
  });

  it('the JSON export adds a verification object to the marked quotation and a summary to its article', async () => {
    const { doc, inside } = await openAtQuotation();
    await vscode.commands.executeCommand('newsAnnotator.markQuotation', doc.uri, inside, 'verified');
    const target = vscode.Uri.file(path.join(os.tmpdir(), `news-verification-${Date.now()}.json`));
    try {
      await vscode.commands.executeCommand('newsAnnotator.exportFile', target);
      const [article] = JSON.parse(fs.readFileSync(target.fsPath, 'utf8')) as { quotes: { text: string; verification?: { status: string } }[]; verification?: { counts: Record<string, number> } }[];
      const marked = article.quotes.filter((q) => q.verification);
      assert.deepStrictEqual(marked.map((q) => [q.text.includes(QUOTE), q.verification?.status]), [[true, 'verified']]);
      assert.strictEqual(article.verification?.counts.verified, 1);
      assert.strictEqual(article.verification?.counts.unchecked, article.quotes.length - 1);
    } finally {
      fs.rmSync(target.fsPath, { force: true });
    }
  });
});

describe('verification in the editor: CodeLens, colours, orphans', function () {
  this.timeout(120_000);
  forgetDeletedSidecars();
  let doc: vscode.TextDocument;
  let inside: number;

  beforeEach(async () => {
    ({ doc, inside } = await openAtQuotation());
  });

  const lensTitles = async () => {
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri)) ?? [];
    const line = doc.positionAt(inside).line;
    return lenses.filter((l) => l.range.start.line === line).map((l) => l.command?.title ?? '');
  };

  it('CodeLens above a quotation: its check and the actions; they mark at that quotation; the setting turns them off', async () => {
    assert.deepStrictEqual(await lensTitles(), ['Not checked', 'Verify', 'Needs check', 'Dispute', 'Speaker…', 'Note…']);
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri)) ?? [];
    const verify = lenses.find((l) => l.command?.title === 'Verify' && l.range.start.line === doc.positionAt(inside).line);
    assert.ok(verify?.command);
    await vscode.commands.executeCommand(verify.command.command, ...(verify.command.arguments ?? []));
    await waitFor(async () => (await lensTitles())[0]?.startsWith('Verified · '), { message: 'the lens to show the check' });
    assert.ok((await lensTitles()).includes('Clear'));
    assert.deepStrictEqual((await sidecarOnDisk()).marks.map((m) => m.status), ['verified']);
    await vscode.workspace.getConfiguration('newsAnnotator').update('verification.codeLens', false, vscode.ConfigurationTarget.Global);
    await waitFor(async () => (await lensTitles()).length === 0, { message: 'no CodeLens with the setting off' });
  });

  it('a checked quotation is painted in its status colour', async () => {
    const { verification } = await api();
    await vscode.commands.executeCommand('newsAnnotator.markQuotation', doc.uri, inside, 'disputed');
    await waitFor(() => verification.decorationsOf(doc.uri)?.disputed === 1, { message: 'one disputed quotation painted' });
    assert.deepStrictEqual(verification.decorationsOf(doc.uri), { verified: 0, 'needs-check': 0, disputed: 1 });
    await vscode.commands.executeCommand('newsAnnotator.clearMark', doc.uri, inside);
    await waitFor(() => verification.decorationsOf(doc.uri)?.disputed === 0, { message: 'nothing painted after clearing' });
  });

  it('the hover shows the mark: status, note, evidence link, who and when', async () => {
    await vscode.commands.executeCommand('newsAnnotator.markQuotation', doc.uri, inside, 'verified', 'matches the Reuters wire');
    // The evidence link as a colleague would add it by hand (the command asks in an input box).
    const disk = await sidecarOnDisk();
    fs.writeFileSync(sidecarPath(), `${JSON.stringify({ ...disk, marks: [{ ...disk.marks[0], link: 'evidence/transcript.pdf' }] }, null, 2)}\n`);
    const mark = disk.marks[0];
    const md = await waitFor(async () => {
      const text = await hoverText(doc, positionOf(doc, QUOTE, 10));
      return text.includes('Verified') && text.includes('Evidence:') && text;
    }, { message: 'the hover to show the mark' });
    assert.match(md, /Evidence: \[evidence\/transcript\.pdf\]\(file:\/\/\/.*\/evidence\/transcript\.pdf\)/, md);
    assert.ok(md.includes(`checked by ${mark.by}`), md);
    assert.ok(md.includes(mark.at), md);
    assert.match(md, /Note: matches the Reuters wire/, md);
  });

  it('an orphaned mark is an Information problem with Re-attach and Delete quick fixes', async () => {
    await closeAllEditors();
    const orphan = {
      id: 'orphan1', anchor: { quote: '“Nothing of the sort was ever said by anyone here.”', before: '', after: '', offset: 10 },
      status: 'disputed', by: 'Ada', at: '2026-01-02T10:00:00Z',
    };
    fs.writeFileSync(sidecarPath(), `${JSON.stringify({ version: 1, article: SEED, marks: [orphan] }, null, 2)}\n`);
    ({ doc } = await openSeed());
    await (await api()).verification.whenLoaded(doc.uri);
    const problem = await waitFor(() => vscode.languages.getDiagnostics(doc.uri).find((d) => d.code === 'orphaned-mark'), { message: 'the orphan problem' });
    assert.strictEqual(problem.severity, vscode.DiagnosticSeverity.Information);
    assert.strictEqual(problem.message, 'mark could not be re-attached: “Nothing of the sort was ever said by anyone here.”');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, problem.range);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Re-attach to quotation…') && titles.includes('Delete Mark'), titles.join(', '));

    const reattach = actions.find((a) => a.title === 'Re-attach to quotation…')?.command;
    assert.ok(reattach);
    // The command takes the quotation's offset too (the quick fix asks with a QuickPick instead).
    await vscode.commands.executeCommand(reattach.command, ...(reattach.arguments ?? []), inside);
    const { v } = await verificationOf(doc, QUOTE, (x) => x?.markId === 'orphan1');
    assert.strictEqual(v?.status, 'disputed', 'the mark keeps its check');
    await waitFor(() => !vscode.languages.getDiagnostics(doc.uri).some((d) => d.code === 'orphaned-mark'), { message: 'the problem to go' });

    await vscode.commands.executeCommand('newsAnnotator.deleteMark', doc.uri, 'orphan1');
    assert.deepStrictEqual((await sidecarOnDisk()).marks, []);
  });
});

describe('verification across the workspace: the view and the report', function () {
  this.timeout(120_000);
  forgetDeletedSidecars();

  const group = (roots: { label: string; description?: string; children?: { label: string; description?: string }[] }[], label: string) => roots.find((r) => r.label === label);

  it('the Verification view lists quotations by status with counts, "N to check" in its title, and filters to what is left', async () => {
    const { doc, inside } = await openAtQuotation();
    const { verification } = await api();
    const before = await verification.verificationTree();
    const uncheckedBefore = Number(group(before.roots, 'Not checked')?.description);
    assert.ok(uncheckedBefore > 10, `the seeds' quotations are not checked: ${JSON.stringify(before.roots.map((r) => [r.label, r.description]))}`);
    assert.strictEqual(before.description, `${uncheckedBefore} to check`);

    await vscode.commands.executeCommand('newsAnnotator.markQuotation', doc.uri, inside, 'verified');
    const other = doc.offsetAt(positionOf(doc, 'We have been blunt', 3));
    await vscode.commands.executeCommand('newsAnnotator.markQuotation', doc.uri, other, 'disputed');
    // The view follows each mark in turn: wait for both.
    const after = await waitFor(async () => {
      const t = await verification.verificationTree();
      return group(t.roots, 'Verified')?.description === '1' && group(t.roots, 'Disputed')?.description === '1' && t;
    }, { message: 'the view to count the verified and the disputed quotation' });
    assert.strictEqual(group(after.roots, 'Disputed')?.description, '1');
    assert.strictEqual(group(after.roots, 'Not checked')?.description, String(uncheckedBefore - 2));
    assert.strictEqual(after.description, `${uncheckedBefore - 2} to check · 1 disputed`);
    const verified = group(after.roots, 'Verified')?.children ?? [];
    assert.strictEqual(verified.length, 1);
    assert.ok(verified[0].label.includes('At the same time') && verified[0].description?.startsWith(`${SEED}:`), JSON.stringify(verified[0]));

    await vscode.commands.executeCommand('newsAnnotator.verification.showUnchecked');
    try {
      const filtered = await verification.verificationTree();
      assert.ok(filtered.filtered);
      assert.deepStrictEqual(filtered.roots.map((r) => r.label), ['Disputed', 'Needs check', 'Not checked'], 'verified quotations are hidden');
      assert.match(filtered.description ?? '', /filtered/);
    } finally {
      await vscode.commands.executeCommand('newsAnnotator.verification.showAll');
    }
    assert.ok(group((await verification.verificationTree()).roots, 'Verified'), 'Show All brings them back');
  });

  it('the view lists orphaned marks', async () => {
    const orphan = { id: 'gone1', anchor: { quote: '“A quotation that was cut.”', before: '', after: '', offset: 5 }, status: 'verified', by: 'Ada', at: '2026-01-02T10:00:00Z' };
    fs.writeFileSync(sidecarPath(), `${JSON.stringify({ version: 1, article: SEED, marks: [orphan] }, null, 2)}\n`);
    const { verification } = await api();
    const tree = await waitFor(async () => {
      const t = await verification.verificationTree();
      return group(t.roots, 'Orphaned marks') && t;
    }, { message: 'an Orphaned marks group' });
    const orphans = group(tree.roots, 'Orphaned marks');
    assert.strictEqual(orphans?.description, '1');
    assert.deepStrictEqual(orphans?.children?.map((c) => c.label), ['“A quotation that was cut.”']);
  });

  it('the report shows verification progress per article', async () => {
    const { doc, inside } = await openAtQuotation();
    await vscode.commands.executeCommand('newsAnnotator.markQuotation', doc.uri, inside, 'verified');
    const { workspace } = await api();
    await vscode.commands.executeCommand('newsAnnotator.showReport');
    const html = await waitFor(() => {
      const h = workspace.lastReportHtml;
      return h?.includes('Verification progress') && h.includes(`<td>${SEED}</td><td class="n">1</td>`) && h;
    }, { message: 'the report to show the verified quotation' });
    assert.match(html, /1 of \d+ quotations checked/);
  });
});
