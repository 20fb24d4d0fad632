// Navigation for people: references and highlights (every name mention, plus pronoun sources
// resolved to the person), go to definition (the first full mention) and rename (name mentions
// only; pronouns are left alone).
import { definingMention, personAt, pronounSourcesOf } from '../analysis/lookup';
import { AnalysisResult, Person, Span } from '../analysis/types';

export interface PersonSpans {
  person: Person;
  /** Every mention and resolved pronoun source, in document order. */
  spans: Span[];
  /** The span under the offset. */
  at: Span;
}

/** The person mentioned at `offset` and all their mentions, or undefined. */
export function personSpansAt(result: AnalysisResult, offset: number): PersonSpans | undefined {
  const hit = personAt(result, offset);
  if (!hit) return undefined;
  const spans = [...hit.person.mentions, ...pronounSourcesOf(result, hit.person.id)].sort((a, b) => a.start - b.start);
  return { person: hit.person, spans, at: hit.span };
}

/** Where Go to Definition goes: the person's first full mention. */
export function definitionAt(result: AnalysisResult, offset: number): Span | undefined {
  const hit = personSpansAt(result, offset);
  return hit ? definingMention(hit.person) : undefined;
}

export const RENAME_REFUSAL = 'Rename works on the name of a person mentioned in this article.';

/** The name mention a rename starts from (a pronoun or a role cannot be renamed), or undefined. */
export function renameTargetAt(result: AnalysisResult, offset: number): Span | undefined {
  const hit = personSpansAt(result, offset);
  return hit?.person.mentions.find((m) => m.start === hit.at.start && m.end === hit.at.end);
}

/** The edits that rename the person at `offset` to `newName`: one per name mention. */
export function renameEditsAt(result: AnalysisResult, offset: number, newName: string): { span: Span; newText: string }[] | undefined {
  const hit = personSpansAt(result, offset);
  return hit?.person.mentions.map((m) => ({ span: m, newText: renamedMention(hit.person.name, m.text, newName) }));
}

/**
 * The new text of one mention when `oldName` is renamed to `newName`: a mention that spells the
 * whole name becomes the new name; a shorter mention takes the words of the new name at the same
 * places (“Zheng” of “Zheng Zeguang” becomes “Wang” of “Wang Yi”; “Earnest” of “Josh Earnest”
 * becomes the new last word).
 */
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
