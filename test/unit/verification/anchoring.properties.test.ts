// Property tests of anchoring (fast-check, fixed seed): an article is modelled as text between
// quotations, each quotation with an identity that survives edits, so the tests know which
// quotation a mark belongs to whatever the edits did.
//  - edits outside the quotations never detach or move a mark;
//  - an edit inside a quotation re-attaches its mark when the similarity is at or above the
//    threshold, and orphans it below;
//  - whatever the edits, a mark never lands on another quotation (one not similar to its own).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { anchorFor, reattach } from '../../../src/verification/anchoring';
import type { Span } from '../../../src/verification/engine-types';
import { Mark } from '../../../src/verification/sidecar-model';
import { FUZZY_THRESHOLD, FuzzyIndex, similarity } from '../../../src/verification/similarity';
import { mark, runs } from './fixtures';

interface ModelQuote {
  identity: number;
  text: string;
}
/** gaps[i] is the text before quotes[i]; the last gap follows the last quotation. */
interface Model {
  gaps: string[];
  quotes: ModelQuote[];
}

function render(model: Model): { text: string; spans: Span[] } {
  let text = '';
  const spans: Span[] = [];
  model.quotes.forEach((q, i) => {
    text += model.gaps[i];
    spans.push({ start: text.length, end: text.length + q.text.length, text: q.text });
    text += q.text;
  });
  return { text: text + model.gaps[model.quotes.length], spans };
}

function marksOn(model: Model): Mark[] {
  const { text, spans } = render(model);
  return spans.map((s, i) => mark(`m${model.quotes[i].identity}`, { anchor: anchorFor(text, s) }));
}

const identityOf = (m: Mark): number => Number(m.id.slice(1));

// ---- generators --------------------------------------------------------------------------------

const WORDS = ['the', 'council', 'will', 'not', 'vote', 'on', 'bridge', 'budget', 'tonight', 'we', 'are', 'ready', 'to', 'build', 'it', 'taxes', 'rise', 'again', 'nobody', 'asked', 'me', 'first', 'river', 'flooded', 'twice', 'this', 'spring', 'schools', 'close', 'early', 'I', 'never', 'said', 'that'];
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 12 }).map((w) => `“${w.join(' ')}.”`);
/** Text between quotations: anything, quotation marks, newlines and astral characters included. */
const filler = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom('', '\n\n', ' she said. ', '😀', '“', ' the mayor said: '));
const distinctQuotes = (min: number, max: number): fc.Arbitrary<string[]> =>
  fc.uniqueArray(sentence, { minLength: min, maxLength: max }).filter((qs) => qs.every((a, i) => qs.every((b, j) => i === j || similarity(a, b) < FUZZY_THRESHOLD)));
const model = (min: number, max: number): fc.Arbitrary<Model> =>
  distinctQuotes(min, max).chain((texts) =>
    fc.array(filler, { minLength: texts.length + 1, maxLength: texts.length + 1 }).map((gaps) => ({ gaps, quotes: texts.map((text, identity) => ({ identity, text })) })),
  );

interface Splice {
  where: number;
  at: number;
  remove: number;
  insert: string;
}
const splice = fc.record({ where: fc.nat(), at: fc.nat(), remove: fc.nat({ max: 30 }), insert: fc.oneof(filler, fc.array(fc.constantFrom(...WORDS), { maxLength: 3 }).map((w) => w.join(' '))) });

/** Replaces part of `s` between `lo` and `hi` (bounds included) as the splice says. */
function applySplice(s: string, e: Splice, lo = 0, hi = s.length): string {
  const at = lo + (e.at % (hi - lo + 1));
  const end = Math.min(hi, at + e.remove);
  return s.slice(0, at) + e.insert + s.slice(end);
}

const clone = (m: Model): Model => ({ gaps: [...m.gaps], quotes: m.quotes.map((q) => ({ ...q })) });

// ---- properties ----------------------------------------------------------------------------------

describe('verification: anchoring properties', () => {
  it('edits outside the quotations never detach or move a mark', () => {
    fc.assert(
      fc.property(model(1, 6), fc.array(splice, { minLength: 1, maxLength: 8 }), (m, edits) => {
        const marks = marksOn(m);
        const edited = clone(m);
        for (const e of edits) {
          const g = e.where % edited.gaps.length;
          edited.gaps[g] = applySplice(edited.gaps[g], e);
        }
        const { text, spans } = render(edited);
        for (const [i, a] of reattach(text, spans, marks).entries()) {
          assert.equal(a.quoteIndex, i, `mark ${a.mark.id} stays on its quotation`);
          assert.equal(a.how, spans[i].start === a.mark.anchor.offset ? 'exact' : 'moved');
          assert.equal(a.similarity, 1);
        }
      }),
      runs(300),
    );
  });

  it('an edit inside a quotation re-attaches at or above the threshold and orphans below it', () => {
    let above = 0;
    let below = 0;
    fc.assert(
      fc.property(model(2, 5), fc.nat(), splice, (m, which, e) => {
        const marks = marksOn(m);
        const target = which % m.quotes.length;
        const edited = clone(m);
        const old = m.quotes[target].text;
        const text1 = applySplice(old, e, 1, old.length - 1); // inside the quotation marks
        edited.quotes[target].text = text1;
        // The edited quotation must not become like another one: that is the next property.
        fc.pre(text1.length > 2 && m.quotes.every((q, i) => i === target || similarity(text1, q.text) < FUZZY_THRESHOLD));
        const { text, spans } = render(edited);
        const got = reattach(text, spans, marks);
        const s = similarity(old, text1);
        const mine = got[target];
        if (s >= FUZZY_THRESHOLD) {
          above++;
          assert.equal(mine.quoteIndex, target, `similarity ${s} re-attaches`);
          assert.equal(mine.how, text1 === old ? (spans[target].start === mine.mark.anchor.offset ? 'exact' : 'moved') : 'fuzzy');
          assert.equal(mine.similarity, s);
        } else {
          below++;
          assert.deepEqual([mine.quoteIndex, mine.how], [null, 'orphan'], `similarity ${s} orphans`);
        }
        got.forEach((a, i) => i !== target && assert.equal(a.quoteIndex, i));
      }),
      runs(400),
    );
    // Both sides of the threshold were exercised, or the property says nothing.
    assert.ok(above > 40 && below > 40, `above ${above}, below ${below}`);
  });

  it('a mark never attaches to another quotation, whatever the edits', () => {
    const operation = fc.oneof(
      splice.map((e) => ({ kind: 'outside' as const, e })),
      splice.map((e) => ({ kind: 'inside' as const, e })),
      fc.nat().map((n) => ({ kind: 'unquote' as const, n })),
      fc.tuple(fc.nat(), sentence).map(([n, text]) => ({ kind: 'new' as const, n, text })),
    );
    let attached = 0;
    let orphaned = 0;
    fc.assert(
      fc.property(model(2, 6), fc.array(operation, { minLength: 1, maxLength: 6 }), (m, ops) => {
        const marks = marksOn(m);
        const edited = clone(m);
        let nextIdentity = m.quotes.length;
        for (const op of ops) {
          const n = edited.quotes.length;
          if (op.kind === 'outside') {
            const g = op.e.where % edited.gaps.length;
            edited.gaps[g] = applySplice(edited.gaps[g], op.e);
          } else if (op.kind === 'inside' && n > 0) {
            const q = edited.quotes[op.e.where % n];
            q.text = applySplice(q.text, op.e, 1, q.text.length - 1);
          } else if (op.kind === 'unquote' && n > 0) {
            // The quotation loses its marks: its words stay in the text, but it is no quotation.
            const i = op.n % n;
            const [gone] = edited.quotes.splice(i, 1);
            edited.gaps.splice(i, 2, edited.gaps[i] + gone.text.slice(1, -1) + edited.gaps[i + 1]);
          } else if (op.kind === 'new') {
            const i = op.n % (n + 1);
            edited.quotes.splice(i, 0, { identity: nextIdentity++, text: op.text });
            edited.gaps.splice(i, 1, edited.gaps[i], '');
          }
        }
        // Another quotation that reads like the mark's own would be the same quotation to anyone.
        for (const q of m.quotes) {
          fc.pre(edited.quotes.every((c) => c.identity === q.identity || similarity(q.text, c.text) < FUZZY_THRESHOLD));
        }
        const { text, spans } = render(edited);
        for (const a of reattach(text, spans, marks)) {
          if (a.quoteIndex === null) orphaned++;
          else {
            attached++;
            assert.equal(edited.quotes[a.quoteIndex].identity, identityOf(a.mark), `mark ${a.mark.id} on quotation ${edited.quotes[a.quoteIndex].identity}`);
          }
        }
      }),
      runs(400),
    );
    assert.ok(attached > 200 && orphaned > 50, `attached ${attached}, orphaned ${orphaned}`);
  });

  it('the similarity index finds what comparing with every quotation finds', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 30 }), sentence, fc.array(splice, { maxLength: 2 }), (texts, probe, edits) => {
        const variants = [...texts, ...edits.map((e) => applySplice(probe, e, 1, probe.length - 1))];
        const index = new FuzzyIndex(variants);
        const expected = variants.flatMap((t, i) => (similarity(probe, t) >= FUZZY_THRESHOLD ? [i] : []));
        assert.deepEqual(index.matches(probe).map((x) => x.index).sort((a, b) => a - b), expected);
      }),
      runs(300),
    );
  });
});
