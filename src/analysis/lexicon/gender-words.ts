// Words that state a person's gender when the article applies them to the person: gendered nouns
// (one record per word), third-person pronouns and the gendered honorifics (from titles.ts).
// Owned by the gender module (src/analysis/gender); others read it.
import { TITLES } from './titles';

export type StatedGender = 'male' | 'female';

export interface GenderWord {
  /** Lower case, as written in running text ("spokeswoman", "first lady"). */
  word: string;
  gender: StatedGender;
  /** A plural that genders each of the people it names ("the brothers A and B", "both women"). */
  plural?: true;
  /** A relation ("wife", "son"): it genders the person it names, never the possessor ("his wife Jane"). */
  relation?: true;
}

/** Gendered nouns (the annotation guidelines' list and their kin). Chairman, guy, boyfriend and
 * girlfriend are not evidence: they are used of anyone, or say something of someone else. */
export const GENDER_WORDS: readonly GenderWord[] = [
  { word: 'spokeswoman', gender: 'female' },
  { word: 'spokesman', gender: 'male' },
  { word: 'congresswoman', gender: 'female' },
  { word: 'congressman', gender: 'male' },
  { word: 'councilwoman', gender: 'female' },
  { word: 'councilman', gender: 'male' },
  { word: 'assemblywoman', gender: 'female' },
  { word: 'assemblyman', gender: 'male' },
  { word: 'alderwoman', gender: 'female' },
  { word: 'alderman', gender: 'male' },
  { word: 'businesswoman', gender: 'female' },
  { word: 'businessman', gender: 'male' },
  { word: 'sportswoman', gender: 'female' },
  { word: 'sportsman', gender: 'male' },
  { word: 'first lady', gender: 'female' },
  { word: 'first gentleman', gender: 'male' },
  { word: 'actress', gender: 'female' },
  { word: 'waitress', gender: 'female' },
  { word: 'hostess', gender: 'female' },
  { word: 'heiress', gender: 'female' },
  { word: 'duchess', gender: 'female' },
  { word: 'duke', gender: 'male' },
  { word: 'queen', gender: 'female' },
  { word: 'king', gender: 'male' },
  { word: 'princess', gender: 'female' },
  { word: 'prince', gender: 'male' },
  { word: 'empress', gender: 'female' },
  { word: 'emperor', gender: 'male' },
  { word: 'girl', gender: 'female' },
  { word: 'boy', gender: 'male' },
  { word: 'woman', gender: 'female' },
  { word: 'man', gender: 'male' },
  { word: 'lady', gender: 'female' },
  { word: 'gentleman', gender: 'male' },
  { word: 'widow', gender: 'female' },
  { word: 'widower', gender: 'male' },
  { word: 'mother', gender: 'female', relation: true },
  { word: 'father', gender: 'male', relation: true },
  { word: 'mom', gender: 'female', relation: true },
  { word: 'dad', gender: 'male', relation: true },
  { word: 'wife', gender: 'female', relation: true },
  { word: 'husband', gender: 'male', relation: true },
  { word: 'daughter', gender: 'female', relation: true },
  { word: 'son', gender: 'male', relation: true },
  { word: 'stepdaughter', gender: 'female', relation: true },
  { word: 'stepson', gender: 'male', relation: true },
  { word: 'sister', gender: 'female', relation: true },
  { word: 'brother', gender: 'male', relation: true },
  { word: 'aunt', gender: 'female', relation: true },
  { word: 'uncle', gender: 'male', relation: true },
  { word: 'niece', gender: 'female', relation: true },
  { word: 'nephew', gender: 'male', relation: true },
  { word: 'grandmother', gender: 'female', relation: true },
  { word: 'grandfather', gender: 'male', relation: true },
  { word: 'granddaughter', gender: 'female', relation: true },
  { word: 'grandson', gender: 'male', relation: true },
  { word: 'fiancée', gender: 'female', relation: true },
  { word: 'fiancé', gender: 'male', relation: true },
  { word: 'spokeswomen', gender: 'female', plural: true },
  { word: 'spokesmen', gender: 'male', plural: true },
  { word: 'congresswomen', gender: 'female', plural: true },
  { word: 'congressmen', gender: 'male', plural: true },
  { word: 'businesswomen', gender: 'female', plural: true },
  { word: 'businessmen', gender: 'male', plural: true },
  { word: 'women', gender: 'female', plural: true },
  { word: 'men', gender: 'male', plural: true },
  { word: 'girls', gender: 'female', plural: true },
  { word: 'boys', gender: 'male', plural: true },
  { word: 'sisters', gender: 'female', plural: true, relation: true },
  { word: 'brothers', gender: 'male', plural: true, relation: true },
  { word: 'daughters', gender: 'female', plural: true, relation: true },
  { word: 'sons', gender: 'male', plural: true, relation: true },
  { word: 'mothers', gender: 'female', plural: true, relation: true },
  { word: 'fathers', gender: 'male', plural: true, relation: true },
];

export interface GenderPronoun {
  word: string;
  gender: StatedGender;
}

/** Third-person singular pronouns. First- and second-person pronouns state nothing. */
export const GENDER_PRONOUNS: readonly GenderPronoun[] = [
  { word: 'he', gender: 'male' },
  { word: 'him', gender: 'male' },
  { word: 'his', gender: 'male' },
  { word: 'himself', gender: 'male' },
  { word: 'she', gender: 'female' },
  { word: 'her', gender: 'female' },
  { word: 'hers', gender: 'female' },
  { word: 'herself', gender: 'female' },
];

/** The honorifics that state a gender (Mr., Mrs., Ms., Miss, Sir, Dame, Lord, Lady), from TITLES,
 * without their period: British style writes "Mr Patel". */
export const GENDER_HONORIFICS: ReadonlyMap<string, StatedGender> = new Map(
  TITLES.filter((t) => t.kind === 'honorific' && t.gender).map((t) => [t.title.replace(/\.$/, ''), t.gender as StatedGender]),
);
