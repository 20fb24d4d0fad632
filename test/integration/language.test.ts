// The extension is there, activates on news articles, and the language is assigned to the seed
// articles and to .news files.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import {
  EXTENSION_ID, LANGUAGE_ID, SEED, activeExtension, openFile, openSeed, readWorkspaceFile,
  repoRoot, testMode, waitFor, writeWorkspaceFile,
} from './helpers';

describe('news-article language', () => {
  it('the extension is installed with the contributed language and is the build under test', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is among ${vscode.extensions.all.length} extensions`);
    const pkg = ext.packageJSON as { name: string; publisher: string; contributes: { languages: { id: string; extensions?: string[] }[] } };
    assert.strictEqual(`${pkg.publisher}.${pkg.name}`, EXTENSION_ID);
    const lang = pkg.contributes.languages.find((l) => l.id === LANGUAGE_ID);
    assert.ok(lang, 'contributes the news-article language');
    assert.deepStrictEqual(lang.extensions, ['.news']);
    const fromTree = path.resolve(ext.extensionPath) === repoRoot;
    if (testMode() === 'vsix') assert.ok(!fromTree, `the installed package is tested, not the working tree (${ext.extensionPath})`);
    else assert.ok(fromTree, `the working tree is loaded (${ext.extensionPath} vs ${repoRoot})`);
  });

  it(`opening seeds/${SEED} gives language ${LANGUAGE_ID} and activates the extension`, async () => {
    const { doc, editor } = await openSeed();
    assert.strictEqual(doc.languageId, LANGUAGE_ID);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), doc.uri.toString());
    assert.strictEqual(editor.document.lineAt(0).text, 'Chinese official: Beijing willing to work with US on cybersecurity');
    assert.strictEqual(doc.getText(), await readWorkspaceFile(SEED), 'the editor shows the whole article');
    if (testMode() === 'development') {
      assert.strictEqual(doc.getText(), fs.readFileSync(path.join(repoRoot, 'seeds', SEED), 'utf8'), 'the workspace is a copy of seeds/');
    }

    const ext = vscode.extensions.getExtension<{ languageId: string }>(EXTENSION_ID);
    assert.ok(ext);
    // onLanguage:news-article activates it; no explicit activate() call here.
    await waitFor(() => ext.isActive, { timeoutMs: 15_000, message: `${EXTENSION_ID} to become active` });
    assert.ok(ext.exports, 'activate() returned the extension API (it threw or returned nothing)');
    assert.strictEqual(ext.exports.languageId, LANGUAGE_ID);
  });

  it('a .news file gets the language, and its text is what was written', async () => {
    const text = 'Mayor opens bridge\n"It is a great day," Mayor Jane Doe said on Monday.\n';
    await writeWorkspaceFile('scratch/opening.news', text);
    const { doc } = await openFile('scratch', 'opening.news');
    assert.strictEqual(doc.languageId, LANGUAGE_ID);
    assert.strictEqual(doc.getText(), text);
    assert.strictEqual(doc.lineCount, 3);
  });

  it('a .txt file outside a seeds folder stays plain text', async () => {
    await writeWorkspaceFile('scratch/notes.txt', 'not an article\n');
    const { doc } = await openFile('scratch', 'notes.txt');
    assert.notStrictEqual(doc.languageId, LANGUAGE_ID);
    assert.strictEqual(doc.languageId, 'plaintext');
  });

  it('activation returns the language id through the API', async () => {
    const ext = await activeExtension();
    assert.strictEqual(ext.isActive, true);
    assert.strictEqual(ext.exports.languageId, LANGUAGE_ID);
  });
});
