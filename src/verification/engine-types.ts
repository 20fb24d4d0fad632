// The only file of src/verification that imports the engine: types only, so that when the engine's
// types move to another folder one line changes here and nothing else.
export type { AnalysisResult, Person, Quote, Span } from '../analysis/types';
