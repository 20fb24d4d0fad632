// The fact-checkers' marks for the CLI: the sidecar beside each article file it reads
// (`<file>.sources.json`), re-attached to this run's quotations and applied as the editor applies
// them, so a batch export agrees with what the editor shows. `--no-marks` skips this.
import type { AnalysisResult } from '../analysis/types';
import { applyMarks, correctedResult, describeSidecarError, reattach, sidecarPathFor, VerifiedResult } from '../verification';
import { readSidecarFile } from '../verification/atomic-write';

export interface MarkedResult {
  /** The engine's result with corrected speakers (the engine's own when there are no marks). */
  result: AnalysisResult;
  /** Undefined when the article has no sidecar, or it could not be used. */
  verified?: VerifiedResult;
  /** Why the sidecar was not applied ("file:line:column: message"), when it was not. */
  problem?: string;
}

export async function applySidecar(articlePath: string, text: string, engine: AnalysisResult): Promise<MarkedResult> {
  const read = await readSidecarFile(sidecarPathFor(articlePath));
  if (read.kind === 'missing') return { result: engine };
  if (read.kind === 'invalid') return { result: engine, problem: `${describeSidecarError(read.error)}; its marks are not applied` };
  const verified = applyMarks(engine, reattach(text, engine.quotes, read.sidecar.marks));
  return { result: correctedResult(engine, verified), verified };
}
