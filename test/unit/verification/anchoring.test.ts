// Anchoring: marks find their quotation again after edits, by exact text (context and offset break
// ties), then by similarity, and are orphaned rather than guessed. Unit cases, the engine on a short
// article, and a work bound for 1,000 quotations x 1,000 marks counted in comparisons, not time.
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/analysis/analyze';
import { anchorFor, quoteIndexAt, reattach, ReattachStats } from '../../../src/verification/anchoring';
import { Mark } from '../../../src/verification/sidecar-model';
import { FUZZY_CANDIDATES_PER_MARK, FUZZY_THRESHOLD, FuzzyIndex, normaliseQuote, similarity } from '../../../src/verification/similarity';
import type { Span } from '../../../src/verification/engine-types';
import { article, mark } from './fixtures';

const markOn = (text: string, quote: Span, id = 'm1'): Mark => mark(id, { anchor: anchorFor(text, quote) });

describe('verification: anchors', () => {
  it('keeps the quotation text, 32 code units of context each side, and the offset', () => {
    const { text, quotes } = article(['x'.repeat(40), { quote: '“Yes.”' }, ' she said, '.repeat(5)]);
    const a = anchorFor(text, quotes[0]);
    assert.deepEqual(a, { quote: '“Yes.”', before: 'x'.repeat(32), after: ' she said, '.repeat(5).slice(0, 32), offset: 40 });
    const short = article(['A: ', { quote: '“No.”' }]);
    assert.deepEqual(anchorFor(short.text, short.quotes[0]), { quote: '“No.”', before: 'A: ', after: '', offset: 3 });
  });

  it('never cuts a surrogate pair at either end of the context', () => {
    const emoji = '😀';
    const { text, quotes } = article([emoji.repeat(17) + 'a', { quote: '“Hi.”' }, 'a' + emoji.repeat(16)]);
    const a = anchorFor(text, quotes[0]);
    assert.equal(a.before, emoji.repeat(15) + 'a', 'a leading half pair is left out, not split');
    assert.equal(a.after, 'a' + emoji.repeat(15));
    for (const s of [a.before, a.after]) assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s));
  });

  it('finds the quotation at an offset inside it, or just after its closing mark', () => {
    const { quotes } = article(['a ', { quote: '“One.”' }, { quote: '“Two.”' }, ' b']);
    assert.equal(quoteIndexAt(quotes, 2), 0);
    assert.equal(quoteIndexAt(quotes, 7), 0);
    assert.equal(quoteIndexAt(quotes, 8), 1, 'the start of the next quotation wins over the end of the previous one');
    assert.equal(quoteIndexAt(quotes, 14), 1);
    assert.equal(quoteIndexAt(quotes, 1), null);
    assert.equal(quoteIndexAt(quotes, 15), null);
  });
});

describe('verification: reattach', () => {
  const original = article(['Council votes\n\nThe mayor said: ', { quote: '“The bridge opens in May.”' }, '\n\nLater she added: ', { quote: '“We are ready for it.”' }, '\n']);
  const marks = original.quotes.map((q, i) => markOn(original.text, q, `m${i}`));

  it('attaches every mark exactly to an unchanged article', () => {
    const got = reattach(original.text, original.quotes, marks);
    assert.deepEqual(got.map((a) => [a.mark.id, a.quoteIndex, a.how, a.similarity]), [['m0', 0, 'exact', 1], ['m1', 1, 'exact', 1]]);
  });

  it('follows quotations moved by paragraphs inserted above', () => {
    const edited = article(['Council votes\n\nA new paragraph.\n\nThe mayor said: ', { quote: '“The bridge opens in May.”' }, '\n\nLater she added: ', { quote: '“We are ready for it.”' }, '\n']);
    const got = reattach(edited.text, edited.quotes, marks);
    assert.deepEqual(got.map((a) => [a.quoteIndex, a.how]), [[0, 'moved'], [1, 'moved']]);
  });

  it('tells repeated quotations apart by context before offset', () => {
    const before = article(['He asked: ', { quote: '“No.”' }, ' Then she replied: ', { quote: '“No.”' }, ' and left.']);
    const onSecond = markOn(before.text, before.quotes[1]);
    // Text inserted above puts the first "No." exactly at the second one's old offset.
    const shift = before.quotes[1].start - before.quotes[0].start;
    const after = article(['X'.repeat(shift) + 'He asked: ', { quote: '“No.”' }, ' Then she replied: ', { quote: '“No.”' }, ' and left.']);
    assert.equal(after.quotes[0].start, onSecond.anchor.offset);
    const [got] = reattach(after.text, after.quotes, [onSecond]);
    assert.deepEqual([got.quoteIndex, got.how], [1, 'moved']);
  });

  it('re-attaches a lightly edited quotation by similarity, and orphans a rewritten one', () => {
    const edited = article(['Council votes\n\nThe mayor said: ', { quote: '“The bridge opens in late May.”' }, '\n\nLater she added: ', { quote: '“Nobody knows anything yet.”' }, '\n']);
    const got = reattach(edited.text, edited.quotes, marks);
    assert.equal(got[0].quoteIndex, 0);
    assert.equal(got[0].how, 'fuzzy');
    assert.ok(got[0].similarity >= FUZZY_THRESHOLD && got[0].similarity < 1, String(got[0].similarity));
    assert.deepEqual([got[1].quoteIndex, got[1].how, got[1].similarity], [null, 'orphan', 0]);
  });

  it('ignores a change of quotation-mark style, case or spacing, but calls it fuzzy', () => {
    const edited = article(['The mayor said: ', { quote: '"the  bridge opens in May."' }]);
    const [got] = reattach(edited.text, edited.quotes, [marks[0]]);
    assert.deepEqual([got.quoteIndex, got.how, got.similarity], [0, 'fuzzy', 1]);
  });

  it('puts two marks on one quotation only when they were on the same quotation before', () => {
    const twins = [markOn(original.text, original.quotes[0], 'a'), markOn(original.text, original.quotes[0], 'b')];
    assert.deepEqual(reattach(original.text, original.quotes, twins).map((a) => a.quoteIndex), [0, 0]);
    // Two quotations merged into one by an edit: only the better match keeps it, the other orphans.
    const merged = article(['Council votes\n\nThe mayor said: ', { quote: '“The bridge opens in May.”' }, '\n']);
    const got = reattach(merged.text, merged.quotes, marks);
    assert.deepEqual(got.map((a) => a.quoteIndex), [0, null]);
  });

  it('prefers an exact match over a fuzzy one for the same quotation', () => {
    const edited = article(['The mayor said: ', { quote: '“The bridge opens in May!”' }, ' and: ', { quote: '“The bridge opens in May.”' }]);
    const [got] = reattach(edited.text, edited.quotes, [marks[0]]);
    assert.deepEqual([got.quoteIndex, got.how], [1, 'moved']);
  });

  it('works on quotations found by the engine when a paragraph is inserted above', () => {
    const text = 'Bridge to open\n\nMayor Ann Lee said on Monday: "The bridge opens in May."\n\n"We are ready," said Tom Price, the engineer.\n';
    const first = analyze(text);
    const ready = first.quotes.findIndex((q) => q.text.includes('ready'));
    assert.ok(ready >= 0, 'the engine finds the quotation');
    const m = markOn(text, first.quotes[ready]);
    const edited = text.replace('\n\nMayor', '\n\nThe council met for three hours.\n\nMayor');
    const second = analyze(edited);
    const [got] = reattach(edited, second.quotes, [m]);
    assert.equal(got.how, 'moved');
    assert.equal(second.quotes[got.quoteIndex as number].text, first.quotes[ready].text);
    assert.equal(second.quotes[got.quoteIndex as number].speakerName, 'Tom Price');
  });
});

describe('verification: similarity', () => {
  it('is 1 for the same words, high for a changed word, low for other words', () => {
    assert.equal(similarity('“We are ready.”', '"we are  ready."'), 1);
    assert.ok(similarity('“The bridge opens in May, on time.”', '“The bridge opens in June, on time.”') >= FUZZY_THRESHOLD);
    assert.ok(similarity('“The bridge opens in May.”', '“Taxes will rise next year.”') < 0.5);
    assert.equal(similarity('“”', '“”'), 1);
    assert.equal(similarity('x', 'y'), 0);
    assert.equal(normaliseQuote(' ‘It’s —  fine’ '), "'it's - fine'");
  });

  it('finds through its index exactly what comparing with every text finds', () => {
    const texts = ['“The bridge opens in May.”', '“The bridge opens in June.”', '“Bridge opens May”', '“Taxes rise.”', '“the bridge opens in may.”', '“No.”'];
    const index = new FuzzyIndex(texts);
    for (const probe of [...texts, '“The bridge opened in May.”', '“No!”', '']) {
      const brute = texts.map((t, index) => ({ index, similarity: similarity(probe, t) })).filter((m) => m.similarity >= FUZZY_THRESHOLD);
      assert.deepEqual(index.matches(probe).map((m) => m.index).sort(), brute.map((m) => m.index).sort(), probe);
    }
  });
});

describe('verification: reattach work at 1,000 quotations x 1,000 marks', () => {
  const VOCABULARY = (
    'council bridge budget river school vote tax road park mayor plan money year week town city water power housing police fire court ' +
    'judge law street market hospital nurse doctor teacher student parent child family farmer factory worker union strike wage price rent ' +
    'landlord tenant airport train ticket station driver traffic storm flood rain snow heat summer winter election ballot candidate ' +
    'campaign debate poll voter party senator governor minister cabinet treaty border trade export tariff bank loan debt inflation jobs ' +
    'growth museum library theatre concert festival garden forest harbour ship highway tunnel repair contract company merger lawsuit ' +
    'verdict appeal prison officer witness evidence report study survey data vaccine clinic patient'
  ).split(' ');

  /** Marks on n quotations, then every quotation edited a little and the order reversed. */
  function worstCase(n: number): { stats: ReattachStats; wrong: number; fuzzy: number } {
    let state = 7; // deterministic pseudo-random words: the same articles on every run
    const next = (k: number): number => ((state = (state * 1103515245 + 12345) % 2147483648), state % k);
    const texts = Array.from({ length: n }, (_, i) => `“${Array.from({ length: 8 }, () => VOCABULARY[next(VOCABULARY.length)]).join(' ')} number ${i}.”`);
    const build = (list: string[]): { text: string; quotes: Span[] } => article(list.flatMap((t) => [`Paragraph ${next(1000)} said: `, { quote: t }, '\n\n']));
    const before = build(texts);
    const marks = before.quotes.map((q, i) => markOn(before.text, q, `m${i}`));
    const after = build(texts.map((t) => t.replace(/^“(\w+)/, '“newsroom')).reverse());
    const stats: ReattachStats = { contextComparisons: 0, fuzzyComparisons: 0 };
    const got = reattach(after.text, after.quotes, marks, stats);
    return { stats, wrong: got.filter((a, i) => a.quoteIndex !== n - 1 - i).length, fuzzy: got.filter((a) => a.how === 'fuzzy').length };
  }

  it('re-attaches every mark to its own quotation, with work growing linearly, not with the pairs', () => {
    const small = worstCase(250);
    const large = worstCase(1000);
    assert.equal(large.wrong, 0, 'every mark on its own quotation');
    assert.equal(large.fuzzy, 1000);
    assert.ok(large.stats.fuzzyComparisons <= FUZZY_CANDIDATES_PER_MARK * 1000, `${large.stats.fuzzyComparisons} similarity computations`);
    // Four times the quotations and marks: four times the work (sixteen would be all pairs).
    const ratio = large.stats.fuzzyComparisons / small.stats.fuzzyComparisons;
    assert.ok(ratio < 5, `work ratio ${ratio.toFixed(2)} for 4x the input`);
    assert.ok(large.stats.contextComparisons / small.stats.contextComparisons < 5, 'context comparisons grow linearly too');
  });
});
