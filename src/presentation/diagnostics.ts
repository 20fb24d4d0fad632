// Which of the engine's diagnostics an editor shows, and at what severity: those whose setting is
// not "off", without the quotations the user accepted. The VS Code Problems view, its status bar
// and the language server's published diagnostics all use this list.
import { AnalysisResult, Diagnostic } from '../analysis/types';
import { ArticleDocument } from './document';
import { acceptedQuoteKey, Settings, SeverityOption } from './settings';

/** The `source` of every diagnostic the extension and the language server publish. */
export const DIAGNOSTIC_SOURCE = 'news-annotator';

export type ShownSeverity = Exclude<SeverityOption, 'off'>;

export interface ShownDiagnostic {
  diagnostic: Diagnostic;
  severity: ShownSeverity;
}

export function shownDiagnostics(doc: Pick<ArticleDocument, 'textOf'>, result: AnalysisResult, settings: Settings): ShownDiagnostic[] {
  const accepted = new Set(settings.acceptedQuotes.map(acceptedQuoteKey));
  const out: ShownDiagnostic[] = [];
  for (const d of result.diagnostics) {
    const option = settings.severities[d.code];
    if (!option || option === 'off') continue;
    // Reading the quotation's text only when some are accepted: a long article has hundreds.
    if (d.code === 'unattributed-quote' && accepted.size && accepted.has(acceptedQuoteKey(doc.textOf(d)))) continue;
    out.push({ diagnostic: d, severity: option });
  }
  return out;
}
