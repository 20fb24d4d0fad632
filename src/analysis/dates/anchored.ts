// Values of expressions anchored to another time rather than to the reference date: "a year
// earlier", "that year", "the following month", "year-earlier". The anchor is the last date with
// a calendar value before the expression in the same paragraph; "N units earlier" and
// "year-earlier" fall back on the reference date, the rest stay without a value.
import { DateMention } from '../types';
import { Ymd, addMonths, daysInMonth, addDays, fmtDay, fmtMonth, fmtYear } from './calendar';
import { countValue } from './resolve';

const OFFSET = /^(?:(?:almost|nearly|about|some|more than|less than|just|only|roughly|over)\s)?(?<n>\S+|a few|a couple of)\s(?<unit>day|week|month|year)s?\s(?<dir>earlier|later)$/i;
const THAT = /^(?:that|the same)\s(?<unit>day|month|year)$/i;
const NEXT = /^the\s(?<dir>following|previous)\s(?<unit>day|month|year)$/i;
const YEAR_AGO = /^year[-\s](?:ago|earlier)$/i;

/** A calendar anchor: its year, month and day as far as the value gives them, and a quarter, half or season. */
interface Anchor { y: number; m?: number; d?: number; q?: string }

function anchorOf(value: string | null): Anchor | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-(Q[1-4]|H[12]|SP|SU|FA|WI))?(?:T.*)?$/.exec(value ?? '');
  if (!m) return null;
  return { y: +(m[1] ?? 0), m: m[2] ? +m[2] : undefined, d: m[3] ? +m[3] : undefined, q: m[4] };
}

/** The anchor moved by n units, at the anchor's own precision; null when it is too coarse. */
function shift(a: Anchor, n: number, unit: string): string | null {
  const u = unit.toLowerCase();
  if (u === 'year') {
    if (a.q) return `${fmtYear(a.y + n)}-${a.q}`;
    if (a.m === undefined) return fmtYear(a.y + n);
    if (a.d === undefined) return fmtMonth(a.y + n, a.m);
    return fmtDay({ y: a.y + n, m: a.m, d: Math.min(a.d, daysInMonth(a.y + n, a.m)) });
  }
  if (a.m === undefined) return null;
  if (u === 'month') {
    const mm = addMonths(a.y, a.m, n);
    return a.d === undefined ? fmtMonth(mm.y, mm.m) : fmtDay({ y: mm.y, m: mm.m, d: Math.min(a.d, daysInMonth(mm.y, mm.m)) });
  }
  if (a.d === undefined) return null;
  const day: Ymd = { y: a.y, m: a.m, d: a.d };
  return fmtDay(addDays(day, u === 'week' ? 7 * n : n));
}

/** The value of one anchored expression, or undefined when the text is not one. */
function anchoredValue(text: string, anchor: Anchor | null, ref: Ymd | null): string | null | undefined {
  const dct: Anchor | null = ref ? { y: ref.y, m: ref.m, d: ref.d } : null;
  let g = OFFSET.exec(text)?.groups;
  if (g) {
    const n = countValue(g.n);
    if (n === null) return null;
    const earlier = /earlier/i.test(g.dir ?? '');
    const base = anchor ?? (earlier ? dct : null);
    return base ? shift(base, earlier ? -n : n, g.unit ?? '') : null;
  }
  if (YEAR_AGO.test(text)) return ref ? fmtYear(ref.y - 1) : null;
  if ((g = THAT.exec(text)?.groups)) return anchor ? shift(anchor, 0, g.unit ?? '') : null;
  if ((g = NEXT.exec(text)?.groups)) return anchor ? shift(anchor, /following/i.test(g.dir ?? '') ? 1 : -1, g.unit ?? '') : null;
  return undefined;
}

/** Gives values to the anchored expressions among a paragraph's dates (in text order), in place. */
export function resolveAnchored(dates: DateMention[], ref: Ymd | null): void {
  let anchor: Anchor | null = null;
  for (const d of dates) {
    if (d.value === null) {
      const v = anchoredValue(d.text, anchor, ref);
      if (v !== undefined) d.value = v;
    }
    anchor = anchorOf(d.value) ?? anchor;
  }
}
