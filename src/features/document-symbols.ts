// Outline: the headline, then "Speakers" (each with its quotations), "People" (mentioned, not
// quoted) and "Dates". Breadcrumbs and Go to Symbol (@) use the same tree.
import * as vscode from 'vscode';
import { quotesBy } from '../analysis/lookup';
import { AnalysisResult, Span } from '../analysis/types';
import { DocumentAnalyses } from './document-analyses';
import { Logger } from './logger';
import { rangeOf } from './ranges';

const QUOTE_LABEL_CHARS = 60;

export class DocumentSymbolsFeature implements vscode.DocumentSymbolProvider {
  constructor(
    private readonly analyses: DocumentAnalyses,
    private readonly log: Logger,
  ) {}

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    return this.log.guard('outline', [], () => {
      const result = this.analyses.resultFor(document);
      return result ? buildOutline(document, result) : [];
    });
  }
}

function symbol(document: vscode.TextDocument, name: string, detail: string, kind: vscode.SymbolKind, full: Span, selection: Span = full): vscode.DocumentSymbol {
  const range = rangeOf(document, full);
  // The selection range must lie inside the full range.
  const sel = rangeOf(document, selection);
  return new vscode.DocumentSymbol(name || '(empty)', detail, kind, range, range.contains(sel) ? sel : range);
}

/** A group node spanning its children. */
function group(name: string, kind: vscode.SymbolKind, children: vscode.DocumentSymbol[]): vscode.DocumentSymbol | undefined {
  if (!children.length) return undefined;
  const start = children.reduce((a, c) => (c.range.start.isBefore(a) ? c.range.start : a), children[0].range.start);
  const end = children.reduce((a, c) => (c.range.end.isAfter(a) ? c.range.end : a), children[0].range.end);
  const range = new vscode.Range(start, end);
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

export function buildOutline(document: vscode.TextDocument, result: AnalysisResult): vscode.DocumentSymbol[] {
  const out: vscode.DocumentSymbol[] = [];
  if (result.headline) out.push(symbol(document, result.headline.text, 'headline', vscode.SymbolKind.File, result.headline));

  const speakers: vscode.DocumentSymbol[] = [];
  const others: vscode.DocumentSymbol[] = [];
  for (const person of result.people) {
    const first = person.mentions[0];
    if (!first) continue;
    const quotes = quotesBy(result, person.id);
    const detail = person.roles[0]?.text ?? (person.affiliation ? `(${person.affiliation})` : '');
    const node = symbol(document, person.name, detail, quotes.length ? vscode.SymbolKind.Constructor : vscode.SymbolKind.Variable, first);
    node.children = quotes.map((q) => symbol(document, quoteLabel(q.text), q.attribution === 'continuation' ? 'continuation' : (q.cue?.text ?? ''), vscode.SymbolKind.String, q));
    (quotes.length ? speakers : others).push(node);
  }
  // Quotations from organisations, documents and anonymous sources, grouped by their source text.
  const bySource = new Map<string, vscode.DocumentSymbol>();
  for (const q of result.quotes) {
    if (q.speaker || !q.speakerName || q.attribution === 'none') continue;
    let node = bySource.get(q.speakerName);
    if (!node) {
      node = symbol(document, q.speakerName, q.sourceKind ?? 'source', vscode.SymbolKind.Constructor, q.source ?? q);
      bySource.set(q.speakerName, node);
      speakers.push(node);
    }
    node.children.push(symbol(document, quoteLabel(q.text), q.cue?.text ?? '', vscode.SymbolKind.String, q));
  }
  for (const node of speakers) coverChildren(node);
  const dates = result.dates.map((d) => symbol(document, d.text, d.value ?? 'unknown', vscode.SymbolKind.Event, d));
  for (const g of [
    group('Speakers', vscode.SymbolKind.Namespace, speakers),
    group('People', vscode.SymbolKind.Namespace, others),
    group('Dates', vscode.SymbolKind.Namespace, dates),
  ]) {
    if (g) out.push(g);
  }
  return out;
}
