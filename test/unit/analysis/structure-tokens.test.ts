import * as assert from 'assert';
import { tokenize } from '../../../src/analysis/structure/tokens';

/** [text, word, cap] of each token. */
const marks = (s: string, extra?: string[]): [string, boolean, boolean][] =>
  tokenize(s, { extraTitles: extra ? new Set(extra) : undefined }).map((t) => [t.text, t.word, t.cap]);

describe('tokenize: words, capitals and punctuation in and outside ASCII', () => {
  it('tells capitals and words apart for accented and non-Latin letters as for ASCII ones', () => {
    assert.deepStrictEqual(marks('Élodie met ölafur, Zoë and 3 Ωmega-fans.'), [
      ['Élodie', true, true], ['met', true, false], ['ölafur', true, false], [',', false, false],
      ['Zoë', true, true], ['and', true, false], ['3', true, false], ['Ωmega-fans', true, true], ['.', false, false],
    ]);
    assert.deepStrictEqual(marks('“Ça va,” dit-il — ¿sí?'), [
      ['“', false, false], ['Ça', true, true], ['va', true, false], [',', false, false], ['”', false, false],
      ['dit-il', true, false], ['—', false, false], ['¿', false, false], ['sí', true, false], ['?', false, false],
    ]);
  });
  it('splits a possessive off and keeps an extra title only when the user gave one', () => {
    const t = tokenize("Cllr. Ames's dog and Mr Patel", { extraTitles: new Set(['cllr']) });
    assert.deepStrictEqual(t.map((x) => [x.text, x.poss, x.extraTitle]), [
      ['Cllr.', false, true], ['Ames', true, false], ['dog', false, false], ['and', false, false], ['Mr.', false, false], ['Patel', false, false],
    ]);
    assert.deepStrictEqual(tokenize('Cllr. Ames', {}).map((x) => x.extraTitle), [false, false, false]);
  });
});
