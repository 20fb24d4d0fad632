// A name found in one paragraph: what findNameMentions makes and joinPeople joins into people.
import type { Span } from '../types';

/** One name mention in a paragraph; offsets relative to the paragraph text. */
export interface NameMention {
  start: number;
  end: number;
  /** The name only, e.g. "Zheng Zeguang" / "Zheng" / "Joe Wilson". */
  text: string;
  /** Verbatim role spans stated here: a title before the name, an appositive after it. */
  roles: Span[];
  /** "R-S.C." from "(R-S.C.)". */
  affiliation: string | null;
  /** Stated by an honorific ("Mrs.") or a kin word ("his sister Hoa"). */
  gender: 'male' | 'female' | null;
  /** The gender a first-name lexicon gives the first word ("Lindsey", "Graham"): a hint for
   * pronouns, never a reason to keep mentions apart (a surname may be a first name too). */
  nameGender?: 'male' | 'female';
  kind: 'person';
  /**
   * True when the words could be a name but nothing proves it (a lone capitalised word). joinPeople
   * keeps a tentative mention only when it names someone already found ("Xi" after "Xi Jinping").
   */
  tentative?: boolean;
  /** The mention opens a sentence, where a capital letter proves nothing. */
  sentenceStart?: boolean;
  /**
   * A lone word used as a modifier or owner of a thing, which says nothing of a person: "Hartwell's
   * only library", "the city of Millbrook", "a Millbrook man". Not counted as evidence for the word.
   */
  modifier?: boolean;
  /** The party a word right before the name states ("Republican Donald Trump"): "republican". */
  party?: string;
  /**
   * Not a name but a description standing for a person named elsewhere ("the Republican nominee
   * said"; "Kaine is a former lawyer" as a predicate of the name before it). `roles` holds the
   * description; joinPeople gives it to the person it stands for and makes no person of it.
   */
  description?: { head: string; party: string | null; rank: string | null; predicate: boolean };
}
