// Roles: titles before names, appositives after them, party-state tags, plural titles.
import * as assert from 'node:assert';
import { findNameMentions } from '../../../../src/analysis/people/name-mentions';
import { rolesOf as roleTexts } from '../../helpers';
import { analyze } from '../../../../src/analysis/analyze';


describe('roles', () => {
  it('takes a capitalised title before the name', () => {
    assert.deepStrictEqual(roleTexts('Brazilian Deputy Trade Minister Paulo Ferreira said talks would resume.', 'Paulo Ferreira'), ['Brazilian Deputy Trade Minister']);
  });

  it('takes a lower-case title before the name', () => {
    assert.deepStrictEqual(roleTexts('“No comment,” city council spokeswoman Dana Whitfield said.', 'Dana Whitfield'), ['city council spokeswoman']);
  });

  it('takes an appositive after the name', () => {
    assert.deepStrictEqual(roleTexts('Tom Reyes, the mayor of Riverton, said the road would open.', 'Tom Reyes'), ['the mayor of Riverton']);
  });

  it('does not take a clause for an appositive', () => {
    assert.deepStrictEqual(roleTexts('Tom Reyes, who was late, said the road would open.', 'Tom Reyes'), []);
  });

  it('reads a party-state tag as the affiliation, not a role', () => {
    const [m] = findNameMentions('Sen. Carla Mendes (D-Ore.) voted no.');
    assert.strictEqual(m.affiliation, 'D-Ore.');
    assert.deepStrictEqual(m.roles.map((r) => r.text), ['Sen.']);
  });

  it('applies a plural title to each name it governs', () => {
    const ms = findNameMentions('Sens. Amy Porter (D-Vt.), Gary Lind (R-Kan.) and Hal Oduya (I-Me.) wrote a letter.');
    assert.deepStrictEqual(ms.map((m) => m.text), ['Amy Porter', 'Gary Lind', 'Hal Oduya']);
    for (const m of ms) assert.deepStrictEqual(m.roles.map((r) => r.text), ['Sens.']);
    assert.deepStrictEqual(ms.map((m) => m.affiliation), ['D-Vt.', 'R-Kan.', 'I-Me.']);
  });

  it('keeps courtesy honorifics out of roles', () => {
    assert.deepStrictEqual(roleTexts('Of course Mr. Bellamy disagreed.', 'Bellamy'), []);
  });

  it('splits a description from an abbreviated title', () => {
    assert.deepStrictEqual(roleTexts('The event featured Republican vice-presidential nominee Gov. Ted Harlan of Ohio.', 'Ted Harlan'), ['Republican vice-presidential nominee', 'Gov.']);
  });
});

describe('roles stated apart from the name', () => {
  const rolesOfPerson = (text: string, name: string): string[] => {
    const p = analyze(text).people.find((x) => x.name === name);
    assert.ok(p, `no person ${name}`);
    for (const r of p.roles) assert.strictEqual(text.slice(r.start, r.end), r.text);
    return p.roles.map((r) => r.text);
  };

  it('gives a description that stands for a person to the last person mentioned', () => {
    const text = 'Marta Quill toured the flooded district on Monday.\n\nThe former county treasurer said repairs would take months.';
    assert.deepStrictEqual(rolesOfPerson(text, 'Marta Quill'), ['former county treasurer']);
  });

  it('gives a description to the person whose own role shares its head, past a later name', () => {
    const text = 'Green Party nominee Lena Fisk spoke at the rally. Her speech quoted Walt Whitman. The nominee later met reporters.';
    assert.deepStrictEqual(rolesOfPerson(text, 'Lena Fisk'), ['Green Party nominee']);
    const whitman = analyze(text).people.find((x) => x.name === 'Walt Whitman');
    assert.deepStrictEqual(whitman?.roles, []);
  });

  it('gives a party description to the person of that party', () => {
    const text = 'Democrat Ines Calder and Republican Hugo Brandt met in a debate on Tuesday. Calder spoke first. Brandt answered. The Democratic candidate then turned to taxes.';
    assert.deepStrictEqual(rolesOfPerson(text, 'Ines Calder'), ['Democratic candidate']);
    assert.deepStrictEqual(rolesOfPerson(text, 'Hugo Brandt'), []);
  });

  it('does not give a deputy’s role to the holder of the main role', () => {
    const text = 'Presidential nominee Rosa Lind arrived late. Her running mate Omar Pike waited. The vice presidential nominee spoke about farm prices.';
    assert.ok(!rolesOfPerson(text, 'Rosa Lind').includes('vice presidential nominee'));
  });

  it('reads no one into generic, plural or unnamed descriptions', () => {
    const text = 'Paula Reyes spoke on Monday. The next mayor will face a deficit. The two candidates met the other councillors, and the spokesman said nothing.';
    assert.deepStrictEqual(rolesOfPerson(text, 'Paula Reyes'), []);
  });

  it('takes a role stated in a predicate after the name', () => {
    const text = 'Dev Anand is a former civil rights lawyer who now teaches. Mr. Anand is also the chairman of the Harbor Trust.';
    assert.deepStrictEqual(rolesOfPerson(text, 'Dev Anand'), ['a former civil rights lawyer', 'the chairman of the Harbor Trust']);
  });

  it('splits two coordinated roles of an appositive', () => {
    assert.deepStrictEqual(roleTexts('Ana Cole, the architect of the merger and a close adviser to the mayor, said it would pass.', 'Ana Cole'), ['the architect of the merger', 'a close adviser to the mayor']);
    assert.deepStrictEqual(roleTexts('Sam Ito, the secretary of health and human services, said it would pass.', 'Sam Ito'), ['the secretary of health and human services']);
  });

  it('keeps an institution’s name inside an appositive, and "one of" roles', () => {
    assert.deepStrictEqual(roleTexts('Todd Marr, the State Department’s trade envoy, began talks.', 'Todd Marr'), ['the State Department’s trade envoy']);
    assert.deepStrictEqual(roleTexts('Ben Ruiz, one of the governor’s closest aides, recalled the night.', 'Ben Ruiz'), ['one of the governor’s closest aides']);
  });
});

describe('roles: more places they are stated', () => {
  const rolesOfPerson = (text: string, name: string): string[] => analyze(text).people.find((x) => x.name === name)?.roles.map((r) => r.text) ?? [];

  it('takes an appositive after the person’s place', () => {
    assert.deepStrictEqual(roleTexts('Senator Ann Lowe of Kentucky, the majority leader, objected.', 'Ann Lowe'), ['Senator', 'the majority leader']);
  });

  it('reads "the senator" as the person titled "Sen."', () => {
    const text = 'Sen. Ruth Alder questioned the bank’s chief. Later Omar Diaz testified. The Vermont senator pressed him again.';
    assert.ok(rolesOfPerson(text, 'Ruth Alder').includes('Vermont senator'));
  });

  it('takes a predicate after a relative pronoun and one opening with a name’s possessive', () => {
    assert.ok(rolesOfPerson('He lacked the record of Ana Ruiz, who is now his secretary of state.', 'Ana Ruiz').includes('his secretary of state'));
    assert.ok(rolesOfPerson('Critics praised Ray Lowe. Lowe is Harper’s nominee to the court.', 'Ray Lowe').includes('Harper’s nominee to the court'));
  });

  it('gives a description with a possessive head', () => {
    const text = 'Republican nominee Cal Voss spoke on Monday. Critics attacked the Republican nominee’s tax plan.';
    assert.deepStrictEqual(rolesOfPerson(text, 'Cal Voss'), ['Republican nominee']);
  });
});

describe('names: signatures and given names the lexicon lacks', () => {
  it('takes a name signing a quotation after a dash', () => {
    assert.deepStrictEqual(findNameMentions('“We need change now.” ― Dolores Quintanar').map((m) => m.text), ['Dolores Quintanar']);
  });

  it('takes an unknown word before a known first name as a given name', () => {
    assert.deepStrictEqual(findNameMentions('The film recalls the death of Jamarion Russell in 2012.').map((m) => m.text), ['Jamarion Russell']);
  });
});
