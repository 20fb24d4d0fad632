// Who is quoted, in the real editor: the person hover's gender and kind of source (with links to
// the spans that state them), the report's "Who is quoted" section, the News Sources view grouped
// by gender and by kind, and the setting that turns gender off.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, hoverText, openFile, positionOf, waitFor } from './helpers';
import { suiteFile, suiteSetting } from './isolation';

const ARTICLE = [
  'Harbour wall approved',
  '',
  '“We will build it this year,” said Mayor Ines Varga. She spoke at the pier on Monday.',
  '',
  '“It floods twice a year,” said Robert Kline, a professor of hydrology at Dunmore College.',
  '',
  '“Ask the council,” said Mr. Tom Berg, a teacher at the harbour school.',
  '',
].join('\n');
const FILE = 'desk/who-is-quoted.news';

async function openArticle(): Promise<vscode.TextDocument> {
  const { doc } = await openFile(...FILE.split('/'));
  return doc;
}

describe('who is quoted', function () {
  this.timeout(120_000);
  suiteFile(FILE, ARTICLE);

  it('the person hover shows the stated gender and the kind of source, with links to their spans', async () => {
    const doc = await openArticle();
    const md = await hoverText(doc, positionOf(doc, 'Ines Varga', 2));
    assert.match(md, /Gender as the article states it: \*\*woman\*\* — \[“She”\]\(command:newsAnnotator\.revealRange\?[^)]+\) line 3/, md);
    assert.match(md, /Kind of source: \*\*Official\*\* — from \[“Mayor”\]\(command:newsAnnotator\.revealRange\?[^)]+\) line 3/, md);
    const link = /\[“She”\]\(command:newsAnnotator\.revealRange\?([^)]+)\)/.exec(md);
    const [uri, start, end] = JSON.parse(decodeURIComponent(link?.[1] ?? '[]')) as [string, number, number];
    assert.strictEqual(uri, doc.uri.toString());
    assert.strictEqual(doc.getText().slice(start, end), 'She', 'the link selects the pronoun');
    const kline = await hoverText(doc, positionOf(doc, 'Robert Kline', 2));
    assert.match(kline, /Gender: \*not stated in this article\.\*/, kline);
    assert.match(kline, /Kind of source: \*\*Expert\*\*/, kline);
  });

  it('the report has a "Who is quoted" section: people and quotations by gender and by kind, with tables, per article too', async () => {
    const { workspace } = await api();
    await workspace.whenIndexed();
    await vscode.commands.executeCommand('newsAnnotator.showReport');
    const html = await waitFor(() => workspace.lastReportHtml?.includes('desk/who-is-quoted.news') && workspace.lastReportHtml, { message: 'the report with the article' });
    const section = html.slice(html.indexOf('<section aria-labelledby="who">'));
    assert.match(section, /<h2 id="who">Who is quoted<\/h2>/);
    assert.match(section, /<svg[^>]*class="chart"/);
    assert.match(section, /Table: people and quotations by gender/);
    assert.match(section, /Table: people and quotations by kind of source/);
    // This article's row: one woman, one man, one not stated, one quotation each.
    assert.match(section, /<td>desk\/who-is-quoted\.news<\/td><td class="n">1<\/td><td class="n">1<\/td><td class="n">1<\/td><td class="n">1<\/td><td class="n">1<\/td><td class="n">1<\/td><td>Official 1, Expert 1, Citizen 1<\/td>/);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('the News Sources view groups the people quoted by gender and by kind of source', async () => {
    const { workspace } = await api();
    await vscode.commands.executeCommand('newsAnnotator.sources.focus');
    try {
      await vscode.commands.executeCommand('newsAnnotator.sources.groupByGender');
      assert.strictEqual(workspace.grouping, 'gender');
      const byGender = await waitFor(() => {
        const tree = workspace.sourcesTree(2);
        return tree.some((g) => g.children?.some((c) => c.label === 'Tom Berg')) && tree;
      }, { message: 'the view grouped by gender' });
      const under = (label: string) => byGender.find((g) => g.label === label)?.children?.map((c) => c.label) ?? [];
      assert.ok(under('Women').includes('Ines Varga'), JSON.stringify(byGender));
      assert.ok(under('Men').includes('Tom Berg'), JSON.stringify(byGender));
      assert.ok(under('Not stated').includes('Robert Kline'), JSON.stringify(byGender));
      assert.deepStrictEqual(byGender.map((g) => g.label).filter((l) => ['Women', 'Men', 'Not stated'].includes(l)), byGender.map((g) => g.label), 'only gender headings at the top');

      await vscode.commands.executeCommand('newsAnnotator.sources.groupByKind');
      const byKind = workspace.sourcesTree(2);
      const kindOf = (name: string) => byKind.find((g) => g.children?.some((c) => c.label === name))?.label;
      assert.deepStrictEqual([kindOf('Ines Varga'), kindOf('Robert Kline'), kindOf('Tom Berg')], ['Official', 'Expert', 'Citizen']);
      assert.match(byKind[0]?.description ?? '', /^\d+ (?:person|people) · \d+ quotations?$/);
    } finally {
      await vscode.commands.executeCommand('newsAnnotator.sources.groupBySpeaker');
    }
    assert.strictEqual(workspace.grouping, 'speaker');
  });

  describe('with newsAnnotator.gender.enabled = false', () => {
    suiteSetting('gender.enabled', false);

    it('the hover shows no gender, only the kind of source', async () => {
      const doc = await openArticle();
      const md = await waitFor(async () => {
        const text = await hoverText(doc, positionOf(doc, 'Ines Varga', 2));
        return !/Gender/.test(text) && text;
      }, { message: 'a hover without gender' });
      assert.match(md, /Kind of source: \*\*Official\*\*/, md);
    });
  });
});
