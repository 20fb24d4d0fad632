// Finds quotation spans in one paragraph with a single left-to-right scan and a stack of open
// marks. Handles curly and straight double quotes, single quotes used as quotation marks (but not
// apostrophes), nesting (only outermost spans are reported), inch marks, and quotations left open
// at the end of the paragraph (the news convention for quotations running over paragraphs, or a
// missing closing mark: the span never runs past the paragraph).
import { Span } from '../types';

export interface QuoteSpan extends Span {
  /** The span has no closing mark and runs to the end of the paragraph. */
  openAtEnd: boolean;
  /** The span has no opening mark: a lone closing mark ends a quotation begun in an earlier paragraph. */
  openAtStart: boolean;
  /** The opening mark is the first character of the paragraph (a candidate continuation). */
  atParagraphStart: boolean;
  /** Double or single quotation marks. */
  mark: 'double' | 'single';
}

type MarkKind = 'curly2' | 'straight2' | 'curly1' | 'straight1';

interface OpenMark {
  pos: number;
  kind: MarkKind;
}

interface RawSpan {
  start: number;
  end: number;
  kind: MarkKind;
  openAtEnd: boolean;
  openAtStart: boolean;
}

const OPENING_CONTEXT = /[\s=([{\u2014\u2013\-/\u201c\u2018"'\u00ab]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// Elisions written with a leading apostrophe: ’90s, 'em, ’tis, 'cause, 'til, ’n’.
const ELISION = /^(?:\d\d|em\b|tis\b|twas\b|cause\b|til\b|bout\b|n\b)/i;

function isDouble(kind: MarkKind): boolean {
  return kind === 'curly2' || kind === 'straight2';
}

function canOpenAt(text: string, i: number): boolean {
  const prev = i > 0 ? text.charAt(i - 1) : ' ';
  const next = i + 1 < text.length ? text.charAt(i + 1) : ' ';
  return OPENING_CONTEXT.test(prev) && !/\s/.test(next);
}

class Scanner {
  readonly stack: OpenMark[] = [];
  readonly spans: RawSpan[] = [];
  // Stack indices of open marks by family, so that finding the innermost open double or single
  // mark is O(1) and the whole scan stays linear even with thousands of unclosed marks.
  private readonly doubles: number[] = [];
  private readonly singles: number[] = [];
  private readonly straightDoubles: number[] = [];
  private readonly curlyDoubles: number[] = [];

  constructor(private readonly text: string) {}

  open(pos: number, kind: MarkKind): void {
    const idx = this.stack.length;
    this.stack.push({ pos, kind });
    if (isDouble(kind)) this.doubles.push(idx);
    else this.singles.push(idx);
    if (kind === 'straight2') this.straightDoubles.push(idx);
    if (kind === 'curly2') this.curlyDoubles.push(idx);
  }

  /** Closes the mark at stack index j; marks opened inside it and still open are dropped. */
  closeAt(j: number, end: number): void {
    const opener = this.stack[j];
    if (!opener) throw new Error(`closeAt: no open mark at stack index ${j}`); // callers pass indices of open marks
    this.stack.length = j;
    for (const list of [this.doubles, this.singles, this.straightDoubles, this.curlyDoubles]) {
      while (list.length > 0 && (list.at(-1) ?? -1) >= j) list.pop();
    }
    this.spans.push({ start: opener.pos, end, kind: opener.kind, openAtEnd: false, openAtStart: false });
  }

  private static top(list: number[]): number {
    return list.at(-1) ?? -1;
  }

  /** A closing mark with nothing open: the paragraph continues a quotation from before. */
  loneClose(end: number, kind: MarkKind): void {
    if (this.spans.length === 0 && this.stack.length === 0) {
      this.spans.push({ start: 0, end, kind, openAtEnd: false, openAtStart: true });
    }
  }

  curlyDouble(i: number, ch: string): void {
    const j = Scanner.top(this.doubles);
    if (ch === '\u201d' || ch === '\u00bb') {
      if (j >= 0) this.closeAt(j, i + 1);
      else this.loneClose(i + 1, 'curly2');
      return;
    }
    // A left mark used as a closer ("word“ ") by careless typing.
    const next = i + 1 < this.text.length ? this.text.charAt(i + 1) : ' ';
    if (j >= 0 && i > 0 && !/\s/.test(this.text.charAt(i - 1)) && /[\s,.;:!?]/.test(next)) this.closeAt(j, i + 1);
    else this.open(i, 'curly2');
  }

  straightDouble(i: number): void {
    const text = this.text;
    const prev = i > 0 ? text.charAt(i - 1) : ' ';
    // Inches: 6'2" or 42" screen, unless a straight quotation is open and this closes it.
    if (/\d/.test(prev) && (this.straightDoubles.length === 0 || /\d'\d+$/.test(text.slice(Math.max(0, i - 6), i)))) return;
    if (this.straightDoubles.length > 0) {
      this.closeAt(Scanner.top(this.straightDoubles), i + 1);
      return;
    }
    if (canOpenAt(text, i) || /\s/.test(prev) || i === 0) {
      this.open(i, 'straight2');
      return;
    }
    const j = Scanner.top(this.curlyDoubles);
    if (j >= 0) this.closeAt(j, i + 1);
    else this.loneClose(i + 1, 'straight2');
  }

  /** Returns how many extra characters were consumed (for ’n’). */
  single(i: number, ch: string): number {
    const text = this.text;
    const prev = i > 0 ? text.charAt(i - 1) : ' ';
    const next = i + 1 < text.length ? text.charAt(i + 1) : ' ';
    const after = text.slice(i + 1, i + 6);
    if (/^n['\u2019]/.test(after) && /\s/.test(prev)) return 2; // rock ’n’ roll
    if (LETTER_OR_DIGIT.test(prev) && LETTER_OR_DIGIT.test(next)) return 0; // don’t, China’s
    const opens = ch === '\u2018' || ch === '\u201a' || ch === "'";
    if (opens && OPENING_CONTEXT.test(prev) && LETTER_OR_DIGIT.test(next) && !ELISION.test(after)) {
      if (ch === "'" || ch === '\u2018' || ch === '\u201a') {
        this.open(i, ch === "'" ? 'straight1' : 'curly1');
        return 0;
      }
    }
    if (ch === '\u2018') return 0;
    if (!/\s/.test(prev) && !LETTER_OR_DIGIT.test(next)) {
      const j = Scanner.top(this.singles);
      // A single closer never crosses an open double mark (it would be an apostrophe inside it).
      const d = Scanner.top(this.doubles);
      if (j >= 0 && j > d) this.closeAt(j, i + 1);
    }
    return 0;
  }

  /** A line break inside a paragraph (wrapped or one-line-per-paragraph text joined by the
   * structure step): when the next line opens a quotation while one is still open, the open one
   * ends at the line break, by the convention for quotations running over paragraphs. */
  lineBreak(i: number): void {
    const outermost = this.doubles[0];
    if (outermost === undefined) return;
    let k = i + 1;
    while (k < this.text.length && /[ \t\r]/.test(this.text.charAt(k))) k++;
    const next = this.text[k];
    if (next !== '\u201c' && next !== '"') return;
    let end = i;
    while (end > 0 && /\s/.test(this.text.charAt(end - 1))) end--;
    this.closeAt(outermost, end);
  }

  finish(): RawSpan[] {
    // Unclosed double marks run to the paragraph end; unclosed single marks were apostrophes.
    for (const open of this.stack) {
      if (isDouble(open.kind)) {
        this.spans.push({ start: open.pos, end: this.text.length, kind: open.kind, openAtEnd: true, openAtStart: false });
      }
    }
    return this.spans;
  }
}

function scanMarks(text: string): RawSpan[] {
  const sc = new Scanner(text);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    switch (ch) {
      case '\u201c': case '\u201d': case '\u201e': case '\u00ab': case '\u00bb':
        sc.curlyDouble(i, ch === '\u201e' || ch === '\u00ab' ? '\u201c' : ch);
        break;
      case '"':
        sc.straightDouble(i);
        break;
      case '\n':
        sc.lineBreak(i);
        break;
      case '\u2018': case '\u2019': case '\u201a': case "'":
        i += sc.single(i, ch);
        break;
      default:
        break;
    }
  }
  return sc.finish();
}

/** Outermost spans only, in text order: quotes inside quotes belong to the outer quotation. */
function outermost(spans: RawSpan[]): RawSpan[] {
  const sorted = spans.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RawSpan[] = [];
  let maxEnd = -1;
  for (const s of sorted) {
    if (s.start < maxEnd) continue;
    out.push(s);
    maxEnd = s.end;
  }
  return out;
}

/** The quotation spans of a paragraph, outermost only, offsets relative to the paragraph. */
export function findQuoteSpans(paragraph: string): QuoteSpan[] {
  return outermost(scanMarks(paragraph)).map((s) => ({
    start: s.start,
    end: s.end,
    text: paragraph.slice(s.start, s.end),
    openAtEnd: s.openAtEnd,
    openAtStart: s.openAtStart,
    atParagraphStart: s.start === 0 && !s.openAtStart,
    mark: isDouble(s.kind) ? 'double' : 'single',
  }));
}
