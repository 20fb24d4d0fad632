// How a fixture article's hand-written expectations (test/fixtures/articles/*.expected.json) are
// matched against the engine's result: shared by the scores of `npm run eval:fixtures` and the
// regression test test/unit/analysis/fixtures.test.ts.

export interface Expected {
  referenceDate: string;
  /** sourceKind: the kind of source the person's stated roles make them (optional per person). */
  people: { name: string; roles: string[]; affiliation: string | null; sourceKind?: string }[];
  quotes: { first: string; speaker: string | null; attribution: 'explicit' | 'continuation' | 'none' }[];
  dates: { text: string; value: string | null }[];
}

const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'the', 'a', 'an', 'of', 'and']);

/** Lower-case name words, titles dropped, accents kept. */
export function nameWords(s: string | null | undefined): string[] {
  return (s ?? '').toLowerCase().match(/[\p{L}\p{M}'’-]+/gu)?.filter((w) => !TITLES.has(w.replace(/\.$/, ''))) ?? [];
}

/** Same person: the last word of one name occurs in the other (surname-level, either way). */
export function sameName(a: string | null | undefined, b: string | null | undefined): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  const lastA = wa[wa.length - 1];
  const lastB = wb[wb.length - 1];
  if (lastA === undefined || lastB === undefined) return false;
  return wb.includes(lastA) || wa.includes(lastB);
}

/** A speaker matches by name, or, for organisations and unnamed sources, by the words of its text. */
export function speakerMatches(sys: string | null, gold: string | null): boolean {
  if (gold === null) return sys === null;
  if (sys === null) return false;
  if (sameName(sys, gold)) return true;
  const s = sys.toLowerCase();
  const g = gold.toLowerCase().replace(/^the\s+/, '');
  return s.includes(g) || g.includes(s.replace(/^the\s+/, ''));
}

const normRole = (r: string): string => r.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').trim().replace(/^(?:the|a|an)\s+/i, '');

/** A role matches when one contains the other (a shorter system role must have 60% of the length). */
export function roleMatches(sys: string, gold: string): boolean {
  const s = normRole(sys);
  const g = normRole(gold);
  return s === g || s.includes(g) || (g.includes(s) && s.length >= 0.6 * g.length);
}
