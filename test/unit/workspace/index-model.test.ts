// The workspace index model: people merged across articles, roles from other articles, lines.
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/analysis/analyze';
import { indexedFile, lineOf, lineStartsOf, nameKey, plainRole, WorkspaceIndexModel } from '../../../src/workspace/index-model';

import { readSeed, seedNames, workspaceModelOf as modelOf } from '../helpers';


describe('workspace index model', () => {
  it('finds lines by offset', () => {
    const starts = lineStartsOf('ab\ncd\n\nef');
    assert.deepEqual(starts, [0, 3, 6, 7]);
    assert.equal(lineOf(starts, 0), 1);
    assert.equal(lineOf(starts, 2), 1);
    assert.equal(lineOf(starts, 3), 2);
    assert.equal(lineOf(starts, 7), 4);
    assert.equal(lineOf(starts, 99), 4);
  });

  it('folds names for merging', () => {
    assert.equal(nameKey('  Jane   DOE '), 'jane doe');
    assert.equal(plainRole('the mayor of Riverton'), 'mayor of Riverton');
  });

  it('merges a person across articles by full name, case-insensitively', () => {
    const model = modelOf({ 'a.news': 'Headline\n\n"We will build it," Jane Doe said.\n' });
    // The engine keeps names as written: an article spelling the name in capitals.
    const text = 'Headline\n\n"It is late," JANE  DOE said on Monday.\n';
    const b = analyze(text.replace('JANE  DOE', 'Jane Doe'));
    const shouting = { ...b, people: b.people.map((p) => ({ ...p, name: 'JANE  DOE' })) };
    model.set(indexedFile('b.news', 'file:///ws/b.news', text, shouting));
    const people = model.quotedPeople();
    assert.equal(people.length, 1, JSON.stringify(people.map((p) => p.name)));
    assert.equal(people[0].quotes.length, 2);
    assert.deepEqual(people[0].files, ['a.news', 'b.news']);
  });

  it('merges a surname-only person with the unique full name of that surname', () => {
    const model = modelOf({
      'a.news': 'Headline\n\nJane Doe, the mayor of Riverton, spoke on Monday.\n',
      'b.news': 'Headline\n\n"It is late," Doe said.\n',
    });
    const doe = model.find('Doe');
    assert.ok(doe);
    assert.equal(doe.name, 'Jane Doe');
    assert.equal(doe.quotes.length, 1);
    const roles = model.rolesElsewhere('Doe', 'file:///ws/b.news');
    assert.deepEqual(roles.map((r) => [r.text, r.file.id]), [['the mayor of Riverton', 'a.news']]);
    assert.deepEqual(model.rolesElsewhere('Jane Doe', 'file:///ws/a.news'), [], 'the same article is left out');
  });

  it('keeps a surname alone when two full names share it', () => {
    const model = modelOf({
      'a.news': 'Headline\n\nJane Doe and John Doe met.\n',
      'b.news': 'Headline\n\n"It is late," Doe said.\n',
    });
    assert.equal(model.find('Doe')?.name, 'Doe');
    assert.equal(model.find('Doe')?.quotes.length, 1);
  });

  it('indexes the seeds: every quotation with a person speaker is under that person', () => {
    const model = new WorkspaceIndexModel();
    let expected = 0;
    for (const f of seedNames()) {
      const text = readSeed(f);
      const result = analyze(text);
      expected += result.quotes.reduce((n, q) => n + (q.speaker ? 1 + (q.coSpeakers?.length ?? 0) : 0), 0);
      model.set(indexedFile(f, `file:///seeds/${f}`, text, result));
    }
    const total = model.quotedPeople().reduce((n, p) => n + p.quotes.length, 0);
    assert.equal(total, expected);
    const doe = model.find('Jane Doe');
    assert.ok(doe && doe.quotes.every((r) => r.file.id.startsWith('001_')));
    for (const p of model.quotedPeople()) for (const r of p.quotes) assert.equal(r.file.lineStarts[r.line - 1] <= r.quote.start, true);
  });

  it('forgets deleted files and folders', () => {
    const model = modelOf({ 'x/a.news': 'H\n\n"A," Jane Doe said.\n', 'x/b.news': 'H\n\n"B," Ann Lee said.\n', 'c.news': 'H\n\n"C," Bo Li said.\n' });
    assert.equal(model.deleteUnder('file:///ws/x'), 2);
    assert.deepEqual(model.all().map((f) => f.id), ['c.news']);
    assert.equal(model.delete('file:///ws/c.news'), true);
    assert.equal(model.quotedPeople().length, 0);
  });
});

describe('workspace model: line numbers', () => {
  it('counts lone CR and CRLF line ends as the editor does', () => {
    const starts = lineStartsOf('ab\rcd\r\nef\ngh');
    assert.deepEqual(starts, [0, 3, 7, 10]);
    assert.equal(lineOf(starts, 4), 2);
    assert.equal(lineOf(starts, 8), 3);
  });
});
