// Accuracy metrics for the engine against annotated news: a port of the official scorer
// (../shared/eval/score.py) that must print the same figures. Gold offsets are Unicode code
// points; ours are UTF-16 code units.
//
// Each mode counts per article, and every figure is a function of the counts summed over
// articles: that is what lets the bootstrap and the folds rescore a subset without rerunning
// the matching.

/* eslint-disable @typescript-eslint/no-explicit-any -- gold and system records are loose JSON */
type Json = any;

export type Mode = 'quotes' | 'roles' | 'dates' | 'gender';
export const MODES: readonly Mode[] = ['quotes', 'roles', 'dates', 'gender'];

/** Named counts of one article, or of several summed. */
export type Counts = Record<string, number>;
/** Named figures as score.py prints them: counts, and ratios (null when undefined). */
export type Figures = Record<string, number | null>;

export interface Scorer {
  /** Counts for one gold article; `sys` is undefined when the output lacks the article. */
  count(gold: Json, sys: Json | undefined): Counts;
  /** The figures, in score.py's order, from counts summed over `docs` articles. */
  figures(total: Counts, docs: number): Figures;
  /** The figures that are ratios of counts (the ones that get intervals). */
  rates: readonly string[];
}

const TITLE_WORDS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'reps', 'gov', 'gen', 'president', 'senator',
  'the', 'a', 'an', 'of', 'and', 'former', 'secretary', 'minister', 'said', 'says',
]);

/** Maps code-point indices of `text` to UTF-16 indices. */
export function utf16Map(text: string): number[] {
  const out: number[] = [];
  let u = 0;
  for (const ch of text) {
    out.push(u);
    u += ch.length;
  }
  out.push(u);
  return out;
}

const overlap = (a0: number, a1: number, b0: number, b1: number): boolean => Math.max(a0, b0) < Math.min(a1, b1);
const hasStart = (x: Json): boolean => x.start !== undefined && x.start !== null;

/**
 * Python's round(x, 4). toFixed rounds the exact binary value like Python does, but breaks ties
 * upwards where Python breaks them to even; a double is exactly halfway between two 4-digit
 * decimals only when it is an odd multiple of 1/32 (10^4 / 2 = 2^4 * 625).
 */
export function roundLikePython(x: number): number {
  const thirtySeconds = x * 32;
  if (Number.isInteger(thirtySeconds) && thirtySeconds % 2 !== 0) {
    const lower = Math.floor(x * 10000); // exact: x * 10000 is a multiple of 0.5 here
    return (lower % 2 === 0 ? lower : lower + 1) / 10000;
  }
  return Number(x.toFixed(4));
}

/** score.py's r(a, b): the rounded ratio, or null when there is nothing to divide by. */
export const ratio = (a: number, b: number): number | null => (b ? roundLikePython(a / b) : null);
const f1Of = (p: number | null, r: number | null): number => (p && r ? roundLikePython((2 * p * r) / (p + r)) : 0);

function nameWords(s: string | null | undefined): string[] {
  return (s ?? '').match(/[A-Za-z][A-Za-z'-]+/g) ?? [];
}

export function nameTokens(s: string | null | undefined): Set<string> {
  return new Set(
    nameWords(s)
      .filter((t) => t.length > 2 && !TITLE_WORDS.has(t.toLowerCase()))
      .map((t) => t.toLowerCase().replace(/^'+|'+$/g, '')),
  );
}

/** Surname-level match: the last name token of the system's name occurs in the gold name. */
export function nameMatch(sysName: string | null | undefined, goldName: string | null | undefined): boolean {
  const st = nameWords(sysName)
    .map((t) => t.toLowerCase())
    .filter((t) => t.length > 2 && !TITLE_WORDS.has(t));
  if (!st.length) return false;
  return nameTokens(goldName).has(st[st.length - 1]);
}

/** The characters Python's str.split() splits on (JavaScript's \s differs in a few). */
// eslint-disable-next-line no-control-regex -- Python counts the separators \x1c-\x1f as whitespace
const PYTHON_WHITESPACE = /[\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;
const wordCount = (s: string): number => s.split(PYTHON_WHITESPACE).filter(Boolean).length;

/** score.py skips a quote whose `closed` is present and false-like; absent means closed. */
const isClosed = (q: Json): boolean => !('closed' in q) || Boolean(q.closed);

/** True when one of the output quotes overlapping a gold quote has the gold source. */
function sourceMatches(q: Json, hits: Json[], m: number[]): boolean {
  const g0 = m[q.speaker_start], g1 = m[q.speaker_end];
  const goldNames = [q.speaker];
  if (q.speaker_resolved) goldNames.push(typeof q.speaker_resolved === 'object' ? q.speaker_resolved.text : q.speaker_resolved);
  return hits.some((x) => {
    const sp = x.source;
    if (sp && hasStart(sp) && overlap(sp.start, sp.end, g0, g1)) return true;
    const nm = x.speakerName || (x.source || {}).text;
    return goldNames.some((gn) => nameMatch(nm, gn));
  });
}

function emptyQuoteCounts(): Counts {
  return {
    closed: 0, closedFound: 0, sysQuotes: 0,
    sourced: 0, sourcedFound: 0, sourcedOk: 0, sourcedFlagged: 0,
    directFound: 0, directOk: 0, mixedFound: 0, mixedOk: 0,
    noSource: 0, noSourceFlagged: 0, longUncovered: 0, longUncoveredFlagged: 0,
    missing: 0,
  };
}

/** Counts for one gold quote whose attribution names a source. */
function countSourcedQuote(c: Counts, q: Json, hits: Json[], flagged: boolean, m: number[]): void {
  c.sourced++;
  if (flagged) c.sourcedFlagged++;
  if (!hits.length) return;
  c.sourcedFound++;
  const ok = sourceMatches(q, hits, m);
  if (ok) c.sourcedOk++;
  // As in score.py, the split by kind counts only the quotes the output found.
  const kind = q.kind || 'direct';
  if (kind === 'direct' || kind === 'mixed') {
    c[`${kind}Found`]++;
    if (ok) c[`${kind}Ok`]++;
  }
}

function countQuotes(g: Json, s: Json | undefined): Counts {
  const c = emptyQuoteCounts();
  if (!s) c.missing = 1;
  const m = utf16Map(g.text);
  const squotes: Json[] = s?.quotes || [];
  c.sysQuotes = squotes.length;
  const diags: Json[] = (s?.diagnostics || []).filter((d: Json) => String(d.code ?? '').includes('unattributed'));
  for (const q of g.quotes) {
    if (!isClosed(q)) continue;
    const q0 = m[q.start], q1 = m[q.end];
    const hits = squotes.filter((x) => hasStart(x) && overlap(x.start, x.end, q0, q1));
    const flagged = diags.some((d) => overlap(d.start, d.end, q0, q1));
    c.closed++;
    if (hits.length) c.closedFound++;
    if (q.attribution === 'source') {
      countSourcedQuote(c, q, hits, flagged, m);
    } else if (q.attribution === 'no-source') {
      c.noSource++;
      if (flagged) c.noSourceFlagged++;
    } else if (q.attribution === 'none' && wordCount(String(q.text)) >= 8) {
      c.longUncovered++;
      if (flagged) c.longUncoveredFlagged++;
    }
  }
  return c;
}

export const quoteScorer: Scorer = {
  count: countQuotes,
  figures: (c, docs) => ({
    docs,
    gold_quotes_closed: c.closed,
    quote_recall: ratio(c.closedFound, c.closed),
    sys_quotes: c.sysQuotes,
    gold_sourced_quotes: c.sourced,
    source_accuracy: ratio(c.sourcedOk, c.sourced),
    source_accuracy_when_found: ratio(c.sourcedOk, c.sourcedFound),
    source_accuracy_direct: ratio(c.directOk, c.directFound),
    source_accuracy_mixed: ratio(c.mixedOk, c.mixedFound),
    unattributed_false_alarm_rate: ratio(c.sourcedFlagged, c.sourced),
    unattributed_recall_nosource: ratio(c.noSourceFlagged, c.noSource),
    gold_nosource_quotes: c.noSource,
    unattributed_flag_rate_long_uncovered: ratio(c.longUncoveredFlagged, c.longUncovered),
    long_uncovered_quotes: c.longUncovered,
    missing_docs: c.missing,
  }),
  rates: [
    'quote_recall', 'source_accuracy', 'source_accuracy_when_found', 'source_accuracy_direct', 'source_accuracy_mixed',
    'unattributed_false_alarm_rate', 'unattributed_recall_nosource', 'unattributed_flag_rate_long_uncovered',
  ],
};

/** Token F1 between two role strings, ignoring a few function words. */
export function tokenF1(a: string, b: string): number {
  const stop = new Set(['the', 'a', 'an', 'of', 'for', 'to']);
  const toks = (s: string): string[] => {
    const all = s.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
    const kept = all.filter((t) => !stop.has(t));
    return kept.length ? kept : all;
  };
  const ta = toks(a);
  const rest = toks(b);
  const nb = rest.length;
  if (!ta.length || !nb) return 0;
  let common = 0;
  for (const t of ta) {
    const i = rest.indexOf(t);
    if (i >= 0) {
      rest.splice(i, 1);
      common++;
    }
  }
  if (!common) return 0;
  const p = common / ta.length, r = common / nb;
  return (2 * p * r) / (p + r);
}

const roleTexts = (p: Json): string[] => (p.roles || []).map((r: Json) => (typeof r === 'object' ? r.text : String(r)));
const systemPeople = (s: Json | undefined): Json[] => s?.people || [];

/** Index of the system person who is this gold person (surname match), or null. */
export function matchPerson(gp: Json, people: Json[]): number | null {
  const gsur = nameTokens(gp.name);
  for (let i = 0; i < people.length; i++) {
    const p = people[i];
    const names = [p.name ?? '', ...(p.mentions || []).map((x: Json) => x.text ?? '')];
    const sharesToken = [...nameTokens(p.name ?? '')].some((t) => gsur.has(t));
    if (names.some((n) => nameMatch(n, gp.name)) || (sharesToken && gsur.size === 1)) return i;
  }
  return null;
}

/**
 * The system person with the gold person's full name, or null. Not what score.py does: its
 * surname match pairs a gold "Hillary Clinton" with the first system person named Clinton. Used,
 * before the surname match, only for a diagnostic figure beside score.py's.
 */
export function fullNameMatch(gp: Json, people: Json[]): number | null {
  const full = String(gp.name ?? '').trim().toLowerCase();
  const exact = people.findIndex((p) => String(p.name ?? '').trim().toLowerCase() === full);
  return exact >= 0 ? exact : null;
}

function countRoles(g: Json, s: Json | undefined): Counts {
  const c: Counts = { people: 0, found: 0, goldRoles: 0, goldRolesOk: 0, sysRoles: 0, sysRolesOk: 0, affiliations: 0, affiliationsOk: 0, missing: s ? 0 : 1 };
  const sp = systemPeople(s);
  const used = new Set<number>();
  for (const gp of g.people) {
    c.people++;
    const best = matchPerson(gp, sp);
    const groles: string[] = gp.roles ?? [];
    c.goldRoles += groles.length;
    if (gp.affiliation) c.affiliations++;
    if (best === null) continue;
    c.found++;
    used.add(best);
    const sroles = roleTexts(sp[best]);
    for (const gr of groles) if (sroles.some((sr) => tokenF1(sr, gr) >= 0.5)) c.goldRolesOk++;
    if (gp.affiliation && String(sp[best].affiliation || '').replace(/ /g, '').includes(gp.affiliation.replace(/ /g, ''))) c.affiliationsOk++;
  }
  // Precision over the roles of the matched system people, against any gold role of the article.
  const allGoldRoles: string[] = g.people.flatMap((gp: Json) => gp.roles ?? []);
  for (const i of used) {
    for (const sr of roleTexts(sp[i])) {
      c.sysRoles++;
      if (allGoldRoles.some((gr) => tokenF1(sr, gr) >= 0.5)) c.sysRolesOk++;
    }
  }
  return c;
}

export const roleScorer: Scorer = {
  count: countRoles,
  figures: (c, docs) => {
    const rp = ratio(c.sysRolesOk, c.sysRoles), rr = ratio(c.goldRolesOk, c.goldRoles);
    return {
      docs,
      gold_people: c.people,
      people_recall: ratio(c.found, c.people),
      gold_roles: c.goldRoles,
      role_recall: rr,
      role_precision: rp,
      role_f1: f1Of(rp, rr),
      affiliation_recall: ratio(c.affiliationsOk, c.affiliations),
      missing_docs: c.missing,
    };
  },
  rates: ['people_recall', 'role_recall', 'role_precision', 'role_f1', 'affiliation_recall'],
};

const CALENDAR_VALUE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function countDates(g: Json, s: Json | undefined): Counts {
  const c: Counts = { gold: 0, goldFound: 0, sys: 0, sysMatched: 0, values: 0, valuesOk: 0, missing: s ? 0 : 1 };
  const m = utf16Map(g.text);
  const sd: Json[] = (s?.dates || []).filter(hasStart);
  const gx: Json[] = g.timexes.filter((t: Json) => t.type === 'DATE' || t.type === 'TIME');
  c.gold = gx.length;
  c.sys = sd.length;
  for (const t of gx) {
    const t0 = m[t.start], t1 = m[t.end];
    const hits = sd.filter((d) => overlap(d.start, d.end, t0, t1));
    if (hits.length) c.goldFound++;
    const gv = String(t.value ?? '');
    if (CALENDAR_VALUE.test(gv)) {
      c.values++;
      if (hits.some((d) => String(d.value || '').startsWith(gv))) c.valuesOk++;
    }
  }
  for (const d of sd) if (gx.some((t) => overlap(d.start, d.end, m[t.start], m[t.end]))) c.sysMatched++;
  return c;
}

export const dateScorer: Scorer = {
  count: countDates,
  figures: (c, docs) => {
    const p = ratio(c.sysMatched, c.sys), r = ratio(c.goldFound, c.gold);
    return {
      docs,
      gold_dates: c.gold,
      sys_dates: c.sys,
      date_precision: p,
      date_recall: r,
      date_f1: f1Of(p, r),
      gold_calendar_values: c.values,
      value_accuracy: ratio(c.valuesOk, c.values),
      missing_docs: c.missing,
    };
  },
  rates: ['date_precision', 'date_recall', 'date_f1', 'value_accuracy'],
};

const genderOf = (v: unknown): string | null => (v === 'female' || v === 'male' ? v : null);

function countGender(g: Json, s: Json | undefined): Counts {
  const c: Counts = { people: 0, found: 0, stated: 0, given: 0, ok: 0, unstated: 0, unstatedGiven: 0, quotedStated: 0, quotedOk: 0, fullGiven: 0, fullOk: 0, missing: s ? 0 : 1 };
  const sp = systemPeople(s);
  for (const gp of g.people) {
    c.people++;
    const want = genderOf(gp.gender);
    const i = matchPerson(gp, sp);
    const full = fullNameMatch(gp, sp) ?? i;
    const fullGot = full === null ? null : genderOf(sp[full].gender);
    if (want !== null && fullGot !== null) {
      c.fullGiven++;
      if (fullGot === want) c.fullOk++;
    }
    if (i === null) continue;
    c.found++;
    const got = genderOf(sp[i].gender);
    if (want === null) {
      c.unstated++;
      if (got !== null) c.unstatedGiven++;
      continue;
    }
    c.stated++;
    if (got !== null) {
      c.given++;
      if (got === want) c.ok++;
    }
    if (gp.quoted) {
      c.quotedStated++;
      if (got === want) c.quotedOk++;
    }
  }
  return c;
}

export const genderScorer: Scorer = {
  count: countGender,
  figures: (c, docs) => ({
    docs,
    gold_people: c.people,
    people_found: c.found,
    gold_gender_stated: c.stated,
    gender_coverage: ratio(c.given, c.stated),
    gender_accuracy: ratio(c.ok, c.given),
    gender_correct_quoted: ratio(c.quotedOk, c.quotedStated),
    gender_unstated_but_given: ratio(c.unstatedGiven, c.unstated),
    // Not a score.py figure: the accuracy when a gold person is paired by full name first.
    gender_accuracy_full_name_pairing: ratio(c.fullOk, c.fullGiven),
    missing_docs: c.missing,
  }),
  rates: ['gender_coverage', 'gender_accuracy', 'gender_correct_quoted', 'gender_unstated_but_given', 'gender_accuracy_full_name_pairing'],
};

export const SCORERS: Record<Mode, Scorer> = { quotes: quoteScorer, roles: roleScorer, dates: dateScorer, gender: genderScorer };

/**
 * The sum of several articles' counts (all from the same scorer, so with the same names);
 * `names` gives the zeros an empty list sums to.
 */
export function sumCounts(list: readonly Counts[], names: readonly string[] = Object.keys(list[0] ?? {})): Counts {
  const total: Counts = {};
  for (const k of names) total[k] = 0;
  for (const c of list) for (const k of names) total[k] += c[k];
  return total;
}

/** Every gold article's counts, in gold order. */
export function countArticles(scorer: Scorer, gold: Json[], sys: Map<string, Json>): Counts[] {
  return gold.map((g) => scorer.count(g, sys.get(g.id)));
}

/** The figures score.py prints for these gold articles and this output. */
export function scoreWith(scorer: Scorer, gold: Json[], sys: Map<string, Json>): Figures {
  return scorer.figures(sumCounts(countArticles(scorer, gold, sys)), gold.length);
}

export const scoreQuotes = (gold: Json[], sys: Map<string, Json>): Figures => scoreWith(quoteScorer, gold, sys);
export const scoreRoles = (gold: Json[], sys: Map<string, Json>): Figures => scoreWith(roleScorer, gold, sys);
export const scoreDates = (gold: Json[], sys: Map<string, Json>): Figures => scoreWith(dateScorer, gold, sys);
export const scoreGender = (gold: Json[], sys: Map<string, Json>): Figures => scoreWith(genderScorer, gold, sys);
