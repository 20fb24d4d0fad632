// Splitting a result into pieces of bounded size, and putting it together again.
import type { AnalysisResult, Paragraph } from '../analysis/types';
import type { ResultArrayKey, ResultHead, ResultPiece } from './messages';

/** The arrays of a result, in the order their pieces are sent. */
export const RESULT_ARRAYS: readonly ResultArrayKey[] = ['paragraphs', 'people', 'quotes', 'dates', 'diagnostics'];

/**
 * About how many characters of JSON a piece holds: decoding 32 K characters takes well under a
 * millisecond, so the editor's thread is never busy with one piece for long.
 */
export const PIECE_CHARS = 32 * 1024;

/**
 * The scalar fields of a result and its arrays as pieces of about `pieceChars` characters.
 * Paragraphs go without their text: the receiver has the text it sent (a quarter of a long
 * article's result, which the editor's thread would otherwise decode and keep twice).
 */
export function splitResult(result: AnalysisResult, pieceChars = PIECE_CHARS): { head: ResultHead; pieces: ResultPiece[] } {
  const head: ResultHead = { id: result.id, headline: result.headline, referenceDate: result.referenceDate };
  const pieces: ResultPiece[] = [];
  for (const key of RESULT_ARRAYS) {
    const items = result[key];
    if (!items) continue;
    let parts: string[] = [];
    let size = 0;
    const flush = (): void => {
      pieces.push({ key, json: `[${parts.join(',')}]` });
      parts = [];
      size = 0;
    };
    for (const item of items) {
      const json = key === 'paragraphs' ? JSON.stringify({ ...item, text: undefined }) : JSON.stringify(item);
      if (size > 0 && size + json.length > pieceChars) flush();
      parts.push(json);
      size += json.length + 1;
    }
    if (parts.length) flush();
  }
  return { head, pieces };
}

/** Puts a result together from its head and pieces, received in any number of steps. */
export class ResultAssembler {
  private readonly result: AnalysisResult;
  private received = 0;

  /** `text` is the text analysed: the paragraphs' texts are cut from it. */
  constructor(
    head: ResultHead,
    private readonly expected: number,
    private readonly text: string,
  ) {
    this.result = { ...head, people: [], quotes: [], dates: [], diagnostics: [], paragraphs: [] };
  }

  /** Adds a piece; pieces of one array must come in order. */
  add(piece: ResultPiece): void {
    const items = JSON.parse(piece.json) as unknown[];
    const into = this.result[piece.key] as unknown[] | undefined;
    if (!into) throw new Error(`result piece for an unknown array: ${piece.key}`);
    if (piece.key === 'paragraphs') for (const p of items as Paragraph[]) p.text = this.text.slice(p.start, p.end);
    for (const item of items) into.push(item);
    this.received++;
  }

  get complete(): boolean {
    return this.received >= this.expected;
  }

  /** The whole result; only once every piece has been added. */
  take(): AnalysisResult {
    if (!this.complete) throw new Error(`result incomplete: ${this.received} of ${this.expected} pieces`);
    return this.result;
  }
}
