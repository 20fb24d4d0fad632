// Abbreviations whose period belongs to the word rather than ending a sentence: one list for the
// one tokenizer (structure/tokens.ts). Lower case, without the period.
// `title`: an abbreviated title before a name ("Sen. Warren"): the next word never opens a
// sentence. Other abbreviations ("Inc.", "Calif.") may end one: the next capital says nothing.
// `beforeNumber`: an abbreviation only before a number ("No. 2"; "said no." ends a sentence).

export interface Abbreviation {
  word: string;
  title?: boolean;
  beforeNumber?: boolean;
}

const titles = (words: string): Abbreviation[] => words.split(' ').map((word) => ({ word, title: true }));
const others = (words: string): Abbreviation[] => words.split(' ').map((word) => ({ word }));

export const ABBREVIATIONS: readonly Abbreviation[] = [
  ...titles('mr mrs ms mx dr prof sen sens rep reps gov govs gen lt col maj capt sgt adm cmdr atty supt rev fr hon del pres sec amb insp det cpl pvt st messrs'),
  // "Sr." and "Jr." follow a name and often end the sentence; "Mt." and "Ft." open place names.
  ...others('sr jr mt ft inc corp co ltd bros vs etc e.g i.e a.m p.m'),
  ...others('jan feb mar apr jun jul aug sep sept oct nov dec'),
  // State abbreviations that are not also common words.
  ...others('ariz ark calif colo conn fla kan md mich minn mont neb nev okla tenn tex va vt wis wyo'),
  { word: 'no', beforeNumber: true },
];

/** Dotted acronyms of places, which often end a sentence ("... in the U.S. The ..."), unlike initials. */
export const PLACE_ACRONYMS: readonly string[] = ['U.S.', 'U.K.', 'U.N.', 'D.C.'];
