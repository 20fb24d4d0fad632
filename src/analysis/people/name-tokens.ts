// A small, linear-time tokenizer for name finding: words (with internal apostrophes, hyphens and
// abbreviation periods) and single punctuation characters, with offsets into the paragraph.

export interface Token {
  start: number;
  end: number;
  text: string;
  /** True for words; false for punctuation. */
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Followed by a possessive ’s / 's, which is excluded from the token. */
  poss: boolean;
  /** First word of a sentence (or of the paragraph), where capitals say nothing about names. */
  sentStart: boolean;
}

// Separators must be followed by a letter, so the pattern cannot backtrack badly.
const TOKEN = /[\p{L}\p{M}\d]+(?:[’'.\-\u2010\u2011][\p{L}\p{M}\d]+)*\.?|\S/gu;
const UPPER = /^\p{Lu}/u;
const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '…']);
const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', '—', '–', '-']);

/** Words that keep their final period: initials, dotted abbreviations and these. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'gen', 'lt',
  'col', 'maj', 'capt', 'sgt', 'adm', 'cmdr', 'atty', 'supt', 'rev', 'fr', 'sr', 'jr', 'hon', 'del',
  'pres', 'sec', 'amb', 'insp', 'det', 'cpl', 'pvt', 'st', 'mt', 'inc', 'corp', 'co', 'ltd', 'bros',
  'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'vs', 'no', 'u.s', 'messrs',
]);

/** Abbreviated titles from the user's settings ("Cllr"), lower case, without the period. */
export const extraAbbreviations = new Set<string>();

function keepsPeriod(word: string): boolean {
  if (extraAbbreviations.has(word.toLowerCase())) return true;
  if (word.length === 1) return true; // an initial: "J."
  if (word.includes('.')) return true; // "U.S.", "G.K."
  return ABBREVIATIONS.has(word.toLowerCase());
}

const NOT_SENTENCE_END = /^(?:(?!U\.S\.|U\.K\.|U\.N\.|D\.C\.)(?:\p{Lu}\.)+|Mr\.|Mrs\.|Ms\.|Dr\.|Sen\.|Rep\.|Reps\.|Gov\.|Gen\.|Rev\.|Lt\.|St\.|Sens\.)$/u;

/** Whether the next word starts a sentence, given the token just read (state kept, so linear). */
function nextStartsSentence(t: Token, before: boolean): boolean {
  if (t.word) return /\.$/.test(t.text) && !NOT_SENTENCE_END.test(t.text) && !extraAbbreviations.has(t.text.slice(0, -1).toLowerCase());
  if (SENTENCE_END.has(t.text)) return true;
  return OPENERS.has(t.text) ? before : false;
}

class TokenList {
  readonly tokens: Token[] = [];
  private atStart = true;
  push(start: number, text: string, word: boolean, poss = false, length = text.length): void {
    const t: Token = { start, end: start + length, text, word, cap: word && UPPER.test(text), poss, sentStart: word && this.atStart };
    this.tokens.push(t);
    this.atStart = nextStartsSentence(t, this.atStart);
  }
}

/**
 * Courtesy titles that British and Commonwealth style writes without a period ("Mr Patel",
 * "Dr Lee"). Before a capitalised word they are read as the abbreviation with its period, so that
 * every rule about honorifics applies; the token's span is still the text as written.
 */
const UNDOTTED_HONORIFIC = /^(?:Mr|Mrs|Ms|Mx|Dr|Prof)$/;
const BEFORE_NAME = /^ \p{Lu}/u;

/** Tokens of a paragraph, in order. Linear in its length. */
export function tokenize(text: string): Token[] {
  const list = new TokenList();
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let w = m[0];
    const start = m.index;
    if (w.length === 1 && !/[\p{L}\p{M}\d]/u.test(w)) { list.push(start, w, false); continue; }
    let period = false;
    if (w.endsWith('.') && !keepsPeriod(w.slice(0, -1))) { w = w.slice(0, -1); period = true; }
    if (UNDOTTED_HONORIFIC.test(w) && BEFORE_NAME.test(text.slice(start + w.length, start + w.length + 2))) {
      list.push(start, w + '.', true, false, w.length);
      continue;
    }
    const poss = /.[’']s$/i.test(w) && w.length > 2;
    if (poss) w = w.slice(0, -2);
    list.push(start, w, true, poss);
    if (period) list.push(start + m[0].length - 1, '.', false);
  }
  return list.tokens;
}
