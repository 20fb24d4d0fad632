// TimeML values for what is more than a day or a month, or less than a day: quarters and
// halves (2011-Q1, 2011-H2), weekends (2010-W04-WE), parts of days (2013-03-22TAF), times of
// day (2013-03-23T15:00); seasons, decades and centuries are made in periods.ts. describeDateValue
// puts any value of the grammar in words, including seasons (2012-SU), decades (199), centuries (19)
// and PRESENT_REF, PAST_REF, FUTURE_REF.
import { Ymd, addDays, fmtIsoWeek, fmtYear } from './calendar';
import { MONTHS } from '../lexicon/calendar-words';

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

export function ordinalNumber(word: string): number | null {
  return ORDINALS[word.toLowerCase()] ?? null;
}

/**
 * "the first quarter of 2011" (2011-Q1), "second-half" (H2). Without a year: the reference
 * year's, or last year's when that quarter has not begun yet (results are reported after it).
 */
export function quarterValue(n: number, half: boolean, year: number | null, ref: Ymd | null): string | null {
  const tag = `${half ? 'H' : 'Q'}${n}`;
  if (year !== null) return `${fmtYear(year)}-${tag}`;
  if (!ref) return null;
  const firstMonth = half ? 6 * (n - 1) + 1 : 3 * (n - 1) + 1;
  return `${fmtYear(ref.m >= firstMonth ? ref.y : ref.y - 1)}-${tag}`;
}

/** "this quarter", "last quarter", "next quarter". */
export function relativeQuarter(dir: 'last' | 'next' | 'this', ref: Ymd | null): string | null {
  if (!ref) return null;
  const q = Math.floor((ref.m - 1) / 3) + (dir === 'last' ? -1 : dir === 'next' ? 1 : 0);
  const y = ref.y + Math.floor(q / 4);
  return `${fmtYear(y)}-Q${((q % 4) + 4) % 4 + 1}`;
}

/** The weekend of ref's ISO week, shifted by whole weeks. */
export function weekendValue(weeks: number, ref: Ymd | null): string | null {
  return ref ? `${fmtIsoWeek(addDays(ref, 7 * weeks))}-WE` : null;
}

const PART_CODES: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI' };

/** A day value with its part of day: "2013-03-22" + "afternoon" -> 2013-03-22TAF. */
export function withPartOfDay(day: string | null, part: string | undefined): string | null {
  const code = part ? PART_CODES[part.toLowerCase()] : undefined;
  if (!day || !code || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  return `${day}T${code}`;
}

/** The hour and minute of a clock time as written ("9 p.m.", "10:35 a.m.", "16:00 GMT", "noon"), as HH:MM. */
export function clockTime(text: string): string | null {
  const t = text.toLowerCase();
  if (/^noon/.test(t)) return '12:00';
  if (/^midnight/.test(t)) return '24:00';
  const m = /^(\d{1,2})(?::(\d\d))?\s?(a\.?m|p\.?m)?/.exec(t);
  if (!m) return null;
  let h = +(m[1] ?? 0);
  const pm = m[3]?.startsWith('p');
  if (m[3] && (h < 1 || h > 12)) return null;
  if (h > 24) return null;
  if (m[3]) h = (h % 12) + (pm ? 12 : 0);
  return `${String(h).padStart(2, '0')}:${m[2] ?? '00'}`;
}

/** A day value with a clock time: 2013-03-23 + 15:00 -> 2013-03-23T15:00. */
export function withClock(day: string | null, clock: string | null): string | null {
  if (!day || !clock || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  return `${day}T${clock}`;
}

const MONTH_NAMES = MONTHS.map((m) => m.name);
const SEASON_NAMES: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const PART_NAMES: Record<string, string> = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night' };
const REF_NAMES: Record<string, string> = { PRESENT_REF: 'the present', PAST_REF: 'the past', FUTURE_REF: 'the future' };
const ORDINAL_NAMES = ['first', 'second', 'third', 'fourth'];

function ordinalSuffix(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/**
 * A value in words, without the weekday: "25 September 2015", "the first quarter of 2011",
 * "summer 2012", "the weekend of week 4 of 2010", "the 1990s", "the 20th century", "the present".
 * The value itself when its form is not known.
 */
export function describeDateValue(value: string): string {
  let m: RegExpExecArray | null;
  const ref = REF_NAMES[value];
  if (ref) return ref;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T(MO|AF|EV|NI|\d{2}:\d{2}))?$/.exec(value))) {
    const day = `${Number(m[3])} ${MONTH_NAMES[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
    const t = m[4];
    if (!t) return day;
    const part = PART_NAMES[t];
    return part ? `${day}, ${part}` : `${day}, ${t}`;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return `${MONTH_NAMES[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const week = `week ${Number(m[2])} of ${m[1]}`;
    return m[3] ? `the weekend of ${week}` : week;
  }
  if ((m = /^(\d{4})-(Q|H)([1-4])$/.exec(value))) {
    return `the ${ORDINAL_NAMES[Number(m[3]) - 1] ?? m[3]} ${m[2] === 'Q' ? 'quarter' : 'half'} of ${m[1]}`;
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return `${SEASON_NAMES[m[2] ?? ''] ?? m[2]} ${m[1]}`;
  if (/^\d{4}$/.test(value)) return value;
  if (/^\d{3}$/.test(value)) return `the ${value}0s`;
  if (/^\d{2}$/.test(value)) return `the ${ordinalSuffix(Number(value) + 1)} century`;
  return value;
}
