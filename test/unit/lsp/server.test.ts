// The language server (`news-annotate --lsp --stdio`, built) driven through a real JSON-RPC
// client: every method it offers, with the content the VS Code features show.
import * as assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, DocumentSymbol, Hover, InlayHint, Location, MarkupContent, Range, SemanticTokens, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../../src/analysis/analyze';
import { readSeed, runCli } from '../helpers';
import { decodeSemanticTokens } from '../../shared/semantic-tokens';
import { TestClient } from './client';

const SEED = readSeed('000_');
const URI = 'file:///articles/seeds/000.txt';
/** A new paragraph right after the headline that nobody is said to have said (a shorter one, such
 * as "This is unattributed.", is not reported, and one after a speaker's quotation continues it). */
const UNATTRIBUTED = '“This sentence is a quotation that nobody in the article said.”';
const AFTER_HEADLINE = { line: 1, character: 0 };
const INSERT = { range: { start: AFTER_HEADLINE, end: AFTER_HEADLINE }, text: `${UNATTRIBUTED}\n` };
const INSERTED = applyEdits(SEED, [{ range: INSERT.range, newText: INSERT.text }]);

/** The position of the `nth` occurrence of `needle` in `text` (plus `delta` characters). */
function positionOf(text: string, needle: string, nth = 0, delta = 0): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `"${needle}" #${nth} not in the text`);
  return TextDocument.create('x', 'x', 0, text).positionAt(at + delta);
}

const textAt = (text: string, r: Range): string => {
  const d = TextDocument.create('x', 'x', 0, text);
  return text.slice(d.offsetAt(r.start), d.offsetAt(r.end));
};

function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x', 'x', 0, text), edits);
}

describe('language server (news-annotate --lsp --stdio)', function () {
  let client: TestClient;

  beforeEach(async () => {
    client = await TestClient.start();
    await client.open(URI, SEED);
  });
  afterEach(async () => {
    assert.equal(await client.stop(), 0, 'the server exits with 0 after shutdown and exit');
  });

  it('publishes the engine diagnostics of the article, with the same codes and messages', async () => {
    const engine = analyze(SEED).diagnostics.filter((d) => d.code !== 'anonymous-source');
    const published = await client.diagnosticsFor(URI, undefined, 1);
    assert.deepEqual(
      published.map((d) => [d.code, d.message, d.source]),
      engine.map((d) => [d.code, d.message, 'news-annotator']),
    );
  });

  it('an inserted unattributed quotation gets an unattributed-quote warning after the edit', async () => {
    assert.ok(!(await client.diagnosticsFor(URI, undefined, 1)).some((x) => x.code === 'unattributed-quote'), 'none in the seed');
    const version = await client.change(URI, [INSERT]);
    const diags = await client.diagnosticsFor(URI, (d) => d.some((x) => x.code === 'unattributed-quote'), version);
    const d = diags.find((x) => x.code === 'unattributed-quote')!;
    assert.equal(d.severity, 2, 'warning by default');
    assert.equal(textAt(INSERTED, d.range), UNATTRIBUTED);
    assert.equal(d.message, analyze(INSERTED).diagnostics.find((x) => x.code === 'unattributed-quote')!.message);
  });

  it('incremental edits give the same results as opening the edited text afresh', async () => {
    let text = SEED;
    const edits = [
      { range: { start: positionOf(SEED, 'Thursday'), end: positionOf(SEED, 'Thursday', 0, 'Thursday'.length) }, text: 'on Friday' },
      INSERT,
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 7 } }, text: 'Beijing' },
      { range: { start: positionOf(INSERTED, 'Zheng', 1), end: positionOf(INSERTED, 'Zheng', 1, 5) }, text: 'Mr. Zheng' },
    ];
    let version = 1;
    for (const e of edits) {
      version = await client.change(URI, [e]);
      text = applyEdits(text, [{ range: e.range, newText: e.text }]);
    }
    const fresh = 'file:///articles/seeds/fresh.txt';
    await client.open(fresh, text);
    const incremental = await client.diagnosticsFor(URI, undefined, version);
    assert.deepEqual(await client.diagnosticsFor(fresh, undefined, 1), incremental);
    assert.ok(incremental.some((d) => d.code === 'unattributed-quote'));
    const [symbolsA, symbolsB] = await Promise.all([URI, fresh].map((uri) => client.request('textDocument/documentSymbol', { textDocument: { uri } })));
    assert.deepEqual(symbolsA, symbolsB);
    const [tokensA, tokensB] = await Promise.all([URI, fresh].map((uri) => client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } })));
    assert.ok(tokensA.data.length > 0);
    assert.deepEqual(tokensA.data, tokensB.data);
  });

  it('severity settings come through workspace/configuration and are re-read on didChangeConfiguration', async () => {
    await client.change(URI, [INSERT]);
    await client.diagnosticsFor(URI, (d) => d.some((x) => x.code === 'unattributed-quote' && x.severity === 2));
    const asked = client.configurationRequests.length;
    client.settings = { diagnostics: { unattributedQuote: 'error' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.diagnosticsFor(URI, (d) => d.some((x) => x.code === 'unattributed-quote' && x.severity === 1));
    assert.ok(client.configurationRequests.length > asked, 'the server asked for the settings again');
    client.settings = { 'diagnostics.unattributedQuote': 'off' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.diagnosticsFor(URI, (d) => !d.some((x) => x.code === 'unattributed-quote'));
  });

  it('hover on "Zheng" gives his role and quotations; on a date its value; on a quotation its speaker', async () => {
    const person = await client.request<Hover>('textDocument/hover', { textDocument: { uri: URI }, position: positionOf(SEED, 'Zheng', 1, 2) });
    const md = (person.contents as MarkupContent).value;
    assert.equal((person.contents as MarkupContent).kind, 'markdown');
    assert.match(md, /\*\*Zheng Zeguang\*\*/);
    assert.match(md, /Assistant Foreign Minister/);
    assert.match(md, /Quoted \d+ times?/);
    assert.match(md, /\]\(file:\/\/\/articles\/seeds\/000\.txt#L\d+\)/, 'links go to the article line');
    assert.equal(textAt(SEED, person.range!), 'Zheng');

    const date = await client.request<Hover>('textDocument/hover', { textDocument: { uri: URI }, position: positionOf(SEED, 'Thursday', 0, 1) });
    assert.match((date.contents as MarkupContent).value, /^\*\*Date\*\* “Thursday”/);

    const quote = await client.request<Hover>('textDocument/hover', { textDocument: { uri: URI }, position: positionOf(SEED, 'At the same time', 0, 3) });
    assert.match((quote.contents as MarkupContent).value, /^\*\*Quotation\*\* by \*\*Zheng Zeguang\*\*/);
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: URI }, position: { line: 2, character: 1 } }), null, 'nothing on "The"');
  });

  it('document symbols: the headline, then Speakers with their quotations, People and Dates', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: URI } });
    assert.equal(symbols[0].name, SEED.split('\n')[0]);
    assert.equal(symbols[0].detail, 'headline');
    const groups = symbols.slice(1).map((s) => s.name);
    assert.deepEqual(groups.filter((g) => g === 'Speakers' || g === 'Dates'), ['Speakers', 'Dates']);
    const speakers = symbols.find((s) => s.name === 'Speakers')!;
    const zheng = speakers.children!.find((s) => s.name === 'Zheng Zeguang');
    assert.ok(zheng, 'Zheng Zeguang is a speaker');
    assert.match(zheng.detail!, /Assistant Foreign Minister/);
    assert.ok(zheng.children!.length >= 1);
    assert.ok(zheng.children!.every((q) => q.kind === 15), 'quotations are String symbols');
    const dates = symbols.find((s) => s.name === 'Dates')!;
    assert.ok(dates.children!.some((d) => d.name === 'Thursday'));
  });

  it('code actions on an unattributed quotation: the template edit, and the accept command', async () => {
    const version = await client.change(URI, [INSERT]);
    const diag = (await client.diagnosticsFor(URI, (d) => d.some((x) => x.code === 'unattributed-quote'), version)).find((d) => d.code === 'unattributed-quote')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: URI }, range: diag.range, context: { diagnostics: [diag] } });
    assert.deepEqual(actions.map((a) => a.kind), ['quickfix', 'quickfix']);
    const [template, accept] = actions;
    assert.equal(template.title, 'Add an attribution after this quotation');
    const edits = (template.edit as WorkspaceEdit).changes![URI];
    assert.equal(applyEdits(INSERTED, edits).split('\n')[1], `${UNATTRIBUTED} the source said.`);
    assert.equal(accept.command!.command, 'newsAnnotator.acceptUnattributedQuote');

    const key = await client.request('workspace/executeCommand', { command: accept.command!.command, arguments: accept.command!.arguments });
    assert.equal(key, 'This sentence is a quotation that nobody in the article said.');
    await client.diagnosticsFor(URI, (d) => !d.some((x) => x.code === 'unattributed-quote'));
    const none = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: URI }, range: diag.range, context: { diagnostics: [] } });
    assert.deepEqual(none, [], 'an accepted quotation has no quick fixes');
  });

  it('references, highlights and definition of a person; rename changes every name mention', async () => {
    const pos = { textDocument: { uri: URI }, position: positionOf(SEED, 'Zheng', 1, 1) };
    const refs = await client.request<Location[]>('textDocument/references', { ...pos, context: { includeDeclaration: true } });
    assert.deepEqual(refs.map((r) => textAt(SEED, r.range)), ['Zheng Zeguang', 'Zheng']);
    const highlights = await client.request<{ range: Range }[]>('textDocument/documentHighlight', pos);
    assert.deepEqual(highlights.map((h) => h.range), refs.map((r) => r.range));
    const def = await client.request<Location>('textDocument/definition', pos);
    assert.equal(textAt(SEED, def.range), 'Zheng Zeguang');

    const prepared = await client.request<{ placeholder: string }>('textDocument/prepareRename', pos);
    assert.equal(prepared.placeholder, 'Zheng');
    const rename = await client.request<WorkspaceEdit>('textDocument/rename', { ...pos, newName: 'Wang Yi' });
    const renamed = applyEdits(SEED, rename.changes![URI]);
    assert.match(renamed, /Minister Wang Yi said/);
    assert.match(renamed, /,” Wang added/);
    await assert.rejects(
      client.request('textDocument/prepareRename', { textDocument: { uri: URI }, position: positionOf(SEED, '” he said', 0, 3) }),
      /Rename works on the name of a person/,
    );
  });

  it('inlay hints name the speaker behind a pronoun, unless turned off', async () => {
    const range = { start: { line: 0, character: 0 }, end: { line: SEED.split('\n').length, character: 0 } };
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: URI }, range });
    const he = positionOf(SEED, '” he said', 0, 4);
    const hint = hints.find((h) => h.position.line === he.line && h.position.character === he.character);
    assert.ok(hint, `a hint after "he": ${JSON.stringify(hints)}`);
    assert.match(String(hint.label), /^\(.*Obama\)$/);
    client.settings = { inlayHints: { enabled: false } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.diagnosticsFor(URI); // the settings are applied before the diagnostics are published again
    for (let i = 0; i < 50; i++) {
      const after = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: URI }, range });
      if (after.length === 0) return;
      await new Promise((r) => setTimeout(r, 20));
    }
    assert.fail('inlay hints still shown after newsAnnotator.inlayHints.enabled = false');
  });

  it('semantic tokens: people (quoted), dates and cues, with the legend of the VS Code feature', async () => {
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: URI } });
    const lines = SEED.split('\n');
    const decoded = decodeSemanticTokens(tokens.data).map((t) => ({ ...t, text: lines[t.line].slice(t.character, t.character + t.length) }));
    assert.ok(decoded.some((t) => t.text === 'Zheng Zeguang' && t.type === 0 && t.modifiers === 1), 'a quoted person');
    assert.ok(decoded.some((t) => t.text === 'Thursday' && t.type === 2), 'a date');
    assert.ok(decoded.some((t) => t.text === 'added' && t.type === 3), 'a cue');
  });
});

describe('language server: start-up', () => {
  it('runs only as `news-annotate --lsp --stdio`', () => {
    for (const args of [['--lsp'], ['--stdio'], ['--lsp', '--stdio', '--json']]) {
      const r = runCli(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /the language server runs as exactly `news-annotate --lsp --stdio`/);
    }
  });

  it('announces incremental sync, every method and the semantic token legend', async () => {
    const client = await TestClient.start();
    try {
      const caps = client.initializeResult.capabilities;
      assert.equal((caps.textDocumentSync as { change: number }).change, 2);
      for (const p of ['hoverProvider', 'documentSymbolProvider', 'codeActionProvider', 'referencesProvider', 'documentHighlightProvider', 'definitionProvider', 'renameProvider', 'inlayHintProvider']) {
        assert.ok(caps[p as keyof typeof caps], p);
      }
      assert.deepEqual(caps.semanticTokensProvider?.legend, { tokenTypes: ['person', 'organization', 'date', 'cue'], tokenModifiers: ['quoted'] });
    } finally {
      await client.stop();
    }
  });

  it('an article above maxFileSizeKB is not analysed until newsAnnotator.analyseNow', async () => {
    const client = await TestClient.start({ maxFileSizeKB: 1 });
    try {
      await client.open(URI, INSERTED);
      assert.deepEqual(await client.diagnosticsFor(URI, undefined, 1), []);
      assert.match(client.messages.join('\n'), /above the 1 KB limit .*newsAnnotator\.analyseNow/);
      assert.equal(await client.request('textDocument/hover', { textDocument: { uri: URI }, position: positionOf(INSERTED, 'Zheng', 1, 1) }), null);
      assert.equal(await client.request('workspace/executeCommand', { command: 'newsAnnotator.analyseNow', arguments: [URI] }), true);
      await client.diagnosticsFor(URI, (d) => d.some((x) => x.code === 'unattributed-quote'));
      assert.ok(await client.request('textDocument/hover', { textDocument: { uri: URI }, position: positionOf(INSERTED, 'Zheng', 1, 1) }));
    } finally {
      await client.stop();
    }
  });

  it('a client without workspace/configuration gives its settings in the initialization options', async () => {
    const client = await TestClient.start({}, {}, { newsAnnotator: { diagnostics: { unclosedQuote: 'hint' } } }, false);
    try {
      await client.open(URI, 'Headline\n\nShe said “this is never closed.\n');
      const diags = await client.diagnosticsFor(URI, (d: Diagnostic[]) => d.some((x) => x.code === 'unclosed-quote'));
      assert.equal(diags.find((x) => x.code === 'unclosed-quote')!.severity, 4);
      assert.equal(client.configurationRequests.length, 0);
    } finally {
      await client.stop();
    }
  });
});
