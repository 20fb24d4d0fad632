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
  ['governing clause: a subordinate clause inside the sentence with a cue of its own',
    'Harbour dispute\nTom Reyes left the hall, hours after Mayor Ann Doe said the plan was “a harbour run by bankers” at the meeting.', /Doe/],
  ['governing clause: a coordinate clause after ", and" with its own subject and cue',
    'Harbour dispute\nTom Reyes said the boats would stay, and Mayor Ann Doe vowed to “keep every one of them” in port.', /Doe/],
  ['governing clause: not a clause inside reported speech after "that"',
    'Harbour dispute\nMayor Ann Doe said that the vote came after Tom Reyes called the plan “a harbour run by bankers” in May.', /Doe/],
  ['participle: after a parenthetical ", X said," the participle goes with that cue',
    'Harbour dispute\nTom Reyes spoke first.\nThe boats will stay in port, Mayor Ann Doe said, adding, “Nobody is leaving.”', /Doe/],
  ['cue subject: a medium after a preposition ("in a statement") is not the subject of its cue',
    'Harbour dispute\nTom Reyes spoke first.\nMayor Ann Doe backs the plan and in a statement praised it as “a harbour for everyone” on Monday.', /Doe/],
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
  ['subject-of-own-sentence: an opening participle phrase is not the subject',
    'Harbour dispute\nMayor Ann Doe spoke first.\nRepeating an old line, the former mayor grumbled about “a harbour run by bankers” to the crowd.', /Doe/],
  ['subject-of-own-sentence: "More than" does not open a subject and its verb',
    'Harbour dispute\nTom Reyes spoke first.\nMore than half the boats stayed home, and the mayor grumbled about “a harbour run by bankers” all evening.', /^(?!More)/],
  ['cue-before: a passive participle opening the sentence names the asker, not the speaker',
    'Harbour dispute\nMayor Ann Doe spoke first.\nAsked by Ann Doe about the vote, Tom Reyes said the plan was “a harbour run by bankers” and left.', /Reyes/],
  ['cue-before: a share of people without a poll in the sentence stays the source',
    'Harbour vote\nMayor Ann Doe spoke first.\nAt the meeting, most of the voters said the plan was “a harbour run by bankers” this spring.', /voters/],
  ['cue-before: a time phrase with "ago" between the subject and its cue is skipped',
    'Harbour dispute\nMayor Ann Doe spoke first.\nThe harbour board less than two weeks ago said the plan was “a harbour run by bankers” in its letter.', /board/],
  ['cue-before: "in the past" between the subject and its cue is not the subject',
    'Harbour dispute\nMayor Ann Doe spoke first.\nTom Reyes has in the past described the plan as “a harbour run by bankers” on the radio.', /Reyes/],
  ['cue-before: a cue word with a possessive is a noun ("the state’s party")',
    'Harbour dispute\nTom Reyes spoke first.\nAt the state’s party meeting Mayor Ann Doe said the plan was “a harbour run by bankers” and sat down.', /Doe/],
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
  ['participle: the subject of the cue right before its comma ("X said, adding")',
    'Harbour dispute\nMayor Ann Doe and the board will meet on Monday, Tom Reyes said, adding, “They need to talk.”', /Reyes/],
  ['participle: the subject of a clause opened by "when" right before it',
    'Harbour dispute\nMayor Ann Doe spoke at the quay, when Tom Reyes interrupted her speech, shouting “no sale!”', /Reyes/],
  ['participle: the subject of the clause after an opening phrase with a comma inside',
    'Harbour dispute\nSpeaking at the quay in Riverton, Ohio, Tom Reyes went after Ann Doe, calling her “a banker’s friend.”', /Reyes/],
  ['participle: a pronoun after an opening adverb is the subject',
    'Harbour dispute\nTom Reyes spoke first.\nThen he turned on Ann Doe, calling her “a banker’s friend.”', /Reyes/],
  ['participle: not the medium after a preposition ("on Facebook reading")',
    'Harbour dispute\nTom Reyes posted a message on Facebook reading “Save the harbour” after the vote.', /Reyes/],
  ['participle: the phrase of ", with X shouting"',
    'Harbour dispute\nThe board met on Monday, with one of the fishermen shouting “Not for sale!” at the door.', /one of the fishermen/],
  ['governing clause: a subordinate clause that ends with its own quotation',
    'Harbour dispute\nWhen someone in the crowd shouted, “Sell it,” Tom Reyes joked, “Never while I live!”', /Reyes/],
  ['possessive-speech-noun: a possessive pronoun is resolved like its subject pronoun',
    'Harbour dispute\nTom Reyes spoke first.\nThe board heard his call for “a harbour for everyone” on Monday.', /Reyes/],
  ['possessive-speech-noun: not the possessor when the quotation is how the subject described it',
    'Harbour dispute\nTom Reyes spoke first.\nMayor Ann Doe dismissed Reyes’s remarks as “noise from the quay.”', /Doe/],
  ['possessive-speech-noun: a noun of speech after a possessive is no cue ("Reyes’s Facebook post")',
    'Harbour dispute\nMayor Ann Doe spoke first.\nFrom Tom Reyes’s Facebook post: “The harbour stays ours.”', /Reyes/],
  ['introduced-by-colon: a subject and any verb in the past ending the paragraph before',
    'Harbour dispute\nAfter the vote, harbour board chair Tom Reyes issued the following statement:\n“We will not sell the harbour.”', /Reyes/],
  ['introduced-by-colon: a cue that opens the sentence, its source after it',
    'Harbour dispute\nMayor Ann Doe spoke first.\nReplied Tom Reyes:\n“We will not sell the harbour.”', /Reyes/],
  ['relative-who: a "who" clause that runs to a colon before the quotation',
    'Harbour dispute\nMayor Ann Doe spoke first.\nThe case went to Tom Reyes, who told the board when asked about it: “We will not sell.”', /Reyes/],
  ['subject: a capitalised adverb in -ly opens an introductory phrase',
    'Harbour dispute\nMayor Ann Doe spoke first.\nImmediately after the vote, Tom Reyes issued a statement, “We will not sell.”', /Reyes/],
  ['cue finding: a verb form after "a" and a capitalised word is a noun ("a Doe-style retort")',
    'Harbour dispute\nMayor Ann Doe spoke first.\nTom Reyes offered a Doe-style retort on the quay, shouting at her, “You sold us out.”', /Reyes/],
  ['clause-then-colon: a name and its appositive before a colon',
    'Harbour dispute\n“We will build it,” Mayor Ann Doe said.\nTom Reyes, a fisherman from the north shore: “You will never take this harbour.”', /Reyes/],
  ['clause-then-colon: the owner of a reply before a colon',
    'Harbour dispute\n“We will build it,” Mayor Ann Doe said.\nTom Reyes’s reply: “You will never take this harbour.”', /Reyes/],
  ['subject-of-sentence-before: not after a sentence that only describes its subject',
    'Harbour dispute\n“We will build it,” Mayor Ann Doe said.\nTom Reyes is a fisherman. “The harbour is not for sale.”', /Doe/],
  ['subject-of-sentence-before: not after a sentence whose subject is "they"',
    'Harbour dispute\n“We will build it,” Mayor Ann Doe said.\nThey sailed home at dawn. “The harbour is not for sale.”', /Doe/],
];

describe('analysis/attribution: neighbouring paragraphs', () => {
  it('does not take "it" ending the paragraph before for a speaker', () => {
    const quotes = analyze('Harbour dispute\nThe vote is on Monday.\nWait, it gets better:\n“The harbour will be sold to the highest bidder.”').quotes;
    assert.equal(quotes[quotes.length - 1]?.attribution, 'none');
  });

  it('does not sign a quotation that does not close its paragraph', () => {
    const quotes = analyze('Harbour dispute\nThe vote is on Monday.\nThe board called it “a fair price” in the end.\n― Tom Reyes, fisherman').quotes;
    assert.notEqual(quotes[quotes.length - 1]?.rule, 'signed-after');
  });
});

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

describe('analysis/attribution: polls', () => {
  it('gives a share of a poll’s respondents the poll as their source', () => {
    const quotes = analyze('Harbour vote\nMayor Ann Doe spoke first.\nIn a new harbour board survey, 62 percent of voters said the plan was “a harbour run by bankers” this spring.').quotes;
    assert.equal(quotes[quotes.length - 1]?.source?.text, 'a new harbour board survey');
  });
});

describe('analysis/attribution: an account named after the cue', () => {
  it('gives “...,” X said, according to Y the source Y', () => {
    const quotes = analyze('Harbour dispute\nMayor Ann Doe spoke first.\n“The harbour is not for sale,” Tom Reyes said, according to the board’s minutes.').quotes;
    assert.match(String(quotes[quotes.length - 1]?.source?.text), /minutes/);
  });

  it('gives “...,” said X, according to Y the source Y', () => {
    const quotes = analyze('Harbour dispute\nMayor Ann Doe spoke first.\n“The harbour is not for sale,” said Tom Reyes, according to a transcript of the meeting.').quotes;
    assert.match(String(quotes[quotes.length - 1]?.source?.text), /transcript/);
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
