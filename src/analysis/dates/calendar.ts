// Small proleptic-Gregorian calendar helpers for resolving date values. Everything works on
// plain {y, m, d} triples in UTC so that the host's time zone can never shift a day.

export interface Ymd {
  y: number;
  /** 1-12 */
  m: number;
  /** 1-31 */
  d: number;
}

const DAY_MS = 86_400_000;

/** Reads the leading YYYY-MM-DD of a reference date (a time part, if any, is ignored). */
export function parseYmd(s: string | null | undefined): Ymd | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidYmd(ymd.y, ymd.m, ymd.d) ? ymd : null;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** By arithmetic, not a Date: it is called for every date candidate. m outside 1-12 has no days. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2 && isLeap(y)) return 29;
  return DAYS_IN_MONTH[m - 1] ?? 0;
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function toEpochDay(a: Ymd): number {
  return Math.floor(Date.UTC(a.y, a.m - 1, a.d) / DAY_MS);
}

function fromEpochDay(n: number): Ymd {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(a: Ymd, n: number): Ymd {
  return fromEpochDay(toEpochDay(a) + n);
}

/** Signed number of days from a to b. */
export function diffDays(a: Ymd, b: Ymd): number {
  return toEpochDay(b) - toEpochDay(a);
}

/** ISO weekday, Monday = 1 ... Sunday = 7. */
export function isoWeekday(a: Ymd): number {
  const w = new Date(Date.UTC(a.y, a.m - 1, a.d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** Adds months, keeping the year right; the day is not used by callers. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const idx = y * 12 + (m - 1) + n;
  return { y: Math.floor(idx / 12), m: (idx % 12) + 1 };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function fmtDay(a: Ymd): string {
  return `${pad(a.y, 4)}-${pad(a.m)}-${pad(a.d)}`;
}

export function fmtMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export function fmtYear(y: number): string {
  return pad(y, 4);
}

/** ISO 8601 week ("2015-W38"): the week belongs to the year of its Thursday. */
export function fmtIsoWeek(a: Ymd): string {
  const thursday = addDays(a, 4 - isoWeekday(a));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const week = Math.floor(diffDays(jan1, thursday) / 7) + 1;
  return `${pad(thursday.y, 4)}-W${pad(week)}`;
}
