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

  private personAt(document: vscode.TextDocument, position: vscode.Position): { person: Person; spans: Span[]; at: Span } | undefined {
    const result = this.analyses.resultFor(document);
    if (!result) return undefined;
    const hit = personAt(result, document.offsetAt(position));
    if (!hit) return undefined;
    const spans = [...hit.person.mentions, ...pronounSourcesOf(result, hit.person.id)].sort((a, b) => a.start - b.start);
    return { person: hit.person, spans, at: hit.span };
  }

  provideReferences(document: vscode.TextDocument, position: vscode.Position): vscode.Location[] {
    return this.log.guard('references', [], () => this.personAt(document, position)?.spans.map((s) => locationOf(document, s)) ?? []);
  }

  provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position): vscode.DocumentHighlight[] {
    return this.log.guard('highlights', [], () =>
      (this.personAt(document, position)?.spans ?? []).map((s) => new vscode.DocumentHighlight(rangeOf(document, s), vscode.DocumentHighlightKind.Text)),
    );
  }

  provideDefinition(document: vscode.TextDocument, position: vscode.Position): vscode.Location | undefined {
    return this.log.guard('definition', undefined, () => {
      const hit = this.personAt(document, position);
      const first = hit && definingMention(hit.person);
      return first ? locationOf(document, first) : undefined;
    });
  }

  prepareRename(document: vscode.TextDocument, position: vscode.Position): vscode.Range | { range: vscode.Range; placeholder: string } {
    const hit = this.personAt(document, position);
    const mention = hit?.person.mentions.find((m) => m.start === hit.at.start && m.end === hit.at.end);
    if (!hit || !mention) throw new Error('Rename works on the name of a person mentioned in this article.');
    return { range: rangeOf(document, mention), placeholder: mention.text };
  }

  /**
   * Renames the person: a mention that spells the whole name becomes the new name; a shorter
   * mention (a surname) becomes the new name's last word.
   */
  provideRenameEdits(document: vscode.TextDocument, position: vscode.Position, newName: string): vscode.WorkspaceEdit | undefined {
    const hit = this.personAt(document, position);
    if (!hit) return undefined;
    const edit = new vscode.WorkspaceEdit();
    const newWords = newName.trim().split(/\s+/);
    const oldWords = hit.person.name.split(/\s+/);
    for (const m of hit.person.mentions) {
      const words = m.text.split(/\s+/);
      const replacement = words.length >= oldWords.length ? newName.trim() : newWords.slice(-words.length).join(' ');
      edit.replace(document.uri, rangeOf(document, m), replacement);
    }
    return edit;
  }
}
