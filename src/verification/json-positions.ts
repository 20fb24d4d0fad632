// A strict JSON reader (RFC 8259) that keeps where each value starts. Why not JSON.parse: its
// messages do not always carry a position (and differ between engines), and a schema error must
// point at the offending entry's line; a fact-checker fixing a hand-edited sidecar needs both.
// Duplicate keys are an error here (JSON.parse silently keeps the last one, which would lose data).

export type JsonNode =
  | { type: 'object'; offset: number; entries: JsonEntry[] }
  | { type: 'array'; offset: number; items: JsonNode[] }
  | { type: 'string'; offset: number; value: string }
  | { type: 'number'; offset: number; value: number }
  | { type: 'boolean'; offset: number; value: boolean }
  | { type: 'null'; offset: number };

export interface JsonEntry {
  key: string;
  keyOffset: number;
  value: JsonNode;
}

export type JsonReadResult = { ok: true; root: JsonNode } | { ok: false; message: string; offset: number };

/** Far deeper than a sidecar ever is; bounds recursion on hostile input. */
const MAX_DEPTH = 64;
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const LITERALS: [string, JsonNode['type'], boolean | null][] = [['true', 'boolean', true], ['false', 'boolean', false], ['null', 'null', null]];

class JsonSyntaxError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

/** Reads `text` (a leading byte-order mark is skipped, as editors on Windows may write one). */
export function readJson(text: string): JsonReadResult {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const fail = (message: string, at = pos): never => {
    throw new JsonSyntaxError(message, at);
  };
  const describe = (at: number): string => (at >= text.length ? 'the end of the file' : `${JSON.stringify(text[at])}`);
  const skipSpace = (): void => {
    while (pos < text.length && ' \t\n\r'.includes(text[pos])) pos++;
  };
  const expect = (ch: string, what: string): void => {
    skipSpace();
    if (text[pos] !== ch) fail(`expected ${what}, found ${describe(pos)}`);
    pos++;
  };

  /** After an item of an object or array: true when a ',' (not followed by `close`) comes next. */
  const another = (close: string): boolean => {
    skipSpace();
    if (text[pos] === ',') {
      pos++;
      skipSpace();
      if (text[pos] === close) fail(`trailing comma before ${close}`);
      return true;
    }
    expect(close, `',' or '${close}'`);
    return false;
  };

  const readString = (): string => {
    const start = pos;
    pos++; // opening quote
    for (;;) {
      if (pos >= text.length) fail('unterminated string', start);
      const c = text.charCodeAt(pos);
      if (c === 0x22) break;
      if (c < 0x20) fail('control character in a string (write it as an escape such as \\n)');
      if (c === 0x5c) {
        const e = text[pos + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) fail('invalid \\u escape: four hex digits expected');
          pos += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) fail(`invalid escape \\${e ?? ''}`);
        pos += 2;
        continue;
      }
      pos++;
    }
    pos++; // closing quote
    return JSON.parse(text.slice(start, pos)) as string;
  };

  const readValue = (depth: number): JsonNode => {
    skipSpace();
    const offset = pos;
    if (depth > MAX_DEPTH) fail('nested too deeply');
    const c = text[pos];
    if (c === '{') return readObject(depth, offset);
    if (c === '[') return readArray(depth, offset);
    if (c === '"') return { type: 'string', offset, value: readString() };
    NUMBER.lastIndex = pos;
    const num = NUMBER.exec(text);
    if (num) {
      pos += num[0].length;
      return { type: 'number', offset, value: Number(num[0]) };
    }
    for (const [word, type, value] of LITERALS) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return type === 'null' ? { type: 'null', offset } : { type: 'boolean', offset, value: value as boolean };
      }
    }
    return fail(`expected a value, found ${describe(pos)}`);
  };

  const readObject = (depth: number, offset: number): JsonNode => {
    pos++;
    const entries: JsonEntry[] = [];
    const seen = new Set<string>();
    skipSpace();
    if (text[pos] === '}') {
      pos++;
      return { type: 'object', offset, entries };
    }
    do {
      skipSpace();
      const keyOffset = pos;
      if (text[pos] !== '"') fail(`expected a property name in double quotes, found ${describe(pos)}`);
      const key = readString();
      if (seen.has(key)) fail(`duplicate property ${JSON.stringify(key)}`, keyOffset);
      seen.add(key);
      expect(':', "':' after the property name");
      entries.push({ key, keyOffset, value: readValue(depth + 1) });
    } while (another('}'));
    return { type: 'object', offset, entries };
  };

  const readArray = (depth: number, offset: number): JsonNode => {
    pos++;
    const items: JsonNode[] = [];
    skipSpace();
    if (text[pos] === ']') {
      pos++;
      return { type: 'array', offset, items };
    }
    do items.push(readValue(depth + 1));
    while (another(']'));
    return { type: 'array', offset, items };
  };

  try {
    const root = readValue(0);
    skipSpace();
    if (pos < text.length) fail(`unexpected ${describe(pos)} after the end of the document`);
    return { ok: true, root };
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { ok: false, message: e.message, offset: e.offset };
    throw e;
  }
}

/**
 * 1-based line and column of a UTF-16 offset, as editors count them: CRLF, LF and a lone CR each
 * end a line; the column counts code units.
 */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
