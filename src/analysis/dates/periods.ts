// TimeML values of seasons, decades and centuries: "summer 1990" (1990-SU), "last fall" (the
// reference's previous autumn), "the 1990s" (199), "the late '80s" (198), "the 20th century" (19).
// Seasons are the meteorological ones (spring from March, summer June, autumn September, winter
// December); a winter is named by the year of its December.
import { Ymd, fmtYear } from './calendar';

const SEASON_CODES: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** "summer" + 1990 -> 1990-SU; undefined for a word that is not a season. */
export function seasonValue(word: string, year: number): string | undefined {
  const code = SEASON_CODES[word.toLowerCase()];
  return code ? `${fmtYear(year)}-${code}` : undefined;
}

/** Months since year 0 of the first month of the season `code` in year y. */
const startIndex = (code: string, y: number): number => 12 * y + (SEASON_START[code] ?? 1) - 1;

/**
 * "last summer", "this winter", "next spring". The season the reference date is in begins at
 * `current`; "last" is the latest such season begun before it, "next" the first begun after it,
 * "this" the one nearest the reference date (the one it is in, else the coming or the past one).
 */
export function relativeSeason(word: string, dir: 'last' | 'next' | 'this', ref: Ymd | null): string | null {
  const code = SEASON_CODES[word.toLowerCase()];
  if (!code || !ref) return null;
  const now = 12 * ref.y + ref.m - 1;
  const current = now - ((ref.m - 3 + 12) % 3);
  const starts = [ref.y - 2, ref.y - 1, ref.y, ref.y + 1].map((y) => ({ y, at: startIndex(code, y) }));
  const pick = dir === 'last'
    ? [...starts].reverse().find((s) => s.at < current)
    : dir === 'next'
      ? starts.find((s) => s.at > current)
      : [...starts].sort((a, b) => Math.abs(a.at + 1 - now) - Math.abs(b.at + 1 - now))[0];
  return pick ? `${fmtYear(pick.y)}-${code}` : null;
}

const DECADE_WORDS: Record<string, number> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};

/**
 * "the 1990s" -> 199, "the late '80s" and "the eighties" -> 198 (of the 1900s, as news mean them),
 * "the 20th century" -> 19; null when the text names none of them.
 */
export function decadeOrCenturyValue(text: string): string | null {
  const t = text.toLowerCase();
  let m: RegExpExecArray | null;
  if ((m = /(\d{1,2})(?:st|nd|rd|th)[\s-]century/.exec(t))) {
    const n = Number(m[1]);
    return n >= 1 ? String(n - 1).padStart(2, '0') : null;
  }
  if ((m = /(\d{3})0'?s/.exec(t))) return m[1] ?? null;
  if ((m = /'(\d)0s/.exec(t))) return `19${m[1]}`;
  const word = Object.keys(DECADE_WORDS).find((w) => t.includes(w));
  return word ? `19${DECADE_WORDS[word]}` : null;
}
