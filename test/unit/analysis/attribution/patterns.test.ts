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
  it('takes a document that is the subject: the words are the document’s', () => {
    const quotes = analyze('Harbour dispute\n“We need the boats,” Tom Reyes said.\nThe new plan promises “a harbour for everyone” by spring.').quotes;
    const last = quotes[quotes.length - 1];
    assert.equal(last?.rule, 'subject-of-own-sentence');
    assert.equal(last?.source?.text, 'The new plan');
  });

  it('does not take the subject of a sentence that opens with the quotation', () => {
    const quotes = analyze('Harbour dispute\n“We need the boats,” Tom Reyes said.\n“The harbour is ours.” Ann Doe walked away.').quotes;
    const last = quotes[quotes.length - 1];
    assert.ok(last);
    assert.notEqual(last.rule, 'subject-of-own-sentence');
  });
});

/** The speaker of the article's last quotation. */
function lastSpeaker(text: string): string | null {
  const quotes = analyze(text).quotes;
  return quotes[quotes.length - 1]?.speakerName ?? null;
}

// [what the case shows, the article, the last quotation's speaker]
const CLAUSE_CASES: [string, string, RegExp][] = [
  ['subject-verb-after: the subject after a quotation that opens its sentence, whatever its verb',
    'Harbour dispute\nMayor Ann Doe spoke first.\n“Not one more boat will leave,” Tom Reyes growled.', /Reyes/],
  ['subject-verb-after: not the main clause’s subject after a quotation inside a subordinate clause',
    'Harbour dispute\nMayor Ann Doe spoke first.\nWhile Tom Reyes called the plan “a harbour run by bankers,” Ann Doe smiled.', /Reyes/],
  ['governing clause: an opening subordinate clause with a cue of its own is skipped',
    'Harbour dispute\nWhen Mayor Ann Doe said the harbour would close, Tom Reyes replied that it was “a betrayal of every fisherman.”', /Reyes/],
  ['governing clause: the subject of a clause opened by ", while"',
    'Harbour dispute\nMayor Ann Doe said the harbour would close, while Tom Reyes said the plan was “a betrayal.”', /Reyes/],
  ['governing clause: the outermost speaker of reported speech within one clause',
    'Harbour dispute\nMayor Ann Doe said Tom Reyes had once called the plan “a betrayal.”', /Doe/],
  ['speaker-label: a title-case headline’s longer label, without the topic after "On"',
    'Chair Ann Doe On The Sale: Harbour ‘Not For Sale’', /Doe/],
  ['subject-of-own-sentence: not an unnamed thing that only is something',
    'Harbour dispute\n“We will build it,” Mayor Ann Doe said.\nThe old quay has been “temporarily” closed since May.', /Doe/],
  ['cue-then-source-after: a cue usually a noun ("reads") is a verb before an article',
    'Harbour dispute\nMayor Ann Doe spoke first.\n“The harbour is not for sale,” reads the statement from the board.', /statement/],
  ['cue-then-source-after: after a quotation that ends in a nested one',
    'Harbour dispute\nMayor Ann Doe spoke first.\n“He told me, ‘Keep the boats,’ ” said Tom Reyes.', /Reyes/],
  ['subject-of-own-sentence: a time that opens the sentence is not its subject',
    'Harbour dispute\nMayor Ann Doe spoke first.\nHours later, Tom Reyes grumbled about “a harbour run by bankers” to the crowd.', /Reyes/],
  ['subject-of-own-sentence: an unnamed source as the subject',
    'Harbour dispute\n“We will build it,” Mayor Ann Doe said.\nIn court, two fishermen’s representatives defended the harbour as “common land” for all.', /representatives/],
  ['subject-past-appositive: a role and then the name in apposition',
    'Harbour dispute\nTom Reyes spoke first.\nHer chief aide, Ann Doe, calls the plan “a harbour run by bankers” in private.', /Ann Doe/],
  ['relative-who: not the person a "who" clause is about when a subject follows "who"',
    'Harbour dispute\nTom Reyes, the fisherman, said the vote was unfair.\nHe took aim at Ann Doe, who he dubbed “the harbour queen.”', /Reyes/],
  ['relative-who: the main clause after a closed relative clause has the same subject',
    'Harbour dispute\nMayor Ann Doe spoke first.\nTom Reyes, who fishes from the quay, named “greed” and “fear” as the reasons.', /Reyes/],
  ['subject-verb-after: a question and a short clause with its subject and verb',
    'Harbour dispute\nMayor Ann Doe spoke first.\n“Will the boats stay?” Tom Reyes pressed.', /Reyes/],
  ['subject-verb-after: an article and an adjective before the name',
    'Harbour dispute\nMayor Ann Doe spoke first.\n“The harbour is ours,” an angry Tom Reyes retorted.', /Reyes/],
  ['a pronoun with a contracted verb is a subject ("She’s predicting")',
    'Harbour dispute\nTom Reyes spoke first. Mayor Ann Doe, who chairs the board, said she would vote no.\nShe’s predicting the plan will go “nowhere fast” in the council.', /Doe/],
  ['clause-then-colon: a name and its appositive before a colon',
    'Harbour dispute\n“We will build it,” Mayor Ann Doe said.\nTom Reyes, a fisherman from the north shore: “You will never take this harbour.”', /Reyes/],
  ['clause-then-colon: the owner of a reply before a colon',
    'Harbour dispute\n“We will build it,” Mayor Ann Doe said.\nTom Reyes’s reply: “You will never take this harbour.”', /Reyes/],
  ['subject-of-sentence-before: not after a sentence that only describes its subject',
    'Harbour dispute\n“We will build it,” Mayor Ann Doe said.\nTom Reyes is a fisherman. “The harbour is not for sale.”', /Doe/],
  ['subject-of-sentence-before: not after a sentence whose subject is "they"',
    'Harbour dispute\n“We will build it,” Mayor Ann Doe said.\nThey sailed home at dawn. “The harbour is not for sale.”', /Doe/],
];

describe('analysis/attribution: the clause that governs the quotation, and labels', () => {
  for (const [what, text, speaker] of CLAUSE_CASES) {
    it(what, () => assert.match(String(lastSpeaker(text)), speaker));
  }
});

describe('analysis/attribution: cue-later-in-sentence past a later quotation', () => {
  for (const after of ['said Tom Reyes, its author.', 'Tom Reyes said.']) {
    it(`the first of two quotations, then “${after}”`, () => {
      const text = `Harbour dispute\n“We will build it,” Mayor Ann Doe said.\nThe “harbour first” plan was to be “a fresh start,” ${after}`;
      const first = analyze(text).quotes[1];
      assert.equal(first?.rule, 'cue-later-in-sentence');
      assert.match(String(first?.speakerName), /Reyes/);
    });
  }
});

describe('analysis/attribution: the subject of the sentence', () => {
  it('reads a role word that modifies the next ("the former mayor") as part of the subject', () => {
    const quotes = analyze('Harbour dispute\nTom Reyes spoke first.\nThe former mayor grumbled about “a harbour run by bankers” all evening.').quotes;
    assert.equal(quotes[quotes.length - 1]?.source?.text, 'The former mayor');
  });
});

describe('analysis/attribution: verb-then-source-after', () => {
  it('does not take a passive participle and its agent for a speaker', () => {
    const quotes = analyze('Harbour dispute\nMayor Ann Doe spoke first.\nThe crew, known as the “Night Shift,” directed by Tom Reyes, left.').quotes;
    assert.notEqual(quotes[quotes.length - 1]?.rule, 'verb-then-source-after');
  });
});

describe('analysis/attribution: line breaks', () => {
  it('does not attribute a quotation to a cue on the next line of the same paragraph', () => {
    const text = 'Harbour dispute\n\n“We will stay,” Mayor Ann Doe said. “The boats are ours.”\nLater, Tom Reyes claimed the vote was rigged.\n\nThe vote is on Monday.';
    const q = analyze(text).quotes.find((x) => x.text.startsWith('“The boats'));
    assert.ok(q);
    assert.match(String(q.speakerName), /Doe/);
  });
});
