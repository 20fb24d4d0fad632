// Settings are values passed to an Analyzer, never module state: analyses with and without extra
// titles and cue verbs, interleaved, give exactly what fresh analysers give.
import * as assert from 'node:assert/strict';
import { analyze, Analyzer } from '../../../src/analysis/analyze';
import type { AnalyzeOptions } from '../../../src/analysis/types';

const TEXT = [
  'Bridge reopens',
  'Yesterday Cllr. Obi Nwosu opened the bridge in Millbrook.',
  '“It took far too long.” Nwosu grumbled.',
  '“We will not wait another year,” he grumbled again.',
].join('\n');

const WITH: AnalyzeOptions = { extraTitles: ['Cllr.'], extraCueVerbs: ['grumble'] };
const WITHOUT: AnalyzeOptions = {};

const fresh = (o: AnalyzeOptions) => new Analyzer(o).analyze(TEXT, { id: 'a' });

describe('analysis: settings are values, not module state', () => {
  it('the settings change the result (so the comparison below can fail)', () => {
    const a = fresh(WITH);
    const b = fresh(WITHOUT);
    assert.deepEqual(a.people.flatMap((p) => p.roles.map((r) => r.text)), ['Cllr.']);
    assert.deepEqual(b.people.flatMap((p) => p.roles.map((r) => r.text)), []);
    assert.equal(a.quotes[0]?.cue?.text, 'grumbled');
    assert.equal(b.quotes[0]?.cue, null);
  });

  it('interleaved analysers and one-off analyses give what fresh analysers give', () => {
    const expectedWith = fresh(WITH);
    const expectedWithout = fresh(WITHOUT);
    const withExtras = new Analyzer(WITH);
    const plain = new Analyzer(WITHOUT);
    for (let round = 0; round < 3; round++) {
      assert.deepEqual(withExtras.analyze(TEXT, { id: 'a' }), expectedWith, `round ${round}, with extras`);
      assert.deepEqual(plain.analyze(TEXT, { id: 'a' }), expectedWithout, `round ${round}, without`);
      assert.deepEqual(analyze(TEXT, { ...WITH, id: 'a' }), expectedWith, `round ${round}, analyze() with extras`);
      assert.deepEqual(analyze(TEXT, { id: 'a' }), expectedWithout, `round ${round}, analyze() without`);
    }
  });
});
