// Words that may open a clause before its subject, one record each, with what they do there.
// Used by attribution/source-phrase.ts (clauseSubject) to find the subject of the clause around a
// cue verb.

export interface ClauseOpener {
  word: string;
  /** Passed over on the way to the subject: "Even a top strategist said", "And she is sure". */
  beforeSubject: boolean;
  /**
   * An adverb or conjunction, not a preposition or subordinator: a pronoun right after it is the
   * main clause's own subject ("Then he cut into Bush, calling ..."), not a subordinate clause's.
   */
  pronounAfterIsSubject: boolean;
  example: string;
}

export const CLAUSE_OPENERS: readonly ClauseOpener[] = [
  { word: 'and', beforeSubject: true, pronounAfterIsSubject: true, example: 'And she is sure, she said.' },
  { word: 'but', beforeSubject: true, pronounAfterIsSubject: true, example: 'But he added, “not now.”' },
  { word: 'yet', beforeSubject: true, pronounAfterIsSubject: true, example: 'Yet she insisted, “it works.”' },
  { word: 'so', beforeSubject: true, pronounAfterIsSubject: true, example: 'So he said, “fine.”' },
  { word: 'also', beforeSubject: true, pronounAfterIsSubject: true, example: 'Also he noted, “we won.”' },
  { word: 'then', beforeSubject: true, pronounAfterIsSubject: true, example: 'Then he cut into Bush, calling him “weak.”' },
  { word: 'now', beforeSubject: true, pronounAfterIsSubject: true, example: 'Now she says, “enough.”' },
  { word: 'still', beforeSubject: true, pronounAfterIsSubject: true, example: 'Still, he said, “we try.”' },
  { word: 'even', beforeSubject: true, pronounAfterIsSubject: false, example: 'Even a top strategist said, “it is over.”' },
  { word: 'only', beforeSubject: true, pronounAfterIsSubject: false, example: 'Only the mayor said, “no.”' },
  { word: 'later', beforeSubject: false, pronounAfterIsSubject: true, example: 'Later he told reporters, “it was a mistake.”' },
  { word: 'earlier', beforeSubject: false, pronounAfterIsSubject: true, example: 'Earlier she said, “wait.”' },
  { word: 'instead', beforeSubject: false, pronounAfterIsSubject: true, example: 'Instead he replied, “ask them.”' },
  { word: 'meanwhile', beforeSubject: false, pronounAfterIsSubject: true, example: 'Meanwhile she wrote, “soon.”' },
  { word: 'here', beforeSubject: false, pronounAfterIsSubject: true, example: 'Here he paused: “think.”' },
  { word: 'there', beforeSubject: false, pronounAfterIsSubject: true, example: 'There she told the crowd, “vote.”' },
  { word: 'today', beforeSubject: false, pronounAfterIsSubject: true, example: 'Today he said, “we start.”' },
  { word: 'yesterday', beforeSubject: false, pronounAfterIsSubject: true, example: 'Yesterday she said, “done.”' },
  { word: 'tonight', beforeSubject: false, pronounAfterIsSubject: true, example: 'Tonight he will say, “thanks.”' },
];
