// The rule book, table-driven: every rule's example is attributed by that rule, and every rule
// has a matcher, a description and an example of its own.
import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/analysis/analyze';
import { PATTERNS } from '../../../../src/analysis/attribution/patterns';
import { DOCUMENT_RULES, PATTERN_RULES } from '../../../../src/analysis/attribution/rules';

const RULES = [...PATTERN_RULES, ...DOCUMENT_RULES];

describe('analysis/attribution: the rule book', () => {
  for (const rule of RULES) {
    it(`${rule.id}: ${rule.description}`, () => {
      const quotes = analyze(rule.example).quotes;
      const last = quotes[quotes.length - 1];
      assert.ok(last, `the example has a quotation: ${rule.example}`);
      assert.equal(last.rule, rule.id, `rule of “${last.text}” in: ${rule.example}`);
      assert.notEqual(last.speakerName, null, 'the rule gives a speaker');
    });
  }

  it('has one matcher per pattern rule, in the rule book order', () => {
    assert.deepEqual(PATTERNS.map((p) => p.id), PATTERN_RULES.map((r) => r.id));
    for (const p of PATTERNS) assert.equal(typeof p.match, 'function');
  });

  it('has unique ids and examples', () => {
    assert.equal(new Set(RULES.map((r) => r.id)).size, RULES.length);
    assert.equal(new Set(RULES.map((r) => r.example)).size, RULES.length);
  });
});

describe('analysis/attribution: subject-of-own-sentence', () => {
  it('does not take a subject that is not a person', () => {
    const quotes = analyze('Harbour dispute\n“We need the boats,” Tom Reyes said.\nThe new plan promises “a harbour for everyone” by spring.').quotes;
    const last = quotes[quotes.length - 1];
    assert.ok(last);
    assert.notEqual(last.rule, 'subject-of-own-sentence');
  });

  it('does not take the subject of a sentence that opens with the quotation', () => {
    const quotes = analyze('Harbour dispute\n“We need the boats,” Tom Reyes said.\n“The harbour is ours.” Ann Doe walked away.').quotes;
    const last = quotes[quotes.length - 1];
    assert.ok(last);
    assert.notEqual(last.rule, 'subject-of-own-sentence');
  });
});
