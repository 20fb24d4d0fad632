// Names the integration suites share: the extension under test, its language, the seed article.
export const EXTENSION_ID = 'news-source-annotator.news-source-annotator';
export const LANGUAGE_ID = 'news-article';
export const SEED = '000_cbc4555ebe0567a7.txt';
