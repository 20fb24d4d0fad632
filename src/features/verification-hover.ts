// What the quotation hover adds about its mark: the status, the corrected speaker (and what the
// engine had found), the note, the evidence link, who and when.
import * as vscode from 'vscode';
import type { Quote } from '../analysis/types';
import { MarkStatus, QuoteVerification, SpeakerCorrection } from '../verification';
import { escape } from './hover';

export const STATUS_LABEL: Record<MarkStatus, string> = { verified: 'Verified', 'needs-check': 'Needs check', disputed: 'Disputed' };

export const correctionLabel = (c: SpeakerCorrection): string => (c.kind === 'none' ? 'no speaker in the text' : c.name);

/** A link target for a mark's evidence: URLs as they are, relative paths from the article's folder. */
export function evidenceUri(article: vscode.Uri, link: string): vscode.Uri {
  return /^https?:\/\//.test(link) ? vscode.Uri.parse(link) : vscode.Uri.joinPath(article, '..', ...link.split(/[\\/]/));
}

export function describeMark(article: vscode.Uri, v: QuoteVerification, engineQuote: Quote): string {
  const lines = [`**${STATUS_LABEL[v.status]}** — checked by ${escape(v.by)}, ${escape(v.at)}`];
  if (v.correctedSpeaker) {
    const was = engineQuote.speakerName ? `the engine found ${escape(engineQuote.speakerName)}` : 'the engine found no speaker';
    lines.push(`Speaker: **${escape(correctionLabel(v.correctedSpeaker))}** (corrected by ${escape(v.by)}; ${was})`);
  }
  if (v.note) lines.push(`Note: ${escape(v.note)}`);
  if (v.link) lines.push(`Evidence: [${escape(v.link)}](${evidenceUri(article, v.link).toString()})`);
  if (v.how === 'fuzzy') lines.push(`*The quotation changed since it was checked (${Math.round(v.similarity * 100)}% alike).*`);
  return lines.join('\n\n');
}
