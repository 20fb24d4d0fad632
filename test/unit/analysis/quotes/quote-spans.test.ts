// Quotation spans: marks, apostrophes, nesting, inches, unclosed quotations, linear time.
import * as assert from 'node:assert/strict';
import { findQuoteSpans } from '../../../../src/analysis/quotes/quote-spans';
import { assertLinear } from '../../helpers';

function texts(p: string): string[] {
  return findQuoteSpans(p).map((q) => q.text);
}

describe('findQuoteSpans', () => {
  it('finds curly double quotations with their marks', () => {
    assert.deepEqual(texts('The mayor called it “a good day,” and left.'), ['“a good day,”']);
  });

  it('pairs straight double quotes by position', () => {
    assert.deepEqual(texts('"We are ready," she said. "Let us go."'), ['"We are ready,"', '"Let us go."']);
  });

  it('does not take apostrophes for quotation marks', () => {
    const p = 'China’s leaders don’t like the ’90s or rock ’n’ roll, and the Joneses’ dog won’t bark.';
    assert.deepEqual(texts(p), []);
    assert.deepEqual(texts("It's the 'burbs, isn't it? Rock 'n' roll in the '60s."), []);
  });

  it('finds single quotes used as quotation marks, as in headlines', () => {
    assert.deepEqual(texts('Mayor says bridge is ‘a priority’ for the town'), ['‘a priority’']);
    assert.deepEqual(texts("Mayor says bridge is 'a priority' for the town"), ["'a priority'"]);
  });

  it('reports only the outer quotation of nested quotes', () => {
    const p = '“My customers tell me, ‘we would come more often,’ and I believe them,” she said.';
    const spans = findQuoteSpans(p);
    assert.equal(spans.length, 1);
    assert.ok(spans[0].text.startsWith('“My customers') && spans[0].text.endsWith('them,”'));
  });

  it('is not confused by inches and feet', () => {
    assert.deepEqual(texts('The player, who is 6\'2" tall, said "I am ready."'), ['"I am ready."']);
    assert.deepEqual(texts('He bought a 42" screen. "It is big," he said.'), ['"It is big,"']);
  });

  it('flags an unclosed quotation that runs to the paragraph end', () => {
    const spans = findQuoteSpans('He said “we will be there and left.');
    assert.equal(spans.length, 1);
    assert.equal(spans[0].openAtEnd, true);
    assert.equal(spans[0].end, 'He said “we will be there and left.'.length);
  });

  it('marks a quotation opening the paragraph (a candidate continuation)', () => {
    const [q] = findQuoteSpans('“And that is all.”');
    assert.equal(q.atParagraphStart, true);
    assert.equal(q.openAtEnd, false);
  });

  it('ends an open quotation at a line break when the next line opens a quotation', () => {
    const p = '“First paragraph of the quotation\n“Second one.” said Doe.';
    assert.deepEqual(texts(p), ['“First paragraph of the quotation', '“Second one.”']);
  });

  it('stays linear on pathological input', () => {
    assert.equal(findQuoteSpans('“'.repeat(100_000)).length, 1);
    assertLinear('100k opening marks', (n) => '“'.repeat(n), findQuoteSpans, 12_500);
    assertLinear('straight quotes never closed', (n) => 'word "a '.repeat(n), findQuoteSpans, 31_250);
    assertLinear('apostrophes and opening single marks', (n) => 'x’ ‘'.repeat(n), findQuoteSpans, 12_500);
  });
});
