// Anchored expressions: "a year earlier", "that year", "the following month", "year-earlier".
import * as assert from 'node:assert';
import { findDates } from '../../../../src/analysis/dates/find-dates';

const valuesOf = (text: string, ref: string | null): [string, string | null][] => findDates(text, ref).map((d) => [d.text, d.value]);

describe('anchored date expressions', () => {
  it('reads "a year earlier" from the last date of the paragraph, else from the reference date', () => {
    assert.deepStrictEqual(valuesOf('The mill closed in 2004. A year earlier it had cut 300 jobs.', '2020-05-04'), [['2004', '2004'], ['A year earlier', '2003']]);
    assert.deepStrictEqual(valuesOf('Sales rose 4% from a year earlier.', '2020-05-04'), [['a year earlier', '2019-05-04']]);
  });

  it('keeps the quarter of the anchor', () => {
    assert.deepStrictEqual(valuesOf('Profit rose in the third quarter of 2019 from a year earlier.', '2020-05-04').map((x) => x[1]), ['2019-Q3', '2018-Q3']);
  });

  it('gives "later" a value only from an anchor in the paragraph', () => {
    assert.deepStrictEqual(valuesOf('Two weeks later the bridge reopened.', '2020-05-04'), [['Two weeks later', null]]);
    assert.deepStrictEqual(valuesOf('She left on March 3, 2019, and two weeks later the bridge reopened.', '2020-05-04').map((x) => x[1]), ['2019-03-03', '2019-03-17']);
  });

  it('reads "that year" and "the following year" from the last date', () => {
    assert.deepStrictEqual(valuesOf('The club was founded in 1921. That year it won the cup, and the following year it moved.', '2020-05-04').map((x) => x[1]), ['1921', '1921', '1922']);
    assert.deepStrictEqual(valuesOf('That year it won the cup.', '2020-05-04').map((x) => x[1]), [null]);
  });

  it('reads "year-earlier" as the year before the reference date', () => {
    assert.deepStrictEqual(valuesOf('Revenue beat year-earlier levels.', '2020-05-04'), [['year-earlier', '2019']]);
  });
});
