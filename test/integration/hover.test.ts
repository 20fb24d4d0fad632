// Hover in the real editor: people (by name, by title, by pronoun), quotations and dates.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { hoverText, openSeed, positionOf, waitFor } from './helpers';
import { suiteSetting } from './isolation';

describe('hover', () => {
  let doc: vscode.TextDocument;

  beforeEach(async () => {
    ({ doc } = await openSeed());
  });

  it('on "Zheng" in "Zheng added": his full name, role and quotations', async () => {
    const md = await hoverText(doc, positionOf(doc, 'Zheng added', 2));
    assert.match(md, /\*\*Zheng Zeguang\*\*/);
    assert.ok(md.includes('Chinese Assistant Foreign Minister'), md);
    assert.match(md, /Quoted 3 times/, md);
    assert.ok(md.includes('At the same time, the Chinese government'), `lists the quotation Zheng added:\n${md}`);
  });

  it('on "Johnson": the committee chairmanship and the party tag', async () => {
    const md = await hoverText(doc, positionOf(doc, 'Ron Johnson', 5));
    assert.ok(md.includes('Senate Homeland Security and Governmental Affairs Committee Chairman'), md);
    assert.ok(md.includes('R-Wis.'), md);
    assert.match(md, /\*\*Ron Johnson\*\*/);
  });

  it('on the pronoun of “…,” he said: names Obama', async () => {
    const md = await hoverText(doc, positionOf(doc, '” he said', 3));
    assert.match(md, /“he” refers to this person/, md);
    assert.match(md, /\*\*Obama\*\*/, md);
  });

  it('on a quotation: its speaker and its cue', async () => {
    const md = await hoverText(doc, positionOf(doc, 'At the same time, the Chinese government', 10));
    assert.match(md, /\*\*Quotation\*\* by \*\*Zheng Zeguang\*\*/, md);
    assert.match(md, /cue “added”/, md);
  });

  it('on a continuation: the speaker carried over', async () => {
    const md = await hoverText(doc, positionOf(doc, 'We are prepared to take', 5));
    assert.match(md, /\*\*Quotation\*\* by \*\*Obama\*\*/, md);
    assert.match(md, /continues the previous quotation/, md);
  });

  it('on a quotation: why it has its speaker, in words (the rule that attributed it)', async () => {
    const why = async (needle: string) => {
      const md = await hoverText(doc, positionOf(doc, needle, 5));
      const m = /Why: (.*)/.exec(md);
      assert.ok(m, `a "Why:" line in the hover on “${needle}…”:\n${md}`);
      return m[1];
    };
    assert.strictEqual(await why('At the same time, the Chinese government'), '*added* after the quotation; subject: Zheng.');
    assert.match(await why('We are preparing a number of measures'), /^\*said\* after the quotation; subject: he; pronoun \*he\* resolved to Obama: the last person named as a sentence subject/);
    assert.strictEqual(await why('We are prepared to take'), 'No cue of its own: continues Obama’s quotation from line 8.');
  });

  describe('with newsAnnotator.referenceDate = 2015-09-17', () => {
    suiteSetting('referenceDate', '2015-09-17');

    it('on "Sept. 25": 2015-09-25, a Friday', async () => {
      // The setting re-analyses the article; poll until the hover reflects it.
      const md = await waitFor(async () => {
        const text = await hoverText(doc, positionOf(doc, 'Sept. 25', 2));
        return text.includes('2015-09-25') && text;
      }, { message: 'the date hover to show 2015-09-25' });
      assert.match(md, /Friday/, md);
      assert.match(md, /“Sept\. 25”/, md);
    });
  });

  it('shows no raw engine data (ids, JSON, field names)', async () => {
    const positions = [positionOf(doc, 'Zheng added'), positionOf(doc, 'Ron Johnson'), positionOf(doc, 'Sept. 25'), positionOf(doc, '” he said', 3), positionOf(doc, 'substantial agreement')];
    for (const p of positions) {
      const md = await hoverText(doc, p);
      assert.ok(md.length > 0, `a hover at ${p.line}:${p.character}`);
      const visible = md.replace(/\]\(command:[^)]*\)/g, ']'); // link targets are not shown
      assert.doesNotMatch(visible, /\bp\d+\b|[{}]|"(speaker|start|end|value|sourceKind)"|\bnull\b|\bundefined\b|sourceKind|speakerName/, visible);
    }
  });
});
