import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { findDates, unmetNeeds } from '../../../../src/analysis/dates/find-dates';
import { readRepoFile, readSeed, seedNames } from '../../helpers';

/** One phrase (or more) of every kind of date the rules find, in upper and lower case. */
const PHRASES = [
  'Filed 2015-09-17 and 9/17/15.', 'On Friday, Sept. 25, 2015 it rained.', 'On 25 September 2015 it rained.',
  'the 25th of September', 'at 10 p.m. Wednesday', 'at 16:00 GMT on Sunday', 'at noon today', 'at midnight',
  'last Thursday night', 'this coming Monday', 'last Christmas', "New Year's Eve", 'the Fourth of July',
  "St. Patrick's Day", 'Thanksgiving', 'Halloween', 'early tomorrow morning', 'this afternoon', 'last night',
  'tonight', 'earlier this week', 'the end of this month', 'the past year', 'the coming weekend', 'last summer',
  'that morning', 'the end of the year', 'year-end', "the year's end", 'over the weekend', 'two weeks ago',
  'a year earlier', 'about three years from now', 'years ago', 'a couple of days hence', 'for the full year',
  'the fiscal year', 'the day before yesterday', 'early next March', 'March of last year', 'mid-1996',
  'fiscal 1989', 'nineteen ninety-six', 'the year two thousand', "the late '80s", 'the 1990s', 'the nineties',
  'the 20th century', 'the first quarter of 2011', 'third-quarter', 'the fiscal second half', 'the latest quarter',
  'the year-ago period', 'year-earlier', 'right now', 'currently', 'until recently', 'these days', 'the near future',
  'in the past', 'the winter of 1994', 'summer 1990',
];

function paragraphsOf(text: string): string[] {
  return text.split(/\n+/).filter((p) => p.trim());
}

describe('dates: each rule\'s needs are a necessary condition of its matches', () => {
  it('no rule matches a paragraph its needs reject (phrases, seeds, fixture articles)', () => {
    const dir = path.join('test', 'fixtures', 'articles');
    const texts = [
      ...PHRASES, ...PHRASES.map((p) => p.toUpperCase()), ...PHRASES.map((p) => p.toLowerCase()),
      ...seedNames().flatMap((n) => paragraphsOf(readSeed(n))),
      ...fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).flatMap((f) => paragraphsOf(readRepoFile(path.join(dir, f)))),
    ];
    const misses = texts.flatMap((t) => unmetNeeds(t).map((rule) => `rule ${rule} in ${JSON.stringify(t.slice(0, 60))}`));
    assert.deepStrictEqual(misses, []);
    // The phrases do exercise the finder: every one of them is a date.
    const none = PHRASES.filter((p) => findDates(p, '2015-09-17').length === 0);
    assert.deepStrictEqual(none, []);
  });
});
