// Property-based tests of the engine on hostile and article-like text (fast-check, fixed seed).
// Whatever the input: analysis never throws; every span is in bounds, slices the text exactly and
// never splits a surrogate pair; quotations do not overlap; results are deterministic, and an
// Analyzer reused over a sequence of texts gives what a fresh analysis gives. The strict
// linear-time check is in `npm run hostile` (scripts/hostile); here only a loose bound.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, Analyzer } from '../../../src/analysis/analyze';
import { AnalysisResult } from '../../../src/analysis/types';
import { bestMs, splitsPair } from '../helpers';

/**
 * Fixed seed and bounded runs: the same cases on every machine, the file well under a minute.
 * To hunt further: FC_SEED=<n> FC_SCALE=<k> npx mocha --no-config out/test/unit/analysis/properties.test.js
 */
const SEED = Number(process.env.FC_SEED ?? 20240304);
const SCALE = Number(process.env.FC_SCALE ?? 1);
const runs = (numRuns: number): { seed: number; numRuns: number; endOnFailure: boolean } => ({ seed: SEED, numRuns: Math.round(numRuns * SCALE), endOnFailure: true });

// ---- checks -------------------------------------------------------------------------------


/** Checks one range: integers, ordered, in bounds, not inside a surrogate pair. */
function checkRange(text: string, where: string, start: unknown, end: unknown): void {
  assert.ok(Number.isInteger(start) && Number.isInteger(end), `${where}: integer offsets (${String(start)}, ${String(end)})`);
  const s = start as number;
  const e = end as number;
  assert.ok(s >= 0 && s <= e && e <= text.length, `${where}: [${s}, ${e}) within [0, ${text.length}]`);
  assert.ok(!splitsPair(text, s), `${where}: starts inside a surrogate pair at ${s}`);
  assert.ok(!splitsPair(text, e), `${where}: ends inside a surrogate pair at ${e}`);
}

/**
 * Visits every object of the result that has numeric start and end (spans, quotes, people's
 * mentions and roles, sources, cues, dates, paragraphs, diagnostics): each range is valid, and
 * each one with a text slices the article exactly. Returns how many ranges it checked.
 */
function checkAllSpans(text: string, result: AnalysisResult): number {
  let count = 0;
  const visit = (v: unknown, where: string): void => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => visit(x, `${where}[${i}]`));
      return;
    }
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if ('start' in o || 'end' in o) {
      checkRange(text, where, o.start, o.end);
      count++;
      if ('text' in o) assert.equal(o.text, text.slice(o.start as number, o.end as number), `${where}: text matches the slice`);
    }
    for (const [k, x] of Object.entries(o)) visit(x, `${where}.${k}`);
  };
  visit(result, 'result');
  return count;
}

/** Quotations are disjoint and in text order. */
function checkQuotesDisjoint(result: AnalysisResult): void {
  const qs = [...result.quotes].sort((a, b) => a.start - b.start);
  for (let i = 1; i < qs.length; i++) {
    assert.ok(qs[i - 1].end <= qs[i].start, `quotes overlap: [${qs[i - 1].start}, ${qs[i - 1].end}) and [${qs[i].start}, ${qs[i].end})`);
  }
}

/** Every invariant that does not need a second run. */
function checkResult(text: string, result: AnalysisResult): void {
  checkAllSpans(text, result);
  checkQuotesDisjoint(result);
  for (const p of result.people) {
    assert.ok(p.mentions.length > 0, `person ${p.id} has a mention`);
    for (const q of result.quotes) if (q.speaker === p.id) assert.equal(typeof q.speakerName, 'string');
  }
  for (const q of result.quotes) {
    if (q.speaker !== null) assert.ok(result.people.some((p) => p.id === q.speaker), `speaker ${q.speaker} is a person`);
  }
}

// ---- generators: hostile characters -------------------------------------------------------

const QUOTE_MARKS = ['“', '”', '‘', '’', '"', "'", '«', '»', '「', '」', '„', '‹', '›'];
const NEWLINES = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r', '\u2028', '\u2029', '\u0085'];
const SPACES = [' ', ' ', ' ', '\t', '\u00a0', '\u3000', '\u200b', '\ufeff', '\f', '\v'];

/** Any single UTF-16 code unit: lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
/** Any code point, astral ones as a surrogate pair. */
const codePoint = fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c));
const astral = fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c));
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const wordish = fc.constantFrom('said', 'says', 'Mr.', 'Dr.', 'Sen.', 'Jane', 'Doe', 'Ann', 'Lee', 'he', 'she', 'according to', 'Monday', 'March 4', '2024', 'the mayor', ',', '.', '—', '(R-Wis.)', 'Jan.', 'next week', 'U.S.', "’s");

/** One piece of hostile text: characters of every kind, weighted towards the interesting ones. */
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
  { weight: 3, arbitrary: fc.constantFrom(...NEWLINES) },
  { weight: 4, arbitrary: fc.constantFrom(...SPACES) },
  { weight: 5, arbitrary: wordish },
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }) },
  { weight: 2, arbitrary: codePoint },
  { weight: 2, arbitrary: codeUnit },
  { weight: 2, arbitrary: astral },
  { weight: 2, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: fc.constantFrom('\u0000', '\u0001', '\u001b', '\u007f', '\u200e', '\u200f', '\u202e', '\ud83d\ude00', 'e\u0301', '\ud83d\udc69\u200d\ud83d\udc69') },
);
const hostileText = fc.array(piece, { maxLength: 120 }).map((a) => a.join(''));

// ---- generators: article-like text --------------------------------------------------------

const FIRST = ['Jane', 'Raymond', 'Ellen', 'Zheng', 'Hillary', 'José', 'Ann', 'Bo', 'Nguyễn', 'Олег', 'محمد', 'Søren', 'Mary-Kate', "D'Angelo", 'J.', '𐐖𐐲𐑌', '𝓐𝓷𝓷', '𝐉.'];
const LAST = ['Doe', 'Ortiz', 'Marsh', 'Zeguang', 'Clinton', 'García', 'Lee', 'Diaz', 'Văn', 'Петров', 'علي', 'Kierkegaard', "O'Brien", 'van der Berg', 'bin Salman', '𐐔𐐬𐐻', '𝓛𝓮𝓮', 'Lee😀'];
const TITLES = ['', '', '𝐒𝐞𝐧.', 'Mr.', 'Ms.', 'Dr.', 'Sen.', 'Rep.', 'Gov.', 'Councilman', 'Mayor', 'Chinese Assistant Foreign Minister', 'White House press secretary', 'Reps.'];
const ROLES = ['the mayor of Riverton', 'a spokeswoman for the agency', 'the only member to vote against the plan', 'who runs a bakery', 'chief executive of Acme Corp.'];
const CUES = ['said', 'says', 'told reporters', 'added', 'explained', 'wrote', 'asked', 'insisted'];
const DATES = ['Monday', 'on Tuesday', 'last week', 'next month', 'March 4, 2024', 'Jan. 5', 'in 2019', 'Sept. 30, 2015', 'earlier this month', 'the 1990s', 'two days ago', '4 March 2024', '2024-03-04', 'early next year', 'Friday night', 'Dec. 31, 1999'];
const OPEN_CLOSE: [string, string][] = [['“', '”'], ['"', '"'], ['‘', '’'], ["'", "'"], ['«', '»'], ['« ', ' »'], ['「', '」'], ['“', ''], ['', '”'], ['„', '“']];
const WORDS = ['the', 'bridge', 'vote', 'we', 'are', 'ready', 'to', 'start', 'council', 'I’m', 'not', 'against', 'it', 'people', 'on', 'Mill', 'Street', 'budget', 'was', 'a', 'mistake', 'and', 'that', 'is', 'why', 'x', '$14.5', 'million', '60%', '😀', '𠜎𠜱', 'naïve', '👩‍👩‍👧', '𝐌𝐢𝐥𝐥'];

const name = fc.record({ title: fc.constantFrom(...TITLES), first: fc.constantFrom(...FIRST), last: fc.constantFrom(...LAST), tag: fc.constantFrom('', '', ' (R-S.C.)', ' (D)') }).map(
  (n) => `${n.title ? n.title + ' ' : ''}${n.first} ${n.last}${n.tag}`,
);
const words = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 14 }).map((w) => w.join(' '));
const quoteMarks = fc.constantFrom(...OPEN_CLOSE);

/** One sentence of news prose: quotations with cues before or after, roles, dates, pronouns. */
const sentence = fc.oneof(
  fc.tuple(quoteMarks, words, name, fc.constantFrom(...CUES), fc.constantFrom(...DATES)).map(([[o, c], w, n, cue, d]) => `${o}${w},${c} ${n} ${cue} ${d}.`),
  fc.tuple(name, fc.constantFrom(...ROLES), fc.constantFrom(...CUES), quoteMarks, words).map(([n, r, cue, [o, c], w]) => `${n}, ${r}, ${cue}: ${o}${w}.${c}`),
  fc.tuple(quoteMarks, words, fc.constantFrom('he said', 'she said', 'they said', 'said Doe', 'according to the report', 'a senior official said')).map(([[o, c], w, s]) => `${o}${w},${c} ${s}.`),
  fc.tuple(quoteMarks, words, words).map(([[o, c], a, b]) => `${o}${a}. ${b}.${c}`),
  fc.tuple(name, fc.constantFrom(...CUES), words, quoteMarks, words).map(([n, cue, a, [o, c], b]) => `${n} ${cue} ${a} was ${o}${b}${c}.`),
  fc.tuple(fc.constantFrom(...DATES), words).map(([d, w]) => `${d[0].toUpperCase()}${d.slice(1)}, ${w}.`),
  fc.tuple(words, quoteMarks, words, quoteMarks, words).map(([a, [o1, c1], b, [o2, c2], c]) => `${o1}${a} ${o2}${b}${c2} ${c}${c1}`),
  words.map((w) => `${w[0].toUpperCase()}${w.slice(1)}.`),
);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((s) => s.join(' '));
const newline = fc.constantFrom('\n', '\r\n', '\r');

/** An article: headline, optional date line and byline, paragraphs separated by line breaks. */
const article = fc
  .record({
    headline: words,
    dateline: fc.constantFrom('', 'Published Monday, March 4, 2024', 'March 4, 2024', 'By Jane Doe'),
    paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 8 }),
    nl: newline,
    blank: fc.boolean(),
    footer: fc.constantFrom('', 'Copyright 2024 The Riverton Gazette. All rights reserved.'),
  })
  .map((a) => {
    const sep = a.blank ? a.nl + a.nl : a.nl;
    const parts = [a.headline, ...(a.dateline ? [a.dateline] : []), ...a.paragraphs, ...(a.footer ? [a.footer] : [])];
    return parts.join(sep);
  });

/** An article with hostile pieces spliced in at random places. */
const mutatedArticle = fc.tuple(article, fc.array(fc.tuple(fc.nat(), piece), { maxLength: 6 })).map(([text, edits]) => {
  let t = text;
  for (const [at, p] of edits) {
    const i = at % (t.length + 1);
    t = t.slice(0, i) + p + t.slice(i);
  }
  return t;
});

/** Article-like and hostile inputs, including the empty text. */
const anyText = fc.oneof(
  { weight: 3, arbitrary: article },
  { weight: 3, arbitrary: mutatedArticle },
  { weight: 3, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n', '\r', '\r\n', '“', '”', '"', '\ud800', '\udc00', '\ufeff', '\u0000') },
);
const referenceDate = fc.constantFrom(undefined, null, '2024-03-04', '2015-09-17', '2000-02-29', 'garbage');

// ---- properties ---------------------------------------------------------------------------

describe('engine properties (fast-check)', function () {
  this.timeout(60_000);

  it('never throws, and every span is in bounds, exact and whole on hostile text', () => {
    fc.assert(
      fc.property(hostileText, referenceDate, (text, ref) => {
        checkResult(text, analyze(text, { referenceDate: ref }));
      }),
      runs(1000),
    );
  });

  it('keeps every invariant on article-like text with quotations, names, roles and dates', () => {
    let quotes = 0;
    let people = 0;
    let dates = 0;
    fc.assert(
      fc.property(article, referenceDate, (text, ref) => {
        const r = analyze(text, { referenceDate: ref });
        checkResult(text, r);
        quotes += r.quotes.length;
        people += r.people.length;
        dates += r.dates.length;
      }),
      runs(600),
    );
    // The generator reaches the interesting paths, or the property says little.
    assert.ok(quotes > 250 && people > 250 && dates > 100, `quotes ${quotes}, people ${people}, dates ${dates}`);
  });

  it('keeps every invariant when hostile characters are spliced into articles', () => {
    fc.assert(
      fc.property(mutatedArticle, referenceDate, (text, ref) => {
        checkResult(text, analyze(text, { referenceDate: ref }));
      }),
      runs(600),
    );
  });

  it('handles very long lines and many quotation marks', () => {
    const long = fc.tuple(fc.oneof(piece, sentence), fc.integer({ min: 200, max: 3000 })).map(([p, n]) => p.repeat(Math.ceil(n / Math.max(1, p.length))));
    fc.assert(
      fc.property(long, fc.option(sentence), (text, s) => {
        const t = s ? `${s} ${text} ${s}` : text;
        checkResult(t, analyze(t));
      }),
      runs(100),
    );
  });

  it('is deterministic: the same text twice gives deep-equal results', () => {
    fc.assert(
      fc.property(anyText, referenceDate, (text, ref) => {
        assert.deepStrictEqual(analyze(text, { id: 'a', referenceDate: ref }), analyze(text, { id: 'a', referenceDate: ref }));
      }),
      runs(400),
    );
  });

  it('gives the same result from a reused Analyzer as from a fresh analysis', () => {
    // A sequence of versions: independent texts, and edits of the previous one (so that most
    // paragraphs come from the cache, some move, some change).
    const edit = fc.tuple(fc.nat(), fc.nat({ max: 20 }), fc.oneof(piece, sentence, newline));
    const versions = fc.tuple(anyText, fc.array(fc.oneof(edit, anyText), { minLength: 1, maxLength: 6 }));
    fc.assert(
      fc.property(versions, referenceDate, ([first, steps], ref) => {
        const analyzer = new Analyzer();
        let text = first;
        const all = [first];
        for (const step of steps) {
          if (typeof step === 'string') text = step;
          else {
            const [at, del, ins] = step;
            const i = at % (text.length + 1);
            text = text.slice(0, i) + ins + text.slice(i + del);
          }
          all.push(text);
        }
        all.forEach((t, i) => {
          assert.deepStrictEqual(analyzer.analyze(t, { id: 'v', referenceDate: ref }), analyze(t, { id: 'v', referenceDate: ref }), `version ${i}`);
        });
      }),
      runs(300),
    );
  });

  it('takes time roughly linear in the length (loose bound; the strict one is in npm run hostile)', () => {
    // Eight copies of a generated article, each paragraph made distinct so that no paragraph's
    // facts are shared between copies. Best of three runs each, to keep out GC pauses.
    const sample = fc.sample(article, { seed: SEED, numRuns: 3 });
    const base = sample.join('\n\n');
    const copies = (n: number): string =>
      Array.from({ length: n }, (_, k) => base.replace(/\n\n?|\r\n?/g, (m) => ` (copy ${k})${m}`) + ` (copy ${k})`).join('\n\n');
    const time = (text: string): number => bestMs(() => analyze(text));
    const one = copies(1);
    const eight = copies(8);
    time(one); // warm-up
    const t1 = Math.max(time(one), 2); // under 2 ms, timer noise dominates
    const t8 = time(eight);
    assert.ok(t8 / t1 <= 40, `1x ${t1.toFixed(1)} ms, 8x ${t8.toFixed(1)} ms: ratio ${(t8 / t1).toFixed(1)}`);
  });
});
