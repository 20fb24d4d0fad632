import * as assert from 'assert';
import { findDates } from '../../../../src/analysis/dates/find-dates';

/** [text, value] pairs of the dates found in one sentence (reference 2015-09-17). */
function dates(s: string): [string, string | null][] {
  return findDates(s, '2015-09-17').map((d) => [d.text, d.value]);
}

describe('dates: present and vague references (TimeML PRESENT_REF, PAST_REF, FUTURE_REF)', () => {
  it('now, right now, currently, these days are the present', () => {
    assert.deepStrictEqual(dates('The mill now employs forty people.'), [['now', 'PRESENT_REF']]);
    assert.deepStrictEqual(dates('Right now the ferry is the only way across.'), [['Right now', 'PRESENT_REF']]);
    assert.deepStrictEqual(dates('The council currently meets in the library.'), [['currently', 'PRESENT_REF']]);
    assert.deepStrictEqual(dates('Few people farm these days.'), [['these days', 'PRESENT_REF']]);
  });
  it('recently, more recently, until recently, in the past are the past', () => {
    assert.deepStrictEqual(dates('The bakery recently doubled its prices.'), [['recently', 'PAST_REF']]);
    assert.deepStrictEqual(dates('More recently, it opened a second shop.'), [['More recently', 'PAST_REF']]);
    assert.deepStrictEqual(dates('Until recently, the road was unpaved.'), [['Until recently', 'PAST_REF']]);
    assert.deepStrictEqual(dates('In the past, the town flooded often.'), [['the past', 'PAST_REF']]);
  });
  it('the future and the near future are the future', () => {
    assert.deepStrictEqual(dates('She hopes to return in the near future.'), [['the near future', 'FUTURE_REF']]);
    assert.deepStrictEqual(dates('Nobody knows what the future holds.'), [['the future', 'FUTURE_REF']]);
  });
  it('leaves measured spans and compounds to other rules', () => {
    assert.deepStrictEqual(dates('Prices rose over the past year.'), [['the past year', '2014']]);
    assert.deepStrictEqual(dates('Sales fell in the past three months.'), []);
    assert.deepStrictEqual(dates('The now-defunct paper closed.'), []);
  });
});
