// The outline: the headline, then "Speakers" (each with its quotations), "Other sources"
// (organisations, documents, unnamed sources), "People" (mentioned, not quoted) and "Dates".
// Nodes hold offsets; each front end turns them into its symbols (VS Code's DocumentSymbol, the
// language server's textDocument/documentSymbol answer).
import { definingMention, quotesByPerson } from '../analysis/lookup';
import { AnalysisResult, Person, Quote, Span } from '../analysis/types';

const QUOTE_LABEL_CHARS = 60;

/** The symbol kinds the outline uses (names as in VS Code's and LSP's SymbolKind). */
export type OutlineKind = 'File' | 'Namespace' | 'Constructor' | 'Variable' | 'String' | 'Object' | 'Event' | 'Null';

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
function group(name: string, children: OutlineNode[], start: number, count = children.length): OutlineNode | undefined {
  if (!children.length) return undefined;
  const covered = children.reduce((r, c) => union(r, c.range), children[0].range);
  const range = start < covered.start ? { start, end: covered.end } : covered;
  return { name, detail: `${count}`, kind: 'Namespace', range, selection: children[0].selection, children };
}

/**
 * The outline of a very long article (thousands of quotations and dates) is cut short: the editor
 * asks for the whole tree at every edit, and taking in thousands of nodes keeps it busy for longer
 * than the analysis. At most OUTLINE_MAX_CHILDREN dates, people or sources, and the speakers'
 * quotations share OUTLINE_QUOTATIONS (each speaker at least OUTLINE_MIN_PER_SPEAKER); the rest
 * are one "… N more" node. A normal article stays whole.
 */
export const OUTLINE_MAX_CHILDREN = 100;
export const OUTLINE_QUOTATIONS = 400;
const OUTLINE_MIN_PER_SPEAKER = 5;

/** Keeps the first `max` children and says how many more there are. */
function capChildren(children: OutlineNode[], what: string, spans: readonly Span[], max = OUTLINE_MAX_CHILDREN): OutlineNode[] {
  if (children.length <= max) return children;
  const rest = spans.slice(max);
  const first = rest[0];
  const last = rest[rest.length - 1];
  if (!first || !last) return children;
  const more = symbol(`… ${rest.length} more ${what}`, 'not listed in the outline', 'Null', { start: first.start, end: last.end, text: '' }, first);
  return [...children.slice(0, max), more];
}

/** The first quotations of a speaker or source (at most `max`, then "… N more"). */
function quoteNodes(quotes: Quote[], max: number, markNote?: MarkNote): OutlineNode[] {
  return capChildren(quotes.slice(0, max + 1).map((q) => quoteNode(q, markNote)), 'quotations', quotes, max);
}

/** Widens a node to span its children, so breadcrumbs follow the cursor into quotations. */
function coverChildren(node: OutlineNode): void {
  for (const c of node.children) node.range = union(node.range, c.range);
}

function quoteLabel(text: string): string {
  // Only the start of a long quotation is read: the label shows no more of it.
  const flat = text.slice(0, 4 * QUOTE_LABEL_CHARS).replace(/\s+/g, ' ');
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
  const quotesOf = quotesByPerson(result);
  const quoted = [...quotesOf.values()].filter((q) => q.length > 0).length;
  const perSpeaker = Math.max(OUTLINE_MIN_PER_SPEAKER, Math.floor(OUTLINE_QUOTATIONS / Math.max(1, quoted)));
  for (const person of result.people) {
    const quotes = quotesOf.get(person.id) ?? [];
    const anchor = quotes.length ? whereFirstQuoted(person, quotes[0]) : definingMention(person);
    if (!anchor) continue;
    const detail = person.roles[0]?.text ?? (person.affiliation ? `(${person.affiliation})` : '');
    const node = symbol(person.name, detail, quotes.length ? 'Constructor' : 'Variable', anchor);
    node.children = quoteNodes(quotes, perSpeaker, markNote);
    coverChildren(node);
    if (quotes.length) speakers.push({ first: quotes[0].start, node });
    else others.push(node);
  }
  speakers.sort((a, b) => a.first - b.first || a.node.range.start - b.node.range.start);

  // Quotations from organisations, documents and unnamed sources, grouped by their source text.
  const quotesBySource = new Map<string, Quote[]>();
  for (const q of result.quotes) {
    if (q.speaker || !q.speakerName || q.attribution === 'none') continue;
    const list = quotesBySource.get(q.speakerName);
    if (list) list.push(q);
    else quotesBySource.set(q.speakerName, [q]);
  }
  const bySource: OutlineNode[] = [];
  for (const [name, quotes] of quotesBySource) {
    const first = quotes[0];
    if (!first) continue;
    const node = symbol(name, SOURCE_KIND_LABEL[first.sourceKind ?? ''] ?? 'source', 'Object', first.source ?? first);
    node.children = quoteNodes(quotes, perSpeaker, markNote);
    coverChildren(node);
    bySource.push(node);
  }

  const dates = capChildren(
    result.dates.slice(0, OUTLINE_MAX_CHILDREN + 1).map((d) => symbol(d.text, d.value ?? 'unresolved', 'Event', d)),
    'dates',
    result.dates,
  );
  const body = result.paragraphs?.find((p) => p.kind === 'body')?.start ?? result.headline?.end ?? 0;
  const groups: [string, OutlineNode[], number?][] = [
    ['Speakers', speakers.map((s) => s.node)],
    ['Other sources', bySource],
    ['People', others],
    ['Dates', dates, result.dates.length],
  ];
  groups.forEach(([name, children, count], i) => {
    const g = group(name, children, Math.min(body + i, length), count);
    if (g) out.push(g);
  });
  return out;
}
