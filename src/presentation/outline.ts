// The outline: the headline, then "Speakers" (each with its quotations), "Other sources"
// (organisations, documents, unnamed sources), "People" (mentioned, not quoted) and "Dates".
// Nodes hold offsets; each front end turns them into its symbols (VS Code's DocumentSymbol, the
// language server's textDocument/documentSymbol answer).
import { definingMention, quotesBy } from '../analysis/lookup';
import { AnalysisResult, Person, Quote, Span } from '../analysis/types';

const QUOTE_LABEL_CHARS = 60;

/** The symbol kinds the outline uses (names as in VS Code's and LSP's SymbolKind). */
export type OutlineKind = 'File' | 'Namespace' | 'Constructor' | 'Variable' | 'String' | 'Object' | 'Event';

export interface OffsetRange {
  start: number;
  end: number;
}

export interface OutlineNode {
  name: string;
  detail: string;
  kind: OutlineKind;
  /** The whole node, containing `selection` and the children's ranges. */
  range: OffsetRange;
  /** What is selected when the node is picked. */
  selection: OffsetRange;
  children: OutlineNode[];
}

/** A fact-checker's note on a quotation for its detail ("speaker corrected by Ada"), if any. */
export type MarkNote = (quote: Quote) => string | undefined;

const union = (a: OffsetRange, b: OffsetRange): OffsetRange => ({ start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) });

function symbol(name: string, detail: string, kind: OutlineKind, full: Span, selection: Span = full): OutlineNode {
  const sel = { start: selection.start, end: selection.end };
  // The full range must contain the selection range (VS Code rejects the tree otherwise).
  return { name: name || '(empty)', detail, kind, range: union(full, sel), selection: sel, children: [] };
}

/**
 * A group node spanning its children; selecting it goes to its first child. `start`, when
 * before the children, starts the range earlier: the Outline sorts by position, so the groups
 * are given the starts body+0, body+1, ... to keep them in their intended order.
 */
function group(name: string, children: OutlineNode[], start: number): OutlineNode | undefined {
  if (!children.length) return undefined;
  const covered = children.reduce((r, c) => union(r, c.range), children[0].range);
  const range = start < covered.start ? { start, end: covered.end } : covered;
  return { name, detail: `${children.length}`, kind: 'Namespace', range, selection: children[0].selection, children };
}

/** Widens a node to span its children, so breadcrumbs follow the cursor into quotations. */
function coverChildren(node: OutlineNode): void {
  for (const c of node.children) node.range = union(node.range, c.range);
}

function quoteLabel(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > QUOTE_LABEL_CHARS ? `${flat.slice(0, QUOTE_LABEL_CHARS - 1)}…` : flat;
}

function quoteDetail(q: Quote, markNote?: MarkNote): string {
  const detail = q.attribution === 'continuation' ? 'continues' : (q.cue?.text ?? '');
  const mark = markNote?.(q);
  return mark ? `${detail}${detail ? ' · ' : ''}${mark}` : detail;
}

function quoteNode(q: Quote, markNote?: MarkNote): OutlineNode {
  return symbol(quoteLabel(q.text), quoteDetail(q, markNote), 'String', q);
}

/**
 * The mention of a speaker that attributes their first quotation: the one inside its source
 * ("…,” Zheng added), preferring the full name; else the last mention before the quotation;
 * else the mention that spells the full name.
 */
function whereFirstQuoted(person: Person, q: Quote): Span | undefined {
  const src = q.source;
  const inSource = src ? person.mentions.filter((m) => m.start >= src.start && m.end <= src.end) : [];
  const before = person.mentions.filter((m) => m.end <= q.start);
  return inSource.find((m) => m.text === person.name) ?? inSource[0] ?? before[before.length - 1] ?? definingMention(person);
}

const SOURCE_KIND_LABEL: Record<string, string> = {
  organisation: 'organisation',
  document: 'document',
  anonymous: 'unnamed source',
};

/**
 * The outline of an article of `length` characters. A speaker's node starts where the article
 * first quotes them (so the Outline, sorted by position, lists speakers in the order they speak);
 * a person who is only mentioned is anchored on the mention that spells the full name.
 */
export function buildOutline(result: AnalysisResult, length: number, markNote?: MarkNote): OutlineNode[] {
  const out: OutlineNode[] = [];
  if (result.headline) out.push(symbol(result.headline.text, 'headline', 'File', result.headline));

  const speakers: { first: number; node: OutlineNode }[] = [];
  const others: OutlineNode[] = [];
  for (const person of result.people) {
    const quotes = quotesBy(result, person.id);
    const anchor = quotes.length ? whereFirstQuoted(person, quotes[0]) : definingMention(person);
    if (!anchor) continue;
    const detail = person.roles[0]?.text ?? (person.affiliation ? `(${person.affiliation})` : '');
    const node = symbol(person.name, detail, quotes.length ? 'Constructor' : 'Variable', anchor);
    node.children = quotes.map((q) => quoteNode(q, markNote));
    coverChildren(node);
    if (quotes.length) speakers.push({ first: quotes[0].start, node });
    else others.push(node);
  }
  speakers.sort((a, b) => a.first - b.first || a.node.range.start - b.node.range.start);

  // Quotations from organisations, documents and unnamed sources, grouped by their source text.
  const bySource = new Map<string, OutlineNode>();
  for (const q of result.quotes) {
    if (q.speaker || !q.speakerName || q.attribution === 'none') continue;
    let node = bySource.get(q.speakerName);
    if (!node) {
      node = symbol(q.speakerName, SOURCE_KIND_LABEL[q.sourceKind ?? ''] ?? 'source', 'Object', q.source ?? q);
      bySource.set(q.speakerName, node);
    }
    node.children.push(quoteNode(q, markNote));
  }
  for (const node of bySource.values()) coverChildren(node);

  const dates = result.dates.map((d) => symbol(d.text, d.value ?? 'unresolved', 'Event', d));
  const body = result.paragraphs?.find((p) => p.kind === 'body')?.start ?? result.headline?.end ?? 0;
  const groups: [string, OutlineNode[]][] = [
    ['Speakers', speakers.map((s) => s.node)],
    ['Other sources', [...bySource.values()]],
    ['People', others],
    ['Dates', dates],
  ];
  groups.forEach(([name, children], i) => {
    const g = group(name, children, Math.min(body + i, length));
    if (g) out.push(g);
  });
  return out;
}
