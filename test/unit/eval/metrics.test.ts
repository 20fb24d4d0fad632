import * as assert from 'node:assert/strict';
import { nameMatch, scoreDates, scoreQuotes, scoreRoles, tokenF1, utf16Map } from '../../../scripts/eval/metrics';

describe('evaluation metrics', () => {
  it('maps code points to UTF-16 indices across astral characters', () => {
    assert.deepEqual(utf16Map('a😀b'), [0, 1, 3, 4]);
  });

  it('matches names by surname, ignoring titles', () => {
    assert.equal(nameMatch('President Obama', 'Barack Obama'), true);
    assert.equal(nameMatch('Sen. Smith', 'Jane Doe'), false);
    assert.equal(nameMatch('he', 'Barack Obama'), false);
  });

  it('computes token F1 without function words', () => {
    assert.equal(tokenF1('the White House press secretary', 'White House press secretary'), 1);
    assert.equal(tokenF1('mayor', 'governor'), 0);
  });

  it('scores quotes: recall, source accuracy and false alarms', () => {
    const text = '“Go now,” Smith said. “Stop,” he said.';
    const gold = [{
      id: 'a', text, quotes: [
        { start: 0, end: 9, closed: true, attribution: 'source', speaker: 'Smith', speaker_start: 10, speaker_end: 15 },
        { start: 22, end: 29, closed: true, attribution: 'source', speaker: 'he', speaker_start: 30, speaker_end: 32 },
      ],
    }];
    const sys = new Map([['a', {
      quotes: [
        { start: 0, end: 9, source: { start: 10, end: 15, text: 'Smith' }, speakerName: 'Smith' },
        { start: 22, end: 29, source: null, speakerName: null },
      ],
      diagnostics: [{ start: 22, end: 29, code: 'unattributed-quote' }],
    }]]);
    const s = scoreQuotes(gold, sys);
    assert.equal(s.quote_recall, 1);
    assert.equal(s.source_accuracy, 0.5);
    assert.equal(s.unattributed_false_alarm_rate, 0.5);
  });

  it('scores roles and dates', () => {
    const roles = scoreRoles(
      [{ id: 'a', people: [{ name: 'Jane Doe', roles: ['mayor of Riverton'], affiliation: 'D-N.Y.' }] }],
      new Map([['a', { people: [{ name: 'Jane Doe', mentions: [], roles: [{ text: 'the mayor of Riverton' }], affiliation: 'D-N.Y.' }] }]]),
    );
    assert.equal(roles.people_recall, 1);
    assert.equal(roles.role_f1, 1);
    assert.equal(roles.affiliation_recall, 1);
    const dates = scoreDates(
      [{ id: 'a', text: 'On Monday we met.', timexes: [{ start: 3, end: 9, type: 'DATE', value: '2015-09-14' }] }],
      new Map([['a', { dates: [{ start: 3, end: 9, value: '2015-09-14' }, { start: 13, end: 16, value: null }] }]]),
    );
    assert.equal(dates.date_recall, 1);
    assert.equal(dates.date_precision, 0.5);
    assert.equal(dates.value_accuracy, 1);
  });
});
