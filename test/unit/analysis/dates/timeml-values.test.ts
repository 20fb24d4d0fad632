import * as assert from 'assert';
import { findDates } from '../../../../src/analysis/dates/find-dates';
import { describeDateValue } from '../../../../src/analysis/dates/timeml';

/** [text, value] pairs of the dates found in one sentence; 2015-09-17 is a Thursday. */
function dates(s: string, ref: string | null = '2015-09-17'): [string, string | null][] {
  return findDates(s, ref).map((d) => [d.text, d.value]);
}

describe('dates: TimeML values for more than a day or less than a day', () => {
  it('quarters and halves', () => {
    assert.deepStrictEqual(dates('Sales rose in the first quarter of 2011.'), [['first quarter of 2011', '2011-Q1']]);
    assert.deepStrictEqual(dates('The firm reported a third-quarter loss.'), [['third-quarter', '2015-Q3']]);
    assert.deepStrictEqual(dates('It expects a better fourth quarter.'), [['fourth quarter', '2014-Q4']]);
    assert.deepStrictEqual(dates('Profit doubled in the first half.'), [['first half', '2015-H1']]);
    assert.deepStrictEqual(dates('Orders fell last quarter.'), [['last quarter', '2015-Q2']]);
    assert.deepStrictEqual(dates('The plant closes next quarter.', '2015-11-02'), [['next quarter', '2016-Q1']]);
  });
  it('weekends', () => {
    assert.deepStrictEqual(dates('The market is open this weekend.'), [['this weekend', '2015-W38-WE']]);
    assert.deepStrictEqual(dates('The storm hit last weekend.'), [['last weekend', '2015-W37-WE']]);
    assert.deepStrictEqual(dates('Two shops were burgled over the weekend.'), [['the weekend', '2015-W37-WE']]);
  });
  it('parts of days and times of day', () => {
    assert.deepStrictEqual(dates('The talks ended Friday afternoon.', '2013-03-23'), [['Friday afternoon', '2013-03-22TAF']]);
    assert.deepStrictEqual(dates('The mayor spoke this morning.'), [['this morning', '2015-09-17TMO']]);
    assert.deepStrictEqual(dates('Fire crews left last night.'), [['last night', '2015-09-16TNI']]);
    assert.deepStrictEqual(dates('The polls close at 9 p.m.'), [['9 p.m.', '2015-09-17T21:00']]);
    assert.deepStrictEqual(dates('The vote is at 16:00 GMT on Sunday.', '2013-03-23'), [['16:00 GMT on Sunday', '2013-03-17T16:00']]);
    assert.deepStrictEqual(dates('The doors open at noon Saturday.', '2015-09-17'), [['noon Saturday', '2015-09-12T12:00']]);
  });
  it('seasons: with a year, and last / this / next from the season the reference date is in', () => {
    assert.deepStrictEqual(dates('Prices rose in the summer of 1990.'), [['summer of 1990', '1990-SU']]);
    assert.deepStrictEqual(dates('The pier was rebuilt in late autumn 2003.'), [['late autumn 2003', '2003-FA']]);
    // 2015-09-17 is in autumn: last summer is this year's, last fall the year before's.
    assert.deepStrictEqual(dates('The pool closed last summer.'), [['last summer', '2015-SU']]);
    assert.deepStrictEqual(dates('The pool closed last fall.'), [['last fall', '2014-FA']]);
    assert.deepStrictEqual(dates('The pool opens next spring.'), [['next spring', '2016-SP']]);
    // A winter is named by the year of its December.
    assert.deepStrictEqual(dates('Snow is expected this winter.'), [['this winter', '2015-WI']]);
    assert.deepStrictEqual(dates('Snow fell this winter.', '2016-01-20'), [['this winter', '2015-WI']]);
    assert.deepStrictEqual(dates('The road closes next winter.', '2016-01-20'), [['next winter', '2016-WI']]);
  });
  it('decades and centuries', () => {
    assert.deepStrictEqual(dates('Rents doubled in the 1990s.'), [['the 1990s', '199']]);
    assert.deepStrictEqual(dates("The band formed in the late '70s."), [["the late '70s", '197']]);
    assert.deepStrictEqual(dates('Shipyards thrived in the sixties.'), [['the sixties', '196']]);
    assert.deepStrictEqual(dates('The abbey dates from the 11th century.'), [['the 11th century', '10']]);
    assert.deepStrictEqual(dates('It was the war of the 20th century.'), [['the 20th century', '19']]);
  });
  it('without a reference date, only what carries its own year', () => {
    assert.deepStrictEqual(dates('Sales rose in the first quarter of 2011.', null), [['first quarter of 2011', '2011-Q1']]);
    assert.deepStrictEqual(dates('The shop shut last weekend.', null), [['last weekend', null]]);
  });
});

describe('dates: describeDateValue puts a value in words', () => {
  it('covers every form of the value grammar', () => {
    const cases: [string, string][] = [
      ['2015-09-25', '25 September 2015'],
      ['2015-09', 'September 2015'],
      ['2015', '2015'],
      ['2015-W38', 'week 38 of 2015'],
      ['2010-W04-WE', 'the weekend of week 4 of 2010'],
      ['2011-Q1', 'the first quarter of 2011'],
      ['2011-H2', 'the second half of 2011'],
      ['2012-SU', 'summer 2012'],
      ['2013-03-22TAF', '22 March 2013, afternoon'],
      ['2013-03-23T15:00', '23 March 2013, 15:00'],
      ['199', 'the 1990s'],
      ['19', 'the 20th century'],
      ['20', 'the 21st century'],
      ['PRESENT_REF', 'the present'],
      ['PAST_REF', 'the past'],
      ['FUTURE_REF', 'the future'],
      ['P3Y', 'P3Y'],
    ];
    for (const [v, words] of cases) assert.strictEqual(describeDateValue(v), words, v);
  });
});
