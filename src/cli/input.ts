// Reading the command line's inputs safely: files that are missing, directories, unreadable or too
// large are reported in one line that names them and says why (and what to do when there is
// something to do); JSON lines are split here with the same size limit, so a stream without line
// breaks cannot make the tool hold more than the limit in memory.
import * as fs from 'node:fs';
import { Readable } from 'node:stream';

const MB = 1024 * 1024;

/** "2.5 MB", "12 KB", for messages. */
export function formatSize(bytes: number): string {
  if (bytes < MB) return `${Math.ceil(bytes / 1024)} KB`;
  return `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;
}

/** The --max-size value that would admit this many bytes, in whole megabytes. */
function neededMb(bytes: number): number {
  return Math.max(1, Math.ceil(bytes / MB));
}

/** Why an input larger than the limit is refused, and how to analyse it anyway. */
export function tooLargeReason(bytes: number, maxBytes: number, unknownSize = false): string {
  if (unknownSize) return `over the ${formatSize(maxBytes)} limit; use a larger --max-size (in MB) to analyse it`;
  return `${formatSize(bytes)} is over the ${formatSize(maxBytes)} limit; use --max-size ${neededMb(bytes)} to analyse it`;
}

/** A short, plain reason for a failed read: "no such file", "is a directory", "permission denied". */
export function describeReadError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'ENAMETOOLONG':
      return 'file name too long';
    case 'ERR_STRING_TOO_LONG':
      return 'too large to hold as text';
    default:
      return err?.code ? `${err.code} (${err.message})` : String(err?.message ?? e);
  }
}

export class InputError extends Error {}

/**
 * Reads one article ("-": standard input) as text: UTF-8 (invalid bytes become U+FFFD), without a byte-order mark.
 * Throws InputError with the reason when the file cannot be read or is over the limit.
 */
export function readArticle(file: string, maxBytes: number): string {
  const stdin = file === '-';
  let fd: number;
  try {
    fd = stdin ? 0 : fs.openSync(file, 'r');
  } catch (e) {
    throw new InputError(describeReadError(e));
  }
  try {
    const st = fs.fstatSync(fd);
    if (st.isDirectory()) throw new InputError('is a directory');
    if (st.isFile() && st.size > maxBytes) throw new InputError(tooLargeReason(st.size, maxBytes));
    // Pipes and devices have no size: read up to one byte over the limit to know.
    const chunks: Buffer[] = [];
    let total = 0;
    const chunk = Buffer.allocUnsafe(1 << 20);
    for (;;) {
      let n: number;
      try {
        n = fs.readSync(fd, chunk, 0, Math.min(chunk.length, maxBytes + 1 - total), null);
      } catch (e) {
        // A non-blocking stdin with nothing to read yet.
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
        throw e;
      }
      if (n === 0) break;
      chunks.push(Buffer.from(chunk.subarray(0, n)));
      total += n;
      if (total > maxBytes) throw new InputError(tooLargeReason(total, maxBytes, true));
    }
    const text = Buffer.concat(chunks, total).toString('utf8');
    // A byte-order mark is not part of the article.
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(describeReadError(e));
  } finally {
    if (!stdin) fs.closeSync(fd);
  }
}

/** One line of --jsonl input, or the error line that stands for a line that was too long. */
export type JsonlItem = string | { out: string };

/** The id at the start of a JSON line, if it comes first ({"id": "x", ...}), for error lines. */
function leadingId(head: string): string | null {
  const m = /^\s*\{\s*"id"\s*:\s*(?:("(?:[^"\\]|\\.){0,200}")|(-?\d{1,20})\b)/.exec(head);
  if (!m) return null;
  if (m[2]) return m[2];
  try {
    return JSON.parse(m[1]) as string;
  } catch {
    return null;
  }
}

/**
 * The non-blank lines of a stream, split at \n (a \r before it is dropped). A line longer than
 * maxBytes is not kept: it yields an error line (with its id when the line starts with one) and
 * the rest of it is skipped, so memory stays bounded by the limit.
 */
export async function* jsonLines(input: Readable, maxBytes: number): AsyncGenerator<JsonlItem> {
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = false;
  let skipped = 0;
  let head = '';
  let lineNo = 0;
  const finish = (): JsonlItem | null => {
    lineNo++;
    if (skipping) {
      const id = leadingId(head);
      const bytes = skipped;
      skipping = false;
      skipped = 0;
      head = '';
      return { out: JSON.stringify({ id, error: `line ${lineNo}: ${tooLargeReason(bytes, maxBytes)}` }) };
    }
    let line = Buffer.concat(parts, size).toString('utf8');
    parts = [];
    size = 0;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    return line.trim() ? line : null;
  };
  const add = (b: Buffer): void => {
    if (b.length === 0) return;
    if (skipping) {
      skipped += b.length;
      return;
    }
    if (size + b.length > maxBytes) {
      skipping = true;
      const all = Buffer.concat([...parts, b]);
      head = all.subarray(0, 1024).toString('utf8');
      skipped = all.length;
      parts = [];
      size = 0;
      return;
    }
    parts.push(b);
    size += b.length;
  };
  for await (const chunk of input) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer);
    let from = 0;
    for (let nl = buf.indexOf(10, from); nl >= 0; nl = buf.indexOf(10, from)) {
      add(buf.subarray(from, nl));
      from = nl + 1;
      const item = finish();
      if (item !== null) yield item;
    }
    add(buf.subarray(from));
  }
  if (size > 0 || skipping) {
    const item = finish();
    if (item !== null) yield item;
  }
}
