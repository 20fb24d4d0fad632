// Outline: the headline, then "Speakers" (each with its quotations), "Other sources"
// (organisations, documents, unnamed sources), "People" (mentioned, not quoted) and "Dates".
// Breadcrumbs and Go to Symbol (@) use the same tree.
import * as vscode from 'vscode';
import { definingMention, quotesBy } from '../analysis/lookup';
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

  async provideDocumentSymbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    const result = await this.analyses.resultOf(document);
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
function group(name: string, kind: vscode.SymbolKind, children: vscode.DocumentSymbol[], start: vscode.Position): vscode.DocumentSymbol | undefined {
  if (!children.length) return undefined;
  const covered = children.reduce((r, c) => r.union(c.range), children[0].range);
  const range = start.isBefore(covered.start) ? new vscode.Range(start, covered.end) : covered;
  const node = new vscode.DocumentSymbol(name, `${children.length}`, kind, range, children[0].selectionRange);
  node.children = children;
  return node;
}

/** Widens a node to span its children, so breadcrumbs follow the cursor into quotations. */
function coverChildren(node: vscode.DocumentSymbol): void {
  for (const c of node.children) node.range = node.range.union(c.range);
}

function quoteLabel(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
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
  for (const person of result.people) {
    const quotes = quotesBy(result, person.id);
    const anchor = quotes.length ? whereFirstQuoted(person, quotes[0]) : definingMention(person);
    if (!anchor) continue;
    const detail = person.roles[0]?.text ?? (person.affiliation ? `(${person.affiliation})` : '');
    const node = symbol(document, person.name, detail, quotes.length ? vscode.SymbolKind.Constructor : vscode.SymbolKind.Variable, anchor);
    node.children = quotes.map((q) => symbol(document, quoteLabel(q.text), quoteDetail(q, markNote), vscode.SymbolKind.String, q));
    coverChildren(node);
    if (quotes.length) speakers.push({ first: quotes[0].start, node });
    else others.push(node);
  }
  speakers.sort((a, b) => a.first - b.first || a.node.range.start.compareTo(b.node.range.start));

  // Quotations from organisations, documents and unnamed sources, grouped by their source text.
  const bySource = new Map<string, vscode.DocumentSymbol>();
  for (const q of result.quotes) {
    if (q.speaker || !q.speakerName || q.attribution === 'none') continue;
    let node = bySource.get(q.speakerName);
    if (!node) {
      node = symbol(document, q.speakerName, SOURCE_KIND_LABEL[q.sourceKind ?? ''] ?? 'source', vscode.SymbolKind.Object, q.source ?? q);
      bySource.set(q.speakerName, node);
    }
    node.children.push(symbol(document, quoteLabel(q.text), quoteDetail(q, markNote), vscode.SymbolKind.String, q));
  }
  for (const node of bySource.values()) coverChildren(node);

  const dates = result.dates.map((d) => symbol(document, d.text, d.value ?? 'unresolved', vscode.SymbolKind.Event, d));
  const body = result.paragraphs?.find((p) => p.kind === 'body')?.start ?? result.headline?.end ?? 0;
  const groups: [string, vscode.DocumentSymbol[]][] = [
    ['Speakers', speakers.map((s) => s.node)],
    ['Other sources', [...bySource.values()]],
    ['People', others],
    ['Dates', dates],
  ];
  groups.forEach(([name, children], i) => {
    const g = group(name, vscode.SymbolKind.Namespace, children, document.positionAt(Math.min(body + i, document.getText().length)));
    if (g) out.push(g);
  });
  return out;
}
