// People navigation: references, document highlights, go to definition and rename.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, openSeed, positionOf } from './helpers';

type Span = { start: number; end: number; text: string };

describe('people navigation', () => {
  let doc: vscode.TextDocument;

  beforeEach(async () => {
    ({ doc } = await openSeed());
  });

  /** The engine's own answer: the person's name mentions and the pronouns resolved to them. */
  async function engineSpans(name: string): Promise<{ mentions: Span[]; pronouns: Span[] }> {
    const result = await (await api()).analyses.resultOf(doc);
    assert.ok(result, 'the article is analysed');
    const person = result.people.find((p) => p.name === name);
    assert.ok(person, `the engine knows ${name} (people: ${result.people.map((p) => p.name).join(', ')})`);
    const pronouns = result.quotes.filter((q) => q.speaker === person.id && q.sourceKind === 'pronoun' && q.source).map((q) => q.source as Span);
    return { mentions: person.mentions, pronouns: [...new Map(pronouns.map((p) => [p.start, p])).values()] };
  }

  const spanOf = (r: vscode.Range) => ({ start: doc.offsetAt(r.start), end: doc.offsetAt(r.end), text: doc.getText(r) });
  const sorted = (spans: Span[]) => [...spans].sort((a, b) => a.start - b.start).map(({ start, end, text }) => ({ start, end, text }));

  it('references on "Earnest" return every mention the engine found', async () => {
    const at = positionOf(doc, 'Josh Earnest', 6);
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, at);
    const { mentions, pronouns } = await engineSpans('Josh Earnest');
    assert.ok(refs.every((r) => r.uri.toString() === doc.uri.toString()));
    assert.deepStrictEqual(sorted(refs.map((r) => spanOf(r.range))), sorted([...mentions, ...pronouns]));
    assert.ok(refs.some((r) => doc.getText(r.range) === 'Josh Earnest'), 'the name mention is among them');
  });

  it('references on "Obama" include both name mentions and the resolved “he”', async () => {
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, positionOf(doc, 'President Obama indicated', 11));
    const texts = refs.map((r) => doc.getText(r.range));
    const { mentions, pronouns } = await engineSpans('Obama');
    assert.deepStrictEqual(sorted(refs.map((r) => spanOf(r.range))), sorted([...mentions, ...pronouns]));
    assert.strictEqual(texts.filter((t) => t === 'Obama').length, 2, texts.join(', '));
    const he = positionOf(doc, '” he said', 2);
    assert.ok(refs.some((r) => r.range.start.isEqual(he) && doc.getText(r.range) === 'he'), `“he” of “…,” he said is a reference: ${texts.join(', ')}`);
  });

  it('document highlights on "Earnest" (and on "Zheng") match the references', async () => {
    for (const [needle, delta, name] of [['Josh Earnest', 6, 'Josh Earnest'], ['Zheng added', 1, 'Zheng Zeguang']] as const) {
      const at = positionOf(doc, needle, delta);
      const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', doc.uri, at);
      const { mentions, pronouns } = await engineSpans(name);
      assert.deepStrictEqual(sorted(highlights.map((h) => spanOf(h.range))), sorted([...mentions, ...pronouns]), name);
    }
  });

  it('go to definition goes to the first full mention', async () => {
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, positionOf(doc, 'Zheng added', 1));
    assert.strictEqual(defs.length, 1);
    const d = defs[0];
    const range = 'targetRange' in d ? d.targetRange : d.range;
    assert.strictEqual(doc.getText(range), 'Zheng Zeguang');
    assert.deepStrictEqual(range.start, positionOf(doc, 'Zheng Zeguang said'));

    const earnest = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, positionOf(doc, 'Josh Earnest', 8));
    const er = 'targetRange' in earnest[0] ? earnest[0].targetRange : earnest[0].range;
    assert.strictEqual(doc.getText(er), 'Josh Earnest');
  });

  it('rename of "Zheng" edits both mentions, keeping the surname-only mention a surname', async () => {
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, positionOf(doc, 'Zheng added', 1), 'Wang Yi');
    assert.ok(edit, 'a workspace edit');
    const edits = edit.get(doc.uri).sort((a, b) => a.range.start.compareTo(b.range.start));
    assert.deepStrictEqual(
      edits.map((e) => [doc.getText(e.range), e.newText]),
      [['Zheng Zeguang', 'Wang Yi'], ['Zheng', 'Wang']],
    );
    assert.deepStrictEqual(edit.entries().map(([uri]) => uri.toString()), [doc.uri.toString()], 'only this article is edited');
  });

  it('nothing to navigate on a word that is no person', async () => {
    const at = positionOf(doc, 'cybersecurity discussions', 3);
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, at);
    assert.deepStrictEqual(refs, []);
  });
});
