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
 * Where the items of each array hold spans (start, end, text): the item itself, a field holding
 * a span or null, or a field holding an array of spans. A span whose text is exactly the
 * analysed text between its offsets travels with `text: 0`, and the receiver cuts it from the
 * text it sent: it has the text already, and a long article's quotations, names and dates
 * would otherwise be decoded and kept by the editor's thread a second time.
 */
interface SpanPlaces {
  self: boolean;
  fields: readonly string[];
  arrays: readonly string[];
}
const SPAN_PLACES: Readonly<Record<ResultArrayKey, SpanPlaces>> = {
  paragraphs: { self: true, fields: [], arrays: [] },
  people: { self: false, fields: ['sourceKindFrom'], arrays: ['roles', 'mentions', 'genderEvidence'] },
  quotes: { self: true, fields: ['source', 'cue'], arrays: [] },
  dates: { self: true, fields: [], arrays: [] },
  diagnostics: { self: false, fields: [], arrays: [] },
};

/** The marker of a span's text left out (see SPAN_PLACES). */
const CUT = 0;

type Item = Record<string, unknown>;
const isSpan = (x: unknown): x is Span => typeof x === 'object' && x !== null && typeof (x as Span).start === 'number' && typeof (x as Span).end === 'number';

/** The span as it travels: a copy without its text when the receiver can cut it. */
function cutSpan(span: unknown, text: string): unknown {
  return isSpan(span) && span.text === text.slice(span.start, span.end) ? { ...span, text: CUT } : span;
}

/** The item as it travels: a shallow copy wherever a span's text is left out. */
function withoutSpanTexts(item: Item, places: SpanPlaces, text: string): Item {
  let out = places.self ? (cutSpan(item, text) as Item) : item;
  for (const key of places.fields) if (isSpan(out[key])) out = { ...out, [key]: cutSpan(out[key], text) };
  for (const key of places.arrays) if (Array.isArray(out[key])) out = { ...out, [key]: (out[key] as unknown[]).map((s) => cutSpan(s, text)) };
  return out;
}

/** Puts back, in place, a span's text left out. */
function restoreSpan(span: unknown, text: string): void {
  if (isSpan(span) && (span.text as unknown) === CUT) span.text = text.slice(span.start, span.end);
}

/**
 * Puts back, in place, the span texts left out of received items. Indexed loops and no closure
 * per item: this runs on the editor's thread for every span of a long article.
 */
function restoreSpanTexts(items: readonly Item[], places: SpanPlaces, text: string): void {
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Item;
    if (places.self) restoreSpan(item, text);
    for (let f = 0; f < places.fields.length; f++) restoreSpan(item[places.fields[f] as string], text);
    for (let a = 0; a < places.arrays.length; a++) {
      const spans = item[places.arrays[a] as string];
      if (!Array.isArray(spans)) continue;
      for (let k = 0; k < spans.length; k++) restoreSpan(spans[k], text);
    }
  }
}

/**
 * The scalar fields of a result and its arrays as pieces of about `pieceChars` characters,
 * without the span texts the receiver cuts from `text`, the text analysed (SPAN_PLACES).
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
      const json = JSON.stringify(withoutSpanTexts(item as unknown as Item, SPAN_PLACES[key], text));
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
    restoreSpanTexts(items as Item[], SPAN_PLACES[piece.key], this.text);
    for (let i = 0; i < items.length; i++) into.push(items[i]);
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
