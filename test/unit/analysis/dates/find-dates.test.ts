import * as assert from 'assert';
import { findDates, findReferenceDate } from '../../../../src/analysis/dates/find-dates';
import { fmtIsoWeek } from '../../../../src/analysis/dates/calendar';
import { assertLinear, readSeed } from '../../helpers';

/** [text, value] pairs of the dates found in one sentence. */
function dates(s: string, ref: string | null = '2015-09-17'): [string, string | null][] {
  return findDates(s, ref).map((d) => [d.text, d.value]);
}

/** The single date in a sentence, with its offsets checked. */
function one(s: string, ref: string | null = '2015-09-17'): [string, string | null] {
  const found = findDates(s, ref);
  assert.strictEqual(found.length, 1, `expected one date in ${JSON.stringify(s)}, got ${JSON.stringify(found)}`);
  const d = found[0];
  assert.strictEqual(s.slice(d.start, d.end), d.text);
  return [d.text, d.value];
}

// 2015-09-17 is a Thursday.
describe('dates: the seed article', () => {
  it('finds exactly its 10 date expressions with their values', () => {
    const paragraphs = readSeed('000').split('\n');
    const found: [number, string, string | null][] = [];
    let offset = 0;
    for (const p of paragraphs) {
      for (const d of findDates(p, '2015-09-17')) {
        assert.strictEqual(p.slice(d.start, d.end), d.text);
        found.push([offset + d.start, d.text, d.value]);
      }
      offset += p.length + 1;
    }
    assert.deepStrictEqual(found, [
      [98, 'Thursday', '2015-09-17'],
      [275, 'one day after', null],
      [508, 'next week', '2015-W39'],
      [953, 'Wednesday', '2015-09-16'],
      [1906, 'this month', '2015-09'],
      [2213, 'Wednesday', '2015-09-16'],
      [2397, 'this week', '2015-W38'],
      [2512, 'next week', '2015-W39'],
      [3260, 'Monday', '2015-09-14'],
      [3424, 'Sept. 25', '2015-09-25'],
    ]);
  });
});

describe('dates: patterns', () => {
  it('weekdays, with a time of day as one expression', () => {
    assert.deepStrictEqual(one('The mayor resigned on Tuesday.'), ['Tuesday', '2015-09-15']);
    assert.deepStrictEqual(one('Police arrived Monday morning.'), ['Monday morning', '2015-09-14TMO']);
    assert.deepStrictEqual(one('The storm hit late Sunday night.'), ['late Sunday night', '2015-09-13TNI']);
  });

  it('month and day, with or without year and weekday', () => {
    assert.deepStrictEqual(one('The vote was held on September 25, 2014.'), ['September 25, 2014', '2014-09-25']);
    assert.deepStrictEqual(one('It opened 25 September 2012 in Leeds.'), ['25 September 2012', '2012-09-25']);
    assert.deepStrictEqual(one('The fair closed Aug. 30.'), ['Aug. 30', '2015-08-30']);
    assert.deepStrictEqual(one('Results came out Friday, Sept. 11: bad ones.'), ['Friday, Sept. 11', '2015-09-11']);
  });

  it('months alone and with a year', () => {
    assert.deepStrictEqual(one('Sales fell in March.'), ['March', '2015-03']);
    assert.deepStrictEqual(one('The plant closed in March 2013.'), ['March 2013', '2013-03']);
    assert.deepStrictEqual(one('Prices peaked in mid-July.'), ['mid-July', '2015-07']);
    assert.deepStrictEqual(dates('You may march if you like.'), []);
    assert.deepStrictEqual(dates('June Carter sang.'), []);
  });

  it('years and decades', () => {
    assert.deepStrictEqual(one('The law passed in 1998.'), ['1998', '1998']);
    assert.deepStrictEqual(one('Profits rose in fiscal 2014.'), ['fiscal 2014', '2014']);
    assert.deepStrictEqual(one('It was built in the 1960s.'), ['the 1960s', '196']);
    assert.deepStrictEqual(dates('The army sent 2000 troops.'), []);
    assert.deepStrictEqual(dates('Copyright 2015 The Daily Planet.'), []);
    assert.deepStrictEqual(dates('It cost $1999 and rose 2010%.'), []);
  });

  it('relative expressions', () => {
    assert.deepStrictEqual(one('The board meets next week.'), ['next week', '2015-W39']);
    assert.deepStrictEqual(one('Sales rose this month.'), ['this month', '2015-09']);
    assert.deepStrictEqual(one('Sales rose last year.'), ['last year', '2014']);
    assert.deepStrictEqual(one('Sales will rise next month.'), ['next month', '2015-10']);
    assert.deepStrictEqual(one('Officials met earlier this week.'), ['this week', '2015-W38']);
    assert.deepStrictEqual(one('Rates may rise early next year.'), ['early next year', '2016']);
    assert.deepStrictEqual(one('He left yesterday.'), ['yesterday', '2015-09-16']);
    assert.deepStrictEqual(one('We vote today.'), ['today', '2015-09-17']);
    assert.deepStrictEqual(one('We vote tomorrow.'), ['tomorrow', '2015-09-18']);
    assert.deepStrictEqual(one('She quit two weeks ago.'), ['two weeks ago', '2015-09-03']);
    assert.deepStrictEqual(one('It came one day after the raid.'), ['one day after', null]);
    // With no date before it in the paragraph, "earlier" counts back from the reference date (anchored.ts).
    assert.deepStrictEqual(one('The deal closed a year earlier.'), ['a year earlier', '2014-09-17']);
  });

  it('"the year" of results is the reference year; "the year ended ..." is a span', () => {
    assert.deepStrictEqual(one('Profit for the full year doubled.'), ['the full year', '2015']);
    assert.deepStrictEqual(one('Costs will weigh on the fiscal year.'), ['the fiscal year', '2015']);
    assert.deepStrictEqual(one('Shares hit a low for the year, then rallied.'), ['the year', '2015']);
    assert.deepStrictEqual(dates('Profit for the year ended June 30 rose.'), [['June 30', '2015-06-30']]);
    assert.deepStrictEqual(dates('It was the year 2000 all over again.'), [['2000', '2000']]);
    assert.deepStrictEqual(dates("It beat the year's forecast."), []);
  });

  it('numeric dates and clock times', () => {
    assert.deepStrictEqual(one('Filed 9/17/2015 in court.'), ['9/17/2015', '2015-09-17']);
    assert.deepStrictEqual(one('Filed 2015-09-17 in court.'), ['2015-09-17', '2015-09-17']);
    assert.deepStrictEqual(one('Polls close at 10 p.m. Wednesday.'), ['10 p.m. Wednesday', '2015-09-16T22:00']);
    assert.deepStrictEqual(dates('Mix 1/2 cup of flour.'), []);
  });

  it('keeps show names and recurring days out', () => {
    assert.deepStrictEqual(dates('He spoke on ABC\'s "This Week" about it.'), []);
    assert.deepStrictEqual(dates('Flights leave each Thursday.'), []);
  });
});

describe('dates: values', () => {
  it('are null without a reference date unless the text gives the year', () => {
    assert.deepStrictEqual(dates('He left Thursday, next week, in March, on Sept. 25 and yesterday.', null), [
      ['Thursday', null], ['next week', null], ['March', null], ['Sept. 25', null], ['yesterday', null],
    ]);
    assert.deepStrictEqual(dates('It began on Sept. 25, 2015, in 1998 and in March 2013.', null), [
      ['Sept. 25, 2015', '2015-09-25'], ['1998', '1998'], ['March 2013', '2013-03'],
    ]);
  });

  it('weekdays look back in past text and ahead in future text', () => {
    assert.deepStrictEqual(one('The senator said Friday that he had voted.'), ['Friday', '2015-09-11']);
    assert.deepStrictEqual(one('The senator will vote Friday.'), ['Friday', '2015-09-18']);
    assert.deepStrictEqual(one('The hearing is scheduled for Monday.'), ['Monday', '2015-09-21']);
    assert.deepStrictEqual(one('They met last Thursday.'), ['last Thursday', '2015-09-10']);
    assert.deepStrictEqual(one('They meet next Thursday.'), ['next Thursday', '2015-09-24']);
    // The reference day itself, past or future.
    assert.deepStrictEqual(one('The senator said Thursday that he would vote.'), ['Thursday', '2015-09-17']);
    assert.deepStrictEqual(one('The senator will vote Thursday.'), ['Thursday', '2015-09-17']);
  });

  it('month and day take the year nearest the reference date', () => {
    // Decision: "Dec. 30" read on 2016-01-02 is the December just past.
    assert.deepStrictEqual(one('The fire started Dec. 30.', '2016-01-02'), ['Dec. 30', '2015-12-30']);
    assert.deepStrictEqual(one('Trading resumes Jan. 4.', '2015-12-28'), ['Jan. 4', '2016-01-04']);
    // A clear past tense wins over a nearer future date.
    assert.deepStrictEqual(one('The fiscal year ended March 31.', '2015-11-01'), ['March 31', '2015-03-31']);
  });

  it('ISO weeks follow the year of their Thursday', () => {
    assert.strictEqual(fmtIsoWeek({ y: 2016, m: 1, d: 2 }), '2015-W53');
    assert.strictEqual(fmtIsoWeek({ y: 2014, m: 12, d: 29 }), '2015-W01');
    assert.strictEqual(fmtIsoWeek({ y: 2015, m: 9, d: 17 }), '2015-W38');
    assert.deepStrictEqual(one('Talks resume next week.', '2015-12-28'), ['next week', '2016-W01']);
    assert.deepStrictEqual(one('Talks ended last week.', '2016-01-06'), ['last week', '2015-W53']);
  });

  it('offsets are exact in a longer paragraph', () => {
    const p = 'On Monday, the council said that by the end of the year, and no later than March 2016, it will act.';
    for (const d of findDates(p, '2015-09-17')) assert.strictEqual(p.slice(d.start, d.end), d.text);
    assert.deepStrictEqual(dates(p), [['Monday', '2015-09-14'], ['the end of the year', '2015-12'], ['March 2016', '2016-03']]);
  });
});

describe('dates: speed', () => {
  it('is linear on a 2 MB single line', () => {
    const sentence = 'The minister said Thursday that talks resume next week, Sept. 25, after 1998 ';
    assert.ok(findDates(sentence.repeat(26000), '2015-09-17').length > 100000);
    assertLinear('a line of dates', (n) => sentence.repeat(n), (s) => findDates(s, '2015-09-17'), 3250);
    for (const [unit, n] of [['a', 2.5e5], ['1', 2.5e5], [' ', 2.5e5], ['12/', 87_500]] as const) {
      assertLinear(`"${unit}" repeated`, (k) => unit.repeat(k), (s) => findDates(s, null), n);
    }
  });
});

describe('findReferenceDate', () => {
  it('reads datelines and publication lines', () => {
    assert.strictEqual(findReferenceDate('WASHINGTON, Sept. 17, 2015 — The Senate voted.'), '2015-09-17');
    assert.strictEqual(findReferenceDate('Updated March 5, 2024\nPublished March 4, 2024\nText'), '2024-03-04');
    assert.strictEqual(findReferenceDate('Updated 9/17/2015 10:00 a.m.\nIt began 2010-01-01.'), '2015-09-17');
    assert.strictEqual(findReferenceDate('2015-09-17\nA headline\nBody.'), '2015-09-17');
    assert.strictEqual(findReferenceDate('No date here. In 1998 things happened on Monday.'), null);
  });
});

describe('dates: holidays', () => {
  it('puts a holiday without a year on its nearest date', () => {
    // Thanksgiving 2024 is the fourth Thursday of November.
    assert.deepStrictEqual(one('The boat capsized on Thanksgiving Day off the coast.', '2025-01-10'), ['Thanksgiving Day', '2024-11-28']);
    // Election Day: the Tuesday after the first Monday of November.
    assert.deepStrictEqual(one('Ads will run until Election Day, the campaign said.', '2026-10-20'), ['Election Day', '2026-11-03']);
    assert.deepStrictEqual(one('Shops were closed on Christmas.', '2027-01-03'), ['Christmas', '2026-12-25']);
  });

  it('reads last and next, and the last Monday of a month', () => {
    assert.deepStrictEqual(one('She moved there last Thanksgiving.', '2025-03-02'), ['last Thanksgiving', '2024-11-28']);
    assert.deepStrictEqual(one('The pool opens on Memorial Day.', '2025-05-01'), ['Memorial Day', '2025-05-26']);
    assert.deepStrictEqual(one('Fireworks are planned for the Fourth of July.', '2025-06-20'), ['the Fourth of July', '2025-07-04']);
  });

  it('needs the capitalised name', () => {
    assert.deepStrictEqual(findDates('a christmas tree and thanksgiving leftovers', '2025-01-10'), []);
  });
});
