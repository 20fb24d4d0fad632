// The Sources report: chart data, role groups, and HTML in which article text is only ever text.
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/analysis/analyze';
import { AnalysisResult } from '../../../src/analysis/types';
import { buildReportHtml, contentSecurityPolicy } from '../../../src/workspace/report-html';
import { buildReportModel, headWord, roleGroup } from '../../../src/workspace/report-model';
import { barChart, escapeHtml } from '../../../src/workspace/svg-charts';
import { workspaceModelOf as modelOf } from '../helpers';

const OPTIONS = { cspSource: 'https://example.test', nonce: 'abc123' };

describe('workspace report', () => {
  it('escapes HTML', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&amp;</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    assert.equal(escapeHtml('plain “text”'), 'plain “text”');
  });

  it('groups roles by head word', () => {
    assert.equal(headWord('the mayor of Riverton'), 'mayor');
    assert.equal(headWord('White House press secretary'), 'secretary');
    assert.equal(roleGroup(['Chinese Assistant Foreign Minister']), 'minister');
    assert.equal(roleGroup(['President']), 'president');
    assert.equal(roleGroup(['Sen.']), 'lawmaker');
    assert.equal(roleGroup(['Reps.']), 'lawmaker');
    assert.equal(roleGroup(['a spokesman for the ministry']), 'spokesperson');
    assert.equal(roleGroup(['A senior EU official']), 'official');
    assert.equal(roleGroup(['the only member to vote against the plan', 'Councilman']), 'lawmaker');
    assert.equal(roleGroup(['a baker']), 'other');
    assert.equal(roleGroup([]), 'none');
  });

  it('counts speakers, attribution shares and role kinds', () => {
    const model = modelOf({
      'a.news': 'Headline\n\nJane Doe, the mayor of Riverton, said: "One."\n\n"Two," Doe said. "Three."\n\n"Four," a senior official said.\n\n"Five."\n',
      'b.news': 'Headline\n\n"Six," Jane Doe said.\n',
    });
    const report = buildReportModel(model, 'Test');
    assert.equal(report.files, 2);
    assert.equal(report.speakers[0].name, 'Jane Doe');
    assert.equal(report.speakers[0].files, 2);
    const total = Object.values(report.shares).reduce((a, b) => a + b, 0);
    assert.equal(total, report.quotes);
    assert.ok(report.shares.anonymous >= 1, JSON.stringify(report.shares));
    // b.news states no role for Jane Doe: a.news's "mayor" counts for it.
    assert.equal(report.roleGroups.none, 0, JSON.stringify(report.roleGroups));
    assert.equal(report.roleGroups.official, report.speakers[0].count);
  });

  it('keeps the top 15 speakers', () => {
    const span = { start: 0, end: 1, text: 'x' };
    const result: AnalysisResult = {
      id: 'a',
      headline: null,
      dates: [],
      diagnostics: [],
      people: Array.from({ length: 20 }, (_, i) => ({ id: `p${i}`, name: `Person ${i}`, roles: [], affiliation: null, mentions: [span] })),
      quotes: Array.from({ length: 20 }, (_, i) => ({ ...span, speaker: `p${i}`, speakerName: `Person ${i}`, source: span, cue: null, attribution: 'explicit' as const, rule: 'cue-before' as const })),
    };
    const report = buildReportModel(modelOf({ 'a.news': result }), 'Many');
    assert.ok(report.speakerCount > 15, String(report.speakerCount));
    assert.equal(report.speakers.length, 15);
  });

  it('renders hostile article text only as escaped text, with a strict CSP and no script', () => {
    const article = 'Headline\n\nJohn Smith said: "<img src=x onerror=alert(1)> is what we saw."\n';
    const result = analyze(article);
    // A speaker name with markup in it, as no engine would produce but a report must survive.
    const hostile: AnalysisResult = {
      ...result,
      people: result.people.map((p) => ({ ...p, name: 'Eve <script>alert(2)</script>' })),
      quotes: result.quotes.map((q) => ({ ...q, speakerName: 'Eve <script>alert(2)</script>' })),
    };
    assert.ok(result.quotes.some((q) => q.text.includes('<img src=x onerror=alert(1)>')), 'the engine keeps the markup in the quotation');
    const html = buildReportHtml(buildReportModel(modelOf({ 'x<b>.news': hostile }), 'Report <i>x</i>'), OPTIONS);
    assert.ok(!html.includes('<img'), 'no img element');
    assert.ok(!html.includes('<script'), 'no script element');
    assert.ok(!/\son\w+=/i.test(html.replace(/&lt;img src=x onerror=alert\(1\)&gt;/g, '')), 'no event handler attribute');
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'), 'the quotation is shown as text');
    assert.ok(html.includes('Eve &lt;script&gt;alert(2)&lt;/script&gt;'), 'the name is shown as text');
    assert.ok(html.includes('Report &lt;i&gt;x&lt;/i&gt;'));
    assert.ok(!html.includes('<i>'));
    assert.ok(html.includes(`content="${escapeHtml(contentSecurityPolicy(OPTIONS.cspSource, OPTIONS.nonce))}"`));
    assert.match(contentSecurityPolicy('src', 'n'), /^default-src 'none'; style-src src 'nonce-n'; script-src 'none'/);
    assert.ok(!/style="/.test(html), 'no inline style attribute');
    assert.equal((html.match(/<style nonce="abc123">/g) ?? []).length, 1);
  });

  it('makes every bar focusable and named', () => {
    const svg = barChart([{ label: 'A & B', value: 3 }, { label: 'C', value: 0 }], { title: 'T' });
    assert.equal((svg.match(/tabindex="0"/g) ?? []).length, 2);
    assert.ok(svg.includes('aria-label="A &amp; B: 3"'));
    assert.ok(svg.includes('<title>A &amp; B: 3</title>'));
  });
});
