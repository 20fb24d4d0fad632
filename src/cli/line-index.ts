// Converts string offsets to 1-based line and column numbers (columns in UTF-16 code units,
// as editors count them). Lines end at \n, \r\n or a lone \r.
import { lineOf, lineStarts } from '../analysis/structure/structure';

export class LineIndex {
  private readonly starts: number[];

  constructor(text: string) {
    this.starts = lineStarts(text);
  }

  position(offset: number): { line: number; column: number } {
    const line = lineOf(this.starts, offset);
    return { line, column: offset - this.starts[line - 1] + 1 };
  }
}
