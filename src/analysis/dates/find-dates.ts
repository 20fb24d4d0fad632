// Date expressions in news text, by hand-written patterns (no NLP library: this runs on every
// keystroke-sized edit, and patterns are a hundred times faster than tagging the text).
//
// Each rule is one regular expression plus a function that turns its match into a value, or
// rejects it. Every pattern is a fixed sequence of bounded pieces, so matching is linear in the
// paragraph length. Overlapping matches are settled longest-first.
//
// Conventions (documented in the tests):
// - "earlier"/"later" are not part of a span ("Earlier this month" -> "this month"), while
//   "early"/"late"/"mid" are ("early next year").
// - Weekdays: the most recent such day, the next one in future context, the reference day
//   itself when it is that weekday. Month-day without a year: the nearest such date.
// - Without a reference date, only expressions that carry their own year get a value.
import { DateMention } from '../types';
import { Ymd, fmtDay, isoWeekday, fmtMonth, fmtYear, isValidYmd, parseYmd } from './calendar';
import {
  countValue, direction, fullYear, holidayNamed, monthNumber, resolveDeictic, resolveHoliday, resolveMonth, resolveMonthDay, resolveOffset,
  resolveRelativeUnit, resolveWeekday, spelledYear,
} from './resolve';
import { tenseAround } from './tense';
import { HOLIDAYS, MONTHS } from '../lexicon/calendar-words';
import { resolveAnchored } from './anchored';
import { decadeOrCenturyValue, relativeSeason, seasonValue } from './periods';
import {
  clockTime, ordinalNumber, quarterValue, relativeQuarter, weekendValue, withClock, withPartOfDay,
} from './timeml';

interface Ctx {
  p: string;
  ref: Ymd | null;
  start: number;
  end: number;
}

type Groups = Record<string, string | undefined>;
/** A value (string or null) for an accepted match; undefined rejects the match. */
type Valuer = (g: Groups, ctx: Ctx) => string | null | undefined;

interface Rule {
  /** A necessary condition of a match, tested once per paragraph: most paragraphs fail most rules'
   * needs, and looking for a few words costs a fraction of running the full pattern. */
  needs: Needs;
  re: RegExp;
  value: Valuer;
}

// ---- pattern pieces (functions, because a named group may appear once per expression) ----
const monthRe = (n = 'mon'): string =>
  String.raw`(?<${n}>jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)(?![a-z])`;
const weekdayRe = (n = 'wd'): string => String.raw`(?<${n}>(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?![a-z])`;
const dayRe = (n = 'day'): string => String.raw`(?<${n}>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|[.,:]\d)`;
const yearRe = (n = 'year'): string => String.raw`(?<${n}>(?:1[6-9]|20)\d\d)(?!\d|[.,]\d|%|'?s\b)`;
const CLOCK = String.raw`(?:[0-2]?\d:[0-5]\d\s(?:GMT|UTC)\b|\d{1,2}(?::[0-5]\d)?\s?(?:a\.m\.?|p\.m\.?|am\b|pm\b)(?:\s(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|ET|PT)\b)?|noon|midnight)`;
const PART = (n = 'part'): string => String.raw`(?<${n}>morning|afternoon|evening|night)(?![a-z])`;
const EDGE = String.raw`(?:early|late|mid|the end of|the beginning of|the start of|the middle of|the rest of)`;
const BEFORE = String.raw`(?<![\w$£€#@])`;
/** "earlier" and "later" are left outside the span (the seed article's convention). */
const SKIP_ADVERB = String.raw`(?:(?:earlier|later)\s)?`;

const escapeRe = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Holiday names, longest first, with any spacing between their words ("Thanksgiving Day" before "Thanksgiving"). */
const HOLIDAY_RE = [...HOLIDAYS]
  .map((h) => h.name.replace(/^the /, ''))
  .sort((a, b) => b.length - a.length)
  .map((n) => escapeRe(n).replace(/'/g, "['\u2019]").replace(/ /g, '\\s'))
  .join('|');
/** The last word of every holiday name, in lower case: a holiday's match contains one. */
const HOLIDAY_WORDS = [...new Set(HOLIDAYS.map((h) => (h.name.split(' ').pop() ?? h.name).toLowerCase()))];

/** Names of months and weekdays count only when capitalised ("may", "march" are verbs). */
const isCap = (s: string | undefined): boolean => {
  const c = s?.[0];
  return !!c && c >= 'A' && c <= 'Z';
};

/** A test of the paragraph and of its lower-case copy. */
type Needs = (p: string, lower: string) => boolean;
/** Some of these lower-case words occur in the lower-case copy (the rules match case-insensitively). */
function anyOf(...words: string[]): Needs {
  const re = new RegExp(words.map(escapeRe).join('|'));
  return (_p, lower) => re.test(lower);
}
const has = (re: RegExp): Needs => (p) => re.test(p);
const either = (a: Needs, b: Needs): Needs => (p, lower) => a(p, lower) || b(p, lower);
const MONTH_PREFIXES = MONTHS.map((m) => m.name.slice(0, 3).toLowerCase());

function rule(needs: Needs, src: string, value: Valuer): Rule {
  return { needs, re: new RegExp(src, 'gid'), value };
}

/** The value of a weekday phrase, with its tense read from the surrounding clause. */
function weekdayValue(g: Groups, ctx: Ctx, mod?: string): string | null {
  const wd = g.wd as string;
  return withPartOfDay(resolveWeekday(wd, mod, tenseAround(ctx.p, ctx.start, ctx.end), ctx.ref), g.part);
}

/** Month (+ day) (+ year) parts to a value: explicit year, else resolved against ref. */
function monthDayValue(g: Groups, ctx: Ctx): string | null | undefined {
  const m = monthNumber(g.mon as string);
  const d = +(g.day as string);
  if (g.year) return isValidYmd(+g.year, m, d) ? fmtDay({ y: +g.year, m, d }) : undefined;
  if (d < 1 || d > 31) return undefined;
  if (!ctx.ref) return null;
  return resolveMonthDay(m, d, g.mod ? 'past' : tenseAround(ctx.p, ctx.start, ctx.end), ctx.ref);
}

/** True when nothing but quotes and spaces separate start from a sentence break. */
function atSentenceStart(p: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && /[\s"'`\u201c\u2018(]/.test(p.charAt(i))) i--;
  return i < 0 || /[.!?:\u2014]/.test(p.charAt(i));
}

/**
 * Capitalised mid-sentence, "Today" and "This Week" are names of shows and papers, and
 * "High Noon" a film; lower-case or sentence-initial they are dates.
 */
function titleCaseName(ctx: Ctx): boolean {
  const text = ctx.p.slice(ctx.start, ctx.end);
  if (/^high\s/i.test(ctx.p.slice(Math.max(0, ctx.start - 5), ctx.start))) return true;
  if (!isCap(text) || atSentenceStart(ctx.p, ctx.start)) return false;
  return !/\s[a-z]/.test(text);
}

/** "each Thursday", "Tuesday nights" recur: they are sets, not dates. */
function recurring(ctx: Ctx): boolean {
  return /\b(?:each|every)\s$/i.test(ctx.p.slice(Math.max(0, ctx.start - 6), ctx.start)) ||
    /^s\b|^\s(?:nights|mornings|evenings|afternoons)\b/.test(ctx.p.slice(ctx.end, ctx.end + 12));
}

const BARE_MONTH_CONTEXT = /\b(?:in|since|until|till|by|of|from|through|to|during|before|after|early|late|mid|last|next|this|on|between|and)[\s-]$/i;

/** A month standing alone: reject verbs ("may"), names ("June Carter") and bare "Jan". */
function bareMonthOk(g: Groups, ctx: Ctx): boolean {
  const mon = g.mon as string;
  if (mon.length <= 3 && !/^may$/i.test(mon) && !g.edge && !g.mod) return false;
  const after = ctx.p.slice(ctx.end, ctx.end + 3);
  if (/^ [A-Z]/.test(after)) return false;
  const needsContext = /^(?:may|march)$/i.test(mon);
  if (!needsContext || g.edge || g.mod) return true;
  return BARE_MONTH_CONTEXT.test(ctx.p.slice(Math.max(0, ctx.start - 8), ctx.start));
}

/** Count nouns after a number mean it is a quantity, not a year ("2000 troops"). */
const QUANTITY_NOUN = /^\s(?:people|persons|employees|workers|troops|soldiers|shares|cars|vehicles|units|feet|foot|meters|metres|miles|kilometers|km|tons|tonnes|acres|pounds|barrels|students|jobs|homes|houses|points|yards|members|votes|copies|residents|children|deaths|cases|dollars|euros|yen|words|pages|rooms|beds|hours|days|calories|hectares|megawatts|planes|ships)\b/i;
const COPYRIGHT = /(?:copyright|©|\(c\))\s*$/i;

function yearOk(ctx: Ctx): boolean {
  if (QUANTITY_NOUN.test(ctx.p.slice(ctx.end, ctx.end + 16))) return false;
  return !COPYRIGHT.test(ctx.p.slice(Math.max(0, ctx.start - 12), ctx.start));
}

const RULES: Rule[] = [
  // 2015-09-17
  rule(has(/\d-[01]\d-/), String.raw`(?<![\w$./-])(?<y>\d{4})-(?<m>[01]\d)-(?<d>[0-3]\d)(?![\w-]|\.\d)`, (g) =>
    isValidYmd(+g.y!, +g.m!, +g.d!) ? fmtDay({ y: +g.y!, m: +g.m!, d: +g.d! }) : undefined),
  // 9/17/2015, 9/17/15 (US order)
  rule(has(/\d\/[0-3]?\d\//), String.raw`(?<![\w$./-])(?<m>[01]?\d)/(?<d>[0-3]?\d)/(?<y>\d{4}|\d\d)(?![\w/]|\.\d)`, (g) => {
    const y = fullYear(g.y!);
    return isValidYmd(y, +g.m!, +g.d!) ? fmtDay({ y, m: +g.m!, d: +g.d! }) : undefined;
  }),
  // [Friday,] [last] Sept. 25[, 2015]
  rule(has(/\d/), String.raw`${BEFORE}(?:${weekdayRe()},?\s{1,2})?(?:(?<mod>last|this\spast)\s)?${monthRe()}\s{0,2}${dayRe()}(?:,?\s{1,2}${yearRe()})?`, (g, ctx) =>
    isCap(g.mon) && (!g.wd || isCap(g.wd)) ? monthDayValue(g, ctx) : undefined),
  // 25 September 2015, the 25th of September
  rule(has(/\d/), String.raw`(?<![\w.,])${dayRe()}\s(?:of\s)?${monthRe()}(?:,?\s${yearRe()})?`, (g, ctx) =>
    isCap(g.mon) ? monthDayValue(g, ctx) : undefined),
  // 10 p.m. Wednesday, 5 p.m. EST Nov. 9, noon today, 10:35 a.m.
  rule(either(has(/\d/), anyOf('noon', 'midnight')), String.raw`(?<![\w.:])${CLOCK}(?:,?\s(?:on\s)?${weekdayRe()}|,?\s(?:on\s)?${monthRe()}\s{0,2}${dayRe()}|\s(?<deic>today|yesterday|tomorrow|tonight))?`, (g, ctx) => {
    const clock = clockTime(ctx.p.slice(ctx.start, ctx.end));
    if (g.wd) return isCap(g.wd) ? withClock(weekdayValue(g, ctx), clock) : undefined;
    if (g.mon) {
      const day = isCap(g.mon) ? monthDayValue(g, ctx) : undefined;
      return day === undefined ? undefined : withClock(day, clock);
    }
    return withClock(resolveDeictic(g.deic ?? 'today', ctx.ref), clock);
  }),
  // [last|next|this] Thursday [night]
  rule(anyOf('day'), String.raw`${BEFORE}${SKIP_ADVERB}(?<x>(?:(?<mod>last|next|this|this coming|this past|early|late)\s)?${weekdayRe()}(?:\s${PART()})?)`, (g, ctx) =>
    isCap(g.wd) && !recurring(ctx) ? weekdayValue(g, ctx, g.mod) : undefined),
  // Thanksgiving, last Christmas, Election Day, the Fourth of July
  rule(anyOf(...HOLIDAY_WORDS), String.raw`${BEFORE}${SKIP_ADVERB}(?<x>(?:(?<mod>last|next|this)\s|the\s)?(?<hol>${HOLIDAY_RE}))(?![\w-])`, (g, ctx) => {
    const h = holidayNamed(g.hol!.replace(/\u2019/g, "'"));
    if (!h || !isCap(g.hol)) return undefined;
    return resolveHoliday(h, g.mod, tenseAround(ctx.p, ctx.start, ctx.end), ctx.ref);
  }),
  // yesterday, today, tomorrow morning, tonight, this morning, last night
  rule(anyOf('yesterday', 'today', 'tomorrow', 'tonight', 'this', 'night'), String.raw`${BEFORE}${SKIP_ADVERB}(?<x>(?:(?:early|late)\s)?(?<deic>yesterday|today|tomorrow|tonight)(?:\s${PART()})?|this\s${PART('part2')}|(?<deic2>last\snight))(?![\w-])`,
    (g, ctx) => (titleCaseName(ctx) ? undefined : deicticValue(g, ctx))),
  // last week, this month, next year, the past year, early next year, the end of this week
  rule(anyOf('week', 'month', 'year', 'quarter', 'decade', 'century', 'spring', 'summer', 'fall', 'autumn', 'winter', 'day', 'morning', 'afternoon', 'evening', 'night'), String.raw`${BEFORE}${SKIP_ADVERB}(?<x>(?:(?<edge>${EDGE})\s)?(?<rel>last|next|this|this past|this coming|the past|the coming|the previous|the following|the current|the next|the same|that)\s(?<unit>week|month|year|quarter|weekend|decade|century|spring|summer|fall|autumn|winter|day|morning|afternoon|evening|night))(?![\w-])`,
    (g, ctx) => (titleCaseName(ctx) ? undefined : relativeUnitValue(g, ctx))),
  // the end of the year, year-end, the beginning of the month, the weekend
  rule(anyOf('end', 'beginning', 'start', 'middle'), String.raw`${BEFORE}(?<x>the\s(?<edge>end|beginning|start|middle)\sof\sthe\s(?<unit>week|month|year|quarter|decade|century)|year[-\s]end|year's\send|the\sweekend)(?![\w-])`,
    (g, ctx) => periodEdgeValue(g, ctx)),
  // two weeks ago, a year earlier, one day after, three years from now, years ago
  rule(anyOf('ago', 'earlier', 'later', 'before', 'after', 'now', 'hence'), String.raw`${BEFORE}(?<x>(?:(?:almost|nearly|about|some|more\sthan|less\sthan|just|only|roughly|over)\s)?(?:(?<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\sfew|a\scouple\sof|several|many|\d{1,3})\s(?<unit>day|week|month|year|decade)s?\s(?<dir>ago|earlier|later|before|after|from\snow|hence)|(?:days|weeks|months|years|decades)\sago))(?![\w-])`,
    (g, ctx) => (g.unit ? resolveOffset(countValue(g.n), g.unit, g.dir!, ctx.ref) : null)),
  // for the year, the full year, the fiscal year: the reference year (results "for the year" are this
  // year's); "the year ended March 31" is a span of twelve months, not a date
  rule(anyOf('year'), String.raw`${BEFORE}(?<x>the\s(?:full\s|current\s|(?:current\s|full\s)?fiscal\s)?year)(?![\w-]|['\u2019]|\s(?:\d|(?:ago|earlier|later|before|after|of|in|that|when|two|nineteen|ended|ending|to)\b))`,
    (_g, ctx) => (ctx.ref ? fmtYear(ctx.ref.y) : null)),
  // the day before, the next day
  rule(anyOf('day'), String.raw`${BEFORE}(?<x>the\sday\s(?:before|after)(?:\syesterday)?)(?![\w-])`, () => null),
  // [early|late|mid-] [last|next] March [2015|of 2015|last year]
  rule(anyOf(...MONTH_PREFIXES), String.raw`${BEFORE}${SKIP_ADVERB}(?<x>(?:(?<edge>${EDGE})[\s-])?(?:(?<mod>last|next|this|this past|this coming)\s)?${monthRe()}(?:,?\s(?:of\s)?${yearRe()}|\s(?:of\s)?(?<rel>this|last|next)\syear)?)(?![\w-])`,
    (g, ctx) => monthValue(g, ctx)),
  // 1998, fiscal 1989, mid-1996, the end of 1990
  rule(has(/(?:1[6-9]|20)\d\d/), String.raw`(?<![\w$£€#@/-]|\d[.,])(?<x>(?:(?:fiscal|calendar)\s)?(?:(?<edge>${EDGE})[\s-])?${yearRe()})(?![\w%/]|[.,]\d|-[a-z])`,
    (g, ctx) => (yearOk(ctx) ? fmtYear(+g.year!) : undefined)),
  // nineteen ninety-six, two thousand
  rule(anyOf('nineteen', 'thousand'), String.raw`${BEFORE}(?<x>nineteen\s(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|the\syear\stwo\sthousand)(?![\w-])`,
    (_g, ctx) => {
      const y = spelledYear(ctx.p.slice(ctx.start, ctx.end).replace(/^the year /i, ''));
      return y ? fmtYear(y) : undefined;
    }),
  // the 1990s, the late '80s, the nineties, the 20th century
  rule(anyOf("0s", "0's", 'ties', 'century'), String.raw`${BEFORE}(?<x>(?:the\s)?(?:(?:early|late|mid)[\s-])?(?:(?:1[6-9]|20)\d0'?s|'\d0s)|the\s(?:(?:early|late|mid)[\s-])?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|(?:the\s)?\d{1,2}(?:st|nd|rd|th)[\s-]century)(?![\w-])`,
    (_g, ctx) => decadeOrCenturyValue(ctx.p.slice(ctx.start, ctx.end))),
  // third-quarter, the first quarter of 1990, the fiscal second half
  rule(anyOf('quarter', 'half'), String.raw`${BEFORE}(?<x>(?:${yearRe('qy')}\s)?(?:(?:fiscal|calendar)[\s-])?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-](?:fiscal[\s-])?(?<qh>quarter|half)(?:\s(?:of\s)?(?:fiscal\s)?${yearRe('qy2')})?)(?![\w])`,
    (g, ctx) => quarterOrHalf(g, ctx)),
  // the latest quarter, the year-ago period
  rule(anyOf('quarter', 'period', 'year'), String.raw`${BEFORE}(?<x>the\s(?:latest|current|previous|prior|comparable|year-ago|year-earlier)\s(?:fiscal\s)?(?:quarter|period)|the\squarter|year[-\s](?:ago|earlier))(?![\w-])`, () => null),
  // now, currently, recently, in the past, the future: the present and vague references
  rule(anyOf('now', 'current', 'recent', 'days', 'future', 'past'), String.raw`${BEFORE}(?<x>(?:right\s)?now|currently|(?:more\s|most\s|until\s)?recently|these\sdays|the\s(?:near\s|distant\s)?future|the\spast(?!\s(?:\d|few|several|many|two|three|four|five|six|seven|eight|nine|ten|twenty|decade|century|year|month|week|day|quarter|summer|winter|spring|fall|autumn|weekend|night|hour|minute)))(?![\w-])`,
    (_g, ctx) => vagueValue(ctx)),
  // summer 1990, the winter of 1994
  rule(anyOf('spring', 'summer', 'fall', 'autumn', 'winter'), String.raw`${BEFORE}(?<x>(?:(?:early|late|mid)[\s-])?(?<season>spring|summer|fall|autumn|winter)\s(?:of\s)?${yearRe()})(?![\w-])`,
    (g) => seasonValue(g.season!, +g.year!)),
];

/** The TimeML value of a vague reference: the present, the past or the future, not a calendar date. */
function vagueValue(ctx: Ctx): string | undefined {
  const t = ctx.p.slice(ctx.start, ctx.end).toLowerCase();
  if (/future/.test(t)) return 'FUTURE_REF';
  if (/recent|past/.test(t)) return 'PAST_REF';
  return 'PRESENT_REF';
}

/** yesterday, tomorrow morning, tonight (TNI), this afternoon (TAF), last night (yesterday TNI). */
function deicticValue(g: Groups, ctx: Ctx): string | null {
  const day = resolveDeictic(g.deic ?? g.deic2 ?? 'today', ctx.ref);
  const word = (g.deic ?? '').toLowerCase();
  return withPartOfDay(day, g.part ?? g.part2 ?? (g.deic2 || word === 'tonight' ? 'night' : undefined));
}

/** "the first quarter of 2011" (2011-Q1), "third-quarter" (the reference year's), "the second half" (H2). */
function quarterOrHalf(g: Groups, ctx: Ctx): string | null {
  const n = ordinalNumber(g.ord!);
  const half = /half/i.test(g.qh!);
  if (!n || (half && n > 2)) return g.qy ?? g.qy2 ? fmtYear(+(g.qy ?? g.qy2)!) : null;
  const y = g.qy ?? g.qy2;
  return quarterValue(n, half, y ? +y : null, ctx.ref);
}

function relativeUnitValue(g: Groups, ctx: Ctx): string | null | undefined {
  const rel = g.rel!.toLowerCase();
  const unit = g.unit!.toLowerCase();
  // "the past day" / "that morning" are anchored elsewhere or too vague to resolve.
  if (/^(?:day|morning|afternoon|evening|night)$/.test(unit) && /^(?:this|this past|this coming|the past|the coming|the current)$/.test(rel)) {
    return rel === 'this' && unit !== 'day' ? withPartOfDay(resolveDeictic('today', ctx.ref), unit) : undefined;
  }
  if (/^(?:the next|the same|that|the following|the previous)$/.test(rel)) return null;
  const dir = direction(rel);
  if (!dir) return null;
  const step = dir === 'last' ? -1 : dir === 'next' ? 1 : 0;
  if (unit === 'quarter') return relativeQuarter(dir, ctx.ref);
  if (unit === 'weekend') return weekendValue(step, ctx.ref);
  if (/^(?:spring|summer|fall|autumn|winter)$/.test(unit)) return relativeSeason(unit, dir, ctx.ref);
  return resolveRelativeUnit(rel, unit, ctx.ref);
}

/** "the end of the year", "year-end": the ref year's December; "the end of the month": this month. */
function periodEdgeValue(g: Groups, ctx: Ctx): string | null {
  const ref = ctx.ref;
  const unit = (g.unit ?? (/weekend/i.test(ctx.p.slice(ctx.start, ctx.end)) ? 'weekend' : 'year')).toLowerCase();
  if (!ref) return null;
  if (unit === 'weekend') {
    const weekday = isoWeekday(ref) <= 5;
    return weekendValue(weekday && tenseAround(ctx.p, ctx.start, ctx.end) === 'past' ? -1 : 0, ref);
  }
  if (unit === 'month') return fmtMonth(ref.y, ref.m);
  if (unit === 'week') return resolveRelativeUnit('this', 'week', ref);
  if (unit !== 'year' || (g.edge && !/^end$/i.test(g.edge))) return null;
  // "since year-end" looks back to last December; "by year-end" to this one.
  const past = /\b(?:since|at|from)\s$/i.test(ctx.p.slice(Math.max(0, ctx.start - 6), ctx.start)) && ref.m < 12;
  return fmtMonth(past ? ref.y - 1 : ref.y, 12);
}

function monthValue(g: Groups, ctx: Ctx): string | null | undefined {
  if (!isCap(g.mon)) return undefined;
  const m = monthNumber(g.mon!);
  if (g.year) return fmtMonth(+g.year, m);
  if (g.rel) {
    const y = resolveRelativeUnit(g.rel, 'year', ctx.ref);
    return y ? fmtMonth(+y, m) : null;
  }
  if (!bareMonthOk(g, ctx)) return undefined;
  return resolveMonth(m, g.mod, tenseAround(ctx.p, ctx.start, ctx.end), ctx.ref);
}

interface Candidate extends DateMention {
  order: number;
}

/** All accepted matches of all rules, with spans taken from group "x" when the rule has one. */
function candidates(paragraph: string, ref: Ymd | null): Candidate[] {
  const out: Candidate[] = [];
  const lower = paragraph.toLowerCase();
  RULES.forEach((r, order) => {
    if (!r.needs(paragraph, lower)) return;
    r.re.lastIndex = 0;
    for (let m = r.re.exec(paragraph); m; m = r.re.exec(paragraph)) {
      const [start, end] = m.indices?.groups?.x ?? [m.index, m.index + m[0].length];
      if (end <= start) continue;
      const value = r.value(m.groups ?? {}, { p: paragraph, ref, start, end });
      if (value === undefined) continue;
      out.push({ start, end, text: paragraph.slice(start, end), value, order });
    }
  });
  return out;
}

/** The rules whose pattern matches in the paragraph although their needs reject it: none, if every
 * rule's needs are a necessary condition of its matches (the tests check this on many texts). */
export function unmetNeeds(paragraph: string): number[] {
  return RULES.flatMap((r, i) => {
    r.re.lastIndex = 0;
    return r.re.test(paragraph) && !r.needs(paragraph, paragraph.toLowerCase()) ? [i] : [];
  });
}

/** Longest matches win; among equals, the earlier rule. Result in text order. */
function settle(cands: Candidate[], length: number): DateMention[] {
  cands.sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start);
  const taken = new Uint8Array(length);
  const kept: DateMention[] = [];
  for (const c of cands) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push({ start: c.start, end: c.end, text: c.text, value: c.value });
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Date expressions in one paragraph (offsets relative to `paragraph`), with values resolved against referenceDate (YYYY-MM-DD) or null. */
export function findDates(paragraph: string, referenceDate: string | null): DateMention[] {
  const ref = parseYmd(referenceDate);
  const dates = settle(candidates(paragraph, ref), paragraph.length);
  resolveAnchored(dates, ref);
  return dates;
}

/** Where a publication date is announced: "Published March 4, 2024", "Updated: 9/17/2015". */
const PUBLISHED_CUE = /\b(?:published|posted|updated|date|dated)\b[\s:]*(?:on\s)?$/i;

/** The publication date stated in the article text (a dateline, "Published March 4, 2024", "Updated 9/17/2015", an ISO date near the top), or null. */
export function findReferenceDate(text: string): string | null {
  // Only the top of the article: a dateline or byline block, not dates in the story.
  const top = text.slice(0, 600);
  let first: string | null = null;
  for (const d of findDates(top, null)) {
    if (!d.value || !/^\d{4}-\d{2}-\d{2}$/.test(d.value)) continue;
    if (PUBLISHED_CUE.test(top.slice(Math.max(0, d.start - 30), d.start).replace(/[—–-]\s*$/, ''))) {
      // "Published" beats "Updated": the original date is what the story's words refer to.
      if (!/updated\b[\s:]*(?:on\s)?$/i.test(top.slice(Math.max(0, d.start - 30), d.start))) return d.value;
    }
    first ??= d.value;
  }
  return first;
}
