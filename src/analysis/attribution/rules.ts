// The rule book of attribution: every way a quotation gets its speaker, in the order the rules
// are tried. A quotation's `rule` in the result is one of these ids. PATTERN_RULES look around the
// quotation within its paragraph (their matchers are in patterns.ts); DOCUMENT_RULES look at the
// paragraphs before it (resolve-quotes.ts). Each example is an article, headline first, whose last
// quotation the rule attributes: test/unit/analysis/attribution/patterns.test.ts runs them all.
// No imports: the engine's data model (types.ts) names these ids.

export interface Rule {
  id: string;
  /** One line: what the rule looks for. */
  description: string;
  example: string;
}

export const PATTERN_RULES = [
  {
    id: 'relative-who',
    description: 'A quotation inside a relative clause opened by ", who": the person before the comma.',
    example: 'Harbour dispute\nMayor Ann Doe spoke first.\nThe vote went to Tom Reyes, who has called the plan “a harbour run by bankers” since May.',
  },
  {
    id: 'cue-in-own-sentence',
    description: 'The quotation ends a sentence that a cue before it attributes; what follows belongs to the next sentence.',
    example: 'Vote delayed\nSenator Reid said the delay is “a mistake.” Then Mr. Doe spoke.',
  },
  {
    id: 'dash-after',
    description: 'A person or organisation named right after a dash that follows the quotation.',
    example: 'Reactions\n“We are heartbroken.” ― Martha Aguilar',
  },
  {
    id: 'cue-then-source-after',
    description: 'A cue right after the quotation, with its source after the cue.',
    example: 'Budget passes\n“We are ready,” said Jane Doe, the mayor of Riverton.',
  },
  {
    id: 'source-then-cue-after',
    description: 'A source and then its cue, soon after the quotation.',
    example: 'Talks resume\n“China wants peace,” Zheng added.',
  },
  {
    id: 'subject-verb-after',
    description: 'After a quotation that the sentence goes on from, a subject and a verb the cue lexicon does not know.',
    example: 'Harbour dispute\n“You will never take this harbour,” Tom Reyes growled from the quay.',
  },
  {
    id: 'verb-then-source-after',
    description: 'Right after a quotation, a past-tense verb the cue lexicon does not know and then a named source.',
    example: 'Harbour dispute\n“The boats are coming home,” beamed Tom Reyes of the harbour board.',
  },
  {
    id: 'cue-right-before',
    description: 'A cue that introduces the quotation directly, with its subject before it.',
    example: 'Plant closes\nMr. Barrett said, “We had no choice,” and left the room.',
  },
  {
    id: 'cue-before',
    description: 'The first cue earlier in the sentence that has a subject, or "according to" with its source.',
    example: 'Bridge study\nAccording to the engineering report, the bridge is “a danger to all who cross it” in winter.',
  },
  {
    id: 'colon-before',
    description: 'A name and a colon right before the quotation, as in headlines.',
    example: 'Ottawa news\nSmith: “We will win this fight” in the fall.',
  },
  {
    id: 'speaker-label',
    description: 'A speaker label opening the sentence, as in a transcript.',
    example: 'Debate transcript\nPENCE: Well, the record is “clear as day” on that.',
  },
  {
    id: 'speaker-label-inside',
    description: 'A speaker label opening the quotation itself.',
    example: 'Debate transcript\n“PENCE: Well, I think the record speaks for itself.”',
  },
  {
    id: 'clause-then-colon',
    description: 'A clause ending in a colon right before the quotation, without a cue: its subject, a document or an unnamed source too, or the owner of a reply.',
    example: 'Harbour dispute\nMayor Ann Doe spoke first.\nA note from the harbour board makes its view plain: “The boats stay.”',
  },
  {
    id: 'participle-after',
    description: 'A participle cue after the quotation ("telling reporters"), whose subject opens the clause.',
    example: 'Council vote\nMayor Ann Doe met the council, who voted for “a new start,” telling reporters it was overdue.',
  },
  {
    id: 'label-after',
    description: 'A headline that opens with the quotation and names its speaker after a colon.',
    example: '“I am home at last”: Irena Vasko on her return\nShe came back on Monday.',
  },
  {
    id: 'cue-later-in-sentence',
    description: 'A cue later in the sentence that goes on after the quotation, past any quotations after it in the sentence.',
    example: 'Talks stall\nThe deal is “dead in the water” on key issues, the official said.',
  },
  {
    id: 'possessive-speech-noun',
    description: 'A possessive and a noun of something said before the quotation in its sentence ("her claim that"): the possessor.',
    example: 'Harbour dispute\nMayor Ann Doe spoke first.\nTom Reyes’s claim that the vote was “rigged from the start” angered the board.',
  },
  {
    id: 'subject-of-own-sentence',
    description: 'No cue: the person, organisation, unnamed source or document ("the plan") that is the subject of the quotation’s own sentence, whatever the verb, before any continuation.',
    example: 'Harbour dispute\nMayor Ann Doe spoke first.\nThe fisherman Tom Reyes grumbled about “a harbour run by bankers” all evening.',
  },
  {
    id: 'subject-past-appositive',
    description: 'No cue: the subject of the quotation’s own sentence, past an appositive or a "who" clause set off by commas, whatever the verb.',
    example: 'Harbour dispute\nMayor Ann Doe spoke first.\nTom Reyes, a fisherman from the north shore, grumbled about “a harbour run by bankers” on Monday.',
  },
  {
    id: 'subject-of-sentence-before',
    description: 'No cue: a quotation that is a sentence of its own right after a sentence of the paragraph whose subject is a person doing something (not "is" or "has"): that person, before any continuation.',
    example: 'Harbour dispute\n“We will build it,” Mayor Ann Doe said.\nThe fisherman Tom Reyes turned to the crowd. “You will never take this harbour.”',
  },
] as const satisfies readonly Rule[];

/** The rules of resolve-quotes.ts, for quotations without a pattern of their own. */
export const DOCUMENT_RULES = [
  {
    id: 'introduced-by-colon',
    description: 'The previous paragraph ends "X said:" and introduces the quotation that opens this one.',
    example: 'Plant closes\nThe owner, Mr. Barrett, said:\n“We had no choice.”',
  },
  {
    id: 'signed-after',
    description: 'The next paragraph is only a dash and a name, under a quotation that closes its own paragraph.',
    example: 'Voices from the quay\n“The harbour has fed this town for two hundred years.”\n― Tom Reyes, fisherman',
  },
  {
    id: 'continuation',
    description: 'No cue of its own: the speaker who was talking goes on (within two paragraphs that stay with them).',
    example: 'Plant closes\n“We had no choice,” Mr. Barrett said.\n“The orders stopped coming in the spring and never came back.”',
  },
] as const satisfies readonly Rule[];

export type PatternId = (typeof PATTERN_RULES)[number]['id'];
export type RuleId = PatternId | (typeof DOCUMENT_RULES)[number]['id'];
