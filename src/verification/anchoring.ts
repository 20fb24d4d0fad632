// Anchors marks to quotations and finds them again after the article changed (in the editor,
// outside it, after a git pull). An anchor is the quotation's text, a little context and the
// offset, because offsets alone break on the first edit above the quotation.
//
// Re-attaching, in order of confidence:
//  1. exact: a quotation with the anchor's very text. Among several (a repeated "No."), the one
//     whose surroundings agree best with the anchor's context wins, then the one at the anchor's
//     offset, then the nearest. Context comes before offset on purpose: after text is inserted
//     above, another copy of the quotation can sit at the old offset.
//  2. fuzzy: the most similar current quotation, at FUZZY_THRESHOLD or above (similarity.ts).
//  3. otherwise orphan: the mark is kept and reported, never dropped and never guessed.
// A quotation takes at most one group of marks, and a group is the marks that had the same anchor
// (quotation and offset): two marks share a quotation only if they already did.
import type { Span } from './engine-types';
import { Anchor, ANCHOR_CONTEXT_LENGTH, Mark } from './sidecar-model';
import { FuzzyIndex } from './similarity';

export type AttachHow = 'exact' | 'moved' | 'fuzzy' | 'orphan';

export interface Attachment {
  mark: Mark;
  /** Index into the quotations given to reattach; null for an orphan. */
  quoteIndex: number | null;
  /** exact: same text at the same offset; moved: same text elsewhere; fuzzy: similar text. */
  how: AttachHow;
  /** 1 for exact and moved, the similarity for fuzzy, 0 for an orphan. */
  similarity: number;
}

/** Work counters, so tests can check the work stays bounded without timing anything. */
export interface ReattachStats {
  contextComparisons: number;
  fuzzyComparisons: number;
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
/** True when `pos` falls between the halves of a surrogate pair: context must not cut one. */
const splitsPair = (text: string, pos: number): boolean => pos > 0 && pos < text.length && isHighSurrogate(text.charCodeAt(pos - 1)) && isLowSurrogate(text.charCodeAt(pos));

export function anchorFor(text: string, quote: Span): Anchor {
  let from = Math.max(0, quote.start - ANCHOR_CONTEXT_LENGTH);
  if (splitsPair(text, from)) from++;
  let to = Math.min(text.length, quote.end + ANCHOR_CONTEXT_LENGTH);
  if (splitsPair(text, to)) to--;
  return { quote: quote.text, before: text.slice(from, quote.start), after: text.slice(quote.end, to), offset: quote.start };
}

/** How many code units of the anchor's context the text around `quote` agrees with (0 to 64). */
function contextAgreement(text: string, quote: Span, anchor: Anchor): number {
  let before = 0;
  while (before < anchor.before.length && quote.start - before > 0 && text.charCodeAt(quote.start - 1 - before) === anchor.before.charCodeAt(anchor.before.length - 1 - before)) before++;
  let after = 0;
  while (after < anchor.after.length && quote.end + after < text.length && text.charCodeAt(quote.end + after) === anchor.after.charCodeAt(after)) after++;
  return before + after;
}

interface MarkGroup {
  anchor: Anchor;
  members: number[];
}

/** Marks with the same quotation text and offset were on the same quotation: they move together. */
function groupMarks(marks: readonly Mark[]): MarkGroup[] {
  const byKey = new Map<string, MarkGroup>();
  marks.forEach((mark, i) => {
    const key = `${mark.anchor.offset}\u0000${mark.anchor.quote}`;
    const group = byKey.get(key);
    if (group) group.members.push(i);
    else byKey.set(key, { anchor: mark.anchor, members: [i] });
  });
  return [...byKey.values()];
}

interface Pairing {
  group: number;
  quote: number;
  similarity: number;
  context: number;
  distance: number;
}

const byConfidence = (a: Pairing, b: Pairing): number =>
  b.similarity - a.similarity || b.context - a.context || a.distance - b.distance || a.group - b.group || a.quote - b.quote;

/** Best pairings first; each group and each quotation is used once. */
function assignGreedily(pairings: Pairing[], groupQuote: (number | null)[], groupSimilarity: number[], quoteTaken: boolean[]): void {
  pairings.sort(byConfidence);
  for (const p of pairings) {
    if (groupQuote[p.group] !== null || quoteTaken[p.quote]) continue;
    groupQuote[p.group] = p.quote;
    groupSimilarity[p.group] = p.similarity;
    quoteTaken[p.quote] = true;
  }
}

export function reattach(text: string, quotes: readonly Span[], marks: readonly Mark[], stats?: ReattachStats): Attachment[] {
  const groups = groupMarks(marks);
  const groupQuote: (number | null)[] = groups.map(() => null);
  const groupSimilarity = groups.map(() => 0);
  const quoteTaken = quotes.map(() => false);
  const pairing = (group: number, quote: number, similarity: number): Pairing => {
    if (stats) stats.contextComparisons++;
    const anchor = groups[group].anchor;
    return { group, quote, similarity, context: contextAgreement(text, quotes[quote], anchor), distance: Math.abs(quotes[quote].start - anchor.offset) };
  };

  // 1. exact text
  const byText = new Map<string, number[]>();
  quotes.forEach((q, i) => {
    const list = byText.get(q.text);
    if (list) list.push(i);
    else byText.set(q.text, [i]);
  });
  const exact: Pairing[] = [];
  groups.forEach((g, gi) => {
    for (const qi of byText.get(g.anchor.quote) ?? []) exact.push(pairing(gi, qi, 1));
  });
  assignGreedily(exact, groupQuote, groupSimilarity, quoteTaken);

  // 2. fuzzy, against the quotations no exact match took
  const waiting = groups.map((_, gi) => gi).filter((gi) => groupQuote[gi] === null);
  const free = quotes.map((_, qi) => qi).filter((qi) => !quoteTaken[qi]);
  if (waiting.length > 0 && free.length > 0) {
    const index = new FuzzyIndex(free.map((qi) => quotes[qi].text));
    const fuzzy: Pairing[] = [];
    for (const gi of waiting) {
      for (const m of index.matches(groups[gi].anchor.quote)) fuzzy.push(pairing(gi, free[m.index], m.similarity));
    }
    if (stats) stats.fuzzyComparisons += index.comparisons;
    assignGreedily(fuzzy, groupQuote, groupSimilarity, quoteTaken);
  }

  const attachments: Attachment[] = new Array(marks.length);
  groups.forEach((g, gi) => {
    const qi = groupQuote[gi];
    for (const mi of g.members) {
      const mark = marks[mi];
      if (qi === null) attachments[mi] = { mark, quoteIndex: null, how: 'orphan', similarity: 0 };
      else {
        const how: AttachHow = groupSimilarity[gi] < 1 || quotes[qi].text !== g.anchor.quote ? 'fuzzy' : quotes[qi].start === mark.anchor.offset ? 'exact' : 'moved';
        attachments[mi] = { mark, quoteIndex: qi, how, similarity: groupSimilarity[gi] };
      }
    }
  });
  return attachments;
}

/**
 * The quotation an editor offset belongs to: one containing it, else one ending right at it (the
 * cursor just after a closing mark). Null when there is none. For commands given "any offset inside".
 */
export function quoteIndexAt(quotes: readonly Span[], offset: number): number | null {
  let touching: number | null = null;
  for (let i = 0; i < quotes.length; i++) {
    if (quotes[i].start <= offset && offset < quotes[i].end) return i;
    if (offset === quotes[i].end && touching === null) touching = i;
  }
  return touching;
}
