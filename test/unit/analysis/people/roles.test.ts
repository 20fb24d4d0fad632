// Roles: titles before names, appositives after them, party-state tags, plural titles.
import * as assert from 'node:assert';
import { findNameMentions } from '../../../../src/analysis/people/name-mentions';
import { rolesOf as roleTexts } from '../../helpers';


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
