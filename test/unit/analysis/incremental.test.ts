// The incremental path is exact: an Analyzer that reuses the facts of unchanged paragraphs gives
// the same result, deep-equal, as a fresh analysis of the same text, whatever the edit.
import * as assert from 'node:assert/strict';
import { analyze, Analyzer, REFERENCE_DATE_WINDOW } from '../../../src/analysis/analyze';
import { findReferenceDate } from '../../../src/analysis/dates/find-dates';

import { readSeed as seed } from '../helpers';


/** Replaces the first occurrence of `from` (which must occur) with `to`. */
function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  assert.ok(at >= 0, `"${from}" occurs`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Runs the versions through one Analyzer; each result must equal a fresh analysis. */
function assertExact(versions: string[]): Analyzer {
  const analyzer = new Analyzer();
  versions.forEach((text, i) => {
    assert.deepStrictEqual(analyzer.analyze(text, { id: 'x' }), analyze(text, { id: 'x' }), `version ${i}`);
  });
  return analyzer;
}

describe('incremental analysis', () => {
  it('equals a fresh analysis after typing, deleting and undoing in one paragraph', () => {
    const v0 = seed('001');
    const v1 = edit(v0, 'the most important decision', 'the most importantt decision'); // one character more
    const v2 = edit(v1, 'Doe said.', 'Doe sai.'); // one less, in a name's paragraph
    const v3 = edit(v2, 'Jane Doe', 'Jane Dole'); // a name changes: people change
    const analyzer = assertExact([v0, v1, v2, v3, v0]);
    assert.equal(analyzer.stats.analysed, 2, 'undo re-analyses only the two edited paragraphs');
  });

  it('re-analyses only the changed paragraph of a long article', () => {
    const body = [seed('002'), seed('003'), seed('004')].join('\n\n');
    const v0 = body;
    const v1 = edit(v0, ' said', ' says');
    const analyzer = assertExact([v0, v1]);
    const content = (analyze(v1).paragraphs ?? []).filter((p) => p.kind !== 'footer').length;
    assert.ok(content > 10, `${content} paragraphs`);
    assert.deepEqual(analyzer.stats, { analysed: 1, reused: content - 1 });
  });

  it('equals a fresh analysis when paragraphs are split, joined, added, duplicated and removed', () => {
    const v0 = seed('002');
    const paras = v0.split('\n\n');
    const v1 = paras.slice(0, 3).join('\n\n') + '\n\n' + paras.slice(3).join(' '); // joined
    const v2 = v0.replace(/\. /, '.\n\n'); // a paragraph split in two
    const v3 = [...paras.slice(0, 4), paras[3], ...paras.slice(4)].join('\n\n'); // a duplicate
    const v4 = [paras[0], ...paras.slice(2)].join('\n\n'); // one removed
    const v5 = `${v0}\n\n“We will see,” she said.\n`; // one added at the end
    assertExact([v0, v1, v2, v3, v4, v5, v0]);
  });

  it('equals a fresh analysis when the reference date changes (dateline edited)', () => {
    const v0 = seed('001');
    const v1 = edit(v0, 'March 4, 2024', 'March 5, 2024');
    const v2 = edit(v0, 'Published Monday, March 4, 2024', 'Monday');
    assertExact([v0, v1, v2, v0]);
  });

  it('remembers the reference date for the top of the article only: findReferenceDate reads no further', () => {
    const dateline = 'Published March 4, 2024\n\n';
    const filler = 'The council met again on the bridge. '.repeat(40);
    assert.equal(findReferenceDate(dateline + filler), '2024-03-04');
    const late = filler.slice(0, REFERENCE_DATE_WINDOW) + '\n\n' + dateline + filler;
    assert.equal(findReferenceDate(late), null, 'a dateline past the window is not read');
    const v0 = `Headline\n\n${dateline}${filler}`;
    assertExact([v0, v0.replace('March 4', 'March 9'), v0.replace('met again', 'met')]);
  });

  it('equals a fresh analysis for the one-line-per-paragraph seed with CRLF and footer edits', () => {
    const v0 = seed('000');
    const v1 = v0.replace(/\n/g, '\r\n');
    const v2 = edit(v0, 'Copyright', 'Copyleft'); // the footer becomes body text
    const v3 = edit(v0, '\n', '\n\n'); // blank lines: the article changes format
    assertExact([v0, v1, v2, v3, v0]);
  });

  it('joins people again when a mention keeps its text but not its gender, role or place in the sentence', () => {
    const v0 = 'Bridge vote\n\nMr. Lee opened the meeting. “We start now,” Lee said.\n\nLater Quinn met Quinn and Quinn in the hall.\n';
    const v1 = edit(v0, 'Mr. Lee', 'Ms. Lee'); // the gender of "Lee" changes
    const v2 = edit(v0, 'Mr. Lee', 'Mayor Lee'); // a role appears
    const v3 = edit(v0, 'Later Quinn met Quinn', 'Later Quinn met. Quinn'); // a lone word opens a sentence
    const people = (text: string) => JSON.stringify(analyze(text).people);
    assert.notEqual(people(v1), people(v0));
    assert.notEqual(people(v2), people(v0));
    assert.notEqual(people(v3), people(v0));
    assertExact([v0, v1, v0, v2, v3, v0]);
  });

  it('equals a fresh analysis while typing above paragraphs that keep their text but move', () => {
    const v0 = [seed('002'), seed('003')].join('\n\n');
    const versions = [v0];
    for (let i = 0; i < 6; i++) versions.push(edit(versions[versions.length - 1], ' said', i % 2 ? ' said,' : '  said'));
    versions.push(versions[versions.length - 1].replace('\n\n', '\n\nA new paragraph, said Quinn Avery.\n\n'));
    assertExact(versions);
  });
});
