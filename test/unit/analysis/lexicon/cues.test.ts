import * as assert from 'node:assert';
import { CUE_VERBS, cueVerbTable, speechVerbForms } from '../../../../src/analysis/lexicon/cues';
import { cueLexicon } from '../../../../src/analysis/attribution/cue-finder';
import { analyze } from '../../../../src/analysis/analyze';

describe('cue lexicon', () => {
  it('speech forms include the characterising verbs, their irregular forms and the extra verbs', () => {
    const forms = speechVerbForms(['grumble']);
    for (const f of ['said', 'blasted', 'found', 'swore', 'grumbled', 'grumbles']) assert.ok(forms.has(f), f);
    // Particle-only verbs are cues only with their particle.
    assert.ok(!forms.has('went') && !forms.has('puts'));
    assert.ok(!speechVerbForms([], { characterising: false }).has('blasted'));
  });

  it('a particle-only verb listed as an extra verb is a cue on its own', () => {
    assert.ok(cueLexicon().particleOnly.has('push'));
    assert.ok(!cueLexicon(['push']).particleOnly.has('push'));
    assert.ok(speechVerbForms(['push']).has('pushed'));
  });

  it('"according to" is a fixed phrase of the lexicon, not an inflected verb', () => {
    assert.ok(CUE_VERBS.some((v) => v.base === 'according to' && v.fixed && v.sourceFollows));
    assert.ok(!cueVerbTable().has('according to') && !cueVerbTable().has('according'));
    assert.deepStrictEqual(cueLexicon().phrases.get('according'), { rest: ['to'], base: 'according to', sourceFollows: true });
  });

  it('an extra cue verb reaches name finding: a capitalised word before it is a name', () => {
    const text = '“The buses are late again.” Okonkwo grumbled.';
    const speaker = (extra: string[]): string | null => analyze(text, { extraCueVerbs: extra }).quotes[0]?.speakerName ?? null;
    assert.strictEqual(speaker([]), null);
    assert.strictEqual(speaker(['grumble']), 'Okonkwo');
  });
});
