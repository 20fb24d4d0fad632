// The explanation of a quotation, in words: rule, cue and source; pronouns; continuations.
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/analysis/analyze';
import { explainResult } from '../../../src/analysis/explain';

const TEXT = [
  'Talks resume',
  '“China wants peace,” Zheng added.',
  'Mayor Josh Earnest met the press on Monday.',
  '“We are ready,” he said.',
  '“The bridge opens in May and the roads soon after that.”',
  'Children sang on the steps.',
  '“Nobody is said to have said this at all, which is the point.”',
].join('\n');

describe('analysis/explain', () => {
  const explained = explainResult(analyze(TEXT), TEXT);
  const why = (first: string) => explained.find((e) => e.quote.text.startsWith(first))?.why;

  it('says which cue, where, and whose subject', () => {
    assert.equal(why('“China'), '*added* after the quotation; subject: Zheng.');
  });

  it('says how a pronoun was resolved and to whom', () => {
    assert.equal(why('“We are'), '*said* after the quotation; subject: he; pronoun *he* resolved to Josh Earnest: the last man named as a sentence subject.');
  });

  it('says which earlier quotation a continuation continues, by line', () => {
    assert.equal(why('“The bridge'), 'No cue of its own: continues Josh Earnest’s quotation from line 4.');
  });

  it('gives the line of each quotation and says when there is no attribution', () => {
    assert.deepEqual(explained.map((e) => e.line), [2, 4, 5, 7]);
    assert.match(why('“Nobody') ?? '', /^No attribution/);
  });
});
