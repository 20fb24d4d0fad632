// Splits an article into headline, body paragraphs and footer.
// One paragraph per line, or paragraphs separated by blank lines: both are handled the same way,
// because a paragraph is simply a run of non-blank lines... except that in the one-line-per-paragraph
// format every line is its own paragraph. We decide per article: if the article has blank lines
// between its text lines, consecutive non-blank lines are joined (wrapped paragraphs); otherwise
// every line is a paragraph.
import { Paragraph, Span } from '../types';

const LINE_BREAK = /\r\n|\r|\n/g;

/** Footer and boilerplate lines: copyright notices, rights statements, a trailing site tag. */
const FOOTER_LINE = /^\s*(?:copyright\b|©|\(c\)\s*\d{4}|all rights reserved|this material may not be (?:published|reproduced))/i;

export interface Line extends Span {
  /** Index of the line in the text, 0-based. */
  line: number;
}

/** Every line of the text with its offsets, line break excluded. Handles \n, \r\n and lone \r. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let line = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) {
    lines.push({ start, end: m.index, text: text.slice(start, m.index), line: line++ });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length, text: text.slice(start), line });
  return lines;
}

/** Trims a span to its non-space content, keeping offsets exact. */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { start, end, text: text.slice(start, end) };
}

export interface ArticleStructure {
  headline: Span | null;
  /** Headline, body paragraphs and footer paragraphs in text order. */
  paragraphs: Paragraph[];
}

/** Whether the UTF-16 code unit is white space for `\s` (and String.prototype.trim). */
export function isSpaceCode(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The structure of an article. The headline is the first non-blank paragraph when it is a single
 * short line without sentence-final punctuation or when the article is one-line-per-paragraph
 * (the seed format). Footer paragraphs are the trailing boilerplate lines.
 *
 * One pass over the characters (it runs on every keystroke): each line is reduced to the offsets
 * of its first and last non-space characters, -1 for a blank line.
 */
export function splitArticle(text: string): ArticleStructure {
  // Per line: start, end (line break excluded), first non-space, end of last non-space. Line
  // breaks are found natively (indexOf, or a regex when the text has carriage returns); only the
  // ends of each line are inspected for white space.
  const rows: { start: number; end: number; first: number; last: number }[] = [];
  const n = text.length;
  const hasCR = text.includes('\r');
  const BREAK = /\r\n?|\n/g;
  let lineStart = 0;
  let nonBlank = 0;
  for (;;) {
    let end: number;
    let next: number;
    if (hasCR) {
      const m = BREAK.exec(text);
      end = m ? m.index : n;
      next = m ? m.index + m[0].length : -1;
    } else {
      end = text.indexOf('\n', lineStart);
      next = end < 0 ? -1 : end + 1;
      if (end < 0) end = n;
    }
    let first = lineStart;
    while (first < end && isSpaceCode(text.charCodeAt(first))) first++;
    let last = -1;
    if (first < end) {
      last = end;
      while (isSpaceCode(text.charCodeAt(last - 1))) last--;
      nonBlank++;
    } else {
      first = -1;
    }
    rows.push({ start: lineStart, end, first, last });
    if (next < 0) break;
    lineStart = next;
  }
  if (nonBlank === 0) return { headline: null, paragraphs: [] };
  const count = rows.length;

  // Blank-line separated articles may wrap paragraphs over several lines.
  let hasBlankSeparators = false;
  for (let i = 1; i < count - 1 && !hasBlankSeparators; i++) {
    const row = rows[i];
    const prev = rows[i - 1];
    hasBlankSeparators = !!row && !!prev && row.first < 0 && prev.first >= 0;
  }

  const paragraphs: Paragraph[] = [];
  const push = (start: number, end: number): void => {
    paragraphs.push({ start, end, text: text.slice(start, end), index: paragraphs.length, kind: 'body' });
  };
  if (hasBlankSeparators) {
    let blockStart = -1;
    let blockEnd = -1;
    for (const row of rows) {
      if (row.first < 0) {
        if (blockStart >= 0) push(blockStart, blockEnd);
        blockStart = -1;
        continue;
      }
      // A footer line stands alone even when wrapped with the text above it.
      if (blockStart >= 0 && FOOTER_LINE.test(text.slice(row.start, row.end))) {
        push(blockStart, blockEnd);
        blockStart = -1;
      }
      if (blockStart < 0) blockStart = row.first;
      blockEnd = row.last;
    }
    if (blockStart >= 0) push(blockStart, blockEnd);
  } else {
    for (const row of rows) if (row.first >= 0) push(row.first, row.last);
  }

  // The footer: trailing paragraphs from the first footer line on (only in the last few paragraphs).
  for (let i = Math.max(1, paragraphs.length - 4); i < paragraphs.length; i++) {
    if (FOOTER_LINE.test(paragraphs[i]?.text ?? '')) {
      for (const p of paragraphs.slice(i)) p.kind = 'footer';
      break;
    }
  }
  let headline: Span | null = null;
  // Never undefined: a text with a non-blank line has a paragraph.
  const head = paragraphs[0];
  if (head && head.kind === 'body' && paragraphs.length > 1 && looksLikeHeadline(head.text, hasBlankSeparators)) {
    head.kind = 'headline';
    headline = { start: head.start, end: head.end, text: head.text };
  }
  return { headline, paragraphs };
}

function looksLikeHeadline(line: string, blankSeparated: boolean): boolean {
  if (line.length > 200) return false;
  // In the one-line-per-paragraph format, line 1 is the headline by definition.
  if (!blankSeparated) return true;
  // Otherwise: a short line that does not end like a sentence of body text, or one that is
  // mostly capitalised words.
  if (!/[.!?]["”’]?$/.test(line)) return true;
  const words = line.split(/\s+/);
  const capitalised = words.filter((w) => /^[A-Z0-9“"‘']/.test(w)).length;
  return words.length <= 20 && capitalised / words.length > 0.6;
}

/** Offsets where lines start; a line ends at \n, \r\n or a lone \r, as editors count them. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The 1-based line of an offset, given the line starts from lineStarts(). */
export function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = starts[mid];
    if (s !== undefined && s <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
