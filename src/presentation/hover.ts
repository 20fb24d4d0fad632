// The hover's markdown: on a person (any name mention, a title before the name, or a pronoun that
// is a quotation's source), on a quotation, and on a date. Each front end says where a link goes
// (VS Code: a command that selects the span; the language server: the file at that line).
import { dateAt, personAt, quotesBy, quoteAt, weekdayOf, personById } from '../analysis/lookup';
import { AnalysisResult, DateMention, Person, Quote, Span } from '../analysis/types';
import { describeDateValue } from '../analysis/dates/timeml';
import { explainQuote } from '../analysis/explain';
import { KIND_LABELS } from '../workspace/who-labels';
import { ArticleDocument } from './document';

const PREVIEW_WORDS = 8;
/** At most this many evidence links in the hover's gender line. */
const MAX_EVIDENCE_LINKS = 5;

/** A role that another article of the workspace states for a person, and that article's name. */
export interface RoleElsewhere {
  role: string;
  file: string;
}

export interface HoverOptions {
  /** The link target of a span of the document. */
  link: (span: Pick<Span, 'start' | 'end'>) => string;
  /** Gender lines (newsAnnotator.gender.enabled). */
  gender: boolean;
  /** What other articles say about a person without a role here. */
  rolesElsewhere?: (person: Person) => RoleElsewhere[];
  /** What a fact-checker's mark says about the quotation with this index, if any. */
  markOf?: (quoteIndex: number) => string | undefined;
}

export interface HoverContent {
  markdown: string;
  span: Span;
}

/** The hover at an offset, or undefined when nothing the engine found is there. */
export function hoverAt(doc: ArticleDocument, result: AnalysisResult, offset: number, options: HoverOptions): HoverContent | undefined {
  const person = personAt(result, offset);
  if (person) {
    const note = person.viaPronoun ? `*“${person.span.text}” refers to this person.*\n\n` : '';
    const elsewhere = person.person.roles.length === 0 && options.rolesElsewhere ? options.rolesElsewhere(person.person) : [];
    return { markdown: note + describePerson(doc, result, person.person, options, elsewhere), span: person.span };
  }
  const date = dateAt(result, offset);
  if (date) return { markdown: describeDate(result, date), span: date };
  const quote = quoteAt(result, offset);
  if (quote) {
    const mark = options.markOf?.(result.quotes.indexOf(quote));
    const text = describeQuote(result, quote, (o) => doc.positionAt(o).line + 1);
    return { markdown: mark ? `${text}\n\n---\n\n${mark}` : text, span: quote };
  }
  return undefined;
}

/**
 * Escapes the markdown punctuation that could format inline article text, so it is shown as
 * written. Text is never placed at the start of a line, so list and heading marks need no escape.
 */
export function escape(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&');
}

function lineOf(doc: ArticleDocument, offset: number): number {
  return doc.positionAt(offset).line + 1;
}

function spanLink(doc: ArticleDocument, link: HoverOptions['link'], s: { start: number; end: number; text: string }): string {
  return `[“${escape(s.text)}”](${link(s)}) line ${lineOf(doc, s.start)}`;
}

/** The gender line of the person hover: what the article states, with links to the spans. */
function describeGender(doc: ArticleDocument, link: HoverOptions['link'], person: Person): string {
  const ev = person.genderEvidence ?? [];
  const links = ev.slice(0, MAX_EVIDENCE_LINKS).map((e) => `${spanLink(doc, link, e)}${e.kind === 'first name' ? ' (first name)' : ''}`);
  if (ev.length > MAX_EVIDENCE_LINKS) links.push(`and ${ev.length - MAX_EVIDENCE_LINKS} more`);
  if (ev.length === 0) return 'Gender: *not stated in this article.*';
  const what = person.gender ? `**${person.gender === 'female' ? 'woman' : 'man'}**` : '**not clear** (the article states both)';
  return `Gender as the article states it: ${what} — ${links.join(' · ')}`;
}

/** The kind-of-source line: the kind and the role (or party tag) it comes from. */
function describeKind(doc: ArticleDocument, link: HoverOptions['link'], person: Person): string {
  const kind = person.sourceKind ?? 'unknown';
  const from = person.sourceKindFrom
    ? ` — from ${spanLink(doc, link, person.sourceKindFrom)}`
    : kind === 'official' && person.affiliation ? ` — from the party tag (${escape(person.affiliation)})` : ' — no stated role tells it';
  return `Kind of source: **${KIND_LABELS[kind]}**${from}`;
}

export function describePerson(doc: ArticleDocument, result: AnalysisResult, person: Person, options: Pick<HoverOptions, 'link' | 'gender'>, elsewhere: RoleElsewhere[] = []): string {
  const { link } = options;
  const parts = [`**${escape(person.name)}**${person.affiliation ? ` (${escape(person.affiliation)})` : ''}`];
  if (person.roles.length) {
    parts.push(person.roles.map((r) => `- ${escape(r.text)} — line ${lineOf(doc, r.start)}`).join('\n'));
  } else {
    parts.push('*No role stated in this article.*');
    const lines = elsewhere.map((r) => `${escape(r.role)} — ${escape(r.file)}`);
    if (lines.length === 1) parts.push(`*From other articles:* ${lines[0]}`);
    else if (lines.length > 1) parts.push(`*From other articles:*\n${lines.map((l) => `- ${l}`).join('\n')}`);
  }
  parts.push(options.gender ? `${describeGender(doc, link, person)}\n\n${describeKind(doc, link, person)}` : describeKind(doc, link, person));
  const quotes = quotesBy(result, person.id);
  if (quotes.length === 0) {
    parts.push('Not quoted in this article.');
  } else {
    const links = quotes.map((q) => `- [${escape(firstWords(q.text))}](${link(q)}) — line ${lineOf(doc, q.start)}`);
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
