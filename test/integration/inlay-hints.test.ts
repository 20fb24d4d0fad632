// Inlay hints (the resolved speaker after a pronoun source and at a continuation) and semantic
// tokens (people, dates, cues) in the real editor.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { nextAnalysis, openSeed, positionOf, resetSetting, setSetting, waitFor } from './helpers';
import { semanticTokens } from './queries';

const label = (h: vscode.InlayHint) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''));

async function hints(doc: vscode.TextDocument): Promise<vscode.InlayHint[]> {
  const all = new vscode.Range(0, 0, doc.lineCount, 0);
  return vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, all);
}

describe('inlay hints', () => {
  it('after “he” in “…,” he said: (Obama)', async () => {
    const { doc } = await openSeed();
    const afterHe = positionOf(doc, '” he said', 4);
    const at = (await hints(doc)).filter((h) => h.position.isEqual(afterHe));
    assert.deepStrictEqual(at.map(label), ['(Obama)']);
    assert.ok(at[0].paddingLeft);
  });

  it('a continuation quotation starts with its speaker’s name', async () => {
    const { doc } = await openSeed();
    const all = await hints(doc);
    const prepared = positionOf(doc, '“We are prepared to take');
    const anticipate = positionOf(doc, '“I would anticipate');
    assert.deepStrictEqual(all.filter((h) => h.position.isEqual(prepared)).map(label), ['Obama:']);
    assert.deepStrictEqual(all.filter((h) => h.position.isEqual(anticipate)).map(label), ['Josh Earnest:']);
    // Exactly these three in the seed: no hint where the source is named.
    assert.strictEqual(all.length, 3, all.map((h) => `${h.position.line}:${h.position.character} ${label(h)}`).join('; '));
  });

  it('one hint for a pronoun that is the source of two quotations', async () => {
    const { doc } = await openSeed('004_c32e53fb6d5fd023.txt');
    const all = await hints(doc);
    const seen = new Set<string>();
    for (const h of all) {
      const key = `${h.position.line}:${h.position.character}`;
      assert.ok(!seen.has(key), `two hints at ${key}: ${all.map(label).join(', ')}`);
      seen.add(key);
    }
    // “We’ll be there,” he said, “and we’ll bring the kids.” — he is Webb.
    const afterHe = positionOf(doc, '” he said, “and', 4);
    assert.deepStrictEqual(all.filter((h) => h.position.isEqual(afterHe)).map(label), ['(Marcus Webb)']);
  });

  it('only the requested range, and none when the setting is off', async () => {
    const { doc } = await openSeed();
    const line7 = doc.lineAt(7).range;
    const some = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, line7);
    assert.deepStrictEqual(some.map(label), ['(Obama)', 'Obama:']);
    try {
      await setSetting('inlayHints.enabled', false);
      await waitFor(async () => (await hints(doc)).length === 0, { message: 'no hints with the setting off' });
    } finally {
      await resetSetting('inlayHints.enabled');
    }
    await waitFor(async () => (await hints(doc)).length === 3, { message: 'the hints back' });
  });
});

describe('semantic tokens', () => {
  it('marks people (quoted), dates and cues', async () => {
    const { doc } = await openSeed();
    const decoded = (await semanticTokens(doc)).map(({ length: _, ...t }) => t);
    const find = (text: string, pos?: vscode.Position) => decoded.find((t) => t.text === text && (!pos || t.start.isEqual(pos)));
    assert.deepStrictEqual(find('Zheng Zeguang'), { text: 'Zheng Zeguang', type: 'person', modifiers: ['quoted'], start: positionOf(doc, 'Zheng Zeguang') });
    assert.strictEqual(find('Xi Jinping')?.type, 'person');
    assert.deepStrictEqual(find('Xi Jinping')?.modifiers, [], 'Xi is mentioned, not quoted');
    assert.strictEqual(find('he', positionOf(doc, '” he said', 2))?.type, 'person', 'the pronoun source of a quotation');
    assert.strictEqual(find('Sept. 25')?.type, 'date');
    assert.strictEqual(find('added')?.type, 'cue');
  });

  it('marks a name at the start of a line as a person (seeds/004: “Frost said…”, “Webb said…”)', async () => {
    const { doc, editor } = await openSeed('004_c32e53fb6d5fd023.txt');
    // Editor lines 10 and 12 (0-based 9 and 11) open with the surname alone.
    const expectAtLineStarts = async (frostLine: number, webbLine: number, when: string) => {
      assert.strictEqual(doc.lineAt(frostLine).text.slice(0, 6), 'Frost ');
      assert.strictEqual(doc.lineAt(webbLine).text.slice(0, 5), 'Webb ');
      const decoded = await semanticTokens(doc);
      const at = (line: number) => decoded.filter((t) => t.start.line === line && t.start.character === 0).map((t) => [t.type, t.length, t.text]);
      assert.deepStrictEqual(at(frostLine), [['person', 5, 'Frost']], `“Frost” at the start of line ${frostLine + 1} (${when})`);
      assert.deepStrictEqual(at(webbLine), [['person', 4, 'Webb']], `“Webb” at the start of line ${webbLine + 1} (${when})`);
      // The mid-line mentions of the same people are marked too.
      assert.strictEqual(decoded.find((t) => t.text === 'Angela Frost')?.type, 'person');
      assert.strictEqual(decoded.find((t) => t.text === 'Marcus Webb')?.type, 'person');
    };
    await expectAtLineStarts(9, 11, 'as opened');
    // After an edit above them (the paragraphs below are reused from the analyser's cache).
    const analysed = nextAnalysis(doc);
    await editor.edit((e) => e.insert(new vscode.Position(5, 0), 'A new paragraph.\n'));
    await analysed;
    await expectAtLineStarts(10, 12, 'after a line is inserted above');
  });
});
