// Turns the parts of a recognised date expression into a value (YYYY-MM-DD, YYYY-MM, YYYY,
// YYYY-Www) relative to the reference date. Every function returns null when the value
// cannot be known, in particular when there is no reference date.
import {
  Ymd, addDays, addMonths, daysInMonth, diffDays, fmtDay, fmtIsoWeek, fmtMonth, fmtYear, isValidYmd, isoWeekday,
} from './calendar';
import { Tense } from './tense';
import { HOLIDAYS, Holiday, MONTHS, WEEKDAYS } from '../lexicon/calendar-words';

/** Month and weekday names by their first three letters, which tell them apart. */
const prefix = (name: string): string => name.slice(0, 3).toLowerCase();
const MONTH_PREFIXES = MONTHS.map((m) => prefix(m.name));
const WEEKDAY_PREFIXES = WEEKDAYS.map(prefix);

/** 1-12 from any spelling the patterns accept ("Sept.", "september", "Jan"). */
export function monthNumber(s: string): number {
  return MONTH_PREFIXES.indexOf(prefix(s)) + 1;
}

/** ISO weekday 1-7 from a weekday name. */
export function weekdayNumber(s: string): number {
  return WEEKDAY_PREFIXES.indexOf(prefix(s)) + 1;
}

/** "last"/"this past" and "next"/"this coming" as a direction; null for anything else. */
export function direction(mod: string | undefined): 'last' | 'next' | 'this' | null {
  const m = (mod ?? '').toLowerCase();
  if (m === 'last' || m === 'this past' || m === 'the past' || m === 'the previous') return 'last';
  if (m === 'next' || m === 'this coming' || m === 'the coming') return 'next';
  if (m === 'this' || m === 'the current') return 'this';
  return null;
}

/**
 * A weekday name. Unmarked, it is the most recent such day (news are written about the past),
 * or the next one in future context; the reference day itself when it is that weekday.
 */
export function resolveWeekday(name: string, mod: string | undefined, tense: Tense, ref: Ymd | null): string | null {
  if (!ref) return null;
  const wd = weekdayNumber(name);
  const refWd = isoWeekday(ref);
  const back = (refWd - wd + 7) % 7;
  const fwd = (wd - refWd + 7) % 7;
  const dir = direction(mod);
  if (dir === 'last') return fmtDay(addDays(ref, -(back || 7)));
  if (dir === 'next') return fmtDay(addDays(ref, fwd || 7));
  if (dir === 'this') return fmtDay(addDays(ref, fwd));
  return fmtDay(addDays(ref, tense === 'future' ? fwd : -back));
}

/** The date nearest the reference among last year's, this year's and next year's. */
function nearestYear(month: number, day: number, ref: Ymd): Ymd[] {
  return [ref.y - 1, ref.y, ref.y + 1]
    .filter((y) => isValidYmd(y, month, day))
    .map((y) => ({ y, m: month, d: day }))
    .sort((p, q) => Math.abs(diffDays(ref, p)) - Math.abs(diffDays(ref, q)));
}

/**
 * Month and day without a year: the year that puts the date nearest the reference date, so
 * "Dec. 30" read on 2016-01-02 is 2015-12-30 and "Jan. 5" read on 2015-12-20 is 2016-01-05.
 * A clear tense overrides that when the nearest date is more than two months on the wrong side
 * ("the year ended March 31", read in November, is the March before).
 */
export function resolveMonthDay(month: number, day: number, tense: Tense, ref: Ymd | null): string | null {
  if (!ref) return null;
  return nearestByTense(nearestYear(month, day, ref), tense, ref);
}

/** The first of dates sorted nearest-first, or the nearest on the tense's side when that one is more than two months on the other. */
function nearestByTense(cands: Ymd[], tense: Tense, ref: Ymd): string | null {
  let best = cands[0];
  if (!best) return null;
  const off = diffDays(ref, best);
  if (tense === 'past' && off > 60) best = cands.find((c) => diffDays(ref, c) <= 0) ?? best;
  if (tense === 'future' && off < -60) best = cands.find((c) => diffDays(ref, c) >= 0) ?? best;
  return fmtDay(best);
}

/** The holiday's date in year y, or null when its rule gives none. */
function holidayIn(h: Holiday, y: number): Ymd | null {
  if (h.day !== undefined) return isValidYmd(y, h.month, h.day) ? { y, m: h.month, d: h.day } : null;
  if (h.weekday === undefined || h.nth === undefined) return null;
  if (h.nth < 0) {
    const last: Ymd = { y, m: h.month, d: daysInMonth(y, h.month) };
    return addDays(last, -((isoWeekday(last) - h.weekday + 7) % 7));
  }
  const first: Ymd = { y, m: h.month, d: h.from ?? 1 };
  return addDays(first, (h.weekday - isoWeekday(first) + 7) % 7 + 7 * (h.nth - 1));
}

/** The holiday record for a name as written ("thanksgiving day"), or undefined. */
export function holidayNamed(name: string): Holiday | undefined {
  const key = name.toLowerCase().replace(/\s+/g, ' ').replace(/^the /, '');
  return HOLIDAYS.find((h) => h.name.toLowerCase().replace(/^the /, '') === key);
}

/**
 * A holiday without a year ("Thanksgiving", "last Christmas"): "last" is the latest one before
 * the reference date, "next" the first after it; otherwise the nearest one, unless a clear tense
 * puts it more than two months on the other side (as for a month and day).
 */
export function resolveHoliday(h: Holiday, mod: string | undefined, tense: Tense, ref: Ymd | null): string | null {
  if (!ref) return null;
  const cands = [ref.y - 1, ref.y, ref.y + 1].map((y) => holidayIn(h, y)).filter((d): d is Ymd => d !== null);
  const dir = direction(mod);
  if (dir === 'last') return fmtOrNull([...cands].reverse().find((c) => diffDays(ref, c) < 0));
  if (dir === 'next') return fmtOrNull(cands.find((c) => diffDays(ref, c) > 0));
  if (dir === 'this') return fmtOrNull(cands.find((c) => c.y === ref.y));
  cands.sort((p, q) => Math.abs(diffDays(ref, p)) - Math.abs(diffDays(ref, q)));
  return nearestByTense(cands, tense, ref);
}

const fmtOrNull = (d: Ymd | undefined): string | null => (d ? fmtDay(d) : null);

/**
 * A month without a year: "last April" is the latest April before this month, "next March" the
 * first after it; in past or future context the nearest such month on that side; otherwise
 * the nearest such month (news rarely mention a month more than half a year away unqualified).
 */
export function resolveMonth(month: number, mod: string | undefined, tense: Tense, ref: Ymd | null): string | null {
  if (!ref) return null;
  const dir = direction(mod);
  let y = ref.y;
  if (dir === 'last') y = month < ref.m ? ref.y : ref.y - 1;
  else if (dir === 'next') y = month > ref.m ? ref.y : ref.y + 1;
  else if (dir === 'this') y = ref.y;
  else if (tense === 'past') y = month <= ref.m ? ref.y : ref.y - 1;
  else if (tense === 'future') y = month >= ref.m ? ref.y : ref.y + 1;
  else if (month - ref.m > 6) y = ref.y - 1;
  else if (ref.m - month > 6) y = ref.y + 1;
  return fmtMonth(y, month);
}

/** "last week", "this month", "next year", "the past year". */
export function resolveRelativeUnit(rel: string, unit: string, ref: Ymd | null): string | null {
  if (!ref) return null;
  const dir = direction(rel);
  if (!dir) return null;
  const step = dir === 'last' ? -1 : dir === 'next' ? 1 : 0;
  switch (unit.toLowerCase()) {
    case 'week':
      return fmtIsoWeek(addDays(ref, 7 * step));
    case 'month': {
      const m = addMonths(ref.y, ref.m, step);
      return fmtMonth(m.y, m.m);
    }
    case 'year':
      return fmtYear(ref.y + step);
    default:
      return null;
  }
}

/** yesterday / today / tomorrow / tonight, and "last night" (the evening before). */
export function resolveDeictic(word: string, ref: Ymd | null): string | null {
  if (!ref) return null;
  const w = word.toLowerCase();
  const shift = w === 'yesterday' || w === 'last night' ? -1 : w === 'tomorrow' ? 1 : 0;
  return fmtDay(addDays(ref, shift));
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50,
};

export function countValue(n: string | undefined): number | null {
  if (!n) return null;
  if (/^\d+$/.test(n)) return +n;
  return NUMBER_WORDS[n.toLowerCase()] ?? null;
}

/**
 * "two weeks ago", "a year ago", "three years from now": the point in time that far from the
 * reference date, as a day. "one day after" and "a year earlier" are anchored to some other
 * event, so they have no value.
 */
export function resolveOffset(count: number | null, unit: string, dir: string, ref: Ymd | null): string | null {
  const d = dir.toLowerCase().replace(/\s+/g, ' ');
  if (!ref || count === null || (d !== 'ago' && d !== 'from now' && d !== 'hence')) return null;
  const n = d === 'ago' ? -count : count;
  switch (unit.toLowerCase()) {
    case 'day':
      return fmtDay(addDays(ref, n));
    case 'week':
      return fmtDay(addDays(ref, 7 * n));
    case 'month':
    case 'year': {
      const m = addMonths(ref.y, ref.m, unit.toLowerCase() === 'year' ? 12 * n : n);
      return fmtDay({ y: m.y, m: m.m, d: Math.min(ref.d, daysInMonth(m.y, m.m)) });
    }
    default:
      return null;
  }
}

/** Two-digit years in numeric dates: 00-49 are 20xx, 50-99 are 19xx. */
export function fullYear(y: string): number {
  if (y.length === 4) return +y;
  const n = +y;
  return n < 50 ? 2000 + n : 1900 + n;
}

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};
const TENS: Record<string, number> = {
  ten: 10, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** "nineteen ninety-six" -> 1996, "two thousand" -> 2000. */
export function spelledYear(s: string): number | null {
  const w = s.toLowerCase().split(/[\s-]+/);
  const [w0, w1, w2] = w;
  if (w0 === 'two' && w1 === 'thousand') return 2000 + (UNITS[w[w.length - 1] ?? ''] ?? 0);
  if (w0 !== 'nineteen' || w1 === undefined || !(w1 in TENS)) return null;
  return 1900 + (TENS[w1] ?? 0) + (w2 ? UNITS[w2] ?? 0 : 0);
}
