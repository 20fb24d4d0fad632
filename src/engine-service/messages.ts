// The messages between an editor and the engine running in a worker (engine-service.ts).
//
// The editor sends a document's text; the engine analyses it off the editor's thread and sends
// the result back in pieces that the editor asks for one at a time: a whole result of a large
// article takes tens of milliseconds to decode, which would block the editor in one piece.
import type { AnalyzerStats } from '../analysis/analyze';
import type { AnalyzeOptions, AnalysisResult } from '../analysis/types';
import type { OutlineNode } from '../presentation/outline';

/** How an Analyzer is built: settings that change the rules (a new Analyzer when they change). */
export type EngineConfig = Pick<AnalyzeOptions, 'extraTitles' | 'extraCueVerbs' | 'gender' | 'extraSourceKinds'>;

/** What one analysis is for: the result's id and the reference date. */
export type RunOptions = Pick<AnalyzeOptions, 'id' | 'referenceDate'>;

export type EngineRequest =
  /** Analyse a document's text with the document's own Analyzer (its paragraph cache). */
  | { type: 'analyze'; request: number; doc: string; text: string; options: RunOptions; config: EngineConfig }
  /** Analyse a text once, with no cache kept (files on disk, for the workspace index). */
  | { type: 'analyze-once'; request: number; text: string; options: RunOptions; config: EngineConfig }
  /** Send the next piece of a result. */
  | { type: 'next'; request: number }
  /** The editor no longer wants the rest of a result. */
  | { type: 'cancel'; request: number }
  /** The document was closed: free its Analyzer. */
  | { type: 'forget'; doc: string };

/** The scalar fields of a result; the arrays come in pieces. */
export type ResultHead = Omit<AnalysisResult, ResultArrayKey>;

export type ResultArrayKey = 'people' | 'quotes' | 'dates' | 'diagnostics' | 'paragraphs';

/** A piece of a result: some items of one of its arrays, as JSON (decoding JSON is the cheapest). */
export interface ResultPiece {
  key: ResultArrayKey;
  json: string;
}

export type EngineReply =
  /** The first reply to an analysis: the scalar fields, how many pieces follow, the engine's time,
   * and for a document the semantic tokens and the outline of the result (presentation/), which
   * the editor's thread then need not build. */
  | { type: 'head'; request: number; head: ResultHead; pieces: number; stats: AnalyzerStats | null; engineMs: number; tokens: Uint32Array | null; outline: OutlineNode[] | null }
  | { type: 'piece'; request: number; index: number; piece: ResultPiece }
  | { type: 'error'; request: number; message: string };
