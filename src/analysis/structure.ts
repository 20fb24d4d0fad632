// Splits an article into headline, body paragraphs and footer.
// One paragraph per line, or paragraphs separated by blank lines: both are handled the same way,
// because a paragraph is simply a run of non-blank lines... except that in the one-line-per-paragraph
// format every line is its own paragraph. We decide per article: if the article has blank lines
// between its text lines, consecutive non-blank lines are joined (wrapped paragraphs); otherwise
// every line is a paragraph.
import { Paragraph, Span } from './types';

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

function isBlank(s: string): boolean {
  return s.trim().length === 0;
}

/** Trims a span to its non-space content, keeping offsets exact. */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end, text: text.slice(start, end) };
}

export interface ArticleStructure {
  headline: Span | null;
  /** Headline, body paragraphs and footer paragraphs in text order. */
  paragraphs: Paragraph[];
}

/**
 * The structure of an article. The headline is the first non-blank paragraph when it is a single
 * short line without sentence-final punctuation or when the article is one-line-per-paragraph
 * (the seed format). Footer paragraphs are the trailing boilerplate lines.
 */
export function splitArticle(text: string): ArticleStructure {
  const lines = splitLines(text);
  const nonBlank = lines.filter((l) => !isBlank(l.text));
  if (nonBlank.length === 0) return { headline: null, paragraphs: [] };

  // Blank-line separated articles may wrap paragraphs over several lines.
  const hasBlankSeparators = lines.some(
    (l, i) => isBlank(l.text) && i > 0 && i < lines.length - 1 && !isBlank(lines[i - 1].text),
  );
  const blocks: Span[] = [];
  if (hasBlankSeparators) {
    let blockStart = -1;
    let blockEnd = -1;
    for (const l of lines) {
      if (isBlank(l.text)) {
        if (blockStart >= 0) blocks.push(trimSpan(text, blockStart, blockEnd));
        blockStart = -1;
        continue;
      }
      // A footer line stands alone even when wrapped with the text above it.
      if (blockStart >= 0 && FOOTER_LINE.test(l.text)) {
        blocks.push(trimSpan(text, blockStart, blockEnd));
        blockStart = -1;
      }
      if (blockStart < 0) blockStart = l.start;
      blockEnd = l.end;
    }
    if (blockStart >= 0) blocks.push(trimSpan(text, blockStart, blockEnd));
  } else {
    for (const l of nonBlank) blocks.push(trimSpan(text, l.start, l.end));
  }

  const paragraphs: Paragraph[] = blocks.map((b, index) => ({ ...b, index, kind: 'body' }));
  // The footer: trailing paragraphs from the first footer line on (only in the last few paragraphs).
  for (let i = Math.max(1, paragraphs.length - 4); i < paragraphs.length; i++) {
    if (FOOTER_LINE.test(paragraphs[i].text)) {
      for (let j = i; j < paragraphs.length; j++) paragraphs[j].kind = 'footer';
      break;
    }
  }
  let headline: Span | null = null;
  const first = paragraphs[0];
  if (first.kind === 'body' && paragraphs.length > 1 && looksLikeHeadline(first.text, hasBlankSeparators)) {
    first.kind = 'headline';
    headline = { start: first.start, end: first.end, text: first.text };
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
