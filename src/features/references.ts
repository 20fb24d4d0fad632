// Navigation for people: references and highlights (every name mention, plus pronoun sources
// resolved to the person), go to definition (the first full mention) and rename (name mentions
// only; pronouns are left alone).
import * as vscode from 'vscode';
import { definingMention, personAt, pronounSourcesOf } from '../analysis/lookup';
import { Person, Span } from '../analysis/types';
import { DocumentAnalyses } from './document-analyses';
import { Logger } from './logger';
import { locationOf, rangeOf } from './ranges';

export class PeopleNavigation
  implements vscode.ReferenceProvider, vscode.DocumentHighlightProvider, vscode.DefinitionProvider, vscode.RenameProvider
{
  constructor(
    private readonly analyses: DocumentAnalyses,
    private readonly log: Logger,
  ) {}

  private async personAt(document: vscode.TextDocument, position: vscode.Position): Promise<{ person: Person; spans: Span[]; at: Span } | undefined> {
    const result = await this.analyses.resultOf(document);
    if (!result) return undefined;
    const hit = personAt(result, document.offsetAt(position));
    if (!hit) return undefined;
    const spans = [...hit.person.mentions, ...pronounSourcesOf(result, hit.person.id)].sort((a, b) => a.start - b.start);
    return { person: hit.person, spans, at: hit.span };
  }

  async provideReferences(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location[]> {
    const hit = await this.personAt(document, position);
    return this.log.guard('references', [], () => hit?.spans.map((s) => locationOf(document, s)) ?? []);
  }

  async provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.DocumentHighlight[]> {
    const hit = await this.personAt(document, position);
    return this.log.guard('highlights', [], () =>
      (hit?.spans ?? []).map((s) => new vscode.DocumentHighlight(rangeOf(document, s), vscode.DocumentHighlightKind.Text)),
    );
  }

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location | undefined> {
    const hit = await this.personAt(document, position);
    return this.log.guard('definition', undefined, () => {
      const first = hit && definingMention(hit.person);
      return first ? locationOf(document, first) : undefined;
    });
  }

  async prepareRename(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Range | { range: vscode.Range; placeholder: string }> {
    const hit = await this.personAt(document, position);
    const mention = hit?.person.mentions.find((m) => m.start === hit.at.start && m.end === hit.at.end);
    if (!hit || !mention) throw new Error('Rename works on the name of a person mentioned in this article.');
    return { range: rangeOf(document, mention), placeholder: mention.text };
  }

  /**
   * Renames the person: a mention that spells the whole name becomes the new name; a shorter
   * mention takes the words of the new name at the same places (“Zheng” of “Zheng Zeguang”
   * becomes “Wang” of “Wang Yi”; “Earnest” of “Josh Earnest” becomes the new last word).
   */
  async provideRenameEdits(document: vscode.TextDocument, position: vscode.Position, newName: string): Promise<vscode.WorkspaceEdit | undefined> {
    const hit = await this.personAt(document, position);
    return this.log.guard('rename', undefined, () => {
      if (!hit) return undefined;
      const edit = new vscode.WorkspaceEdit();
      for (const m of hit.person.mentions) edit.replace(document.uri, rangeOf(document, m), renamedMention(hit.person.name, m.text, newName));
      return edit;
    });
  }
}

/** The new text of one mention when `oldName` is renamed to `newName` (see provideRenameEdits). */
export function renamedMention(oldName: string, mention: string, newName: string): string {
  const newWords = newName.trim().split(/\s+/);
  const oldWords = oldName.trim().split(/\s+/);
  const words = mention.trim().split(/\s+/);
  if (words.length >= oldWords.length) return newWords.join(' ');
  // Where the mention's words sit in the old name; the same places of the new name, when it has
  // as many words; else the new name's last words.
  const at = oldWords.findIndex((_, i) => words.every((w, j) => oldWords[i + j] === w));
  if (at >= 0 && newWords.length === oldWords.length) return newWords.slice(at, at + words.length).join(' ');
  return newWords.slice(-words.length).join(' ');
}
