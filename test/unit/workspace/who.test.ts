// "Who is quoted": distinct people and quotations by stated gender and by kind of source, for the
// workspace and per article, and the report section that shows them.
import * as assert from 'node:assert/strict';
import { buildReportHtml } from '../../../src/workspace/report-html';
import { buildReportModel } from '../../../src/workspace/report-model';
import { buildWhoModel, mergedGender } from '../../../src/workspace/who-model';
import { workspaceModelOf as modelOf } from '../helpers';

const ARTICLES = {
  'a.news': 'Harbour plan\n\n“We will build it,” said Mayor Ines Varga. She spoke at the pier.\n\n“It floods,” said Robert Kline, a professor of hydrology at Dunmore College. “Twice a year.”\n\n“No comment,” a senior official said.\n',
  'b.news': 'Harbour plan again\n\n“The money is there,” Ines Varga said. Mrs. Varga smiled.\n\n“Ask the council,” said Mr. Tom Berg, a teacher at the harbour school.\n',
};

describe('who is quoted', () => {
  const model = modelOf(ARTICLES);

  it('counts each person once and their quotations, by gender as the articles state it', () => {
    const who = buildWhoModel(model);
    // Varga (female, both articles), Berg (male), Kline (not stated: no pronoun, no honorific).
    assert.deepEqual(who.gender.people, { female: 1, male: 1, unstated: 1 });
    assert.deepEqual(who.gender.quotes, { female: 2, male: 1, unstated: 2 });
  });

  it('counts people and quotations by kind of source, unnamed sources included', () => {
    const who = buildWhoModel(model);
    assert.equal(who.kind.people.official, 1);
    assert.equal(who.kind.people.expert, 1);
    assert.equal(who.kind.people.citizen, 1);
    assert.equal(who.kind.quotes.official, 2);
    assert.equal(who.kind.quotes.expert, 2);
    assert.equal(who.kind.quotes.anonymous, 1);
    assert.equal(who.notPeople, 1);
  });

  it('gives the same counts per article', () => {
    const [a, b] = buildWhoModel(model).articles;
    assert.equal(a?.file, 'a.news');
    assert.deepEqual(a?.gender.people, { female: 1, male: 0, unstated: 1 });
    assert.deepEqual(b?.gender.people, { female: 1, male: 1, unstated: 0 });
    assert.equal(a?.kind.quotes.anonymous, 1);
  });

  it('takes a gender only when the articles agree on it', () => {
    const p = (gender: 'male' | 'female' | null) => ({ person: { id: 'p1', name: 'X', roles: [], affiliation: null, mentions: [], gender } });
    assert.equal(mergedGender([p('female'), p(null)]), 'female');
    assert.equal(mergedGender([p('female'), p('male')]), 'unstated');
    assert.equal(mergedGender([p(null)]), 'unstated');
  });

  it('shows a "Who is quoted" section with charts and tables, or says gender is off', () => {
    const html = buildReportHtml(buildReportModel(model, 'Who'), { cspSource: '', nonce: 'n1' });
    const section = html.slice(html.indexOf('<section aria-labelledby="who">'));
    assert.match(section, /<h2 id="who">Who is quoted<\/h2>/);
    assert.match(section, /People quoted by gender as the articles state it/);
    assert.match(section, /<td>Women<\/td><td class="n">1<\/td><td class="n">33%<\/td><td class="n">2<\/td>/);
    assert.match(section, /Table: who is quoted, per article/);
    assert.match(section, /<td>a\.news<\/td><td class="n">1<\/td><td class="n">0<\/td><td class="n">1<\/td>/);
    assert.match(section, /Quotations by kind of source/);
    const off = buildReportHtml(buildReportModel(model, 'Who', 15, undefined, false), { cspSource: '', nonce: 'n1' });
    assert.match(off, /Gender is turned off/);
    assert.doesNotMatch(off, /People quoted by gender/);
  });
});
