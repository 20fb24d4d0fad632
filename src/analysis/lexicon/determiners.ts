// Determiners, by kind: the words that open a noun phrase ("the report", "his spokesman", "this
// week"). Each stage builds the set it needs from these kinds (plus its own non-determiners).

export const ARTICLES: readonly string[] = ['a', 'an', 'the'];
export const POSSESSIVE_DETERMINERS: readonly string[] = ['my', 'your', 'his', 'her', 'its', 'our', 'their'];
export const DEMONSTRATIVES: readonly string[] = ['this', 'that', 'these', 'those'];
/** Quantifying determiners ("no report", "another aide", "several officials"). */
export const QUANTIFIERS: readonly string[] = [
  'no', 'any', 'such', 'another', 'some', 'several', 'many', 'other', 'most', 'few', 'both',
  'multiple', 'numerous', 'various',
];
/** Articles, possessives and demonstratives: a determiner that says which one. */
export const DEFINITE_OR_ARTICLE: readonly string[] = [...ARTICLES, ...POSSESSIVE_DETERMINERS, ...DEMONSTRATIVES];
/** Cardinal numbers written as words ("two senators"). */
export const NUMBER_WORDS: readonly string[] = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'dozen', 'hundred', 'thousand', 'million',
];
