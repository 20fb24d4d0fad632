// Helpers that use only the `vscode` API (no Node): shared by the integration suites (through
// helpers.ts) and the web worker suite (test/web), which runs where there is no Node.
import * as vscode from 'vscode';
import { decodeSemanticTokens } from '../shared/semantic-tokens';

const check = (condition: unknown, message: string): void => {
  if (!condition) throw new Error(message);
};

export interface WaitOptions {
  timeoutMs?: number;
  intervalMs?: number;
  message?: string;
}

/**
 * Polls `predicate` until it returns a truthy value (which is returned) or the deadline passes
 * (which fails with `message` and the last value or error seen). The default deadline is
 * generous (a loaded machine is slow); what users must get fast is asserted from measured times.
 */
export async function waitFor<T>(
  predicate: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  { timeoutMs = 30_000, intervalMs = 50, message = 'condition' }: WaitOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await predicate();
      if (value) return value;
      last = value;
    } catch (err) {
      last = err;
    }
    if (Date.now() >= deadline) {
      const detail = last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${message} (last: ${detail})`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

export const DIAGNOSTIC_SOURCE = 'news-annotator';

/** The extension's diagnostics of a document, optionally of one code. */
export function newsDiagnostics(uri: vscode.Uri, code?: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE && (code === undefined || d.code === code));
}

/** The position of the `occurrence`-th (0-based) match of `needle`, plus `delta` characters. */
export function positionOf(doc: vscode.TextDocument, needle: string, delta = 0, occurrence = 0): vscode.Position {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    check(at >= 0, `"${needle}" occurs ${occurrence + 1} time(s) in ${doc.uri.path}`);
  }
  return doc.positionAt(at + delta);
}

/** The markdown of every hover at a position, joined. */
export async function hoverText(doc: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n---\n');
}

export async function documentSymbols(doc: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
  return (await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', doc.uri)) ?? [];
}

/** Every symbol of a tree, depth first. */
export function allSymbols(symbols: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...allSymbols(s.children)]);
}

export type DecodedToken = { text: string; type: string; modifiers: string[]; start: vscode.Position; length: number };


/** The document's semantic tokens, decoded from the relative encoding against the legend. */
export async function semanticTokens(doc: vscode.TextDocument): Promise<DecodedToken[]> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', doc.uri);
  check(legend && tokens, 'a legend and tokens');
  return decodeSemanticTokens(tokens.data).map((t) => {
    const start = new vscode.Position(t.line, t.character);
    return {
      text: doc.getText(new vscode.Range(start, start.translate(0, t.length))),
      type: legend.tokenTypes[t.type],
      modifiers: legend.tokenModifiers.filter((_, b) => t.modifiers & (1 << b)),
      start,
      length: t.length,
    };
  });
}
