// Exports with marks: the six CSV columns and the JSON verification fields (src/workspace).
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/analysis/analyze';
import { anchorFor, applyMarks, correctedResult, Mark, reattach } from '../../../src/verification';
import { CSV_COLUMNS, exportCsv, exportJson, parseCsv } from '../../../src/workspace/export';
import { indexedFile } from '../../../src/workspace/index-model';

const TEXT = 'Budget passes\n\n“We balanced it,” said Treasurer Amal Reyes.\n\n“Nobody believed we could,” Councillor Tom Berg added.\n';

function marked(marks: (engineQuotes: ReturnType<typeof analyze>['quotes']) => Mark[]) {
  const engine = analyze(TEXT);
  const verified = applyMarks(engine, reattach(TEXT, engine.quotes, marks(engine.quotes)));
  const file = indexedFile('desk/budget.news', 'file:///desk/budget.news', TEXT, correctedResult(engine, verified));
  return { file, verified };
}

describe('exports with marks', () => {
  it('CSV: status, note, link, checked by, checked at and corrected speaker after the engine’s columns', () => {
    const { file, verified } = marked((q) => [
      { id: 'a1', anchor: anchorFor(TEXT, q[1]), status: 'disputed', note: 'no record', link: 'https://example.org/minutes', speaker: { kind: 'none' }, by: 'Ada', at: '2026-01-02T10:00:00Z' },
    ]);
    const rows = parseCsv(exportCsv([file], () => verified));
    assert.deepEqual(rows[0].slice(-6), ['status', 'note', 'link', 'checked by', 'checked at', 'corrected speaker']);
    assert.equal(rows[0].length, CSV_COLUMNS.length);
    const col = (name: string) => rows[0].indexOf(name);
    assert.deepEqual(rows[1].slice(col('status')), ['unchecked', '', '', '', '', '']);
    assert.deepEqual(rows[2].slice(col('status')), ['disputed', 'no record', 'https://example.org/minutes', 'Ada', '2026-01-02T10:00:00Z', '(no speaker in the text)']);
    assert.equal(rows[2][col('speaker')], '', 'the speaker column shows the correction');
  });

  it('CSV without marks: every quotation unchecked, the engine’s columns unchanged', () => {
    const { file } = marked(() => []);
    const rows = parseCsv(exportCsv([file]));
    const status = rows[0].indexOf('status');
    assert.deepEqual(rows.slice(1).map((r) => [r[3], r[status]]), [['Amal Reyes', 'unchecked'], ['Tom Berg', 'unchecked']]);
  });

  it('JSON: a verification object on the marked quotation only, and the article’s counts', () => {
    const { file, verified } = marked((q) => [{ id: 'a1', anchor: anchorFor(TEXT, q[0]), status: 'verified', by: 'Ada', at: '2026-01-02T10:00:00Z' }]);
    const [result] = JSON.parse(exportJson([file], () => verified)) as { quotes: { verification?: unknown }[]; verification: { counts: Record<string, number> } }[];
    assert.deepEqual(result.quotes[0].verification, { status: 'verified', checkedBy: 'Ada', checkedAt: '2026-01-02T10:00:00Z' });
    assert.equal(result.quotes[1].verification, undefined);
    assert.deepEqual(result.verification.counts, { verified: 1, 'needs-check': 0, disputed: 0, unchecked: 1, orphaned: 0 });
  });
});
