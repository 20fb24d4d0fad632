// Outline: the headline, then "Speakers" (each with its quotations), "Other sources"
// (organisations, documents, unnamed sources), "People" (mentioned, not quoted) and "Dates".
// Breadcrumbs and Go to Symbol (@) use the same tree.
import * as vscode from 'vscode';
import { definingMention, quotesByPerson } from '../analysis/lookup';
import { AnalysisResult, Person, Quote, Span } from '../analysis/types';
import { DocumentAnalyses } from './document-analyses';
import { Logger } from './logger';
import { rangeOf } from './ranges';

const QUOTE_LABEL_CHARS = 60;

/**
 * Provides the outline. VS Code caches a document's symbols per version and has no event to
 * ask again, so when a version first answered without an analysis (a large file before "Analyse
 * Now") gets one, the provider is registered anew: that drops the cache and refreshes the
 * Outline and breadcrumbs.
 */
export class DocumentSymbolsFeature implements vscode.DocumentSymbolProvider, vscode.Disposable {
  private registration: vscode.Disposable;
  private readonly subscription: vscode.Disposable;
  /** Documents (URI → version) whose symbols were asked for before they were analysed. */
  private readonly unanalysed = new Map<string, number>();

  constructor(
    private readonly analyses: DocumentAnalyses,
    private readonly log: Logger,
    private readonly selector: vscode.DocumentSelector,
    /** A fact-checker's note on a quotation for its detail ("speaker corrected by Ada"), if any. */
    private readonly markNote?: (quote: Quote) => string | undefined,
  ) {
    this.registration = this.register();
    this.subscription = analyses.onDidAnalyse(({ document, result }) => {
      const key = document.uri.toString();
      if (!result || this.unanalysed.get(key) !== document.version) return;
      this.unanalysed.delete(key);
      this.refresh();
    });
  }

  /** Drops VS Code's cached symbols (kept per document version) by registering anew. */
  refresh(): void {
    this.registration.dispose();
    this.registration = this.register();
  }

  /** Forgets a closed document. */
  forget(uri: vscode.Uri): void {
    this.unanalysed.delete(uri.toString());
  }

  private register(): vscode.Disposable {
    return vscode.languages.registerDocumentSymbolProvider(this.selector, this, { label: 'News Source Annotator' });
  }

  async provideDocumentSymbols(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<vscode.DocumentSymbol[]> {
    const result = await this.analyses.resultOf(document, token);
    if (token?.isCancellationRequested) return [];
    return this.log.guard('outline', [], () => {
      if (!result) {
        this.unanalysed.set(document.uri.toString(), document.version);
        return [];
      }
      return buildOutline(document, result, this.markNote);
    });
  }

  dispose(): void {
    this.subscription.dispose();
    this.registration.dispose();
    this.unanalysed.clear();
  }
}

function symbol(document: vscode.TextDocument, name: string, detail: string, kind: vscode.SymbolKind, full: Span, selection: Span = full): vscode.DocumentSymbol {
  const sel = rangeOf(document, selection);
  // The full range must contain the selection range (VS Code rejects the tree otherwise).
  const range = rangeOf(document, full).union(sel);
  return new vscode.DocumentSymbol(name || '(empty)', detail, kind, range, sel);
}

/**
 * A group node spanning its children; selecting it goes to its first child. `start`, when
 * before the children, starts the range earlier: the Outline sorts by position, so the groups
 * are given the starts body+0, body+1, ... to keep them in their intended order.
 */
function group(name: string, kind: vscode.SymbolKind, children: vscode.DocumentSymbol[], start: vscode.Position, count = children.length): vscode.DocumentSymbol | undefined {
  if (!children.length) return undefined;
  const covered = children.reduce((r, c) => r.union(c.range), children[0].range);
  const range = start.isBefore(covered.start) ? new vscode.Range(start, covered.end) : covered;
  const node = new vscode.DocumentSymbol(name, `${count}`, kind, range, children[0].selectionRange);
  node.children = children;
  return node;
}

/**
 * The outline of a very long article (thousands of quotations and dates) is cut short: the editor
 * asks for the whole tree at every edit, and taking in thousands of nodes keeps the extension
 * host busy for longer than the analysis. At most OUTLINE_MAX_CHILDREN dates, people or sources,
 * and the speakers' quotations share OUTLINE_QUOTATIONS (each speaker at least
 * OUTLINE_MIN_PER_SPEAKER); the rest are one "… N more" node. A normal article stays whole.
 */
export const OUTLINE_MAX_CHILDREN = 100;
export const OUTLINE_QUOTATIONS = 400;
const OUTLINE_MIN_PER_SPEAKER = 5;

/** Keeps the first `max` children and says how many more there are. */
function capChildren(document: vscode.TextDocument, children: vscode.DocumentSymbol[], what: string, spans: readonly Span[], max = OUTLINE_MAX_CHILDREN): vscode.DocumentSymbol[] {
  if (children.length <= max) return children;
  const rest = spans.slice(max);
  const first = rest[0];
  const last = rest[rest.length - 1];
  if (!first || !last) return children;
  const more = symbol(document, `… ${rest.length} more ${what}`, 'not listed in the outline', vscode.SymbolKind.Null, { start: first.start, end: last.end, text: '' }, first);
  return [...children.slice(0, max), more];
}

/** Widens a node to span its children, so breadcrumbs follow the cursor into quotations. */
function coverChildren(node: vscode.DocumentSymbol): void {
  for (const c of node.children) node.range = node.range.union(c.range);
}

function quoteLabel(text: string): string {
  // Only the start of a long quotation is read: the label shows no more of it.
  const flat = text.slice(0, 4 * QUOTE_LABEL_CHARS).replace(/\s+/g, ' ');
  return flat.length > QUOTE_LABEL_CHARS ? `${flat.slice(0, QUOTE_LABEL_CHARS - 1)}…` : flat;
}

function quoteDetail(q: Quote, markNote?: (quote: Quote) => string | undefined): string {
  const detail = q.attribution === 'continuation' ? 'continues' : (q.cue?.text ?? '');
  const mark = markNote?.(q);
  return mark ? `${detail}${detail ? ' · ' : ''}${mark}` : detail;
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
 * The outline: the headline; "Speakers" (people quoted, in the order of their first quotation,
 * each with its quotations); "Other sources" (organisations, documents, unnamed sources);
 * "People" (mentioned, not quoted); "Dates". A speaker's node starts where the article first
 * quotes them (so the Outline, sorted by position, lists speakers in the order they speak); a
 * person who is only mentioned is anchored on the mention that spells the full name.
 */
export function buildOutline(document: vscode.TextDocument, result: AnalysisResult, markNote?: (quote: Quote) => string | undefined): vscode.DocumentSymbol[] {
  const out: vscode.DocumentSymbol[] = [];
  if (result.headline) out.push(symbol(document, result.headline.text, 'headline', vscode.SymbolKind.File, result.headline));

  const speakers: { first: number; node: vscode.DocumentSymbol }[] = [];
  const others: vscode.DocumentSymbol[] = [];
  const quotesOf = quotesByPerson(result);
  const quoted = [...quotesOf.values()].filter((q) => q.length > 0).length;
  const perSpeaker = Math.max(OUTLINE_MIN_PER_SPEAKER, Math.floor(OUTLINE_QUOTATIONS / Math.max(1, quoted)));
  for (const person of result.people) {
    const quotes = quotesOf.get(person.id) ?? [];
    const anchor = quotes.length ? whereFirstQuoted(person, quotes[0]) : definingMention(person);
    if (!anchor) continue;
    const detail = person.roles[0]?.text ?? (person.affiliation ? `(${person.affiliation})` : '');
    const node = symbol(document, person.name, detail, quotes.length ? vscode.SymbolKind.Constructor : vscode.SymbolKind.Variable, anchor);
    const listed = quotes.slice(0, perSpeaker + 1);
    node.children = capChildren(document, listed.map((q) => symbol(document, quoteLabel(q.text), quoteDetail(q, markNote), vscode.SymbolKind.String, q)), 'quotations', quotes, perSpeaker);
    coverChildren(node);
    if (quotes.length) speakers.push({ first: quotes[0].start, node });
    else others.push(node);
  }
  speakers.sort((a, b) => a.first - b.first || a.node.range.start.compareTo(b.node.range.start));

  // Quotations from organisations, documents and unnamed sources, grouped by their source text.
  const quotesBySource = new Map<string, Quote[]>();
  for (const q of result.quotes) {
    if (q.speaker || !q.speakerName || q.attribution === 'none') continue;
    const list = quotesBySource.get(q.speakerName);
    if (list) list.push(q);
    else quotesBySource.set(q.speakerName, [q]);
  }
  const bySource = new Map<string, vscode.DocumentSymbol>();
  for (const [name, quotes] of quotesBySource) {
    const first = quotes[0];
    if (!first) continue;
    const node = symbol(document, name, SOURCE_KIND_LABEL[first.sourceKind ?? ''] ?? 'source', vscode.SymbolKind.Object, first.source ?? first);
    const listed = quotes.slice(0, perSpeaker + 1).map((q) => symbol(document, quoteLabel(q.text), quoteDetail(q, markNote), vscode.SymbolKind.String, q));
    node.children = capChildren(document, listed, 'quotations', quotes, perSpeaker);
    coverChildren(node);
    bySource.set(name, node);
  }

  const dates = capChildren(
    document,
    result.dates.slice(0, OUTLINE_MAX_CHILDREN + 1).map((d) => symbol(document, d.text, d.value ?? 'unresolved', vscode.SymbolKind.Event, d)),
    'dates',
    result.dates,
  );
  const body = result.paragraphs?.find((p) => p.kind === 'body')?.start ?? result.headline?.end ?? 0;
  const groups: [string, vscode.DocumentSymbol[], number?][] = [
    ['Speakers', speakers.map((s) => s.node)],
    ['Other sources', [...bySource.values()]],
    ['People', others],
    ['Dates', dates, result.dates.length],
  ];
  const end = document.getText().length;
  groups.forEach(([name, children, count], i) => {
    const g = group(name, vscode.SymbolKind.Namespace, children, document.positionAt(Math.min(body + i, end)), count);
    if (g) out.push(g);
  });
  return out;
}
