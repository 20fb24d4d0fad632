// The document-level steps answer some questions from one paragraph, or remember answers between
// runs, so that a keystroke does not redo the whole document (see resolve-quotes.ts, join.ts and
// analyze.ts). These cases pin what the whole-document computations gave: which person opens a
// sentence (the subject a pronoun refers to) with every kind of line break, the antecedent of
// "the official", and the roles of a person. The expected values were produced by the engine
// before the per-paragraph answers were introduced.
import * as assert from 'node:assert/strict';
import { analyze, Analyzer } from '../../../src/analysis/analyze';
import { joinPeople } from '../../../src/analysis/people/join';
import type { NameMention } from '../../../src/analysis/people/name-mention';

/** Line-break styles: each must give what the whole-document scan gave. */
const STYLES: Record<string, (t: string) => string> = {
  lf: (t) => t,
  crlf: (t) => t.replace(/\n/g, '\r\n'),
  cr: (t) => t.replace(/\n/g, '\r'),
  indented: (t) => t.replace(/\n\n/g, '\n\n   '),
};

/** Quinn Avery and Robin Tanaka have no known gender: "he" goes to the latest sentence subject. */
const SUBJECT_CASES: [string, string, Record<string, string>][] = [
  ['the first name of the sentence', 'Quinn Avery thanked Robin Tanaka on Monday.', { all: 'Quinn Avery' }],
  ['a later sentence', 'Quinn Avery arrived early. Robin Tanaka thanked the crew.', { all: 'Robin Tanaka' }],
  ['a full stop right after a name', 'The crew met Quinn Avery. Robin Tanaka left. Avery stayed.', { all: 'Quinn Avery' }],
  ['a pronoun before the name', 'Robin Tanaka arrived. He drove past Quinn Avery and waved.', { all: 'Robin Tanaka' }],
  [
    'a long lead',
    'On the first cold and windy morning of the long and difficult week at the site Quinn Avery spoke to Robin Tanaka.',
    { all: 'Robin Tanaka' },
  ],
  ['a line wrapped inside the paragraph', 'Quinn Avery thanked the crew and\nRobin Tanaka on Monday.', { all: 'Robin Tanaka', cr: 'Quinn Avery' }],
];

function speakers(text: string): string {
  return analyze(text)
    .quotes.map((q) => q.speakerName)
    .join(' | ');
}

describe('document-level answers kept per paragraph', () => {
  for (const [name, sentence, expected] of SUBJECT_CASES) {
    it(`a pronoun finds the sentence subject: ${name}`, () => {
      for (const [style, apply] of Object.entries(STYLES)) {
        const text = apply(`Bridge vote\n\n${sentence}\n\n“It was fine,” he said.\n`);
        assert.equal(speakers(text), expected[style] ?? expected.all, style);
      }
    });
  }

  it('a pronoun finds the sentence subject in the same paragraph and after a closing quotation mark', () => {
    for (const [style, apply] of Object.entries(STYLES)) {
      assert.equal(speakers(apply('Bridge vote\n\nRobin Tanaka arrived. Quinn Avery waved. “It was fine,” he said.\n')), 'Quinn Avery', style);
      const closing = 'Bridge vote\n\n“Go,” Robin Tanaka told the crew and Quinn Avery.” Avery went.\n\n“It was fine,” he said.\n';
      assert.equal(speakers(apply(closing)), 'Robin Tanaka | Quinn Avery', style);
    }
  });

  it('keeps the answers right when the paragraphs move and change around them', () => {
    const sentences = SUBJECT_CASES.map(([, s]) => s);
    let text = `Bridge vote\n\n${sentences.map((s) => `${s}\n\n“It was fine,” he said.`).join('\n\n')}\n`;
    const analyzer = new Analyzer();
    for (let i = 0; i < 8; i++) {
      assert.deepStrictEqual(analyzer.analyze(text), analyze(text), `version ${i}`);
      // Type above everything (every paragraph moves), then change a paragraph in the middle.
      text = i % 2 ? text.replace('Bridge vote', 'Bridge vote!') : text.replace('thanked the crew', 'thanked the crews');
    }
  });

  it('finds the antecedent of "the official" and keeps a description without one', () => {
    const text = [
      'Bridge vote',
      'A senior White House official said the plan was ready. “It will pass,” the official said.',
      '“We disagree,” the spokesman said.',
      'One spokesman for the ministry spoke. “Later,” the spokesman said.',
    ].join('\n\n');
    assert.equal(speakers(text), 'a senior White House official | the spokesman | one spokesman');
  });

  it('drops roles nested in longer ones and roles that differ only in case', () => {
    const roles = ['Senator', 'senator', 'state senator', 'State Senator', 'Mayor', 'MAYOR', 'İstanbul mayor'];
    const mentions: NameMention[] = roles.map((r, i) => ({
      start: i * 40 + r.length + 1,
      end: i * 40 + r.length + 8,
      text: i % 2 ? 'Lee' : 'Ann Lee',
      roles: [{ start: i * 40, end: i * 40 + r.length, text: r }],
      affiliation: null,
      gender: null,
      kind: 'person',
    }));
    const { people } = joinPeople(mentions);
    assert.deepStrictEqual(
      people.map((p) => [p.name, p.roles.map((r) => r.text)]),
      [['Ann Lee', ['state senator', 'İstanbul mayor']]],
    );
  });
});
