// Hover: on a person, a quotation or a date. The markdown comes from presentation/hover.ts; its
// links run a command that selects the span.
import * as vscode from 'vscode';
import { Person } from '../analysis/types';
import { hoverAt, RoleElsewhere } from '../presentation/hover';
import { DocumentAnalyses } from './document-analyses';
import { Logger } from './logger';
import { articleOf, rangeOf } from './ranges';

export { escape } from '../presentation/hover';
export type { RoleElsewhere } from '../presentation/hover';

export const REVEAL_COMMAND = 'newsAnnotator.revealRange';

/** Looks up what other articles say about a person (the workspace index; see extension.ts). */
export type RolesElsewhere = (document: vscode.TextDocument, person: Person) => RoleElsewhere[];

export class HoverFeature implements vscode.HoverProvider {
  constructor(
    private readonly analyses: DocumentAnalyses,
    private readonly log: Logger,
    private readonly rolesElsewhere?: RolesElsewhere,
    /** What a fact-checker's mark says about the quotation (see verification-hover.ts). */
    private readonly markOf?: (document: vscode.TextDocument, quoteIndex: number) => string | undefined,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const result = await this.analyses.resultOf(document);
    return this.log.guard('hover', undefined, () => {
      if (!result) return undefined;
      const { rolesElsewhere, markOf } = this;
      const content = hoverAt(articleOf(document), result, document.offsetAt(position), {
        link: (span) => revealUri(document, span),
        gender: this.analyses.currentSettings.gender.enabled,
        rolesElsewhere: rolesElsewhere && ((person) => rolesElsewhere(document, person)),
        markOf: markOf && ((i) => markOf(document, i)),
      });
      if (!content) return undefined;
      const md = new vscode.MarkdownString(content.markdown);
      md.isTrusted = { enabledCommands: [REVEAL_COMMAND] };
      return new vscode.Hover(md, rangeOf(document, content.span));
    });
  }
}

function revealUri(document: vscode.TextDocument, q: { start: number; end: number }): string {
  const args = [document.uri.toString(), q.start, q.end];
  return `command:${REVEAL_COMMAND}?${encodeURIComponent(JSON.stringify(args))}`;
}

/** The command behind the hover's links: selects a range of a document and scrolls to it. */
export async function revealRange(uri: string, start: number, end: number): Promise<void> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const editor = await vscode.window.showTextDocument(document);
  const range = rangeOf(document, { start, end });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
