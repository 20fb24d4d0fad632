#!/usr/bin/env node
// Builds syntaxes/news.tmLanguage.json (scopeName text.news) from readable word lists.
// The speech verbs and titles come from the engine's own lexicons (src/analysis/lexicon/*.ts),
// so colouring and analysis agree on the vocabulary. Run: node scripts/build-grammar.mjs
// --check: compare instead of writing, and warn when the committed grammar no longer matches the
// lexicons (a stale colouring grammar is harmless, so this does not fail the build);
// --check --strict: exit 1 in that case.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { wordsRegex } from './grammar-words.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outPath = join(root, 'syntaxes', 'news.tmLanguage.json');

/** Loads a TypeScript lexicon module (no imports of its own) by transpiling it in memory. */
async function loadLexicon(rel) {
  const source = readFileSync(join(root, rel), 'utf8');
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  return import('data:text/javascript;base64,' + Buffer.from(js).toString('base64'));
}

const checkOnly = process.argv.includes('--check');
const strict = process.argv.includes('--strict');

let cues;
let titles;
let calendar;
try {
  cues = await loadLexicon('src/analysis/lexicon/cues.ts');
  titles = await loadLexicon('src/analysis/lexicon/titles.ts');
  calendar = await loadLexicon('src/analysis/lexicon/calendar-words.ts');
  if (!Array.isArray(cues.CUE_VERBS) || typeof cues.formsOf !== 'function') throw new Error('cues.ts: CUE_VERBS or formsOf() missing');
  if (!Array.isArray(titles.HONORIFICS) || !Array.isArray(titles.TITLE_WORDS)) throw new Error('titles.ts: HONORIFICS or TITLE_WORDS missing');
} catch (err) {
  if (checkOnly && !strict) {
    console.warn(`warning: cannot read the lexicons to check the grammar (${err.message}); keeping syntaxes/news.tmLanguage.json`);
    process.exit(0);
  }
  throw err;
}

// ---------------------------------------------------------------------------------------------
// Helpers

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Longest first, so that "Prime Minister" wins over "Minister" and "Reps." over "Rep.". */
const byLength = (a, b) => b.length - a.length || a.localeCompare(b);
/** "said" -> "[Ss]aid": a cue may open a sentence or a headline. */
const anyInitialCase = (w) => {
  const first = w[0];
  const up = first.toUpperCase();
  return (up === first ? escapeRe(first) : `[${up}${first}]`) + escapeRe(w.slice(1));
};
/** Multi-word entries tolerate any run of spaces between their words. */
const phrase = (w) => escapeRe(w).replace(/ /g, '\\s+');

/** The words' alternation with its first-character lookahead first (cheaper than a lookbehind). */
const words = (fragments, before = '') => {
  const { guard, body } = wordsRegex(fragments);
  return `${guard}${before}${body}`;
};

// ---------------------------------------------------------------------------------------------
// Attribution cues (keyword.other.cue.news)

// Which forms of a verb are coloured is the lexicon's `colour` flag. Corrections to the lexicon's
// regular inflection (it does not double consonants or keep "ee"); "written" is dropped because
// "written by" states authorship, not speech.
const EXTRA_FORMS = ['admitted', 'bragged'];
const WRONG_FORMS = new Set(['written', 'admited', 'admiting', 'braged', 'braging', 'agreing', 'disagreing']);

function cueForms() {
  const forms = new Set();
  for (const verb of cues.CUE_VERBS) {
    if (!verb.colour || verb.fixed) continue;
    for (const form of cues.formsOf(verb)) {
      if (WRONG_FORMS.has(form)) continue;
      const isIng = form.endsWith('ing') && form !== verb.base;
      const isThird = form !== verb.base && form.endsWith('s');
      const isPast = form !== verb.base && !isIng && !isThird;
      if (isIng && verb.colour !== 'all') continue;
      if (verb.colour === 'past' && !isPast) continue;
      forms.add(form);
    }
  }
  for (const f of EXTRA_FORMS) forms.add(f);
  return [...forms].sort(byLength);
}

const CUE_WORDS = cueForms();
const CUE_PHRASES = cues.CUE_VERBS.filter((v) => v.fixed && v.colour).map((v) => v.base);
const cueRegex = `${words([...CUE_PHRASES, ...CUE_WORDS].map((w) => anyInitialCase(w).replace(/ /g, '\\s+')), '\\b')}\\b`;

// ---------------------------------------------------------------------------------------------
// Dates (constant.other.date.news)

const MONTHS = calendar.MONTHS.map((m) => m.name);
const MONTH_ABBR = calendar.MONTHS.flatMap((m) => m.abbreviations.map((a) => a.replace(/\.$/, '')));
const WEEKDAY = `(?:${calendar.WEEKDAYS.map((d) => d.replace(/day$/, '')).join('|')})day`;
const YEAR = '(?:19|20)\\d{2}';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const MONTH = `(?:${MONTHS.join('|')}|(?:${MONTH_ABBR.sort(byLength).join('|')})\\.)`;
const PERIOD = '(?:week(?:end)?|month|year|decade|century|spring|summer|fall|autumn|winter|morning|afternoon|evening|night|season|quarter|term|session|' + WEEKDAY + ')';
const COUNT = '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\\s+few|a\\s+couple\\s+of|\\d+)';
const UNIT = '(?:days?|weeks?|months?|years?|decades?)';
const NOT_IN_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_IN_WORD_AFTER = '(?![\\p{L}\\p{N}])';

const datePatterns = [
  // "earlier this week", "next Monday", "last month", "This year"
  { comment: 'relative period', match: `(?i)\\b(?:(?:earlier|later)\\s+)?(?:this|next|last|past|coming)\\s+${PERIOD}s?\\b` },
  // "the past few weeks", "the next two years"
  { comment: 'relative span', match: `(?i)\\b(?:the\\s+)?(?:past|last|next|coming)\\s+(?:few|two|three|four|five|six|several|\\d+)\\s+${UNIT}\\b` },
  // "two weeks ago", "a year earlier"
  { comment: 'relative offset', match: `(?i)\\b${COUNT}\\s+${UNIT}\\s+(?:ago|earlier|later)\\b` },
  { comment: 'deictic day', match: '(?i)\\b(?:yesterday|today|tomorrow|tonight)\\b' },
  // "March 3, 2024", "Sept. 25", "Jan. 1, 2025", "March 2024"
  { comment: 'month day year', match: `\\b${MONTH}\\s+(?:${DAY}(?:,?\\s+${YEAR})?|${YEAR})${NOT_IN_WORD_AFTER}` },
  // "3 March 2024"
  { comment: 'day month year', match: `${NOT_IN_WORD_BEFORE}${DAY}\\s+(?:${MONTHS.join('|')})(?:,?\\s+${YEAR})?\\b` },
  // A month on its own ("in March"); "May" alone is too often the modal verb.
  { comment: 'bare month', match: `\\b(?:${MONTHS.filter((m) => m !== 'May').join('|')})\\b` },
  { comment: 'weekday', match: `\\b${WEEKDAY}s?\\b` },
  // "2024-03-04", "3/4/2024"
  { comment: 'numeric date', match: `${NOT_IN_WORD_BEFORE}(?:${YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])|\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2}))${NOT_IN_WORD_AFTER}` },
  // "’90s", "'80s": a decade, and not an opening quotation mark
  { comment: 'clipped decade', match: `[’']\\d0s\\b` },
  // "2019", "the 1920s": a standalone four-digit year
  { comment: 'year', match: `(?<![\\p{L}\\p{N}$€£.,])${YEAR}s?(?![\\p{L}\\p{N}]|[.,]\\d)` },
].map((p) => ({ ...p, name: 'constant.other.date.news' }));

// ---------------------------------------------------------------------------------------------
// Titles and honorifics before a name (support.type.title.news)

const NOT_DATE_WORD = `(?!${WEEKDAY}\\b|(?:${MONTHS.join('|')})\\b)`;
const honorifics = [...titles.HONORIFICS].sort(byLength).map(phrase);
const titleWords = [...titles.TITLE_WORDS].sort(byLength).map(phrase);
// Lower-case style ("press secretary Josh Earnest") only before a two-word capitalised name.
const lowerTitleWords = [...titles.TITLE_WORDS]
  .filter((t) => t !== t.toUpperCase())
  .map((t) => t.toLowerCase())
  .sort(byLength)
  .map(phrase);

const titlePatterns = [
  {
    comment: 'honorific or capitalised title followed by a capitalised word',
    match: `${NOT_IN_WORD_BEFORE}(?:${words(honorifics)}|${words(titleWords)}\\b)(?=\\s+${NOT_DATE_WORD}\\p{Lu})`,
    name: 'support.type.title.news',
  },
  {
    comment: 'lower-case title followed by a first and last name',
    match: `${words(lowerTitleWords, NOT_IN_WORD_BEFORE)}\\b(?=\\s+${NOT_DATE_WORD}\\p{Lu}[\\p{L}’'.-]+\\s+\\p{Lu})`,
    name: 'support.type.title.news',
  },
];

// ---------------------------------------------------------------------------------------------
// Party-state tags: "(R-S.C.)", "(D-N.Y.)", "(I-Vt.)", "(R-Texas)"; AP style ", R-Texas,"

const STATE = "\\p{Lu}[\\p{L}]*\\.?(?:\\s?\\p{Lu}[\\p{L}]*\\.?){0,2}";
const PARTY = '(?:D|R|I|L|G|DFL|Ind|Lib|Grn)';
const affiliationPatterns = [
  { match: `\\(${PARTY}-${STATE}\\)`, name: 'entity.name.tag.affiliation.news' },
  { match: `(?<=,\\s)${PARTY}-${STATE}(?=,)`, name: 'entity.name.tag.affiliation.news' },
];

// ---------------------------------------------------------------------------------------------
// Quotations. Every line is a paragraph: a quotation left open ends with its line, which is how a
// quotation running over several paragraphs is written (opening mark on each, closing on the last).

const quoteInner = [{ include: '#dates' }, { include: '#numbers' }];
const begin = { 0: { name: 'punctuation.definition.string.begin.news' } };
const end = { 1: { name: 'punctuation.definition.string.end.news' } };

const repository = {
  inline: {
    patterns: [
      { include: '#quotes' },
      { include: '#affiliations' },
      { include: '#titles' },
      { include: '#cues' },
      { include: '#dates' },
      { include: '#numbers' },
    ],
  },
  quotes: {
    patterns: [
      { include: '#quote-double-curly' },
      { include: '#quote-double-straight' },
      { include: '#quote-single-curly' },
      { include: '#quote-single-straight' },
    ],
  },
  'quote-double-curly': {
    name: 'string.quoted.double.news',
    begin: '“',
    beginCaptures: begin,
    end: '(”)|$',
    endCaptures: end,
    patterns: [{ include: '#quote-single-curly' }, { include: '#quote-single-straight' }, ...quoteInner],
  },
  'quote-double-straight': {
    name: 'string.quoted.double.news',
    begin: '"',
    beginCaptures: begin,
    end: '(")|$',
    endCaptures: end,
    patterns: [{ include: '#quote-single-curly' }, { include: '#quote-single-straight' }, ...quoteInner],
  },
  'quote-single-curly': {
    comment: 'An opening ‘ never follows a letter; a closing ’ followed by a letter is an apostrophe.',
    name: 'string.quoted.single.news',
    begin: "(?<![\\p{L}\\p{N}])‘(?!\\d0s\\b)",
    beginCaptures: begin,
    end: '(’)(?![\\p{L}\\p{N}])|$',
    endCaptures: end,
    patterns: quoteInner,
  },
  'quote-single-straight': {
    comment: "A straight ' opens a quotation only at the start of a word that begins with a letter: never in don't, never in '90s.",
    name: 'string.quoted.single.news',
    begin: "(?<![\\p{L}\\p{N}'’.,])'(?=\\p{L})(?!n'\\s)",
    beginCaptures: begin,
    end: "(')(?![\\p{L}\\p{N}])|$",
    endCaptures: end,
    patterns: quoteInner,
  },
  affiliations: { patterns: affiliationPatterns },
  titles: { patterns: titlePatterns },
  cues: { patterns: [{ match: cueRegex, name: 'keyword.other.cue.news' }] },
  dates: { patterns: datePatterns },
  numbers: {
    patterns: [
      {
        match: `${NOT_IN_WORD_BEFORE}[$€£¥]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:%|(?:st|nd|rd|th)\\b)?${NOT_IN_WORD_AFTER}`,
        name: 'constant.numeric.news',
      },
    ],
  },
};

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'News Article',
  scopeName: 'text.news',
  comment: 'Generated by scripts/build-grammar.mjs from src/analysis/lexicon/*.ts. Do not edit by hand.',
  patterns: [
    {
      comment: 'The first line of the file is the headline.',
      name: 'markup.heading.news',
      begin: '\\A(?=[^\\r\\n]*\\S)',
      end: '$',
      patterns: [{ include: '#inline' }],
    },
    {
      comment: 'Copyright and site footer: the whole line.',
      name: 'comment.line.footer.news',
      match: '^(?:\\s*(?:(?i:copyright)\\b|©|\\([cC]\\)\\s*(?:19|20)\\d{2})|(?=.*\\b(?i:all\\s+rights\\s+reserved)\\b)).*$',
    },
    { include: '#inline' },
  ],
  repository,
};

const text = JSON.stringify(grammar, null, 2) + '\n';
if (checkOnly) {
  const current = readFileSync(outPath, 'utf8');
  if (current !== text) {
    const message = 'syntaxes/news.tmLanguage.json does not match the lexicons: run node scripts/build-grammar.mjs';
    if (strict) {
      console.error(message);
      process.exit(1);
    }
    console.warn('warning: ' + message);
  } else {
    console.log('✓ syntaxes/news.tmLanguage.json matches the lexicons');
  }
} else {
  writeFileSync(outPath, text);
  console.log(`wrote ${outPath}: ${CUE_WORDS.length} cue forms, ${honorifics.length} honorifics, ${titleWords.length} titles`);
}
