// Attribution: cues, sources, continuations, pronouns, people, diagnostics. Sentences written for
// these tests, plus the seed article.
import * as assert from 'node:assert/strict';
import { analyzeParagraphQuotes } from '../../../../src/analysis/attribution/paragraph';
import { resolveQuotes } from '../../../../src/analysis/attribution/resolve-quotes';
import { splitArticle } from '../../../../src/analysis/structure/structure';
import { Person, Quote, Diagnostic } from '../../../../src/analysis/types';

import { articleOf, readSeed } from '../../helpers';


interface PersonSpec {
  name: string;
  /** Forms the article uses for the person: every occurrence becomes a mention. */
  forms: string[];
  gender?: 'male' | 'female' | null;
}

/** People with mention spans found in the text, ids in order of first mention. */
function peopleIn(text: string, specs: PersonSpec[]): Person[] {
  const found = specs.map((s) => {
    const mentions = [];
    for (const form of s.forms) {
      const re = new RegExp(`\\b${form.replace(/[.]/g, '\\.')}\\b`, 'g');
      for (let m = re.exec(text); m; m = re.exec(text)) mentions.push({ start: m.index, end: m.index + form.length, text: form });
    }
    mentions.sort((a, b) => a.start - b.start);
    return { s, mentions };
  });
  found.sort((a, b) => (a.mentions[0]?.start ?? Infinity) - (b.mentions[0]?.start ?? Infinity));
  return found.map(({ s, mentions }, i) => ({
    id: `p${i + 1}`, name: s.name, roles: [], affiliation: null, mentions, gender: s.gender ?? null,
  }));
}

function analyse(text: string, specs: PersonSpec[] = []): { quotes: Quote[]; diagnostics: Diagnostic[]; people: Person[] } {
  const { paragraphs } = splitArticle(text);
  const content = paragraphs.filter((p) => p.kind !== 'footer');
  const people = peopleIn(text, specs);
  const facts = content.map((p) => analyzeParagraphQuotes(p.text));
  return { ...resolveQuotes(text, content, facts, people), people };
}

function one(text: string, specs: PersonSpec[] = []): Quote {
  const { quotes } = analyse(text, specs);
  assert.equal(quotes.length, 1, JSON.stringify(quotes));
  return quotes[0];
}

// Blank-line separated paragraphs; the first line is a headline.
function article(...paragraphs: string[]): string {
  return articleOf('Riverton council news', ...paragraphs);
}

describe('analyzeParagraphQuotes', () => {
  it('finds the cue and source after a quotation', () => {
    const f = analyzeParagraphQuotes('“We are ready,” Doe said.');
    const a = f.quotes[0].attribution;
    assert.equal(a?.cue?.text, 'said');
    assert.equal(a?.source?.text, 'Doe');
    assert.equal(a?.sourceKind, 'person');
  });

  it('finds an inverted cue with an appositive', () => {
    const a = analyzeParagraphQuotes('“We are ready,” said Jane Doe, the mayor of Riverton.').quotes[0].attribution;
    assert.equal(a?.source?.text, 'Jane Doe');
  });

  it('drops a long role before a name but keeps a lone title', () => {
    const a = analyzeParagraphQuotes('“It works,” city water board chairman Raymond Ortiz said.').quotes[0].attribution;
    assert.equal(a?.source?.text, 'Raymond Ortiz');
    const b = analyzeParagraphQuotes('Mayor Doe said the plan was “a mess.”').quotes[0].attribution;
    assert.equal(b?.source?.text, 'Mayor Doe');
  });

  it('finds a cue before the quotation and a partial quote in reported speech', () => {
    const a = analyzeParagraphQuotes('Doe said, “We are ready.”').quotes[0].attribution;
    assert.equal(a?.source?.text, 'Doe');
    const b = analyzeParagraphQuotes('Ortiz said on Monday that the timeline was “simply not realistic” for residents.').quotes[0].attribution;
    assert.equal(b?.source?.text, 'Ortiz');
    assert.equal(b?.cue?.text, 'said');
  });

  it('reads "according to" with an organisation or a document', () => {
    const a = analyzeParagraphQuotes('The bridge is “beyond repair,” according to the engineering report.').quotes[0].attribution;
    assert.equal(a?.cue?.text, 'according to');
    assert.equal(a?.source?.text, 'the engineering report');
    assert.equal(a?.sourceKind, 'document');
  });

  it('reads "X called it" and a participle cue with the clause subject', () => {
    const a = analyzeParagraphQuotes('Ortiz called the vote “a rush job.”').quotes[0].attribution;
    assert.equal(a?.source?.text, 'Ortiz');
    const b = analyzeParagraphQuotes('On Monday, Mayor Doe met the council, calling the vote “long overdue.”').quotes[0].attribution;
    assert.equal(b?.cue?.text, 'calling');
    assert.equal(b?.source?.text, 'Mayor Doe');
  });

  it('does not take "so-called" or a naming "called" for a cue', () => {
    const f = analyzeParagraphQuotes('A group called “Friends of the Bridge” met in the so-called “old hall.”');
    assert.deepEqual(f.quotes.map((q) => q.attribution), [null, null]);
  });

  it('classifies anonymous sources', () => {
    const a = analyzeParagraphQuotes('“The bids are low,” a city engineer said.').quotes[0].attribution;
    assert.equal(a?.sourceKind, 'anonymous');
    const b = analyzeParagraphQuotes('“It will open in May,” a spokesman for the department said.').quotes[0].attribution;
    assert.equal(b?.source?.text, 'a spokesman for the department');
    assert.equal(b?.sourceKind, 'anonymous');
  });

  it('reads a dash signature and a speaker label', () => {
    const a = analyzeParagraphQuotes('“Fix the bridge before winter.” ― Ellen Marsh').quotes[0].attribution;
    assert.equal(a?.source?.text, 'Ellen Marsh');
    const b = analyzeParagraphQuotes('"DOE: We will rebuild it this year."').quotes[0].attribution;
    assert.equal(b?.source?.text, 'DOE');
  });
});

describe('analyzeParagraphQuotes: harder sentences', () => {
  const attribution = (p: string, i = 0) => analyzeParagraphQuotes(p).quotes[i].attribution;

  it('does not read a capitalised noun inside a name as a cue', () => {
    const a = attribution('Turnout in the Granite State was “very high,” Ellen Marsh told The Riverton Post on Monday.');
    assert.equal(a?.source?.text, 'Ellen Marsh');
    assert.equal(a?.cue?.text, 'told');
    // A headline in title case still has its cues.
    assert.equal(attribution('Mayor Doe Says Bridge Is ‘A Disgrace’')?.cue?.text, 'Says');
  });

  it('finds an inverted cue after a comma later in the sentence', () => {
    const a = attribution('The new toll marks “the end of an era” for the town, said Raymond Ortiz, a historian at Riverton College.');
    assert.equal(a?.source?.text, 'Raymond Ortiz');
    const b = attribution('The flaw, says Raymond Ortiz, a retired engineer, is that the deck was “never inspected.”');
    assert.equal(b?.source?.text, 'Raymond Ortiz');
  });

  it('skips appositives with several commas, dashes and party tags', () => {
    assert.equal(attribution('Tom Park, 52, of Millbrook, Ohio, who drives over the bridge daily, said it was “a disgrace.”')?.source?.text, 'Tom Park');
    assert.equal(attribution('Ann Lee — a nurse from Millbrook — says the detour is “a nightmare.”')?.source?.text, 'Ann Lee');
    assert.equal(attribution('Sen. Ann Lee (D-Ore.), who chairs the panel, said the plan was “reckless.”')?.source?.text, 'Sen. Ann Lee (D-Ore.)');
    assert.equal(attribution('Rep. Tom Park (R-Ohio), said the plan was “reckless.”')?.source?.text, 'Rep. Tom Park (R-Ohio)');
    assert.equal(attribution('A volunteer on the Park campaign, Mary Quinn, said she was “leaning Lee.”')?.source?.text, 'Mary Quinn');
  });

  it('does not take a place after a preposition for the subject', () => {
    const a = attribution('Doe, speaking at a meeting in Millbrook, Ohio, said the bridge was “safe enough.”');
    assert.equal(a?.source?.text, 'Doe');
  });

  it('reads a role then a name, and a short unnamed description, after a cue', () => {
    assert.equal(attribution('“We were ready,” said the county’s chief engineer, Raymond Ortiz, who retired in May.')?.source?.text, 'Raymond Ortiz');
    assert.equal(attribution('“The bridge will fall,” says a narrator.')?.source?.text, 'a narrator');
    assert.equal(attribution('“Vote no,” said the 46-year-old.')?.source?.text, 'the 46-year-old');
  });

  it('gives a participle after a quotation the subject of the sentence', () => {
    const a = attribution('The council did not want to discuss “that report,” telling reporters that it was “out of date.”', 1);
    assert.equal(a?.source?.text, 'The council');
    const b = attribution('Doe said the repairs were “on schedule,” referring to the east span.');
    assert.equal(b?.source?.text, 'Doe');
  });

  it('takes the subject of the clause for "X issued a statement saying"', () => {
    const a = attribution('On Friday, the Millbrook Bridge Society issued a statement saying the vote was “a betrayal.”');
    assert.equal(a?.source?.text, 'the Millbrook Bridge Society');
    const b = attribution('Here in Riverton, Doe opened her campaign, saying, “We will rebuild.”');
    assert.equal(b?.source?.text, 'Doe');
  });

  it('gives a quotation ending a sentence begun before it the cue of its own sentence', () => {
    const p = 'Ortiz said the council had been “asleep at the wheel.” Doe added that the vote would be held soon.';
    assert.equal(attribution(p)?.source?.text, 'Ortiz');
  });

  it('skips a short prepositional phrase between the subject and the cue', () => {
    const a = attribution('Doe at the time said she would “look into” the costs.');
    assert.equal(a?.source?.text, 'Doe');
    assert.equal(attribution('Ortiz however said the plan was “a good start.”')?.source?.text, 'Ortiz');
  });

  it('finds the subject after an opening conjunction, adverb or time phrase', () => {
    assert.equal(attribution('Then she turned to Ortiz, calling him “a coward.”')?.source?.text, 'she');
    assert.equal(attribution('And she is sure the plan will work: “It has to.”')?.source?.text, 'she');
    assert.equal(attribution('Six years earlier, she had voted for “a new harbour.”')?.source?.text, 'she');
    assert.equal(attribution('A week later, Doe wrote about “the harbour question.”')?.source?.text, 'Doe');
    assert.equal(attribution('Moreover, at the meeting with Ortiz, Doe backed “the harbour plan.”')?.source?.text, 'Doe');
    assert.equal(attribution('Ironically, Doe backed “the harbour plan.”')?.source?.text, 'Doe');
  });
});

describe('resolveQuotes', () => {
  it('attributes both parts of a quotation interrupted by its cue', () => {
    const { quotes } = analyse(article('“We are,” Doe said, “ready to start.”'), [{ name: 'Jane Doe', forms: ['Doe'] }]);
    assert.equal(quotes.length, 2);
    for (const q of quotes) {
      assert.equal(q.attribution, 'explicit');
      assert.equal(q.speakerName, 'Jane Doe');
    }
  });

  it('attributes to two speakers under one cue', () => {
    const text = article('Reps. Ann Lee (D-Ore.) and Tom Park (R-Ohio) called on the council to act “before the bridge falls down.”');
    const q = one(text, [{ name: 'Ann Lee', forms: ['Ann Lee'] }, { name: 'Tom Park', forms: ['Tom Park'] }]);
    assert.equal(q.source?.text, 'Reps. Ann Lee (D-Ore.) and Tom Park (R-Ohio)');
    assert.equal(q.cue?.text, 'called on');
    assert.equal(q.speaker, 'p1');
    assert.deepEqual(q.coSpeakers, ['p2']);
  });

  it('resolves a pronoun after a paragraph break to the most recent person of that gender', () => {
    const text = article(
      'Councilwoman Ellen Marsh met Raymond Ortiz on Monday.',
      '“The detour is hurting my bakery,” she said.',
    );
    const q = one(text, [
      { name: 'Ellen Marsh', forms: ['Ellen Marsh'], gender: 'female' },
      { name: 'Raymond Ortiz', forms: ['Raymond Ortiz'], gender: 'male' },
    ]);
    assert.equal(q.source?.text, 'she');
    assert.equal(q.sourceKind, 'pronoun');
    assert.equal(q.speakerName, 'Ellen Marsh');
  });

  it('resolves a pronoun to the person who opens the latest sentence, even of unknown gender', () => {
    const text = article(
      'Mayor Jane Doe spoke on Monday.',
      'Lance Bickford, 49, a welder who backs Doe, said he is tired of the detour. He drives past Raymond Ortiz’s shop every day.',
      '“I just want the bridge back,” he said.',
    );
    const q = one(text, [
      { name: 'Jane Doe', forms: ['Jane Doe', 'Doe'], gender: 'female' },
      { name: 'Lance Bickford', forms: ['Lance Bickford'] },
      { name: 'Raymond Ortiz', forms: ['Raymond Ortiz'], gender: 'male' },
    ]);
    assert.equal(q.speakerName, 'Lance Bickford');
  });

  it('does not let a cue subordinate to an attribution change who is talking', () => {
    const { quotes } = analyse(article('“We will fix it,” Doe said, referring to a group called Bridge Watch. “And we will do it this year.”'), [{ name: 'Jane Doe', forms: ['Doe'] }]);
    assert.equal(quotes[1].attribution, 'continuation');
    assert.equal(quotes[1].speakerName, 'Jane Doe');
  });

  it('continues the previous speaker in a paragraph without a cue', () => {
    const { quotes } = analyse(article('“We will fix it,” Doe said.', '“And we will do it this year.”'), [{ name: 'Jane Doe', forms: ['Doe'] }]);
    assert.equal(quotes[1].attribution, 'continuation');
    assert.equal(quotes[1].speakerName, 'Jane Doe');
    // The source of a continuation is where the speaker it continues was named.
    assert.equal(quotes[1].source?.text, 'Doe');
    assert.equal(quotes[1].source?.start, quotes[0].source?.start);
    assert.equal(quotes[1].cue, null);
  });

  it('does not continue over a paragraph that attributes to someone else', () => {
    const specs = [{ name: 'Jane Doe', forms: ['Doe'] }, { name: 'Raymond Ortiz', forms: ['Ortiz'] }];
    const { quotes } = analyse(article(
      '“We will fix it,” Doe said.',
      'Ortiz said the plan was too slow for the people on Mill Street.',
      '“Two years is a long time to wait for a bridge.”',
    ), specs);
    assert.equal(quotes[1].attribution, 'continuation');
    assert.equal(quotes[1].speakerName, 'Raymond Ortiz');
  });

  it('does not continue over a paragraph of narration about something else', () => {
    const { quotes, diagnostics } = analyse(article(
      '“We will fix it,” Doe said.',
      'Volunteers painted the fence, and children from the school sang on the steps.',
      '“Nobody asked us what we wanted for this street, not once in ten years.”',
    ), [{ name: 'Jane Doe', forms: ['Doe'] }]);
    assert.equal(quotes[1].attribution, 'none');
    assert.equal(quotes[1].speaker, null);
    assert.equal(diagnostics.filter((d) => d.code === 'unattributed-quote').length, 1);
  });

  it('continues over a paragraph that is about the same speaker', () => {
    const { quotes } = analyse(article(
      '“We will fix it,” Doe said.',
      'Doe, who grew up on the street, has led the council since 2019.',
      '“And we will do it this year, whatever it costs.”',
    ), [{ name: 'Jane Doe', forms: ['Doe'] }]);
    assert.equal(quotes[1].attribution, 'continuation');
    assert.equal(quotes[1].speakerName, 'Jane Doe');
  });

  it('joins a quotation running over paragraphs and does not call it unclosed', () => {
    const text = article('“The first part of the plan is the money,” Doe said. “The second part is the time', '“and the third part is the people.”');
    const { quotes, diagnostics } = analyse(text, [{ name: 'Jane Doe', forms: ['Doe'] }]);
    assert.equal(quotes.length, 2);
    assert.ok(quotes[1].text.startsWith('“The second part') && quotes[1].text.endsWith('people.”'));
    assert.equal(quotes[1].unclosed, undefined);
    assert.equal(quotes[1].speakerName, 'Jane Doe');
    assert.equal(diagnostics.filter((d) => d.code === 'unclosed-quote').length, 0);
  });

  it('reports an unclosed quotation without swallowing the next paragraph', () => {
    const text = article('Doe said “we will be there on time.', 'The council then voted 6-1.', '“It passed,” Ortiz said.');
    const { quotes, diagnostics } = analyse(text);
    assert.equal(quotes.length, 2);
    assert.equal(quotes[0].unclosed, true);
    assert.ok(!quotes[0].text.includes('council'));
    const d = diagnostics.find((x) => x.code === 'unclosed-quote');
    assert.equal(d?.severity, 'error');
    assert.equal(quotes[1].speakerName, 'Ortiz');
  });

  it('warns about a quotation nobody is said to have said, but not about scare quotes', () => {
    const text = article('The bridge has been “temporarily” closed since 2019.', '“Nobody will ever cross this bridge again in our lifetime.”');
    const { quotes, diagnostics } = analyse(text);
    assert.equal(quotes.length, 2);
    const warnings = diagnostics.filter((d) => d.code === 'unattributed-quote');
    assert.equal(warnings.length, 1);
    assert.equal(warnings[0].start, quotes[1].start);
    assert.equal(warnings[0].severity, 'warning');
    assert.match(warnings[0].message, /no attribution/);
  });

  it('reports anonymous sources and names them by their fuller description', () => {
    const text = article(
      'A senior city engineer told reporters the bids were low.',
      'The contract is “nearly done,” the engineer said.',
    );
    const q = analyse(text).quotes[0];
    assert.equal(q.sourceKind, 'anonymous');
    assert.equal(q.speaker, null);
    assert.equal(q.speakerName, 'a senior city engineer');
    const { diagnostics } = analyse(text);
    assert.equal(diagnostics.find((d) => d.code === 'anonymous-source')?.severity, 'information');
  });
});

describe('the seed article', () => {
  const text = readSeed('000');
  const specs: PersonSpec[] = [
    { name: 'Obama', forms: ['Obama'], gender: 'male' },
    { name: 'Xi Jinping', forms: ['Xi'] },
    { name: 'Zheng Zeguang', forms: ['Zheng'] },
    { name: 'Joe Wilson', forms: ['Joe Wilson'] },
    { name: 'Randy Forbes', forms: ['Randy Forbes'] },
    { name: 'Ron Johnson', forms: ['Ron Johnson'] },
    { name: 'Josh Earnest', forms: ['Josh Earnest'], gender: 'male' },
  ];
  const { quotes, diagnostics, people } = analyse(text, specs);
  const id = (name: string) => people.find((p) => p.name === name)?.id;

  // [quotation start, attribution, speaker names, source text, source start, cue text, cue start];
  // a continuation's source is where the speaker it continues was named, and it has no cue.
  const expected: [number, string, string[], string | null, number | null, string | null, number | null][] = [
    [610, 'explicit', ['Zheng Zeguang'], 'Zheng Zeguang', 554, 'said', 568],
    [660, 'explicit', ['Zheng Zeguang'], 'Zheng Zeguang', 554, 'said', 568],
    [760, 'explicit', ['Zheng Zeguang'], 'Zheng', 937, 'added', 943],
    [1128, 'explicit', ['Obama'], 'President Obama', 964, 'calling', 1072],
    [1169, 'explicit', ['Obama'], 'he', 1300, 'said', 1303],
    [1366, 'continuation', ['Obama'], 'he', 1300, null, null],
    [2033, 'explicit', ['Joe Wilson', 'Randy Forbes'], 'Reps. Joe Wilson (R-S.C.) and Randy Forbes (R-Va.)', 1918, 'called on', 1969],
    [2272, 'explicit', ['Ron Johnson'], 'Ron Johnson', 2189, 'pushed for', 2223],
    [2681, 'explicit', [], 'the official', 2720, 'said', 2733],
    [3099, 'explicit', ['Josh Earnest'], 'Josh Earnest', 3242, 'said', 3255],
    [3268, 'continuation', ['Josh Earnest'], 'Josh Earnest', 3242, null, null],
  ];

  it('finds the eleven quotations', () => {
    assert.deepEqual(quotes.map((q) => q.start), expected.map((e) => e[0]));
    for (const q of quotes) assert.equal(text.slice(q.start, q.end), q.text);
  });

  for (const [start, attribution, speakers, source, sourceStart, cue, cueStart] of expected) {
    it(`attributes the quotation at ${start}`, () => {
      const q = quotes.find((x) => x.start === start);
      assert.ok(q);
      assert.equal(q.attribution, attribution);
      assert.equal(q.source?.text ?? null, source);
      assert.equal(q.source?.start ?? null, sourceStart);
      assert.equal(q.cue?.text ?? null, cue);
      assert.equal(q.cue?.start ?? null, cueStart);
      if (speakers.length > 0) {
        assert.equal(q.speaker, id(speakers[0]));
        assert.equal(q.speakerName, speakers[0]);
        assert.deepEqual(q.coSpeakers ?? [], speakers.slice(1).map(id));
      } else {
        assert.equal(q.speaker, null);
        assert.equal(q.sourceKind, 'anonymous');
        assert.equal(q.speakerName, 'a White House official');
      }
    });
  }

  it('has no unattributed or unclosed quotations', () => {
    assert.deepEqual(diagnostics.filter((d) => d.code !== 'anonymous-source'), []);
  });
});
