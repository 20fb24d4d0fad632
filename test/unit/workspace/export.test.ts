// Exports: JSON as the CLI's result objects, CSV with RFC 4180 quoting and no formula injection.
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/analysis/analyze';
import { toContract } from '../../../src/analysis/contract';
import { csvCell, exportCsv, exportJson, formatOfPath, parseCsv, CSV_COLUMNS } from '../../../src/workspace/export';
import { indexedFile } from '../../../src/workspace/index-model';

const ARTICLE = 'Bridge vote\n\nJane Doe, the mayor of Riverton, said the vote was "the best, ""really"" best\nchoice."\n\n"=HYPERLINK(1)" Doe said.\n\n"+1, -2 and @3," she said.\n';

describe('workspace export', () => {
  const result = analyze(ARTICLE);
  const file = indexedFile('news/a.news', 'file:///ws/news/a.news', ARTICLE, result);

  it('quotes cells per RFC 4180', () => {
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('two\nlines'), '"two\nlines"');
    assert.equal(csvCell(12), '12');
  });

  it('defuses spreadsheet formulas', () => {
    assert.equal(csvCell('=1+1'), "'=1+1");
    assert.equal(csvCell('+1'), "'+1");
    assert.equal(csvCell('-1'), "'-1");
    assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvCell('=A1,"x"'), `"'=A1,""x"""`);
    assert.equal(csvCell('a=1'), 'a=1');
  });

  it('writes one CSV row per quotation that parses back', () => {
    const csv = exportCsv([file]);
    assert.ok(csv.endsWith('\r\n'));
    const rows = parseCsv(csv);
    assert.deepEqual(rows[0], [...CSV_COLUMNS]);
    assert.equal(rows.length - 1, result.quotes.length);
    result.quotes.forEach((q, i) => {
      const row = rows[i + 1];
      assert.equal(row[0], 'news/a.news');
      assert.equal(row[1], String(ARTICLE.slice(0, q.start).split('\n').length));
      assert.equal(row[2].replace(/^'/, ''), q.text);
      assert.equal(row[3], q.speakerName ?? '');
      assert.equal(row[5], q.attribution);
    });
    const doe = rows.find((r) => r[3] === 'Jane Doe');
    assert.equal(doe?.[4], 'the mayor of Riverton');
  });

  it('adds the speaker’s stated gender, its evidence and the kind of source', () => {
    const rows = parseCsv(exportCsv([file]));
    const col = (name: string): number => rows[0].indexOf(name);
    assert.deepEqual([col('speaker gender'), col('gender evidence'), col('kind of source')], [6, 7, 8]);
    const doe = rows.filter((r) => r[3] === 'Jane Doe');
    assert.ok(doe.length >= 2);
    // "she said" after Doe's quotation: the pronoun's antecedent is the one person named.
    for (const r of doe) assert.deepEqual([r[6], r[8]], ['female', 'official']);
    assert.match(doe[0]?.[7] ?? '', /she/);
    const plain = analyze('Vote\n\n"We won," Robert Kline said.\n');
    const row = parseCsv(exportCsv([indexedFile('b.news', 'file:///ws/b.news', 'Vote\n\n"We won," Robert Kline said.\n', plain)]))[1];
    assert.deepEqual([row?.[6], row?.[7], row?.[8]], ['not stated', '', 'unknown']);
  });

  it('writes JSON as an array of the CLI result objects with the relative path as id', () => {
    const parsed = JSON.parse(exportJson([file]));
    assert.ok(Array.isArray(parsed));
    assert.deepEqual(parsed[0], { ...toContract(result), id: 'news/a.news' });
  });

  it('takes the format from the file name', () => {
    assert.equal(formatOfPath('/tmp/x.CSV'), 'csv');
    assert.equal(formatOfPath('/tmp/x.json'), 'json');
    assert.equal(formatOfPath('/tmp/x.txt'), undefined);
  });
});
