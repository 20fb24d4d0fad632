// What the presentation layer needs of an open article, whichever editor holds it: its text by
// span and the line/character of an offset. Both editors count characters in UTF-16 code units,
// as the engine's offsets do, so the conversion is exact.
import type { Span } from '../analysis/types';

export interface Position {
  /** Zero-based line. */
  line: number;
  /** Zero-based UTF-16 column. */
  character: number;
}

export interface ArticleDocument {
  /** The document's URI as a string. */
  readonly uri: string;
  /** The text's length in UTF-16 code units. */
  readonly length: number;
  textOf(span: Pick<Span, 'start' | 'end'>): string;
  positionAt(offset: number): Position;
}
