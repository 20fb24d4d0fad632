// Dashes as the tokenizer yields them. A dash sets off an attribution ("— said Smith"), an
// appositive or a dateline ("WASHINGTON (AP) — ").

export interface Dash {
  text: string;
  name: string;
  /** A hyphen-minus is a dash only where a dash can stand (between spaces), never inside a word. */
  hyphen?: true;
}

export const DASHES: readonly Dash[] = [
  { text: '\u2014', name: 'em dash' },
  { text: '\u2013', name: 'en dash' },
  { text: '\u2015', name: 'horizontal bar' },
  { text: '--', name: 'double hyphen' },
  { text: '-', name: 'hyphen-minus', hyphen: true },
];
