// Converts string offsets to 1-based line and column numbers (columns in UTF-16 code units,
// as editors count them). Lines end at \n, \r\n or a lone \r.
import { lineStarts } from '../analysis/structure';

export class LineIndex {
  private readonly starts: number[];

  constructor(text: string) {
    this.starts = lineStarts(text);
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
}
