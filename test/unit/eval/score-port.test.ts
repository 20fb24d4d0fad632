import * as assert from 'node:assert/strict';
import { quoteScorer, ratio, roundLikePython, scoreGender, scoreQuotes } from '../../../scripts/eval/metrics';
import { foldSpread, scoreCounts } from '../../../scripts/eval/report';

// An article written for this test: four sourced quotations, two of each kind.
const TEXT = '“Go,” Ann Reed said. Bo Park called it “a mess” today. “Stop,” Cy Lund said. Di Moss said it was “fine” then.';
const at = (s: string, from = 0): [number, number] => {
  const i = TEXT.indexOf(s, from);
  assert.ok(i >= 0, s);
  return [i, i + s.length];
};

function goldQuote(quote: string, speaker: string, kind: string | undefined): Record<string, unknown> {
  const [start, end] = at(quote);
  const [sStart, sEnd] = at(speaker);
  return { start, end, text: quote, closed: true, attribution: 'source', speaker, speaker_start: sStart, speaker_end: sEnd, ...(kind ? { kind } : {}) };
}

function sysQuote(quote: string, speakerName: string | null): Record<string, unknown> {
  const [start, end] = at(quote);
  return { start, end, source: null, speakerName };
}

const GOLD = [{
  id: 'k',
  text: TEXT,
  quotes: [
    goldQuote('“Go,”', 'Ann Reed', undefined), // no kind: counts as direct, as in score.py
    goldQuote('“a mess”', 'Bo Park', 'mixed'),
    goldQuote('“Stop,”', 'Cy Lund', 'direct'),
    goldQuote('“fine”', 'Di Moss', 'mixed'),
  ],
}];

// The expected figures were checked with score.py on these same records.
describe('eval: the port of score.py', () => {
  it('splits source accuracy by the gold kind, over the quotes the output found', () => {
    const sys = new Map([['k', {
      quotes: [sysQuote('“Go,”', 'Reed'), sysQuote('“a mess”', 'Park'), sysQuote('“Stop,”', 'Reed')], // “fine” not found
      diagnostics: [],
    }]]);
    const s = scoreQuotes(GOLD, sys);
    assert.equal(s.source_accuracy, 0.5); // 2 right of 4 sourced
    assert.equal(s.source_accuracy_when_found, 0.6667);
    assert.equal(s.source_accuracy_direct, 0.5); // Reed right, Lund given to Reed
    assert.equal(s.source_accuracy_mixed, 1); // Park right; the missed “fine” is not counted
  });

  it('has no split figure for a kind without found quotes', () => {
    const s = scoreQuotes(GOLD, new Map([['k', { quotes: [sysQuote('“Go,”', 'Reed')], diagnostics: [] }]]));
    assert.equal(s.source_accuracy_direct, 1);
    assert.equal(s.source_accuracy_mixed, null);
  });

  it('prints the figures in score.py order, with missing_docs last', () => {
    const s = scoreQuotes([...GOLD, { ...GOLD[0], id: 'absent' }], new Map([['k', { quotes: [], diagnostics: [] }]]));
    assert.equal(s.missing_docs, 1);
    assert.deepEqual(Object.keys(s).slice(5, 9), ['source_accuracy', 'source_accuracy_when_found', 'source_accuracy_direct', 'source_accuracy_mixed']);
    assert.equal(Object.keys(s).at(-1), 'missing_docs');
  });

  it('rounds like Python: exact binary value, ties to even', () => {
    assert.equal(ratio(1, 32), 0.0312); // 0.03125 is a tie: Python keeps the even 2
    assert.equal(ratio(3, 32), 0.0938);
    assert.equal(ratio(7, 32), 0.2188);
    assert.equal(ratio(2, 3), 0.6667);
    assert.equal(roundLikePython(0.12345), 0.1235); // the double is a little above the tie
    assert.equal(ratio(1, 0), null);
  });

  it('scores gender as stated against gender given', () => {
    const gold = [{ id: 'g', people: [
      { name: 'Ann Reed', gender: 'female', quoted: true },
      { name: 'Bo Park', gender: 'male', quoted: false },
      { name: 'Cy Lund', gender: null },
    ] }];
    const sys = new Map([['g', { people: [
      { name: 'Ann Reed', mentions: [], gender: 'female' },
      { name: 'Bo Park', mentions: [], gender: 'female' },
      { name: 'Cy Lund', mentions: [], gender: 'male' },
    ] }]]);
    const s = scoreGender(gold, sys);
    assert.equal(s.gender_coverage, 1);
    assert.equal(s.gender_accuracy, 0.5);
    assert.equal(s.gender_correct_quoted, 1);
    assert.equal(s.gender_unstated_but_given, 1);
  });

  it('pairs two people of one surname by surname as score.py does, and by full name in the diagnostic figure', () => {
    const gold = [{ id: 'g', people: [
      { name: 'Ann Reed', gender: 'female' },
      { name: 'Bo Reed', gender: 'male' },
    ] }];
    const sys = new Map([['g', { people: [
      { name: 'Bo Reed', mentions: [{ text: 'Reed' }], gender: 'male' },
      { name: 'Ann Reed', mentions: [], gender: 'female' },
    ] }]]);
    const s = scoreGender(gold, sys);
    assert.equal(s.gender_accuracy, 0.5, 'score.py pairs Ann Reed with the first Reed');
    assert.equal(s.gender_accuracy_full_name_pairing, 1);
  });

  it('gives each fold its figures and the spread over folds', () => {
    const right = quoteScorer.count(GOLD[0], { quotes: ['“Go,”', '“a mess”', '“Stop,”', '“fine”'].map((q, i) => sysQuote(q, ['Reed', 'Park', 'Lund', 'Moss'][i])), diagnostics: [] });
    const wrong = quoteScorer.count(GOLD[0], { quotes: [sysQuote('“Go,”', 'Lund')], diagnostics: [] });
    const names = Object.keys(right);
    const folds = [[right, right], [right, wrong]].map((f) => scoreCounts(f, names, quoteScorer, { resamples: 0, seed: 1 }));
    assert.equal(folds[0].figures.source_accuracy, 1);
    assert.equal(folds[1].figures.source_accuracy, 0.5);
    assert.equal(folds[0].intervals, undefined);
    assert.deepEqual(foldSpread(folds, ['source_accuracy']).source_accuracy, { mean: 0.75, min: 0.5, max: 1 });
  });
});
