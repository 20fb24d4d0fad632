// Hover: on a person (any name mention, a title before the name, or a pronoun that is a
// quotation's source), on a quotation, and on a date.
import * as vscode from 'vscode';
import { dateAt, personAt, quotesBy, quoteAt, weekdayOf, personById } from '../analysis/lookup';
import { AnalysisResult, DateMention, Person, Quote } from '../analysis/types';
import { describeDateValue } from '../analysis/dates/timeml';
import { explainQuote } from '../analysis/explain';
import { DocumentAnalyses } from './document-analyses';
import { Logger } from './logger';
import { rangeOf } from './ranges';
import { KIND_LABELS } from '../workspace/who-labels';

export const REVEAL_COMMAND = 'newsAnnotator.revealRange';
const PREVIEW_WORDS = 8;

/** A role that another article of the workspace states for a person, and that article's name. */
export interface RoleElsewhere {
  role: string;
  file: string;
}

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
      const offset = document.offsetAt(position);
      const person = personAt(result, offset);
      if (person) {
        const note = person.viaPronoun ? `*“${person.span.text}” refers to this person.*\n\n` : '';
        const elsewhere = person.person.roles.length === 0 && this.rolesElsewhere ? this.rolesElsewhere(document, person.person) : [];
        const gender = this.analyses.currentSettings.gender.enabled;
        return hover(note + describePerson(document, result, person.person, elsewhere, gender), rangeOf(document, person.span));
      }
      const date = dateAt(result, offset);
      if (date) return hover(describeDate(result, date), rangeOf(document, date));
      const quote = quoteAt(result, offset);
      if (quote) {
        const mark = this.markOf?.(document, result.quotes.indexOf(quote));
        const text = describeQuote(result, quote, (o) => document.positionAt(o).line + 1);
        return hover(mark ? `${text}\n\n---\n\n${mark}` : text, rangeOf(document, quote));
      }
      return undefined;
    });
  }
}

function hover(markdown: string, range: vscode.Range): vscode.Hover {
  const md = new vscode.MarkdownString(markdown);
  md.isTrusted = { enabledCommands: [REVEAL_COMMAND] };
  return new vscode.Hover(md, range);
}

/**
 * Escapes the markdown punctuation that could format inline article text, so it is shown as
 * written. Text is never placed at the start of a line, so list and heading marks need no escape.
 */
export function escape(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&');
}

function lineOf(document: vscode.TextDocument, offset: number): number {
  return document.positionAt(offset).line + 1;
}

/** At most this many evidence links in the hover's gender line. */
const MAX_EVIDENCE_LINKS = 5;

function spanLink(document: vscode.TextDocument, s: { start: number; end: number; text: string }): string {
  return `[“${escape(s.text)}”](${revealUri(document, s)}) line ${lineOf(document, s.start)}`;
}

/** The gender line of the person hover: what the article states, with links to the spans. */
function describeGender(document: vscode.TextDocument, person: Person): string {
  const ev = person.genderEvidence ?? [];
  const links = ev.slice(0, MAX_EVIDENCE_LINKS).map((e) => `${spanLink(document, e)}${e.kind === 'first name' ? ' (first name)' : ''}`);
  if (ev.length > MAX_EVIDENCE_LINKS) links.push(`and ${ev.length - MAX_EVIDENCE_LINKS} more`);
  if (ev.length === 0) return 'Gender: *not stated in this article.*';
  const what = person.gender ? `**${person.gender === 'female' ? 'woman' : 'man'}**` : '**not clear** (the article states both)';
  return `Gender as the article states it: ${what} — ${links.join(' · ')}`;
}

/** The kind-of-source line: the kind and the role (or party tag) it comes from. */
function describeKind(document: vscode.TextDocument, person: Person): string {
  const kind = person.sourceKind ?? 'unknown';
  const from = person.sourceKindFrom
    ? ` — from ${spanLink(document, person.sourceKindFrom)}`
    : kind === 'official' && person.affiliation ? ` — from the party tag (${escape(person.affiliation)})` : ' — no stated role tells it';
  return `Kind of source: **${KIND_LABELS[kind]}**${from}`;
}

export function describePerson(document: vscode.TextDocument, result: AnalysisResult, person: Person, elsewhere: RoleElsewhere[] = [], gender = true): string {
  const parts = [`**${escape(person.name)}**${person.affiliation ? ` (${escape(person.affiliation)})` : ''}`];
  if (person.roles.length) {
    parts.push(person.roles.map((r) => `- ${escape(r.text)} — line ${lineOf(document, r.start)}`).join('\n'));
  } else {
    parts.push('*No role stated in this article.*');
    const lines = elsewhere.map((r) => `${escape(r.role)} — ${escape(r.file)}`);
    if (lines.length === 1) parts.push(`*From other articles:* ${lines[0]}`);
    else if (lines.length > 1) parts.push(`*From other articles:*\n${lines.map((l) => `- ${l}`).join('\n')}`);
  }
  parts.push(gender ? `${describeGender(document, person)}\n\n${describeKind(document, person)}` : describeKind(document, person));
  const quotes = quotesBy(result, person.id);
  if (quotes.length === 0) {
    parts.push('Not quoted in this article.');
  } else {
    const links = quotes.map((q) => `- [${escape(firstWords(q.text))}](${revealUri(document, q)}) — line ${lineOf(document, q.start)}`);
    parts.push(`Quoted ${quotes.length} time${quotes.length === 1 ? '' : 's'}:\n${links.join('\n')}`);
  }
  return parts.join('\n\n');
}

function describeQuote(result: AnalysisResult, q: Quote, line: (offset: number) => number): string {
  const person = q.speaker ? personById(result, q.speaker) : undefined;
  const others = (q.coSpeakers ?? []).map((id) => personById(result, id)?.name).filter(Boolean);
  const who = person ? [person.name, ...others].map((n) => `**${escape(String(n))}**`).join(' and ') : q.speakerName ? `**${escape(q.speakerName)}**` : null;
  const why = `\n\nWhy: ${explainQuote(q, line)}`;
  if (q.attribution === 'none' || !who) return `**Quotation without attribution**: nobody in the article is said to have said it.${why}`;
  const how = q.attribution === 'continuation' ? 'continues the previous quotation (no cue of its own)' : `explicit attribution${q.cue ? `, cue “${escape(q.cue.text)}”` : ''}`;
  const source = q.source && q.source.text !== person?.name ? ` (source as written: “${escape(q.source.text)}”)` : '';
  return `**Quotation** by ${who}${source}: ${how}.${why}`;
}


/** A date's value in words (Friday, 25 September 2015), with the ISO value it stands for. */
export function describeDate(result: AnalysisResult, date: DateMention): string {
  const head = `**Date** “${escape(date.text)}”`;
  const v = date.value;
  if (!v) {
    return result.referenceDate
      ? `${head}: no calendar date can be worked out from it.`
      : `${head}: relative to a publication date the article does not give. Set \`newsAnnotator.referenceDate\` to resolve it.`;
  }
  const words = /^\d{4}-\d{2}-\d{2}/.test(v) ? `${weekdayOf(v.slice(0, 10))}, ${describeDateValue(v)}` : describeDateValue(v);
  const basis = result.referenceDate && result.referenceDate !== v ? ` (relative to ${result.referenceDate})` : '';
  return `${head}: ${words} — \`${v}\`${basis}`;
}

function firstWords(text: string): string {
  const words = text.replace(/^[“"‘']+/, '').split(/\s+/).filter(Boolean);
  return words.length > PREVIEW_WORDS ? `“${words.slice(0, PREVIEW_WORDS).join(' ')} …”` : `“${words.join(' ').replace(/[”"’']+$/, '')}”`;
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
