// People: finding name mentions in a paragraph and joining them across a document.
import * as assert from 'node:assert';
import { findNameMentions } from '../../../../src/analysis/people/name-mentions';
import { extraTitleSet, tokenize } from '../../../../src/analysis/structure/tokens';
import { joinPeople } from '../../../../src/analysis/people/join';
import type { NameMention } from '../../../../src/analysis/people/name-mention';
import { Person } from '../../../../src/analysis/types';
import { assertLinear, readSeed } from '../../helpers';

/** Runs the per-paragraph finder over lines and joins with document offsets, like the engine. */
function analyse(text: string): Person[] {
  const all: NameMention[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    for (const m of findNameMentions(line)) {
      all.push({ ...m, start: m.start + offset, end: m.end + offset, roles: m.roles.map((r) => ({ ...r, start: r.start + offset, end: r.end + offset })) });
    }
    offset += line.length + 1;
  }
  return joinPeople(all).people;
}

const names = (text: string): string[] => findNameMentions(text).filter((m) => !m.tentative).map((m) => m.text);

describe('findNameMentions', () => {
  it('finds a name after a title and keeps the title out of the name', () => {
    assert.deepStrictEqual(names('Yesterday Mayor Linda Okafor opened the bridge.'), ['Linda Okafor']);
  });

  it('finds a non-Western name before a speech verb', () => {
    assert.deepStrictEqual(names('At the forum, Wang Lihua said the plan would work.'), ['Wang Lihua']);
  });

  it('excludes the possessive from the span', () => {
    const ms = findNameMentions('Prime Minister Tanaka’s visit was delayed.');
    assert.strictEqual(ms[0].text, 'Tanaka');
    assert.strictEqual('Prime Minister Tanaka’s visit was delayed.'.slice(ms[0].start, ms[0].end), 'Tanaka');
  });

  it('does not take organisations, places or dates for people', () => {
    assert.deepStrictEqual(names('Reuters reported on Monday that the Senate Finance Committee met in Chicago.'), []);
    assert.deepStrictEqual(names('The Washington Post and the White House declined to comment.'), []);
  });

  it('does not take sentence-initial ordinary words for names', () => {
    assert.deepStrictEqual(names('Lawmakers have argued. But Critics say otherwise. Tensions rose.'), []);
  });

  it('reads gender from honorifics, and a first name\'s only as a hint', () => {
    const [a] = findNameMentions('Mrs. Delgado spoke first.');
    assert.strictEqual(a.gender, 'female');
    const [b] = findNameMentions('Later, Robert Kline answered.');
    assert.strictEqual(b.gender, null);
    assert.strictEqual(b.nameGender, 'male');
  });

  it('does not hang on a very long line', () => {
    assertLinear('a line of names', (n) => 'Aaa Bbb Ccc said that, '.repeat(n), findNameMentions, 11_250);
  });
});

describe('joinPeople', () => {
  it('joins surname mentions to the full name', () => {
    const people = analyse('Governor Maria Castillo arrived.\nCastillo said she was pleased.');
    assert.strictEqual(people.length, 1);
    assert.strictEqual(people[0].name, 'Maria Castillo');
    assert.strictEqual(people[0].mentions.length, 2);
    assert.strictEqual(people[0].id, 'p1');
  });

  it('sends a bare shared surname to the person mentioned most so far, or by honorific', () => {
    // Rule: gendered honorifics decide; otherwise the person with most mentions so far, then the most recent.
    const people = analyse('Hillary Clinton spoke. Clinton said more.\nBill Clinton also came.\nClinton later left. Mr. Clinton stayed.');
    const hillary = people.find((p) => p.name === 'Hillary Clinton');
    const bill = people.find((p) => p.name === 'Bill Clinton');
    assert.ok(hillary && bill);
    assert.strictEqual(hillary.mentions.length, 3);
    assert.strictEqual(bill.mentions.length, 2);
  });

  it('joins a surname that is also a first name to the full name ("Lindsey Graham" ... "Graham")', () => {
    const people = analyse('Lindsey Graham spoke on Monday.\nGraham said the plan would fail. Graham left on Tuesday.');
    assert.deepStrictEqual(people.map((p) => [p.name, p.mentions.length]), [['Lindsey Graham', 3]]);
  });

  it('keeps an honorific away from a person whose first name has the other gender', () => {
    const people = analyse('Robert Vale spoke. Vale said more. Vale left.\nSarah Vale came.\nMrs. Vale stayed.');
    const sarah = people.find((p) => p.name === 'Sarah Vale');
    assert.deepStrictEqual(sarah?.mentions.map((m) => m.text), ['Sarah Vale', 'Vale']);
  });

  it('finds every person of the seed article with roles and party tags', () => {
    const seed = readSeed('000');
    const people = analyse(seed);
    const byName = new Map(people.map((p) => [p.name, p]));
    const expect: [string, string, string | null][] = [
      ['Obama', 'President', null],
      ['Xi Jinping', 'President', null],
      ['Zheng Zeguang', 'Chinese Assistant Foreign Minister', null],
      ['Joe Wilson', 'Reps.', 'R-S.C.'],
      ['Randy Forbes', 'Reps.', 'R-Va.'],
      ['Ron Johnson', 'Senate Homeland Security and Governmental Affairs Committee Chairman', 'R-Wis.'],
      ['Josh Earnest', 'White House press secretary', null],
    ];
    assert.strictEqual(people.length, expect.length, people.map((p) => p.name).join(', '));
    for (const [name, role, aff] of expect) {
      const p = byName.get(name);
      assert.ok(p, name);
      assert.deepStrictEqual(p.roles.map((r) => r.text), [role]);
      assert.strictEqual(p.affiliation, aff);
      for (const m of p.mentions) assert.strictEqual(seed.slice(m.start, m.end), m.text);
    }
    assert.strictEqual(byName.get('Xi Jinping')?.mentions.length, 4);
    assert.strictEqual(byName.get('Zheng Zeguang')?.mentions.length, 2);
  });
});

describe('people: names that look like places, and surnames at a sentence start', () => {
  it('keeps a titled first name and surname even when the surname ends place names', () => {
    assert.deepStrictEqual(names('County Commissioner Denise Park told the crowd she would vote no.'), ['Denise Park']);
  });

  it('joins a surname at the start of a sentence before a cue to the person introduced earlier', () => {
    const people = analyse('Library Director Angela Frost spoke first.\nFrost said the board would decide next week.');
    assert.strictEqual(people.length, 1);
    assert.deepStrictEqual(people[0].mentions.map((m) => m.text), ['Angela Frost', 'Frost']);
  });

  it('does not make a person of a place named with "the" or "in" before it, however often', () => {
    const people = analyse('Crowds filled the Maple Grove branch.\nShe has lived in Maple Grove for years.\nThe Maple Grove library opened in 1962.\nVisitors to the Maple Grove park were few.');
    assert.deepStrictEqual(people.map((p) => p.name), []);
  });
});

describe('people: words that only open sentences', () => {
  it('does not make a person of a capitalised word that opens several quotations', () => {
    const people = analyse('Title\n“Statement one is mine,” Ann Lee said.\n“Statement two is mine,” Bo Diaz said.\n“Statement three is mine,” Cy Ray said.');
    assert.deepStrictEqual(people.map((p) => p.name), ['Ann Lee', 'Bo Diaz', 'Cy Ray']);
  });
});

describe('people: extra titles from the settings', () => {
  it('uses the extra titles of the call, and forgets them when a later call has none', () => {
    const text = 'Yesterday Cllr. Obi Nwosu opened the bridge.';
    const withTitle = findNameMentions(text, tokenize(text, { extraTitles: extraTitleSet(['Cllr.']) }));
    const named = withTitle.filter((m) => !m.tentative);
    assert.deepStrictEqual(named.map((m) => m.text), ['Obi Nwosu']);
    assert.deepStrictEqual(named[0].roles.map((r) => r.text), ['Cllr.']);
    const without = findNameMentions(text);
    assert.deepStrictEqual(without.flatMap((m) => m.roles.map((r) => r.text)), []);
  });
});

describe('name patterns from the new article styles', () => {
  it('skips a sentence-opening status word before a first name and surname', () => {
    assert.deepStrictEqual(names('Commuter Ngozi Okafor, 41, said the train stopped twice.'), ['Ngozi Okafor']);
    const m = findNameMentions('Student Kwame Asante said the fees had doubled.');
    assert.deepStrictEqual(m.map((x) => [x.text, x.roles.map((r) => r.text)]), [['Kwame Asante', ['Student']]]);
  });

  it('reads a capitalised religious title before a lone first name as the role', () => {
    const m = findNameMentions('The hall was lent by Father Anselm last winter.');
    assert.deepStrictEqual(m.map((x) => [x.text, x.roles.map((r) => r.text), !!x.tentative, x.gender]), [['Anselm', ['Father'], false, 'male']]);
  });

  it('keeps a chain of particles inside a name', () => {
    assert.deepStrictEqual(names('Yesterday Joost van der Linden opened the shop.'), ['Joost van der Linden']);
    assert.deepStrictEqual(names('The mural is by Lucía de la Fuente Ortega, critics agree.'), ['Lucía de la Fuente Ortega']);
  });

  it('does not take a role acronym standing alone for a name', () => {
    assert.deepStrictEqual(findNameMentions('She became CEO after the merger.').map((m) => m.text), []);
  });

  it('takes the role from "as ROLE" in a relative clause about the person', () => {
    const roles = (text: string): string[][] => findNameMentions(text).map((m) => m.roles.map((r) => r.text));
    assert.deepStrictEqual(roles('Omar Haddad, who has worked as a nurse since 2010, said the ward was full.'), [['nurse']]);
    assert.deepStrictEqual(roles('Greta Holm, who took over as CFO last year, declined to comment.'), [['CFO']]);
    assert.deepStrictEqual(roles('Greta Holm, who was seen as a rising force, declined to comment.'), [[]]);
  });

  it('does not count a lone word that owns or modifies a thing as a person', () => {
    const text = [
      "Voters in Brackenfield's only ward turned out early.",
      'The city of Brackenfield has no bus depot.',
      'Police said a Brackenfield man was arrested.',
      'The festival returns to Brackenfield in June.',
    ].join('\n');
    assert.deepStrictEqual(analyse(text).map((p) => p.name), []);
    const m = findNameMentions('Police said a Brackenfield man was arrested.').find((x) => x.text === 'Brackenfield');
    assert.ok(m?.modifier && m.tentative);
  });

  it('keeps a lone first name after a kinship word', () => {
    assert.deepStrictEqual(analyse('Ana Souza, 23, came with her brother Tiago, who is 15.').map((p) => [p.name, p.gender]), [['Ana Souza', 'female'], ['Tiago', 'male']]);
    assert.deepStrictEqual(analyse('Officials said the brother Tiago had left.').map((p) => p.name), []);
  });
});

