// Phase 2 of the window reload (see phases.ts): a new extension host, whose store has read the
// marks from disk and shows them in the hover and the outline.
import * as assert from 'assert';
import { api, documentSymbols, hoverText, openSeed, positionOf, verificationOf, waitFor } from '../helpers';
import { readState } from './phases';
import { CORRECTED_QUOTE, VERIFIED_QUOTE } from './scenario';

describe('window reload, after', function () {
  this.timeout(120_000);

  it('runs in a new extension host', () => {
    const state = readState();
    assert.ok(state, 'the state written before the reload');
    assert.notStrictEqual(process.pid, state.pid, 'the window reloaded: another extension host process answers');
  });

  it('the mark and its note are there: in the store and in the hover', async () => {
    const state = readState();
    assert.ok(state);
    const { doc } = await openSeed();
    await (await api()).verification.whenLoaded(doc.uri);
    const { v } = await verificationOf(doc, VERIFIED_QUOTE, (x) => x !== null);
    assert.strictEqual(v?.markId, state.marks.verifiedMarkId);
    assert.strictEqual(v?.status, 'verified');
    const md = await waitFor(async () => {
      const text = await hoverText(doc, positionOf(doc, VERIFIED_QUOTE, 10));
      return text.includes(state.marks.note) && text;
    }, { message: 'the hover to show the note' });
    assert.match(md, /verified/i);
  });

  it('the corrected speaker is there: the outline lists the quotation under them', async () => {
    const state = readState();
    assert.ok(state);
    const { doc } = await openSeed();
    const speakers = await waitFor(async () => {
      const group = (await documentSymbols(doc)).find((s) => s.name === 'Speakers');
      return group?.children.find((s) => s.name === state.marks.speaker)?.children.some((q) => q.name.includes(CORRECTED_QUOTE)) && group;
    }, { message: `the outline to list the corrected quotation under ${state.marks.speaker}` });
    const quote = speakers.children.find((s) => s.name === state.marks.speaker)?.children.find((q) => q.name.includes(CORRECTED_QUOTE));
    assert.match(quote?.detail ?? '', /speaker corrected by /);
  });
});
