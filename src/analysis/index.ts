// Public surface of the analysis engine. Nothing here imports `vscode`: the same code serves the
// extension, the command-line tool and the tests.
export { analyze, Analyzer } from './analyze';
export type { AnalyzerStats } from './analyze';
export { splitArticle, splitLines } from './structure';
export * from './types';
