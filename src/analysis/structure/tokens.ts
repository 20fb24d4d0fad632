// A light tokenizer for attribution: words (keeping abbreviations such as "Sen." and "U.S." whole)
// and single punctuation marks, with offsets. Linear; no tagging.

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** A word (letters or digits), as opposed to punctuation. */
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:[.'\u2019\-&][\p{L}\p{N}]+)*\.?|\S/gu;
const UPPER = /^\p{Lu}/u;

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'gen', 'lt', 'col', 'maj',
  'capt', 'sgt', 'adm', 'cmdr', 'atty', 'supt', 'rev', 'fr', 'sr', 'jr', 'hon', 'del', 'pres', 'sec',
  'amb', 'insp', 'det', 'cpl', 'pvt', 'st', 'mt', 'ft', 'inc', 'corp', 'ltd', 'bros',
  'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  // State abbreviations that are not also common words.
  'ariz', 'ark', 'calif', 'colo', 'conn', 'fla', 'kan', 'md', 'mich', 'minn', 'mont', 'neb', 'nev',
  'okla', 'tenn', 'tex', 'va', 'vt', 'wis', 'wyo', 'e.g', 'i.e', 'a.m', 'p.m',
]);

/** Whether a word token's final period belongs to it (an abbreviation) rather than ending a sentence. */
function keepsPeriod(word: string, next: string): boolean {
  // A period followed by a comma or a closing parenthesis never ends a sentence: "(D-Wis.)".
  if (next === ',' || next === ')') return true;
  const bare = word.slice(0, -1).toLowerCase();
  if (ABBREVIATIONS.has(bare) || ABBREVIATIONS.has(bare.slice(bare.lastIndexOf('-') + 1))) return true;
  // Initials and dotted acronyms: "J.", "U.S.", "R-S.C."
  return /^\p{L}$/u.test(bare) || /\.\p{L}$/u.test(bare);
}

/** Tokens of `text` between `from` and `to` (offsets relative to `text`). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    let t = m[0];
    let end = m.index + t.length;
    if (end > to) {
      t = t.slice(0, to - m.index);
      end = to;
    }
    const word = /^[\p{L}\p{N}]/u.test(t);
    if (word && t.length > 1 && t.endsWith('.') && !keepsPeriod(t, text[end] ?? '')) {
      out.push(makeToken(t.slice(0, -1), m.index, true));
      out.push(makeToken('.', end - 1, false));
      continue;
    }
    out.push(makeToken(t, m.index, word));
  }
  return out;
}

function makeToken(text: string, start: number, word: boolean): Token {
  return { start, end: start + text.length, text, lower: text.toLowerCase(), word, cap: word && UPPER.test(text) };
}

/** True for tokens that end a sentence: . ! ? (abbreviation periods are part of their word). */
export function isSentenceEnd(t: Token): boolean {
  return !t.word && (t.text === '.' || t.text === '!' || t.text === '?');
}
