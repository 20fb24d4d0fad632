// Marks joined to an analysis: each quotation's check, the speaker to show (a correction replaces
// the engine's and says so), orphans, and counts by status. Quotations come from the engine.
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/analysis/analyze';
import { anchorFor, reattach } from '../../../src/verification/anchoring';
import { addCounts, applyMarks, correctedResult, emptyCounts, STATUS_ORDER } from '../../../src/verification/marks-on-result';
import { Mark } from '../../../src/verification/sidecar-model';
import { mark } from './fixtures';

const TEXT = 'Library to close early\n\nMayor Ann Lee said on Monday: "The library closes at six."\n\n"Nobody asked us," said Tom Price, a librarian.\n\n"It is only for the summer," she said.\n';

describe('verification: marks on an analysis', () => {
  const result = analyze(TEXT);
  const at = (needle: string): number => result.quotes.findIndex((q) => q.text.includes(needle));
  const on = (needle: string, id: string, overrides: Partial<Mark> = {}): Mark => mark(id, { anchor: anchorFor(TEXT, result.quotes[at(needle)]), ...overrides });

  it('finds the three quotations and their speakers (the fixture is what the tests assume)', () => {
    assert.equal(result.quotes.length, 3);
    assert.deepEqual(result.quotes.map((q) => q.speakerName), ['Ann Lee', 'Tom Price', 'Ann Lee']);
  });

  it('gives each marked quotation its check, the rest none, and counts by status', () => {
    const marks = [on('six', 'a', { status: 'verified', note: 'minutes p. 4', link: 'https://example.org/minutes' }), on('Nobody', 'b', { status: 'disputed' })];
    const orphan = mark('gone', { anchor: { quote: '"A quotation since deleted."', before: '', after: '', offset: 5 } });
    const v = applyMarks(result, reattach(TEXT, result.quotes, [...marks, orphan]));
    assert.equal(v.verifications[at('six')]?.status, 'verified');
    assert.equal(v.verifications[at('six')]?.note, 'minutes p. 4');
    assert.equal(v.verifications[at('six')]?.link, 'https://example.org/minutes');
    assert.equal(v.verifications[at('six')]?.how, 'exact');
    assert.equal(v.verifications[at('Nobody')]?.status, 'disputed');
    assert.equal(v.verifications[at('summer')], null);
    assert.deepEqual(v.orphans.map((m) => m.id), ['gone']);
    assert.deepEqual(v.counts, { verified: 1, 'needs-check': 0, disputed: 1, unchecked: 1, orphaned: 1 });
    assert.deepEqual(STATUS_ORDER, ['verified', 'needs-check', 'disputed', 'unchecked', 'orphaned']);
  });

  it('replaces the speaker with a correction, flagged, linking a person of the article by name', () => {
    const marks = [
      on('summer', 'a', { speaker: { kind: 'person', name: 'tom  price' } }),
      on('Nobody', 'b', { speaker: { kind: 'name', name: 'A library spokeswoman' } }),
      on('six', 'c', { speaker: { kind: 'none' } }),
    ];
    const v = applyMarks(result, reattach(TEXT, result.quotes, marks));
    const tom = result.people.find((p) => p.name === 'Tom Price');
    assert.deepEqual(v.speakers[at('summer')], { name: 'Tom Price', personId: tom?.id, corrected: true });
    assert.deepEqual(v.speakers[at('Nobody')], { name: 'A library spokeswoman', personId: null, corrected: true });
    assert.deepEqual(v.speakers[at('six')], { name: null, personId: null, corrected: true });
    const fixed = correctedResult(result, v);
    assert.equal(fixed.quotes[at('summer')].speaker, tom?.id);
    assert.equal(fixed.quotes[at('summer')].speakerName, 'Tom Price');
    assert.equal(fixed.quotes[at('six')].speakerName, null);
    assert.equal(result.quotes[at('six')].speakerName, 'Ann Lee', 'the engine result is not changed');
  });

  it("keeps the engine's speaker, unflagged, without a correction", () => {
    const v = applyMarks(result, reattach(TEXT, result.quotes, [on('six', 'a')]));
    assert.deepEqual(v.speakers[at('six')], { name: 'Ann Lee', personId: result.quotes[at('six')].speaker, corrected: false });
    assert.equal(correctedResult(result, v).quotes[at('six')], result.quotes[at('six')]);
  });

  it('shows the newest of marks that share a quotation, and lists the others', () => {
    const older = on('six', 'a', { status: 'verified', at: '2024-03-04T09:00:00Z' });
    const newer = on('six', 'b', { status: 'disputed', at: '2024-03-04T10:00:00Z' });
    const v = applyMarks(result, reattach(TEXT, result.quotes, [older, newer]));
    const check = v.verifications[at('six')];
    assert.deepEqual([check?.markId, check?.status, check?.otherMarks.map((m) => m.id)], ['b', 'disputed', ['a']]);
    assert.equal(v.counts.disputed + v.counts.verified, 1, 'a quotation counts once');
  });

  it('adds counts across articles', () => {
    const one = { ...emptyCounts(), verified: 2, unchecked: 1 };
    assert.deepEqual(addCounts(one, { ...emptyCounts(), verified: 1, orphaned: 3 }), { verified: 3, 'needs-check': 0, disputed: 0, unchecked: 1, orphaned: 3 });
  });
});
