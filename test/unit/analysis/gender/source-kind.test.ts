// Kinds of source from the stated roles: head words, organisations that decide for a shared head
// word, the user's extra head words, and the kinds of quotations without a person.
import * as assert from 'node:assert';
import { analyze } from '../../../../src/analysis/analyze';
import { SourceKinds } from '../../../../src/analysis/source-kind/source-kind';
import { headWord } from '../../../../src/analysis/source-kind/head-word';
import { SOURCE_KIND_WORDS } from '../../../../src/analysis/lexicon/source-kinds';
import { GENDER_WORDS } from '../../../../src/analysis/lexicon/gender-words';

describe('kinds of source', () => {
  const kinds = new SourceKinds();

  it('reads the head word of a role', () => {
    assert.equal(headWord('the mayor of Riverton'), 'mayor');
    assert.equal(headWord('White House press secretary'), 'secretary');
    assert.equal(headWord('a professor of law at Dunmore College'), 'professor');
  });

  it('maps head words to kinds', () => {
    assert.equal(kinds.ofRole('the mayor of Riverton'), 'official');
    assert.equal(kinds.ofRole('a professor of law at Dunmore College'), 'expert');
    assert.equal(kinds.ofRole('chief executive'), 'business');
    assert.equal(kinds.ofRole('a local activist'), 'advocate');
    assert.equal(kinds.ofRole('a resident of Elm Street'), 'citizen');
    assert.equal(kinds.ofRole('the team’s goalkeeper'), 'sports');
    assert.equal(kinds.ofRole('a columnist'), 'media');
    assert.equal(kinds.ofRole('a keen gardener'), null);
  });

  it('lets the organisation decide for a head word used everywhere', () => {
    assert.equal(kinds.ofRole('president of the teachers’ union'), 'advocate');
    assert.equal(kinds.ofRole('president of Dunmore Bank'), 'business');
    assert.equal(kinds.ofRole('a spokesman for the police department'), 'official');
    assert.equal(kinds.ofRole('a spokesman'), 'organisation');
  });

  it('takes extra head words from the settings, replacing built-in ones', () => {
    const extra = new SourceKinds({ gardener: 'citizen', columnist: 'expert' });
    assert.equal(extra.ofRole('a keen gardener'), 'citizen');
    assert.equal(extra.ofRole('a columnist'), 'expert');
  });

  it('gives people and their quotations a kind, and unnamed sources theirs', () => {
    const text = [
      'Flood plan',
      '“The wall will hold,” said Mayor Ines Varga.',
      '“We are not sure,” said Tomas Brill, a professor of hydrology at Dunmore College.',
      '“Nobody asked us,” said Pat Mold.',
      '“Sandbags are ready,” a senior official said.',
      '“The river rose two metres,” the report said.',
    ].join('\n');
    const r = analyze(text);
    const kindOf = (name: string): string | undefined => r.people.find((p) => p.name === name)?.sourceKind;
    assert.equal(kindOf('Ines Varga'), 'official');
    assert.equal(kindOf('Tomas Brill'), 'expert');
    assert.equal(kindOf('Pat Mold'), 'unknown');
    const q = (first: string): string | null | undefined => r.quotes.find((x) => x.text.includes(first))?.sourceCategory;
    assert.equal(q('wall will hold'), 'official');
    assert.equal(q('not sure'), 'expert');
    assert.equal(q('Nobody asked'), 'unknown');
    assert.equal(q('Sandbags'), 'anonymous');
    assert.equal(q('river rose'), 'document');
    const scare = analyze('Weather\nThe town has a new plan.\n\nIts “dry weather” plan is new.').quotes;
    assert.equal(scare[0]?.attribution, 'none');
    assert.equal(scare[0]?.sourceCategory, null);
  });

  it('lists each head word and each gendered noun once', () => {
    const heads = SOURCE_KIND_WORDS.map((w) => w.word);
    assert.deepEqual(heads.filter((w, i) => heads.indexOf(w) !== i), []);
    const nouns = GENDER_WORDS.map((w) => w.word);
    assert.deepEqual(nouns.filter((w, i) => nouns.indexOf(w) !== i), []);
  });
});
