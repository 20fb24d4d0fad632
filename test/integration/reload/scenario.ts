// The quotations of the seed the reload scenario marks (words inside each quotation).
export const VERIFIED_QUOTE = 'At the same time, the Chinese government';
export const CORRECTED_QUOTE = 'We are preparing a number of measures';
export const NOTE = 'Checked against the press conference transcript';
export const SPEAKER = 'Josh Earnest';
