// Semantic tokens decoded from their relative encoding (five numbers per token: line delta,
// character delta on the same line or the start on a new one, length, type, modifier bits), for
// the tests of both front ends.
export interface DecodedPosition {
  line: number;
  character: number;
  length: number;
  type: number;
  modifiers: number;
}

export function decodeSemanticTokens(data: ArrayLike<number>): DecodedPosition[] {
  const out: DecodedPosition[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i];
    character = data[i] ? data[i + 1] : character + data[i + 1];
    out.push({ line, character, length: data[i + 2], type: data[i + 3], modifiers: data[i + 4] });
  }
  return out;
}
