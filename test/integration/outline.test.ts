// The Outline (document symbols): headline, speakers with their quotations, dates; ranges that
// navigate to the text and nest properly.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { allSymbols, documentSymbols, openSeed } from './helpers';

const SPEAKERS = ['Zheng Zeguang', 'Obama', 'Joe Wilson', 'Randy Forbes', 'Ron Johnson', 'Josh Earnest'];

describe('outline (document symbols)', () => {
  let doc: vscode.TextDocument;
  let symbols: vscode.DocumentSymbol[];

  beforeEach(async () => {
    ({ doc } = await openSeed());
    symbols = await documentSymbols(doc);
  });

  const groupNamed = (name: string): vscode.DocumentSymbol => {
    const g = symbols.find((s) => s.name === name);
    assert.ok(g, `a "${name}" group among ${symbols.map((s) => s.name).join(', ')}`);
    return g;
  };

  it('starts with the headline', () => {
    assert.strictEqual(symbols[0]?.name, 'Chinese official: Beijing willing to work with US on cybersecurity');
    assert.strictEqual(symbols[0].detail, 'headline');
    assert.strictEqual(symbols[0].range.start.line, 0);
  });

  it('groups the speakers in the order they are first quoted, each with its quotations', () => {
    const speakers = groupNamed('Speakers');
    assert.deepStrictEqual(speakers.children.map((c) => c.name), SPEAKERS);
    const quotes = (name: string) => speakers.children.find((c) => c.name === name)?.children.map((q) => q.name) ?? [];
    assert.strictEqual(quotes('Zheng Zeguang').length, 3);
    assert.ok(quotes('Zheng Zeguang')[2].startsWith('“At the same time, the Chinese government'), quotes('Zheng Zeguang')[2]);
    assert.deepStrictEqual(quotes('Obama').map((q) => q.slice(0, 20)), ['“an act of aggressio', '“We are preparing a ', '“We are prepared to ']);
    // One quotation said by both representatives is listed under each.
    assert.deepStrictEqual(quotes('Joe Wilson'), quotes('Randy Forbes'));
    assert.ok(quotes('Joe Wilson')[0].startsWith('“to let the world know'));
    assert.ok(quotes('Ron Johnson')[0].startsWith('“so the Chinese government realizes'));
    assert.strictEqual(quotes('Josh Earnest').length, 2);
    for (const s of speakers.children) {
      assert.ok(s.children.length > 0, `${s.name} has quotations`);
      for (const q of s.children) assert.strictEqual(q.kind, vscode.SymbolKind.String);
    }
    const earnest = speakers.children.find((c) => c.name === 'Josh Earnest');
    assert.strictEqual(earnest?.detail, 'White House press secretary');
  });

  it('lists the dates, "Sept. 25" among them', () => {
    const dates = groupNamed('Dates');
    const names = dates.children.map((d) => d.name);
    assert.ok(names.includes('Sept. 25'), names.join(', '));
    assert.ok(names.includes('Thursday'), names.join(', '));
  });

  it('puts the groups in a fixed order after the headline (as the position-sorted Outline shows them)', () => {
    const order = symbols.map((s) => s.name).slice(1);
    const expected = ['Speakers', 'Other sources', 'People', 'Dates'].filter((n) => order.includes(n));
    assert.deepStrictEqual(order, expected);
    // The Outline view sorts each level by range start: the same order results.
    const byPosition = [...symbols].sort((a, b) => a.range.start.compareTo(b.range.start) || a.range.end.compareTo(b.range.end)).map((s) => s.name);
    assert.deepStrictEqual(byPosition, symbols.map((s) => s.name));
    const speakers = groupNamed('Speakers').children;
    const sortedSpeakers = [...speakers].sort((a, b) => a.range.start.compareTo(b.range.start)).map((s) => s.name);
    assert.deepStrictEqual(sortedSpeakers, SPEAKERS);
  });

  it('a symbol navigates to its text: the selection range spells the name', () => {
    for (const s of allSymbols(symbols)) {
      if (s.kind === vscode.SymbolKind.Namespace) continue; // groups select their first child
      // An unnamed source is named as the article first describes it ("a White House official")
      // and selects the source of its first quotation ("the official").
      if (s.kind === vscode.SymbolKind.Object) continue;
      const text = doc.getText(s.selectionRange);
      if (s.kind === vscode.SymbolKind.String) {
        assert.ok(s.name.endsWith('…') ? text.replace(/\s+/g, ' ').startsWith(s.name.slice(0, -1)) : text === s.name, `quotation "${s.name}" selects "${text}"`);
      } else {
        assert.strictEqual(text, s.name, `${vscode.SymbolKind[s.kind]} "${s.name}"`);
      }
    }
    const sept = groupNamed('Dates').children.find((d) => d.name === 'Sept. 25');
    assert.strictEqual(doc.getText(sept?.range), 'Sept. 25');
    assert.strictEqual(sept?.range.start.line, 17);
  });

  it('every range contains its selection range and its children (a well-formed tree)', () => {
    const check = (s: vscode.DocumentSymbol, path: string): void => {
      assert.ok(s.range.contains(s.selectionRange), `${path}: range ${fmt(s.range)} contains selection ${fmt(s.selectionRange)}`);
      for (const c of s.children) {
        assert.ok(s.range.contains(c.range), `${path}: range ${fmt(s.range)} contains child ${c.name} ${fmt(c.range)}`);
        check(c, `${path} > ${c.name}`);
      }
    };
    for (const s of symbols) check(s, s.name);
  });
});

function fmt(r: vscode.Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}
