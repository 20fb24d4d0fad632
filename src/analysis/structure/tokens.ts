// The engine's one tokenizer, run once per paragraph: words (keeping abbreviations such as "Sen."
// and "U.S." whole, with a possessive ’s split off) and single punctuation marks, with offsets
// into the paragraph. Linear; no tagging. Attribution and name finding read the same tokens.
import { ABBREVIATIONS, PLACE_ACRONYMS } from '../lexicon/abbreviations';

export interface Token {
  start: number;
  end: number;
  /** The word as written, without a possessive ’s; "Mr" before a name reads "Mr." (see below). */
  text: string;
  lower: string;
  /** A word (letters or digits), as opposed to punctuation. */
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Followed by a possessive ’s / 's, which is left out of the token. */
  poss: boolean;
  /** First word of a sentence (or of the paragraph), where a capital says nothing about names. */
  sentStart: boolean;
  /** One of the user's extra titles ("Cllr."). */
  extraTitle: boolean;
  /** . ! or ?, ending a sentence; not a period right before a comma or a parenthesis ("Ill.,"). */
  endsSentence: boolean;
}

export interface TokenizeOptions {
  /** The user's extra titles, lower case, without a final period: they keep their period. */
  extraTitles?: ReadonlySet<string>;
}

// Separators must be followed by a letter or digit, so the pattern cannot backtrack badly.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[.'\u2019\-\u2010\u2011&][\p{L}\p{M}\p{N}]+)*\.?|\S/gu;
const UPPER = /^\p{Lu}/u;
const WORD_START = /^[\p{L}\p{M}\p{N}]/u;

// Most text is ASCII: its first character answers these without running a Unicode pattern.
const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const startsWord = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c < 128 ? isAsciiAlnum(c) : WORD_START.test(w);
};
const startsUpper = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(w);
};

const KEEPS_PERIOD = new Set(ABBREVIATIONS.filter((a) => !a.beforeNumber).map((a) => a.word));
const BEFORE_NUMBER = new Set(ABBREVIATIONS.filter((a) => a.beforeNumber).map((a) => a.word));
const TITLE_ABBREVIATIONS = new Set(ABBREVIATIONS.filter((a) => a.title).map((a) => a.word));
const PLACES = new Set(PLACE_ACRONYMS);
const NUMBER_NEXT = /^\s\d/;
const SENTENCE_MARKS = new Set(['.', '!', '?']);
const ABBREVIATION_CLOSE = /^[,)]$/;
/** Punctuation after which the next word opens a sentence; openers keep the state before them. */
const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '…']);
const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', '—', '–', '-']);
/** Words whose ’s is "is" or "has", not a possessive: "it's", "he's", "that's". */
const CONTRACTED = new Set(['he', 'she', 'it', 'that', 'there', 'here', 'what', 'who', 'where', 'how', 'let']);
/**
 * Courtesy titles that British and Commonwealth style writes without a period ("Mr Patel",
 * "Dr Lee"). Before a capitalised word they are read as the abbreviation with its period, so that
 * every rule about honorifics applies; the token's span is still the text as written.
 */
const UNDOTTED_HONORIFIC = /^(?:Mr|Mrs|Ms|Mx|Dr|Prof)$/;
const BEFORE_NAME = /^ \p{Lu}/u;

/** Whether a word's final period belongs to it (an abbreviation) rather than ending a sentence. */
function keepsPeriod(word: string, text: string, end: number, extra: ReadonlySet<string> | undefined): boolean {
  const bare = word.slice(0, -1).toLowerCase();
  if (KEEPS_PERIOD.has(bare) || KEEPS_PERIOD.has(bare.slice(bare.lastIndexOf('-') + 1)) || extra?.has(bare)) return true;
  if (BEFORE_NUMBER.has(bare)) return NUMBER_NEXT.test(text.slice(end, end + 2));
  // Initials and dotted acronyms: "J.", "U.S.", "R-S.C."
  return /^\p{L}$/u.test(bare) || /\.\p{L}$/u.test(bare);
}

/** Whether the word after token t opens a sentence, given whether t itself came at one. */
function nextStartsSentence(t: Token, before: boolean): boolean {
  if (t.word) return t.text.endsWith('.') && !keepsSentenceOpen(t);
  if (SENTENCE_END.has(t.text)) return true;
  return OPENERS.has(t.text) ? before : false;
}

/** A word with a final period after which a sentence goes on: a title, an initial ("J. Smith"). */
function keepsSentenceOpen(t: Token): boolean {
  if (t.extraTitle || TITLE_ABBREVIATIONS.has(t.lower.slice(0, -1))) return true;
  return /^(?:\p{Lu}\.)+$/u.test(t.text) && !PLACES.has(t.text);
}

class TokenList {
  readonly tokens: Token[] = [];
  private atStart = true;

  constructor(private readonly extra: ReadonlySet<string> | undefined) {}

  push(start: number, text: string, word: boolean, poss = false, length = text.length, endsSentence = !word && SENTENCE_MARKS.has(text)): void {
    const lower = text.toLowerCase();
    const t: Token = {
      start,
      end: start + length,
      text,
      lower,
      word,
      cap: word && startsUpper(text),
      poss,
      sentStart: word && this.atStart,
      extraTitle: word && !!this.extra?.size && this.extra.has(lower.replace(/\.$/, '')),
      endsSentence,
    };
    this.tokens.push(t);
    this.atStart = nextStartsSentence(t, this.atStart);
  }
}

/** Tokens of a paragraph, in order. Linear in its length. */
export function tokenize(text: string, options: TokenizeOptions = {}): Token[] {
  const list = new TokenList(options.extraTitles);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let w = m[0];
    const start = m.index;
    const end = start + w.length;
    if (!startsWord(w)) {
      list.push(start, w, false);
      continue;
    }
    let period = false;
    if (w.length > 1 && w.endsWith('.') && !keepsPeriod(w, text, end, options.extraTitles)) {
      w = w.slice(0, -1);
      period = true;
    }
    if (w.length <= 4 && UNDOTTED_HONORIFIC.test(w) && BEFORE_NAME.test(text.slice(start + w.length, start + w.length + 2))) {
      list.push(start, w + '.', true, false, w.length);
      continue;
    }
    const poss = w.length > 2 && (w.endsWith('s') || w.endsWith('S')) && /.[’']s$/i.test(w) && !CONTRACTED.has(w.slice(0, -2).toLowerCase());
    if (poss) w = w.slice(0, -2);
    list.push(start, w, true, poss);
    // A period followed by a comma or a closing parenthesis ends no sentence: "Ill.,", "(D-Wis.)".
    if (period) list.push(end - 1, '.', false, false, 1, !ABBREVIATION_CLOSE.test(text[end] ?? ''));
  }
  return list.tokens;
}

/** True for tokens that end a sentence: . ! ? (abbreviation periods are part of their word). */
export function isSentenceEnd(t: Token): boolean {
  return t.endsSentence;
}

/** The user's extra titles as the tokenizer wants them: lower case, without a final period. */
export function extraTitleSet(titles: readonly string[] = []): ReadonlySet<string> {
  return new Set(titles.map((t) => t.toLowerCase().replace(/\.$/, '')));
}
