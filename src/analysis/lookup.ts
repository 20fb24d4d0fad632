// Finding what is at an offset of an analysed article: the person mentioned there, the quotation,
// the date. Pure functions over an AnalysisResult, shared by every editor feature.
import { WEEKDAYS } from './lexicon/calendar-words';
import { AnalysisResult, DateMention, Person, Quote, Span } from './types';

const inside = (s: Span, offset: number): boolean => s.start <= offset && offset <= s.end;

export interface PersonHit {
  person: Person;
  /** The span under the offset: a name mention, or a pronoun that is a quotation's source. */
  span: Span;
  viaPronoun: boolean;
}

/** The person mentioned at `offset`, by name or by a pronoun that is a resolved quotation source. */
export function personAt(result: AnalysisResult, offset: number): PersonHit | null {
  for (const person of result.people) {
    for (const m of person.mentions) if (inside(m, offset)) return { person, span: m, viaPronoun: false };
    // A role stated before the name ("President Obama") belongs to the same hover.
    for (const r of person.roles) if (inside(r, offset) && rolePrecedesMention(person, r)) return { person, span: r, viaPronoun: false };
  }
  for (const q of result.quotes) {
    if (q.speaker && q.source && q.sourceKind === 'pronoun' && inside(q.source, offset)) {
      const person = personById(result, q.speaker);
      if (person) return { person, span: q.source, viaPronoun: true };
    }
  }
  return null;
}

function rolePrecedesMention(person: Person, role: Span): boolean {
  return person.mentions.some((m) => m.start >= role.end && m.start - role.end <= 2);
}

export function personById(result: AnalysisResult, id: string): Person | undefined {
  return result.people.find((p) => p.id === id);
}

export function quoteAt(result: AnalysisResult, offset: number): Quote | null {
  return result.quotes.find((q) => q.start <= offset && offset < q.end) ?? null;
}

export function dateAt(result: AnalysisResult, offset: number): DateMention | null {
  return result.dates.find((d) => inside(d, offset)) ?? null;
}

/** Quotations attributed to a person, including those where the person is a co-speaker. */
export function quotesBy(result: AnalysisResult, personId: string): Quote[] {
  return result.quotes.filter((q) => q.speaker === personId || (q.coSpeakers ?? []).includes(personId));
}

/** Every person's quotations (as quotesBy gives them), in one pass over the quotations. */
export function quotesByPerson(result: AnalysisResult): Map<string, Quote[]> {
  const out = new Map<string, Quote[]>(result.people.map((p) => [p.id, []]));
  for (const q of result.quotes) {
    const ids = new Set([q.speaker, ...(q.coSpeakers ?? [])]);
    for (const id of ids) if (id) out.get(id)?.push(q);
  }
  return out;
}

/** Pronoun sources resolved to the person (for references and highlights). */
export function pronounSourcesOf(result: AnalysisResult, personId: string): Span[] {
  const seen = new Set<number>();
  const out: Span[] = [];
  for (const q of result.quotes) {
    if (q.speaker === personId && q.source && q.sourceKind === 'pronoun' && !seen.has(q.source.start)) {
      seen.add(q.source.start);
      out.push(q.source);
    }
  }
  return out;
}

/** The first mention that spells the person's full name, else the first mention. */
export function definingMention(person: Person): Span | undefined {
  return person.mentions.find((m) => m.text === person.name) ?? person.mentions[0];
}


/** The weekday of a YYYY-MM-DD value, or null for coarser values. */
export function weekdayOf(value: string | null): string | null {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  // A match has all three groups.
  const [, year, month, day] = m ?? [];
  if (!year || !month || !day) return null;
  // getUTCDay counts from Sunday (0); WEEKDAYS from Monday.
  const sundayFirst = new Date(Date.UTC(+year, +month - 1, +day)).getUTCDay();
  return WEEKDAYS[(sundayFirst + 6) % 7] ?? null;
}
