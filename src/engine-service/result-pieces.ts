// Splitting a result into pieces of bounded size, and putting it together again.
import type { AnalysisResult, Span } from '../analysis/types';
import type { ResultArrayKey, ResultHead, ResultPiece } from './messages';

/** The arrays of a result, in the order their pieces are sent. */
export const RESULT_ARRAYS: readonly ResultArrayKey[] = ['paragraphs', 'people', 'quotes', 'dates', 'diagnostics'];

/**
 * About how many characters of JSON a piece holds: decoding 32 K characters takes well under a
 * millisecond, so the editor's thread is never busy with one piece for long.
 */
export const PIECE_CHARS = 32 * 1024;

/**
 * Where the items of each array hold spans (start, end, text): '' is the item itself, 'x' its
 * field x (a span or null), 'x[]' each span of its array x. A span whose text is exactly the
 * analysed text between its offsets travels with `text: 0`, and the receiver cuts it from the
 * text it sent: it has the text already, and a long article's quotations, names and dates
 * would otherwise be decoded and kept by the editor's thread a second time.
 */
const SPAN_PATHS: Readonly<Record<ResultArrayKey, readonly string[]>> = {
  paragraphs: [''],
  people: ['roles[]', 'mentions[]', 'genderEvidence[]', 'sourceKindFrom'],
  quotes: ['', 'source', 'cue'],
  dates: [''],
  diagnostics: [],
};

/** The marker of a span's text left out (see SPAN_PATHS). */
const CUT = 0;

type Item = Record<string, unknown>;
const isSpan = (x: unknown): x is Span => typeof x === 'object' && x !== null && typeof (x as Span).start === 'number' && typeof (x as Span).end === 'number';

/** The item as it travels: a shallow copy wherever a span's text is left out. */
function withoutSpanTexts(item: Item, paths: readonly string[], text: string): Item {
  const cut = (span: unknown): unknown => (isSpan(span) && span.text === text.slice(span.start, span.end) ? { ...span, text: CUT } : span);
  let out = item;
  for (const path of paths) {
    if (path === '') out = cut(out) as Item;
    else if (path.endsWith('[]')) {
      const key = path.slice(0, -2);
      if (Array.isArray(out[key])) out = { ...out, [key]: (out[key] as unknown[]).map(cut) };
    } else if (isSpan(out[path])) out = { ...out, [path]: cut(out[path]) };
  }
  return out;
}

/** Puts back, in place, the span texts left out of a received item. */
function restoreSpanTexts(item: Item, paths: readonly string[], text: string): void {
  const restore = (span: unknown): void => {
    if (isSpan(span) && (span.text as unknown) === CUT) span.text = text.slice(span.start, span.end);
  };
  for (const path of paths) {
    if (path === '') restore(item);
    else if (path.endsWith('[]')) (item[path.slice(0, -2)] as unknown[] | undefined)?.forEach(restore);
    else restore(item[path]);
  }
}

/**
 * The scalar fields of a result and its arrays as pieces of about `pieceChars` characters,
 * without the span texts the receiver cuts from `text`, the text analysed (SPAN_PATHS).
 */
export function splitResult(result: AnalysisResult, text: string, pieceChars = PIECE_CHARS): { head: ResultHead; pieces: ResultPiece[] } {
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
      const json = JSON.stringify(withoutSpanTexts(item as unknown as Item, SPAN_PATHS[key], text));
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

  /** `text` is the text analysed: the span texts left out are cut from it. */
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
    const paths = SPAN_PATHS[piece.key];
    if (paths.length) for (const item of items) restoreSpanTexts(item as Item, paths, this.text);
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
